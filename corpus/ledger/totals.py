"""The counts a notice states about its own items, and the ledger's counts beside them.

"针对巡察组反馈的8个问题,我们细化分解为26项具体任务,…已整改完成9个,…将于2021年12月完成的13个,
…需长期坚持的4个" states a total and three status counts. Only text outside the items is read
(an item's measures count other things: "101项重点工作任务"). Of several totals the largest
is the one the items are counted against: notices refine coarse problems into finer tasks
(8个问题 → 26项具体任务), and the ledger lists the finest numbered level; but a total equal to
the number of items the ledger found is the one they are (a report of 13 numbered problems
that says "把13个问题细化为41条具体措施" counts 13, not its 41 measures: held-out probe, seventh
part x14, "被巡察出多少问题?" quoted the 41).

>>> text = "反馈的3个方面12个问题,已整改完成10个,需长期坚持的2个。"
>>> [(t.status, t.count) for t in stated_totals("d", text, [])]
[(None, 12), ('完成', 10), ('长期坚持', 2)]
"""
from __future__ import annotations

import re

from corpus.ledger.models import STATUSES, Ledger, Span, StatedTotal, TotalsCheck

_NUMBER = r"(\d+|[一二三四五六七八九十两]+)"
# "26项具体任务", "28项问题", "15个问题", "30条整改措施".
# "反馈问题4个", "发现问题12个": the problems the inspection handed over, counted after them
# without 共 (held-out probe: a 县交通运输局 notice's total was not read).
_TOTAL = re.compile(_NUMBER + r"\s*(?:项|个|条)(?:具体|主要|重点)?(?:整改)?(?:问题|任务|事项|措施)"
                    r"|(?:问题|任务|事项)(?:共|总计|合计|共计)\s*" + _NUMBER + r"\s*(?:项|个|条)"
                    r"|(?:反馈|发现|交办|指出)的?问题\s*" + _NUMBER + r"\s*(?:项|个|条)")
# A count of a subset led or claimed by someone ("牵头负责8项具体整改任务", "主动领办13项反馈问题").
_SUBSET = re.compile(r"领办|牵头|负责|认领|分管|其中")
_COUNT = re.compile(_NUMBER + r"\s*(?:个|项|条)")
# Status words of a count clause, checked in this order ("已取得阶段性成效、将于…完成的13个"
# mentions 完成 too).
_STATUS_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("阶段性成效", re.compile(r"阶段性(成效|进展)|基本(?:完成|整改到位|整改完成|办结)")),
    ("长期坚持", re.compile(r"长期(坚持|整改|推进)")),
    ("推进中", re.compile(r"正在(整改|推进)|推进中|整改中|尚未完成")),
    ("完成", re.compile(r"(已|已经)(整改)?完成|完成整改|整改到位|已整改")),
)
# The total a clause opens with, counted within ("16个问题中已完成整改9个": held-out probe,
# thirty-seventh part AF9, whose done count was not read).
_IN_GROUP = re.compile(r"\s*(?:" + _TOTAL.pattern + r")\s*(?:中|当中|里)")
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
TOTAL_KEY = "总数"


def stated_totals(doc_id: str, text: str, covered: list[tuple[int, int]],
                  items: int | None = None) -> list[StatedTotal]:
    """Totals stated in `text` outside the `covered` (item) ranges; `items`: how many items
    the ledger found, when known."""
    totals: list[StatedTotal] = []
    candidates: list[StatedTotal] = []
    seen_status: set[str] = set()
    for start, end in _uncovered_lines(text, covered):
        for cs, ce in _clauses(text, start, end):
            clause = text[cs:ce]
            for match in _TOTAL.finditer(clause):
                if _SUBSET.search(clause[:match.start()]):
                    continue
                count = count_number(match.group(1) or match.group(2) or match.group(3))
                if count:
                    candidates.append(StatedTotal(doc_id, None, count, _quote(text, cs, ce)))
            # "16个问题中已完成整改9个": the group named first, then counted within
            group = _IN_GROUP.search(clause)
            counted = clause[group.end():] if group else clause
            status = _status_of(counted)
            count_match = _status_count(counted)
            if status and count_match and status not in seen_status and not _TOTAL.search(counted):
                seen_status.add(status)
                totals.append(StatedTotal(doc_id, status, count_number(count_match.group(1)),
                                          _quote(text, cs, ce)))
    equal = [t for t in candidates if t.count == items]
    best_total = equal[0] if equal else max(candidates, key=lambda t: t.count, default=None)
    if best_total is not None:
        totals.insert(0, best_total)
    return totals


def check_totals(ledger: Ledger) -> TotalsCheck:
    """The ledger's counts beside the notice's stated ones, with each difference in words."""
    counted = {TOTAL_KEY: len(ledger.items)}
    for status in STATUSES:
        counted[status] = sum(1 for item in ledger.items if item.status == status)
    stated = {(t.status or TOTAL_KEY): t.count for t in ledger.totals}
    differences = []
    for key, value in stated.items():
        if counted.get(key, 0) != value:
            label = "条目总数" if key == TOTAL_KEY else f"“{key}”条目"
            differences.append(f"通报自述{label}{value}项, 台账提取{counted.get(key, 0)}项")
    agrees = None if not stated else not differences
    return TotalsCheck(ledger.doc_id, counted, stated, agrees, tuple(differences))


def _uncovered_lines(text: str, covered: list[tuple[int, int]]):
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.strip() and not any(s < end and start < e for s, e in covered):
            yield start, end


def _status_count(clause: str) -> re.Match | None:
    """The count of a status clause: closing it ("已整改完成9个") or right before its status
    words ("9个问题已整改完成"), never a count of something else in it ("3个时间节点")."""
    core = clause.rstrip("，,；;。 ")
    for match in _COUNT.finditer(core):
        after = core[match.end():]
        if not after or re.match(r"(问题|任务|事项)?(已|已经|均已)?(整改|完成|取得|需|正在|长期)", after):
            return match
    return None


def _clauses(text: str, start: int, end: int):
    """Clauses split at commas and sentence ends but not at 、("已取得阶段性成效、将于…的13个")."""
    pos = start
    for match in re.finditer(r"[,，;；。]", text[start:end]):
        stop = start + match.end()
        yield pos, stop
        pos = stop
    if pos < end:
        yield pos, end


def _status_of(clause: str) -> str | None:
    for status, pattern in _STATUS_WORDS:
        if pattern.search(clause):
            return status
    return None


def count_number(token: str) -> int:
    """A count as written: "26", "七", "十二" (0 when it is none of these)."""
    if token.isdigit():
        return int(token)
    if token == "十":
        return 10
    if "十" in token:
        tens, _, ones = token.partition("十")
        return _CN_DIGITS.get(tens, 1) * 10 + _CN_DIGITS.get(ones, 0)
    return _CN_DIGITS.get(token, 0)


def _quote(text: str, start: int, end: int) -> Span:
    while end > start and text[end - 1] in "，,；;。、 ":
        end -= 1
    return Span(text[start:end], start, end)
