"""A stated deadline as the last day it allows, for filters such as "due before 2021-12-31".

Years may be left out ("5月底前" in a 2022 work plan): the notice's own year fills them in.
Open-ended timings (长期坚持, 持续推进, 汛期前) have no date.

>>> due_date("2021年12月底前", 2021), due_date("5月底前", 2022), due_date("全年实施", 2020)
('2021-12-31', '2022-05-31', '2020-12-31')
>>> due_date("2022年12月—23年2月底", 2022), due_date("持续推进", 2022), due_date("22年冬—23年春", 2022)
('2023-02-28', None, '2023-05-31')
>>> due_date("3月份开始,每季度检查一次", 2022), due_date("5月底前制定方案,全年推进", 2022)
(None, '2022-12-31')
>>> due_date("次年1月", 2026), due_date("12月启动，明年3月底前完成", 2026)
('2027-01-31', '2027-03-31')
"""
from __future__ import annotations

import calendar
import re
from datetime import date

_YEAR_MONTH_DAY = re.compile(r"(?:(\d{4}|\d{2})年)?(\d{1,2})月(?:(\d{1,2})日)?")
_YEAR_ONLY = re.compile(r"(\d{4}|\d{2})年(?:底|末|内|年底)?")
_HALF = {"上半年": (6, 30), "下半年": (12, 31)}
_QUARTER = re.compile(r"第?([一二三四1-4])季度")
_QUARTER_END = {"一": 3, "二": 6, "三": 9, "四": 12, "1": 3, "2": 6, "3": 9, "4": 12}
# The last day of a season named after a year ("23年春"): spring ends in May, and so on.
_SEASON_END = {"春": (5, 31), "夏": (8, 31), "秋": (11, 30), "冬": (12, 31)}
# The year after the notice's ("次年1月底前", "明年3月").
_NEXT_YEAR = re.compile(r"次年|明年|翌年|下一年")
_WHOLE_YEAR = re.compile(r"全年|年底|年末|年内")
# A month a task starts in, not one it ends by ("2月份开始,每两个月开展一轮次", "自3月起"): no due
# day (eval/ledger_questions.jsonl L08, dev: a recurring task was listed as due in February).
_STARTS = re.compile(r"\s*(?:份)?\s*(?:开始|起)")


def due_date(deadline: str, default_year: int | None) -> str | None:
    """ISO date of the last day `deadline` allows; None when it names no date."""
    year = default_year
    found: date | None = None
    for match in _YEAR_MONTH_DAY.finditer(deadline):  # a range "6月—9月": its end counts
        year = _year(match.group(1), year)
        if not match.group(1) and default_year and _NEXT_YEAR.search(
                deadline, max(0, match.start() - 3), match.start()):
            year = default_year + 1  # "次年1月": the month of the year after the notice's
        if year is None or _STARTS.match(deadline, match.end()):
            continue
        month = int(match.group(2))
        if not 1 <= month <= 12:
            continue
        day = int(match.group(3)) if match.group(3) else calendar.monthrange(year, month)[1]
        try:
            found = date(year, month, day)
        except ValueError:
            continue
    if found is not None and year and _WHOLE_YEAR.search(deadline[_after_last_date(deadline):]):
        # "6月底前出台实施方案,全年持续推进": the work runs the whole year after its first step
        found = max(found, date(year, 12, 31))
    if found is not None:
        return found.isoformat()
    quarter = _QUARTER.search(deadline)
    stated = _YEAR_ONLY.search(deadline, 0, quarter.start()) if quarter else None
    quarter_year = _year(stated.group(1), year) if stated else year  # "2026年二季度"
    if quarter and quarter_year:
        month = _QUARTER_END[quarter.group(1)]
        return date(quarter_year, month, calendar.monthrange(quarter_year, month)[1]).isoformat()
    explicit = None
    for explicit in _YEAR_ONLY.finditer(deadline):  # "22年冬—23年春": the range's end
        pass
    if explicit:
        year = _year(explicit.group(1), year)
        season = _SEASON_END.get(deadline[explicit.end():explicit.end() + 1])
        if season and year:
            return date(year, *season).isoformat()
    for half, (month, day) in _HALF.items():
        if half in deadline and year:
            return date(year, month, day).isoformat()
    if year and (explicit or _WHOLE_YEAR.search(deadline)):
        return date(year, 12, 31).isoformat()
    return None


def period_start(deadline: str, default_year: int | None) -> str | None:
    """ISO date of the first day of the period `deadline` names: its day, month, quarter, half
    year or year ("2026年二季度" starts on 2026-04-01); None when it names no date.

    >>> period_start("2026年二季度", None), period_start("6月底", 2025), period_start("2026年6月30日", None)
    ('2026-04-01', '2025-06-01', '2026-06-30')
    """
    last = due_date(deadline, default_year)
    if last is None:
        return None
    end = date.fromisoformat(last)
    if _YEAR_MONTH_DAY.search(deadline):
        day = _YEAR_MONTH_DAY.search(deadline).group(3)
        return end.isoformat() if day else end.replace(day=1).isoformat()
    if _QUARTER.search(deadline):
        return end.replace(month=end.month - 2, day=1).isoformat()
    if "下半年" in deadline:
        return end.replace(month=7, day=1).isoformat()
    if re.search(r"年底|年末", deadline):
        return end.replace(day=1).isoformat()
    return end.replace(month=1, day=1).isoformat()


def _after_last_date(deadline: str) -> int:
    """Where the last month-day of `deadline` ends (0 for none)."""
    end = 0
    for end_match in _YEAR_MONTH_DAY.finditer(deadline):
        end = end_match.end()
    return end


def notice_year(title: str, dates: tuple[str | None, ...]) -> int | None:
    """The year a notice's undated deadlines belong to: its date's, else a year in its title.

    The date comes first: "《2019年度…问题整改方案》" is published, and due, in 2020.
    """
    for value in dates:
        if value:
            return int(value[:4])
    match = re.search(r"(20\d{2})\s*年", title)
    return int(match.group(1)) if match else None


def _year(text: str | None, default: int | None) -> int | None:
    if not text:
        return default
    value = int(text)
    return value + 2000 if value < 100 else value
