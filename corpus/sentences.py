"""Sentence and clause boundaries in Chinese text, as character spans.

>>> text = "一是加强领导。二是强化保障；三是“严格考核。”"
>>> [text[s:e] for s, e in sentence_spans(text, 0, len(text))]
['一是加强领导。', '二是强化保障；', '三是“严格考核。”']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.numbering import CLAUSE_ENDS, SENTENCE_ENDS

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


def split_sentences(text: str, offset: int) -> list[Sentence]:
    """The sentences of `text` (which starts at `offset` of the notice) that a citation may
    quote: sentence_spans within each line, blanks trimmed, pieces without a letter, digit
    or Chinese character left out.

    >>> [(s.text, s.start) for s in split_sentences("一是整合支部。 二是选优配强书记；\\n三是…", 100)]
    [('一是整合支部。', 100), ('二是选优配强书记；', 108), ('三是…', 118)]
    """
    out: list[Sentence] = []
    line_start = 0
    for line in text.split("\n"):
        for s, e in sentence_spans(line, 0, len(line), asides=True):
            raw = line[s:e]
            if not _CONTENT.search(raw):
                continue
            lead = len(raw) - len(raw.lstrip())
            body = raw.strip()
            start = offset + line_start + s + lead
            out.append(Sentence(body, start, start + len(body)))
        line_start += len(line) + 1
    return out
