"""A digit of a numbered shorthand plan, and the clause of the notice that explains it.

Notices name a plan by a string of digits ("实施“1234”发展计划", "“135”工作思路") and spell it
out right after: "即:坚守一条底线,…两个持续下降,…三大工作基础,…四项重点工作". A question
about one digit ("“1234”计划里的“2”指的是什么?", then "那“4”呢?") is answered by the clause
that says that many things (两个, 三大, 四项), cited as the notice writes it. Found on dev
conversation q329 (branch conv3), where the plan's own sentence was cited instead.

>>> asked_digit("“135”工作思路中的“3”是指什么?")
('135', '3')
>>> text = "全面落实“123”思路。即:守住一条底线,实现两个提升,抓好三项改革。"
>>> s, e = explaining_clause(text, "123", "2"); text[s:e]
'实现两个提升'
"""
from __future__ import annotations

import re

# The shorthand: two to six digits, quoted in the question ("“1234”").
_SHORTHAND = re.compile(r"[“\"‘']\s*(\d{2,6})\s*[”\"’']")
# The digit asked: one digit (or its Chinese numeral) quoted on its own ("“2”", "“四”").
_DIGIT = re.compile(r"[“\"‘']\s*([0-9一二两三四五六七八九])\s*[”\"’']")
_UNQUOTED_SHORTHAND = re.compile(r"(?<!\d)(\d{2,6})(?!\d)")
_CHINESE = {"一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6",
            "七": "7", "八": "8", "九": "9"}
_NUMERALS = {"1": "一", "2": "两二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七",
             "8": "八", "9": "九"}
# What follows the numeral that counts the explained things: a measure word or 大 ("三大工作
# 基础"), not 十/百 ("二十大") and not an ordinal (第二).
_MEASURE = r"(?:个|项|大|条|种|张|支|类|件|批|化|不|者|方面|环节|体系|机制|目标|任务)"
# How far after the shorthand its explanation is looked for (the same paragraph, this many
# characters): the dev plan's explanation ends 230 characters after it.
EXPLANATION_CHARS = 400
_CLAUSE_END = re.compile(r"[,，;；。:：!！?？\n]")


def asked_digit(question: str, earlier: str = "") -> tuple[str, str] | None:
    """(shorthand, digit) when `question` asks what one digit of a quoted digit string stands
    for; the shorthand may come from `earlier` (the resolved text of a follow-up, "那“4”呢?")."""
    digits = [m.group(1) for m in _DIGIT.finditer(question)]
    if not digits:
        return None
    digit = _CHINESE.get(digits[-1], digits[-1])
    found = _SHORTHAND.search(question) or _UNQUOTED_SHORTHAND.search(earlier)
    if found is None or digit not in found.group(1):
        return None
    return found.group(1), digit


def explaining_clause(text: str, shorthand: str, digit: str) -> tuple[int, int] | None:
    """The span of the clause after `shorthand` in `text` that counts `digit` things (两个…
    for "2"), within the same paragraph; None when the notice does not spell it out."""
    numeral = f"[{_NUMERALS[digit]}]"
    one = "|这一(?=[\u4e00-\u9fff])" if digit == "1" else ""  # "守牢安全生产这一底线"
    pattern = re.compile(rf"(?<![第十\d]){numeral}(?![十百千万\d]){_MEASURE}{one}")
    for at in re.finditer(re.escape(shorthand), text):
        line_end = text.find("\n", at.end())
        end = min(at.end() + EXPLANATION_CHARS, len(text) if line_end < 0 else line_end)
        found = pattern.search(text, at.end(), end)
        if found is None:
            continue
        start = max((m.end() for m in _CLAUSE_END.finditer(text, at.end(), found.start())),
                    default=at.end())
        stop = _CLAUSE_END.search(text, found.end())
        return start, stop.start() if stop else len(text)
    return None
