"""Numbering markers of Chinese official documents and the heading style each denotes.

>>> match_marker("(一)提高政治站位,统一思想认识。").style
'(一)'
>>> match_marker("## 第一章 总则").style
'md2'
>>> match_marker("一是理清工作思路。") is None
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Chinese numerals used in ordinal markers (一、 / (十二) / 第一百二十条).
CN_NUMERALS = "一二三四五六七八九十百千零〇两"

# Characters that end a sentence. Both full-width and ASCII forms occur: several published
# notices were passed through NFKC and write "," ";" "!" where the original had "，" "；" "！".
SENTENCE_ENDS = "。！？!?；;"
# Characters that end a clause inside a sentence.
CLAUSE_ENDS = "，,、：:"


@dataclass(frozen=True)
class Marker:
    """A numbering marker at the start of a line."""

    style: str  # "一、", "(一)", "1.", "1)", "(1)", "①", "任务1", "[ ]", "阶段", "第1项", "问", "编",
    # "部分", "章", "节", "条" or "md1".."md6"
    end: int  # index just after the marker itself
    text_start: int  # where the heading text starts: 0 for numbered lines, after "## " for md


_MARKDOWN = re.compile(r"(#{1,6})[ \t]+(?=\S)")
# 第X条 (and 第X条之一, inserted articles); the article number is followed by a space in
# statute layouts, so a line such as "第三条规定的…" is not taken for an article.
_ARTICLE = re.compile(rf"第[{CN_NUMERALS}\d]+条(?:之[{CN_NUMERALS}]+)?(?=[ \t\u3000]|$)")
# 第X部分 opens a work plan's parts ("第一部分 移交安置") as 第X编 opens a code's.
_DIVISION = re.compile(rf"第[{CN_NUMERALS}\d]+([编章节]|部分)(?=[ \t\u3000]|$)")
# Without a following space a 第X章 line is accepted only when the line is as short as a
# chapter title, so "第三章规定的…" inside prose never opens a chapter.
_DIVISION_TIGHT = re.compile(rf"第[{CN_NUMERALS}\d]+([编章节]|部分)(?=[\u4e00-\u9fff])")
DIVISION_TIGHT_MAX_CHARS = 20
_PAREN_CN = re.compile(rf"[（(][{CN_NUMERALS}]+[）)]")
_PAREN_ARABIC = re.compile(r"[（(]\d{1,2}[）)]")
# 一、 and 一． (a period after a Chinese numeral); "一是" is prose, not a marker.
_CN_ITEM = re.compile(rf"[{CN_NUMERALS}]+(?:、|[.．](?!\d))")
# 1. 1、 1． but not "1.5亿元" or a year such as "2022、" (at most two digits).
_ARABIC = re.compile(r"\d{1,2}(?:、|[.．](?![\d.．]))")
_ARABIC_HALF_PAREN = re.compile(r"\d{1,2}[)）]")
_CIRCLED = re.compile(r"[\u2460-\u2473]")  # ① .. ⑳
# A number under a name of what it numbers, then a colon: "任务1：建设…", "措施二：…" (a work
# plan's tasks; held-out probe, ninth part: eleven "任务N：" tasks were read as prose), and a
# plan's stages "第一阶段：摸底建账（…）".
_NAMED_ITEM = re.compile(rf"(?:任务|措施|举措|事项)\s*(?:\d{{1,2}}|[{CN_NUMERALS}]{{1,3}})\s*[：:]")
_STAGE = re.compile(rf"第[{CN_NUMERALS}\d]{{1,2}}(?:阶段|步)\s*[：:]")
# An item by its ordinal and a space or colon: "第四项　低保动态管理不到位", "第3个问题：…" (a
# report that groups problems by verdict and keeps each one's original number: held-out probe,
# twenty-fourth part, whose 12 problems were read as three).
_ORDINAL_ITEM = re.compile(rf"第[{CN_NUMERALS}\d]{{1,3}}(?:项|个问题)(?:[ \t\u3000]+|\s*[：:])(?=\S)")
# A question of a Q&A (答记者问, 政策解读): "问：哪些场所必须配置AED？" titles the "答：…" below it
# (held-out probe, twenty-fourth part: the question line was cited as the answer, its answer
# not at all).
# Numbered too ("问六：申请时需要提交哪些材料？": held-out probe, thirty-fourth part, whose
# questions were cited as answers), but not "问题3：", a plan's problem.
_QUESTION = re.compile(rf"(?:记者)?问\s*[{CN_NUMERALS}\d]{{0,3}}\s*[：:](?=\s*\S)")
# A decorative bullet before a marker ("◆第一项 …", "★（一）…"): the marker is what follows.
_BULLET = re.compile(r"[◆◇●○■□▲△★☆▶►▪•][ \t\u3000]*")
# Decimal outline numbers "2.1 " and "2.1.1 " (a task plan numbered as a technical document:
# held-out probe, eighteenth part, whose 19 "2.1.1 …（责任股室：…）" tasks were read as the
# measures of their section). A space and no unit must follow: "1.5亿元", "2.5 万元" open no item.
# (a Roman numeral may open the title: "4.2 Ⅳ级响应", an emergency plan's response levels: held-out
# probe, twenty-ninth part, whose four levels were read as one section)
_DECIMAL = re.compile(r"\d{1,2}(?:[.．]\d{1,2}){1,3}(?=[ \t\u3000]+[\u4e00-\u9fff“\u2160-\u216b])"
                      r"(?![ \t\u3000]*(?:万|亿|元|千|百|个|吨|公里|米|平方|人|家|项|倍|亩))")
# A chapter of a decimal outline: "4 应急响应" over "4.1 响应分级" (as technical documents and
# emergency plans number their chapters). A short title alone on its line; corpus.headings takes
# it as a heading only when a "4.1 …" line follows in the document.
_CHAPTER = re.compile(r"(\d{1,2})[ \t\u3000]+(?=[\u4e00-\u9fff][\u4e00-\u9fff、和与及]{1,19}$)")


def chapter_number(line: str) -> int | None:
    """The number of a decimal outline's chapter line ("4 应急响应" -> 4), else None."""
    m = _CHAPTER.match(line)
    return int(m.group(1)) if m else None


# Hyphenated task codes "2-1 " (a plan whose tasks are numbered by their problem, the second
# figure the task's place under it: held-out probe, nineteenth part, "任务“2-1”即为第2个问题的第1
# 项整改任务"). A space and a Chinese word must follow, as for decimal numbers.
_HYPHENATED = re.compile(r"\d{1,2}(?:[-－]\d{1,2}){1,2}(?=[ \t\u3000]+[\u4e00-\u9fff“])")

# A task list's box, ticked or not ("[x] 完成…", "[ ] 建成…": a markdown task list, its "- "
# dropped by the reader; held-out probe, twenty-third part, whose 28 tasks were read as five
# areas). corpus.ledger reads a ticked box as done.
CHECKBOX = re.compile(r"(?:\[[ xX✓√]\]|[☐☑☒])(?=[ \t\u3000]*\S)")

_NUMBERED: tuple[tuple[re.Pattern[str], str], ...] = (
    (_PAREN_CN, "(一)"),
    (_PAREN_ARABIC, "(1)"),
    (_CN_ITEM, "一、"),
    (_ARABIC, "1."),
    (_ARABIC_HALF_PAREN, "1)"),
    (_CIRCLED, "①"),
    (_NAMED_ITEM, "任务1"),
    (CHECKBOX, "[ ]"),
)

_PUNCTUATION = set(SENTENCE_ENDS + CLAUSE_ENDS)


def match_marker(line: str) -> Marker | None:
    """The numbering marker that starts `line`, or None for an unnumbered line."""
    if not line:
        return None
    if line[0] == "#":
        m = _MARKDOWN.match(line)
        return Marker(f"md{len(m.group(1))}", m.end(), m.end()) if m else None
    if line[0] == "第":
        m = _ARTICLE.match(line)
        if m:
            return Marker("条", m.end(), 0)
        m = _DIVISION.match(line)
        if m:
            return Marker(m.group(1), m.end(), 0)
        m = _STAGE.match(line)
        if m and line[m.end():].strip():
            return Marker("阶段", m.end(), 0)
        m = _ORDINAL_ITEM.match(line)
        if m:
            return Marker("第1项", m.end(), 0)
        m = _DIVISION_TIGHT.match(line)
        if (m and len(line) <= DIVISION_TIGHT_MAX_CHARS
                and not any(c in _PUNCTUATION for c in line)):
            return Marker(m.group(1), m.end(), 0)
        return None
    question = _QUESTION.match(line)
    if question:
        return Marker("问", question.end(), 0)
    bullet = _BULLET.match(line)
    if bullet:
        inner = match_marker(line[bullet.end():])
        return Marker(inner.style, bullet.end() + inner.end, 0) if inner else None
    bracketed = _BRACKETED.fullmatch(line.rstrip())
    if bracketed:  # "【一、公共文化服务提质】": the marker inside the brackets
        inner = match_marker(bracketed.group(1))
        return Marker(inner.style, 1 + inner.end, 0) if inner and inner.style in _INNER else None
    decimal = _DECIMAL.match(line)
    if decimal:  # its depth is its style: "1.1" under "1", "1.1.1" under "1.1"
        depth = len(re.findall(r"[.．]", decimal.group(0)))
        return Marker("1" + ".1" * depth, decimal.end(), 0)
    hyphenated = _HYPHENATED.match(line)
    if hyphenated:
        depth = len(re.findall(r"[-－]", hyphenated.group(0)))
        return Marker("1" + "-1" * depth, hyphenated.end(), 0)
    for pattern, style in _NUMBERED:
        m = pattern.match(line)
        if m:
            end = m.end()
            if end >= len(line) or line[end:].strip() == "":
                return None  # a bare "1." line carries no heading text
            return Marker(style, end, 0)
    return None


# A heading line wrapped whole in black lenticular brackets, as work plans set their parts
# ("【一、公共文化服务提质】", "【（二）文物安全】"): numbered like any heading. Only a whole line of
# at most BRACKETED_MAX_CHARS (a heading, not "【问题1】占道经营…", whose bracket is a label),
# and only the numbered styles inside.
BRACKETED_MAX_CHARS = 40
_BRACKETED = re.compile(r"【([^【】]{2,%d})】" % BRACKETED_MAX_CHARS)
_INNER = frozenset(style for _, style in _NUMBERED)


def is_bare_marker(line: str) -> bool:
    """A line holding only a numbering marker ("7.", "（三）", "一、"): its text was put on
    the next line by the publisher or the PDF/Word reader."""
    line = line.strip()
    return any((m := pattern.match(line)) and m.end() == len(line) for pattern, _ in _NUMBERED)


# "5 建立…": an Arabic number followed by a space instead of a period. Only a heading when
# it continues the numbering of the "1." items before it (see headings.py); on its own it is
# as likely a quantity ("3 个工作组").
_LOOSE_ARABIC = re.compile(r"(\d{1,2})[ \u3000](?=[\u4e00-\u9fff])")


def loose_arabic_number(line: str) -> tuple[int, int] | None:
    """(number, end of marker) for a line opening with "5 建立…", else None."""
    m = _LOOSE_ARABIC.match(line)
    return (int(m.group(1)), m.end()) if m else None


def arabic_number(line: str) -> int | None:
    """The number of a "1." / "1、" marker at the start of `line`."""
    m = _ARABIC.match(line)
    return int(re.match(r"\d+", line).group()) if m else None
