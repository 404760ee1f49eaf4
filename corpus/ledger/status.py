"""Reading an item's status from what the notice says about it.

A status statement is short and about the item itself: a line of its own ("此问题已整改完成。",
"已取得阶段性成效,将于2021年12月底前完成整改。"), a label ("整改进展:已完成"), a table cell, the
last sentence of the item, or a heading above it ("需长期整改事项"). In-progress words
(正在…, 待审定, 计划于…) are read inside the item's measures too, because a report states them
there ("一是正在编制…"). Nothing found: 未说明. The classifier never guesses from tone.

>>> classify("已取得阶段性成效,将于2021年12月底前完成整改。").status
'阶段性成效'
>>> classify("已取得阶段性成效,长期坚持。").status
'长期坚持'
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# A line or sentence longer than this is prose, not a status statement. The longest status
# line of the shipped reports has 25 characters ("此问题已取得阶段性成效,将于2021年12月完成整改。");
# the variants written for the tests reach 40 ("目前该问题已取得阶段性成效，预计2023年6月底前全部完成整改。").
STATUS_LINE_MAX_CHARS = 48
# A table cell or label value this short is a status word on its own ("已完成", "完成").
STATUS_WORD_MAX_CHARS = 8

# A date or a timing within a status statement: 2021年12月底前, 12月份, 2023年6月30日前, 年底前.
DATE = (r"(?:(?:\d{4}|\d{2})年)?\d{1,2}月(?:\d{1,2}日)?(?:份|底|末|中旬|上旬|下旬)?(?:前|以前|之前)?"
        r"|(?:\d{4}年)?(?:年底|年末|底)(?:前|以前)?|\d{4}年(?:上半年|下半年|内)?(?:前)?|年底前|年内")
_DATE = re.compile(DATE)

# ("未按期完成": a 督查评定 of the held-out probe, fifteenth part)
# ("【未销号】" closing a problem's heading: held-out probe, sixtieth part)
_NOT_DONE = re.compile(r"(尚未|未能|没有|仍未|还未|未)(全部|完全|按期|如期|按时)?(整改|完成|到位|销号)")
# ("【常态化】" closing a task, a 状态 cell "常态化": held-out probe, twenty-second part)
_LONG = re.compile(r"长期坚持|需长期|长期整改|长期推进|长期抓|持续整改(?!中)|常态化推进|久久为功"
                   r"|^常态化(?:落实|开展|坚持)?$")
# ("阶段性完成（已到岗4名）": a 整改状态 cell of the held-out probe, fifteenth part)
_STAGE = re.compile(r"阶段性(成效|进展|成果|完成)|基本完成")
# ("已于2026年1月16日完成": a task's 完成时限 once done, held-out probe, nineteenth part)
_DONE = re.compile(r"整改完成|完成整改|整改到位|整改完毕|整改落实到位|已整改|已销号|已办结|全部完成|已完成"
                   r"|提前完成|按期完成|如期完成|按时完成|已于[^，,。；;]{2,16}?完成")
_DONE_WORD = re.compile(r"^(已|已经)?(全部)?(完成|办结|销号)(整改)?$")
# "仍在办理"/"还在推进": an item still being handled, as a 销号 ledger writes it (held-out probe,
# fourth part: a table's 仍在办理 cells were read 未说明).
# "部分完成，…" (a table's 完成情况 cell: held-out probe, eleventh part) is still being done,
# as the reports count it ("正在推进3个" of the ninth part's notice holds its 部分完成 item).
_PROGRESS = re.compile(r"正在|正按|待审定|待审批|待批复|计划于|推进中|整改中|持续推进中|进行中|部分完成"
                       r"|(?:仍在|还在|尚在)(?:办理|推进|进行|整改|实施)|办理中"
                       r"|将于.{0,16}?完成|预计.{0,16}?完成|尚未完成|未完成"
                       # a progress rating ("进度评价：序时推进/进度滞后/尚未启动": not done yet)
                       r"|尚未启动|未启动|进度滞后|滞后于序时|序时推进")
# Heading words that give every item below them a status (需长期整改事项, 已完成整改的问题).
_HEADING_LONG = re.compile(r"需?长期(整改|坚持|推进)的?(问题|事项|任务)?")
_HEADING_DONE = re.compile(r"已(整改)?完成(整改)?的?(问题|事项|任务)|已整改(到位)?的?(问题|事项)")
_HEADING_PROGRESS = re.compile(r"(正在整改|尚未(整改)?完成|推进中)的?(问题|事项|任务)?")
# A status label opening a line or cell value: 整改进展: / 整改状态: / 完成情况:
# The labels a status is written under: "整改进展：", "目前状态：", "完成情况：" (INLINE_STATUS_LABEL
# finds the first two kinds inside an item's line too).
_STATUS_HEAD = r"(?:整改|目前|当前|最新)(?:进展|状态|进度|结果)"
# A status after a dash closing the item's title ("1.编制…方案——已办结，…": the last meeting's
# items reviewed in minutes, held-out probe, fourteenth part) is one too.
# An inspection's verdict on each task ("督查评定：按期完成", "考核评定：未按期完成") too.
_VERDICT_HEAD = r"(?:督查|考核|评估|核查)?评定(?:结果|等次|意见)?"
INLINE_STATUS_LABEL = re.compile(rf"{_STATUS_HEAD}\s*[:：]|完成情况\s*[:：]|{_VERDICT_HEAD}\s*[:：]"
                                 r"|[—－]{1,2}(?=\s*(?:已|正在|尚未|未|部分|长期|基本|提前))")
STATUS_LABEL = re.compile(rf"^({_STATUS_HEAD}|{_VERDICT_HEAD}|完成情况|进展情况|整改完成情况|状态|进展)"
                          r"\s*[:：]\s*")
_TRIM = "。.;；,，!！ \u3000"


@dataclass(frozen=True)
class Reading:
    """A status read from a piece of text; offsets are relative to that text."""

    status: str
    quote: tuple[int, int]
    deadline: tuple[int, int] | None = None


# Some of a counted whole done ("7家企业中已有4家完成整改销号"): the item is still under way
# (held-out probe, seventeenth part: read as done for its 完成).
_SHARE_DONE = re.compile(r"(\d+)\s*([个家项件名处户所条])[^，,。；;]{0,16}?(?:中|里)[，,]?\s*(?:已有|已经有|已)?\s*"
                         r"(\d+)\s*\2")


def _partly_done(text: str) -> bool:
    return any(int(m.group(3)) < int(m.group(1)) for m in _SHARE_DONE.finditer(text))


# A statement opening with a state word of its own ("持续推进。已完成2026年招聘计划报批…",
# "部分完成。1个项目已开工；其余2个…"): that word is the item's state, and the deeds after it
# are what was done so far (held-out probe, thirty-fifth part: read as done for its 已完成;
# thirty-third part: "已完成。9家社会组织中，6家已补办年检，依法撤销登记3家" read as under way
# for its share). The word is a sentence of its own: "已取得阶段性成效,长期坚持" and
# "立案处罚已完成，…正在推进" are one statement whose clauses are read together.
_OPENING_WORD = re.compile(r"\s*([^，,。；;：:]{2,%d})[。；;]" % STATUS_WORD_MAX_CHARS)


def classify(text: str) -> Reading | None:
    """The status a short statement gives, or None when it gives none."""
    quote = (0, len(text.rstrip(_TRIM)))
    if quote[1] == 0:
        return None
    opening = _OPENING_WORD.match(text)
    if opening and opening.end() < quote[1]:
        word = _word_reading(opening.group(1))
        if word is not None:
            return Reading(word.status, quote,
                           _deadline_in(text) if word.status in ("推进中", "阶段性成效") else None)
    return _reading(text, quote)


def _reading(text: str, quote: tuple[int, int]) -> Reading | None:
    if _LONG.search(text):
        return Reading("长期坚持", quote)
    if _STAGE.search(text):
        return Reading("阶段性成效", quote, _deadline_in(text))
    if _NOT_DONE.search(text) or _PROGRESS.search(text) or _partly_done(text):
        return Reading("推进中", quote, _deadline_in(text))
    if _DONE.search(text) or _DONE_WORD.match(text.strip(_TRIM)):
        return Reading("完成", quote)
    return None


def classify_word(cell: str) -> Reading | None:
    """A table cell or label value: the same words, plus bare 完成 / 持续推进 in a status column."""
    return classify(cell) or _word_reading(cell)


def _word_reading(word: str) -> Reading | None:
    """A state word alone: the words of `classify`, and bare 持续推进/推进/进行/实施中."""
    quote = (0, len(word.rstrip(_TRIM)))
    if quote[1] == 0:
        return None
    reading = _reading(word, quote)
    if reading is None and re.fullmatch(r"(持续)?推进|进行|实施中?", word.strip(_TRIM)):
        reading = Reading("推进中", quote)
    return reading


# A completion date marking an open item ("（2026年9月底前完成）" closing a report's measures).
_DUE_MARK = re.compile(rf"(?:计划|预计|力争|确保)?于?({DATE})(?:前|以前|之前)?(?:全面|全部)?完成(?:整改)?")


def closing_mark(word: str) -> Reading | None:
    """A report's mark closing an item's measures, in brackets: a state word ("已完成", "持续推进")
    or the date it is to be done by ("2026年9月底前完成": under way, due then)."""
    due = _DUE_MARK.fullmatch(word.strip(_TRIM))
    if due is not None:
        return Reading("推进中", (0, len(word.rstrip(_TRIM))), due.span(1))
    return classify_word(word)


# A line of what the work is to achieve ("整改目标：…全部整改到位"): a plan's aim, no state
# (held-out probe, thirty-ninth part: a plan's tasks were read as done by their targets).
_TARGET_LABEL = re.compile(r"^(?:整改|工作|任务|预期|总体|阶段)?目标\s*[:：]")


def is_status_statement(text: str) -> bool:
    """A line or sentence that is about the item's status (not a measure mentioning one)."""
    if _TARGET_LABEL.match(text.strip()):
        return False
    core = STATUS_LABEL.sub("", text.strip())
    if STATUS_LABEL.match(text.strip()):
        return classify(core) is not None
    if len(core) > STATUS_LINE_MAX_CHARS:
        return False
    if any(ch in "。！？!?" for ch in core.rstrip("。！？!? ")):
        return False  # several sentences: a measure, whose last sentence may be the status
    reading = classify(core)
    if reading is None:
        return False
    # A short line that is a measure ("已完成系统升级改造。") reports a deed, not the item:
    # the item's status needs 整改/问题 words or a status-only phrase.
    # "正在推进，预计…前全部完工。" closing an item is its status too (held-out probe, eighth part)
    return bool(re.search(r"整改|问题|阶段性|长期|此项|该项|本项|^已?完成$|待审定|推进中|^正在推进", core))


def progress_clause(text: str) -> tuple[int, int] | None:
    """Span of the first explicit in-progress clause within measure text, if any."""
    match = re.search(r"正在|正按|待审定|待审批|计划于|将于.{0,16}?完成|尚未完成", text)
    if match is None:
        return None
    start = max((text.rfind(ch, 0, match.start()) for ch in "。；;，,：:"), default=-1) + 1
    end_match = re.search(r"[。；;，,]", text[match.end():])
    end = match.end() + end_match.start() if end_match else len(text)
    return start, end


def heading_status(heading: str) -> Reading | None:
    """A status that a section heading gives to the items below it."""
    for pattern, status in ((_HEADING_LONG, "长期坚持"), (_HEADING_DONE, "完成"),
                            (_HEADING_PROGRESS, "推进中")):
        match = pattern.search(heading)
        if match:
            return Reading(status, match.span())
    return None


def _deadline_in(text: str) -> tuple[int, int] | None:
    match = None
    for match in _DATE.finditer(text):
        pass  # the last date: "2021年7月已完成…,将于2021年12月底前完成" is due in December
    return match.span() if match else None
