"""Dates as Chinese notices write them, to ISO yyyy-mm-dd.

>>> parse_date("发布日期:2021-08-03 11:07")
'2021-08-03'
>>> parse_date("2021年7月29日")
'2021-07-29'
>>> parse_date("二〇二〇年三月二十五日")
'2020-03-25'
>>> is_date_line("2021年9月7日"), is_date_line("2021年9月7日召开会议")
(True, False)
"""
from __future__ import annotations

import datetime as _dt
import re

_CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_YEAR = "〇零○ＯO一二三四五六七八九"
_CN_SMALL = "一二三四五六七八九十"

_NUMERIC = re.compile(r"(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?")
_CHINESE = re.compile(
    rf"([{_CN_YEAR}]{{4}})\s*年\s*([{_CN_SMALL}]{{1,3}})\s*月\s*([{_CN_SMALL}]{{1,3}})\s*日"
)
_DATE_LINE = re.compile(
    rf"^\s*(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
    rf"|[{_CN_YEAR}]{{4}}\s*年\s*[{_CN_SMALL}]{{1,3}}\s*月\s*[{_CN_SMALL}]{{1,3}}\s*日"
    rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}})\s*$"
)
# Official documents in this collection date from the founding of the PRC onwards; a
# "date" outside these years is a number that happens to look like one (an index number).
EARLIEST_YEAR = 1949
LATEST_YEAR = 2100


def parse_date(text: str) -> str | None:
    """The first valid date written in `text` as yyyy-mm-dd, or None."""
    for m in _NUMERIC.finditer(text):
        iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            return iso
    for m in _CHINESE.finditer(text):
        year = int("".join(str(_CN_DIGIT[c]) for c in m.group(1)))
        iso = _iso(year, _cn_small_number(m.group(2)), _cn_small_number(m.group(3)))
        if iso:
            return iso
    return None


def is_date_line(line: str) -> bool:
    """True when the whole line is one date, as in the signature block of a notice."""
    return bool(_DATE_LINE.match(line)) and parse_date(line) is not None


def _cn_small_number(text: str) -> int:
    """一 .. 三十一 to 1 .. 31."""
    if "十" not in text:
        return _CN_DIGIT.get(text, 0)
    tens, _, ones = text.partition("十")
    return (_CN_DIGIT.get(tens, 0) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)


def _iso(year: int, month: int, day: int) -> str | None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return None
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None
