"""The heading tree of a cleaned notice and the section path of every paragraph.

Heading styles (一、 / (一) / 1. / (1) / ① / 第X编章节条 / Markdown #) get their level from the
order in which the document nests them: a style seen for the first time becomes a child of
the heading open at that moment. So 一、 > (一) > 1. > (1) in the usual layout, a document that
skips a level (一、 directly followed by 1.) still nests correctly when the skipped style
turns up later, and unusual layouts are followed as written.

A numbered line is one of:
- a heading-only line: short, a title without a sentence end ("(一)党委班子领导作用发挥不充分",
  "7.针对行政执法不规范问题,整改情况如下:"), with lines below it; not a passage;
- a leading heading: a numbered paragraph whose first sentence is its heading
  ("(一)提高政治站位,统一思想认识。收到…"), or a numbered sentence ("4.作风建设整治韧劲不足,
  形式主义、官僚主义仍然存在。"); the whole line stays one passage, because a sentence
  states something a question may ask about;
- an item: a short numbered line ending in ；，、 or one with nothing below it
  ("（一）故意犯罪的；"): ordinary text, not a heading.
第X条 articles are always leading headings: an article is text, its number is its heading.
"一是…二是…" are prose and never headings.

>>> s = parse_structure("一、总体要求\\n(一)加强领导。各地要成立专班。\\n做好保障。")
>>> [h.text for h in s.headings], s.paragraphs[2].section
(['一、总体要求', '(一)加强领导'], ('一、总体要求', '(一)加强领导'))
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import Heading
from corpus.numbering import (
    CLAUSE_ENDS,
    SENTENCE_ENDS,
    Marker,
    arabic_number,
    chapter_number,
    loose_arabic_number,
    match_marker,
)

# A heading-only line is at most this long. The longest in the shipped notices is 62
# characters (000: "(一)贯彻落实习近平总书记重要指示批示精神不够有力,…存在较大短板"); body
# paragraphs that happen to be one sentence are longer.
STANDALONE_HEADING_MAX_CHARS = 80
# The heading text of a leading heading is its first sentence, cut back to the last clause
# end within this many characters when the sentence is longer (a heading path is prepended
# to every passage below it and must stay a small part of the embedder's 512 tokens).
HEADING_TEXT_MAX_CHARS = 60
# A short numbered line ending with one of these is a list item, not a heading.
ITEM_ENDS = "；;，,、"
_HEADING_END = SENTENCE_ENDS + ":："
_STANDALONE, _LEAD, _BODY = "standalone", "lead", "body"


@dataclass(frozen=True)
class Paragraph:
    """One line of the cleaned text with its place in the heading tree."""

    start: int  # first character of the paragraph's text (after "# " on a Markdown title)
    end: int
    section: tuple[str, ...]  # heading texts above it, outermost first, not its own heading
    heading: Heading | None  # the heading this line is or starts with
    heading_only: bool  # True: a heading line, not a passage of its own


@dataclass(frozen=True)
class Structure:
    paragraphs: list[Paragraph]
    headings: list[Heading]


@dataclass
class _Line:
    start: int
    end: int
    text: str
    marker: Marker | None
    kind: str


def parse_structure(text: str) -> Structure:
    """Headings and section-annotated paragraphs of a cleaned text (one paragraph a line)."""
    lines = _lines(text)
    _demote_childless(lines)
    order = _Outline()
    for line in lines:
        if line.kind != _BODY:
            order.open(line.marker.style, item=line.kind == _LEAD)
    levels = {style: i + 1 for i, style in enumerate(order.styles)}

    paragraphs: list[Paragraph] = []
    headings: list[Heading] = []
    stack: list[Heading] = []
    flat_ends = _flat_list_ends(lines)
    for i, line in enumerate(lines):
        if line.kind == _BODY:
            if i - 1 in flat_ends and stack:
                stack.pop()  # the paragraph after a flat list is not its last item's
            start = line.start
            if line.marker is not None and line.marker.style == "md1":  # the document title
                start += line.marker.text_start
            paragraphs.append(Paragraph(start, line.end, tuple(h.text for h in stack), None, False))
            continue
        heading = _heading(line, levels[line.marker.style])
        while stack and stack[-1].level >= heading.level:
            stack.pop()
        paragraphs.append(Paragraph(line.start, line.end, tuple(h.text for h in stack), heading,
                                    line.kind == _STANDALONE))
        headings.append(heading)
        stack.append(heading)
    return Structure(paragraphs, headings)


# A list of numbered paragraphs none of which has a paragraph of its own below it ("1.X违规收受
# 礼品礼金问题。2021年至…", "2.…", …, "6.…"), at least this many: the unnumbered paragraph
# after its last item ("以上6起问题，…", "一是…") is the document's again, not that item's
# (held-out probe, twenty-seventh part: a case notice's conclusion and requirements were
# sectioned under its sixth case).
FLAT_LIST_MIN_ITEMS = 3


def _flat_list_ends(lines: list[_Line]) -> set[int]:
    """Indexes of the last item of each flat list of leading headings followed by body text:
    FLAT_LIST_MIN_ITEMS or more numbered paragraphs of one numbering style in a row, each
    right after the one before. Not articles (第X条): an article's second paragraph is its own."""
    ends: set[int] = set()
    run = 0
    for i, line in enumerate(lines):
        same = (run and lines[i - 1].kind == _LEAD and line.kind == _LEAD
                and line.marker.style == lines[i - 1].marker.style)
        run = run + 1 if same else (1 if line.kind == _LEAD
                                    and _structural_key(line.marker.style) is None else 0)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if run >= FLAT_LIST_MIN_ITEMS and nxt is not None and nxt.kind == _BODY \
                and nxt.marker is None:
            ends.add(i)
    return ends


class _Outline:
    """Nesting order of heading styles, learnt as the document opens them.

    Explicit structure has a fixed order: Markdown headings by their number of "#", then
    编 > 章 > 节, then 条 articles. Numbering styles (一、 (一) 1. (1) 1) ①) come below those
    and are ordered as the document nests them: a new one becomes a child of the numbered
    heading open at that moment.
    """

    def __init__(self) -> None:
        self.styles: list[str] = []
        self._open: list[str] = []
        self._items: set[str] = set()  # open styles whose line is an item with its own text

    def open(self, style: str, item: bool = False) -> None:
        if style not in self.styles:
            self.styles.insert(self._position(style), style)
        rank = self.styles.index(style)
        while self._open and self.styles.index(self._open[-1]) >= rank:
            self._items.discard(self._open.pop())
        self._open.append(style)
        if item:
            self._items.add(style)

    def rank(self, style: str) -> int | None:
        return self.styles.index(style) if style in self.styles else None

    def _position(self, style: str) -> int:
        key = _structural_key(style)
        if key is not None:
            return sum(1 for s in self.styles
                       if (k := _structural_key(s)) is not None and k < key)
        parents = [s for s in self._open if _structural_key(s) is None
                   and not (s in self._items and _outranks(style, s))]
        if parents:
            position = self.styles.index(parents[-1]) + 1
            # a style opened right under one it conventionally skips, that skipped style
            # already known ("1." under "三、" after "（一）" under "一、"), still ranks below it:
            # "（一）一票否决情况" over its "1.…" cases was read as an item below them (held-out
            # probe, forty-first part, whose later （一） parts lost their heading)
            while position < len(self.styles) and _outranks(self.styles[position], style):
                position += 1
            return position
        return sum(1 for s in self.styles if _structural_key(s) is not None)


# The fixed order of the numbering styles of official documents (一、 > （一） > 1. > （1）): a
# style never nests under an item (a numbered line with text of its own) it outranks. Meeting
# minutes list the last meeting's items as "1.…——已办结，…。" before their own "一、…"
# decisions, which were read as children of item 8 (held-out probe, fourteenth part). A short
# heading "1.总体要求" may still hold "（一）…" below it, as written.
_CONVENTIONAL = {"一、": 0, "(一)": 1, "1.": 2, "(1)": 3}


def _outranks(style: str, other: str) -> bool:
    return style in _CONVENTIONAL and other in _CONVENTIONAL and \
        _CONVENTIONAL[style] < _CONVENTIONAL[other]


_STRUCTURAL = {"编": 10, "部分": 10, "章": 11, "节": 12, "条": 20}


def _structural_key(style: str) -> int | None:
    """Fixed rank of explicit structure (Markdown, 编章节条); None for numbering styles."""
    if style.startswith("md"):
        return int(style[2:])
    return _STRUCTURAL.get(style)


# A table row as the readers write it ("cell | cell | … |"): never a heading, though its first
# cell may open with a marker (a category row "一、膳食经费管理方面 | | | |" spanning the table:
# held-out probe, thirteenth part, where four such rows split the table from its header).
_TABLE_ROW = re.compile(r"\|.*\|\s*$")
# The first line of a notice's list of attachments (held-out probe, thirty-first part: the
# second attachment "2. 春季农业生产进度统计表" was read as a heading over the signature).
_ATTACHMENTS = re.compile(r"^\s*附\s*件\s*[:：]\s*1\s*[.．、]")


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    last_arabic = None  # number of the latest "1." item, to accept a following "5 建立…"
    attachment = 0  # number of the latest item of an "附件：1. …" list
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if not raw.strip():
            continue
        marker = None if _TABLE_ROW.search(raw) else match_marker(raw)
        listed = _ATTACHMENTS.match(raw)
        if listed or (attachment and marker is not None and marker.style == "1."
                      and arabic_number(raw) == attachment + 1):
            # "附件：1. …参会回执" / "2. …统计表": the attachments listed, not a part of the text
            attachment = 1 if listed else attachment + 1
            lines.append(_Line(start, end, raw, None, _BODY))
            continue
        attachment = 0
        chapter = chapter_number(raw) if marker is None else None
        if chapter is not None and re.search(rf"(?m)^{chapter}[.．]1[ \t\u3000]", text[end:]):
            marker = Marker("1", len(str(chapter)), 0)  # "4 应急响应" over "4.1 …"
        if marker is not None and marker.style == "1.":
            last_arabic = arabic_number(raw)
        elif marker is None:
            loose = loose_arabic_number(raw)
            if loose and last_arabic is not None and loose[0] == last_arabic + 1:
                marker = Marker("1.", loose[1], 0)
                last_arabic = loose[0]
        kind = _classify(raw, marker, first=not lines)
        lines.append(_Line(start, end, raw, marker, kind))
    return lines


def _classify(line: str, marker: Marker | None, first: bool) -> str:
    if marker is None:
        return _BODY
    style = marker.style
    if style.startswith("md"):
        return _BODY if first and style == "md1" else _STANDALONE
    if style == "条":
        return _LEAD
    if style == "问":  # a Q&A's question titles its answer, whatever it ends with
        return _STANDALONE if len(line) <= STANDALONE_HEADING_MAX_CHARS else _LEAD
    short = len(line) <= STANDALONE_HEADING_MAX_CHARS
    if short and style not in _STRUCTURAL and line[-1] in ITEM_ENDS:
        return _BODY
    if (short and not any(ch in _HEADING_END for ch in line[marker.end:-1])
            and line[-1] not in SENTENCE_ENDS):
        return _STANDALONE
    return _LEAD


def _demote_childless(lines: list[_Line]) -> None:
    """A heading-only line with nothing below it is a list item: make it body text.

    So is any numbered line that directly follows a list item of its own style: the last
    item of a list ("（五）…情节严重。") is followed by the rest of the article, not by
    children of its own.
    """
    outline = _Outline()
    for i, line in enumerate(lines):
        if line.kind == _BODY:
            continue
        prev = lines[i - 1] if i > 0 else None
        if (prev is not None and prev.kind == _BODY and prev.marker is not None
                and prev.marker.style == line.marker.style
                and _structural_key(line.marker.style) is None):
            line.kind = _BODY
            continue
        outline.open(line.marker.style, item=line.kind == _LEAD)
        if line.kind != _STANDALONE or line.marker.style.startswith("md"):
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is None:
            line.kind = _BODY
        elif nxt.kind != _BODY:
            rank, next_rank = outline.rank(line.marker.style), outline.rank(nxt.marker.style)
            if next_rank is not None and next_rank <= rank:
                line.kind = _BODY


def _heading(line: _Line, level: int) -> Heading:
    marker = line.marker
    text = line.text
    if line.kind == _STANDALONE:
        begin, stop = marker.text_start, len(text.rstrip(_HEADING_END + " "))
        if stop <= marker.end:  # nothing but punctuation after the marker
            stop = len(text)
    else:
        begin, stop = 0, _leading_sentence_end(text, marker.end)
    return Heading(level=level, text=text[begin:stop], start=line.start + begin,
                   end=line.start + stop)


def _leading_sentence_end(text: str, after: int) -> int:
    """End of the heading part of a leading heading: its first sentence, kept short."""
    stop = next((i for i in range(after, len(text)) if text[i] in _HEADING_END), len(text))
    if stop - after < 1:
        stop = len(text)
    if stop > HEADING_TEXT_MAX_CHARS:
        cut = max((i for i in range(after + 2, HEADING_TEXT_MAX_CHARS) if text[i] in CLAUSE_ENDS),
                  default=None)
        stop = cut if cut is not None else HEADING_TEXT_MAX_CHARS
    return len(text[:stop].rstrip())
