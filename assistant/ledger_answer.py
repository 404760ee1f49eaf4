"""Answers from the rectification ledger: every matching item listed, each field cited.

An item is written as its problem [n] and the field asked (status, deadline, lead) [n+1],
both quotes of the notice. Where a notice states no such field for its items (no per-item
status, no lead office, no timing), the answer says so for that notice instead of citing a
neighbouring sentence; when no notice in scope states it, the answer abstains.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Sequence

from assistant.listing import line_at
from assistant.models import AgencyGroup, Citation
from assistant.quantity import states_quantity
from assistant.titles import book_title
from corpus.ledger import STATUSES, LedgerItem, Span, StatedTotal
from corpus.ledger.assignment import LEADING, lead_roles
from corpus.ledger.status import STATUS_WORD_MAX_CHARS
from corpus.ledger.by_code import duty_line
from corpus.ledger.deadlines import due_date, notice_year, period_start
from corpus.ledger.tables import is_table_line
from corpus.models import Notice

# A problem longer than this is quoted up to the end of its first sentence (or cut here):
# the answer lists items, the click shows the whole paragraph.
PROBLEM_QUOTE_CHARS = 80
# An answer about one item alone ("第三个具体怎么整改的?") quotes its measures at this length
# (cut at a sentence end): at PROBLEM_QUOTE_CHARS * 2 it showed only their heading sentence
# ("一是加强专业应急救援队伍建设。"). Found asking the shipped index; not an eval-tuned value.
ONE_ITEM_MEASURE_CHARS = 600
# Share of the topic's weighted words an item must hold (problem, measures and heading) to
# match a topic ("党建方面", "公务用车"). Chosen on the ledger questions' dev split
# (eval/ledger_questions.jsonl): 0.5 kept every gold item of the topic questions there.
TOPIC_MIN_COVERAGE = 0.5

# What each asked field needs of an item, and how its absence is said.
_MISSING = {
    "status": "未逐项说明整改状态",
    "lead": "未写明牵头或责任单位",
    "deadline": "未写明完成时限",
    "leader": "未写明责任领导",
    "helpers": "未写明配合单位",
    "total": "未说明问题或任务的总数",
}
_STATUS_WORDS = {"完成": "已整改完成", "阶段性成效": "已取得阶段性成效", "长期坚持": "需长期坚持",
                 "推进中": "正在推进", "未说明": "未说明整改状态"}


@dataclass
class NoticeLedger:
    """One notice's part of a ledger answer: its matching items and its totals check."""

    notice: Notice
    items: list[LedgerItem]
    all_items: list[LedgerItem] = field(default_factory=list)  # before the filters
    totals: tuple[StatedTotal, ...] = ()  # counts the notice states about its items
    by_problem: bool = False  # measure rows gathered under their problems (ledger_problems)


@dataclass
class LedgerReply:
    """What the chat shows: text with markers, citations, and the items behind it."""

    text: str
    citations: list[Citation]
    groups: list[AgencyGroup]
    items: list[LedgerItem]
    abstained: bool
    reason: str = ""


Scorer = Callable[[str, str], float]  # (item text, heading context) -> topic coverage


def filter_items(items: Sequence[LedgerItem], notice: Notice, statuses: Sequence[str] = (),
                 office: str = "", due_before: str = "", next_year: bool = False,
                 topic_score: Scorer | None = None, helping: bool = False,
                 due_within: bool = False) -> list[LedgerItem]:
    """The items matching the question's filters, in the notice's order; `office` is matched
    against the items' helpers instead of their leads when `helping`; with `due_within`, the
    items due inside the period `due_before` names, not before it."""
    year = notice_year(notice.meta.title, (notice.meta.date, notice.meta.written_date))
    limit = due_date(due_before, year) if due_before else None
    first = period_start(due_before, year) if due_before and due_within else None
    kept = []
    for item in items:
        if statuses and item.status not in statuses:
            continue
        offices = item.helpers if helping else item.lead
        if office and not any(office in s.text or s.text in office for s in offices):
            continue
        if due_before and (limit is None or item.due_date is None or item.due_date > limit):
            continue
        if first is not None and item.due_date < first:
            continue
        if next_year and (item.due_date is None or year is None
                          or int(item.due_date[:4]) <= year):
            continue
        if topic_score is not None and topic_score(_item_text(item), _context_text(item, notice)) \
                < TOPIC_MIN_COVERAGE:
            continue
        kept.append(item)
    return kept


def topic_best(items: Sequence[LedgerItem], notice: Notice, topic_score: Scorer) -> float:
    """The best topic score (see filter_items) of any of `items` of `notice`; 0 for none."""
    return max((topic_score(_item_text(i), _context_text(i, notice)) for i in items),
               default=0.0)


def write_reply(want: str, parts: Sequence[NoticeLedger], asked_statuses: Sequence[str] = (),
                absent: Sequence[str] = (), ranked: str = "",
                topic_score: Scorer | None = None, figures: bool = False) -> LedgerReply:
    """The answer text and citations for `parts` (one per notice in scope); `absent` names
    the agencies whose ledgers hold no matching item (a question over every agency); `ranked`
    ("最多" / "最少") opens it with the agencies of the most or fewest matching items;
    `topic_score` (items asked by a topic) shows each item's measure on the topic, one
    stating a figure first when `figures` ("各多少?")."""
    lines: list[str] = [_ranking(want, parts, asked_statuses, ranked)] if ranked else []
    citations: list[Citation] = []
    groups: dict[str, AgencyGroup] = {}
    items: list[LedgerItem] = []
    silent: list[str] = []
    one_item = sum(len(p.items) for p in parts
                   if not missing_field(want, asked_statuses, p)) == 1
    for part in parts:
        name = _notice_name(part.notice)
        missing = missing_field(want, asked_statuses, part)
        if missing:
            silent.append(f"{name}{missing}（共{len(part.all_items or part.items)}项），"
                          "无法据此回答。")
            continue
        if not part.items:
            what = "、".join(_STATUS_WORDS[s] for s in asked_statuses) or "符合条件"
            silent.append(f"{name}中没有写明{what}的条目{_status_breakdown(part)}。")
            continue
        group = groups.setdefault(part.notice.meta.agency,
                                  AgencyGroup(part.notice.meta.agency))
        lines.append(_group_heading(want, part, asked_statuses, name, citations, group))
        shown, unstated = _stating(want, part.items)
        if unstated:
            lines[-1] = lines[-1].rstrip("：") + f"，其中写明{_FIELD_WORDS[want]}的{len(shown)}项："
        for k, item in enumerate(shown, start=1):
            lines.append(_item_line(want, k, item, part.notice, citations, group, one_item,
                                    topic_score, figures))
            items.append(item)
        if unstated:
            lines.append(f"其余{len(unstated)}项{_UNSTATED.get(want) or _MISSING[want]}。")
    if not items:
        text = "\n".join(silent) or "已收录的通报台账中没有符合条件的条目。"
        return LedgerReply(text, [], [], [], True, "ledger_unstated" if silent else "ledger_empty")
    lines.extend(silent)
    if absent:
        what = "、".join(_STATUS_WORDS[s] for s in asked_statuses) or "相关"
        lines.append(f"其余单位的通报台账中没有{what}的条目：{'、'.join(absent)}。")
    return LedgerReply("\n".join(lines), citations, list(groups.values()), items, False)


def _ranking(want: str, parts: Sequence[NoticeLedger], asked_statuses: Sequence[str],
             ranked: str) -> str:
    """"按各通报逐项写明的状态，已整改完成的条目最多的是济南市应急管理局（9项）。": the
    count of each agency whose notice states it per item; no ranking where none does."""
    counts: dict[str, int] = {}
    for part in parts:
        if not missing_field(want, asked_statuses, part):
            agency = part.notice.meta.agency or _notice_name(part.notice)
            counts[agency] = counts.get(agency, 0) + len(part.items)
    what = "、".join(_STATUS_WORDS[s] for s in asked_statuses) or "列出"
    if not counts or not any(counts.values()):
        return f"已收录的通报都没有逐项写明{what}的条目，无法比较各单位的多少。"
    pick = max if ranked == "最多" else min
    target = pick(counts.values())
    leaders = [a for a, n in counts.items() if n == target]
    others = "；".join(f"{a}{n}项" for a, n in counts.items() if a not in leaders)
    return (f"按各通报逐项写明的状态，{what}的条目{ranked}的是{'、'.join(leaders)}（{target}项）"
            + (f"；其余：{others}" if others else "") + "。")


def write_office_ranking(parts: Sequence[NoticeLedger], ranked: str) -> LedgerReply:
    """Per notice, the lead offices with the most (or fewest) items, each such item listed
    with its lead cited; the other offices' counts after. An item led by several offices
    counts for each."""
    lines: list[str] = []
    citations: list[Citation] = []
    groups: dict[str, AgencyGroup] = {}
    shown: list[LedgerItem] = []
    silent: list[str] = []
    for part in parts:
        name = _notice_name(part.notice)
        counts = Counter(_office(s) for i in part.items for s in i.lead)
        if not counts:
            silent.append(f"{name}{_MISSING['lead']}，无法比较。")
            continue
        target = (max if ranked == "最多" else min)(counts.values())
        leaders = [o for o, n in counts.items() if n == target]
        others = "；".join(f"{o}{n}项" for o, n in counts.most_common() if o not in leaders)
        lines.append(f"{name}中牵头（负责）条目{ranked}的是{'、'.join(leaders)}（{target}项）"
                     + (f"；其余：{others}" if others else "") + "：")
        group = groups.setdefault(part.notice.meta.agency, AgencyGroup(part.notice.meta.agency))
        led = [i for i in part.items if any(_office(s) in leaders for s in i.lead)]
        for k, item in enumerate(led, start=1):
            lines.append(_item_line("lead", k, item, part.notice, citations, group))
            shown.append(item)
    if not shown:
        return LedgerReply("\n".join(silent) or "已收录的通报台账中没有符合条件的条目。", [], [],
                           [], True, "ledger_unstated")
    return LedgerReply("\n".join(lines + silent), citations, list(groups.values()), shown, False)


def _office(span: Span) -> str:
    return re.sub(r"\s+", "", span.text)


def _status_breakdown(part: NoticeLedger) -> str:
    """"（共28项：正在推进8项，未说明整改状态20项）": what the notice does say of its items."""
    everything = part.all_items or part.items
    counts = Counter(i.status for i in everything)
    if not everything:
        return ""
    said = "，".join(f"{_STATUS_WORDS.get(s, s)}{n}项" for s, n in counts.most_common())
    return f"（共{len(everything)}项：{said}）"


# The measures shown for the one item a question asks about ("第4个问题是什么?": a problem's
# tasks, each a row of its own); a list of items shows each item's first.
MEASURES_SHOWN = 4


def cite(notice: Notice, span: Span, n: int, max_chars: int | None = None) -> Citation:
    """Citation [n] of a ledger span, cut to its passage (and to `max_chars` at a sentence end)."""
    passages = notice.passages
    index = max(0, bisect.bisect_right(passages, span.start, key=lambda p: p.start) - 1)
    passage = passages[index]
    region_start = passage.start
    if span.start >= passage.end and index + 1 < len(passages):
        # A heading ("（一）关于…的问题", "三、需长期整改的问题") lies between passages: cited
        # whole, with the passage it heads (the region runs from the heading through it).
        passage = passages[index + 1]
        region_start = span.start
    end = min(span.end, passage.end) if span.start >= passage.start else span.end
    if max_chars is not None and end - span.start > max_chars:
        cut = next((i + 1 for i in range(span.start, end) if notice.text[i] in "。；;！？"), None)
        end = cut if cut is not None and cut - span.start <= max_chars * 2 else span.start + max_chars
    return Citation.quoting(notice, n, span.start, end, passage.passage_id, region_start,
                            max(passage.end, end), tuple(passage.section))


# A lead or deadline asked of a ledger that states it for only a few items: those items are
# listed and the others counted, when at least this many lack it (found using the shipped
# index: "东莞应急局的整改什么时候完成?" listed 27 of 28 items as "未写明完成时限").
SPARSE_FIELD_UNSTATED = 5
# The same for a progress summary whose items mostly state no status ("中山应急局的整改进展
# 怎么样?": 27 of 31 items were listed as "未说明整改状态").
_FIELD_WORDS = {"lead": "牵头或责任单位", "deadline": "完成时限", "leader": "责任领导",
                "helpers": "配合单位",
                "progress": "整改状态",
                "status": "整改状态"}
_UNSTATED = {"progress": "未逐项说明整改状态", "status": "未逐项说明整改状态"}


# A lead that is a person's name (a table whose only answering column is 责任领导 gives its
# names as leads, corpus.ledger.tables): two to four characters, no office word.
def _states(want: str, item: LedgerItem) -> bool:
    if want == "lead":  # "谁负责?" is answered by the person when no office is named
        return bool(item.lead or item.leaders)
    if want == "leader":
        return bool(item.leaders)
    if want == "helpers":
        return bool(item.helpers)
    if want == "deadline":
        return item.deadline is not None
    return item.status != "未说明"


def _stating(want: str, items: Sequence[LedgerItem]) -> tuple[list[LedgerItem], list[LedgerItem]]:
    """The items to list and those only counted as not stating the asked field (none when the
    field is stated for most)."""
    if want not in _FIELD_WORDS:
        return list(items), []
    has = [i for i in items if _states(want, i)]
    lacks = [i for i in items if i not in has]
    if len(lacks) < SPARSE_FIELD_UNSTATED or len(lacks) <= len(has):
        return list(items), []
    return has, lacks


def missing_field(want: str, asked_statuses: Sequence[str], part: NoticeLedger) -> str:
    """What the notice does not state that the question needs ("" when it states it)."""
    everything = part.all_items or part.items
    if not everything:
        return "未列出整改问题或任务"
    if (want in ("status", "count", "progress") or asked_statuses) and all(
            i.status == "未说明" for i in everything):
        return _MISSING["status"]
    if want == "count" and not asked_statuses and not part.by_problem \
            and not any(t.status is None for t in part.totals):
        return _MISSING["total"]  # counting a plan's measures is not what "反馈了多少个问题" asks
    if want == "lead" and not any(i.lead or i.leaders for i in part.items or everything):
        return _MISSING["lead"]
    if want == "leader" and not any(i.leaders for i in part.items or everything):
        return _MISSING["leader"]
    if want == "helpers" and not any(i.helpers for i in part.items or everything):
        return _MISSING["helpers"]
    if want == "deadline" and not any(i.deadline for i in part.items or everything):
        return _MISSING["deadline"]
    if want == "lead_deadline" and not any(i.lead or i.deadline for i in part.items or everything):
        return _MISSING["lead"]
    return ""


def _group_heading(want: str, part: NoticeLedger, asked: Sequence[str], name: str,
                   citations: list[Citation], group: AgencyGroup) -> str:
    count = len(part.items)
    if want not in ("count", "progress"):
        what = "、".join(_STATUS_WORDS[s] for s in asked) if asked else "整改问题或任务"
        return f"{name}中{what}的条目共{count}项："
    everything = part.all_items or part.items
    by_status = Counter(i.status for i in everything)
    spread = "、".join(f"{s}{by_status[s]}项" for s in STATUSES if by_status[s])
    line = f"{name}共{len(everything)}项（{spread}）"
    if asked:
        line += f"，其中{'、'.join(_STATUS_WORDS[s] for s in asked)}的{count}项"
    quoted = []
    for stated in _stated_quotes(part, asked):
        citation = cite(part.notice, stated, len(citations) + 1)
        citations.append(citation)
        group.citations.append(citation)
        quoted.append(f"“{citation.quote}”[{citation.n}]")
    if quoted:
        line += "；通报自述：" + "，".join(quoted)
    return line + "："


def _stated_quotes(part: NoticeLedger, asked: Sequence[str]) -> list[Span]:
    """The notice's own words on the counts asked about: the asked statuses' counts, or (for
    "how many") its total and every status count it states."""
    segments: list[Span] = []
    for total in part.totals:
        if asked and total.status not in asked:
            continue
        segment = _statement(part.notice.text, total.quote)
        if segment not in segments:
            segments.append(segment)
    return segments


def _statement(text: str, quote: Span) -> Span:
    """The whole statement around a stated count, up to the semicolons or sentence ends
    ("截至…,已整改完成9个,完成率34.6%"): the figure and what it is of, together."""
    start = max(text.rfind(ch, 0, quote.start) for ch in "；;。\n") + 1
    ends = [i for i in (text.find(ch, quote.end) for ch in "；;。\n") if i >= 0]
    end = min(ends) if ends else len(text)
    return Span(text[start:end], start, end)


def _item_line(want: str, k: int, item: LedgerItem, notice: Notice,
               citations: list[Citation], group: AgencyGroup, one_item: bool = False,
               topic_score: Scorer | None = None, figures: bool = False) -> str:
    problem = cite_into(notice, _as_written(notice.text, item.problem), citations, group,
                         PROBLEM_QUOTE_CHARS)
    line = f"{k}. {problem.quote}[{problem.n}]"
    on_topic = _topic_measure(item, topic_score, figures) \
        if want == "items" and topic_score else None
    if on_topic is not None:
        # "哪些问题追回了资金?各多少?": the deed on the topic, not only the item's state
        # (held-out probe, thirty-sixth part AE3 showed "已完成" beside each problem)
        content = cite_into(notice, on_topic, citations, group, PROBLEM_QUOTE_CHARS * 2)
        line += f"：{content.quote}[{content.n}]"
    described = _described(item) if on_topic is None and want not in ("measures", "count") \
        else None
    if described is not None:
        # "关于“X”的问题" then "问题表现：…": what the problem is lies in that line (held-out
        # probe, fifty-fourth part AW4, AW5 listed the titles alone)
        content = cite_into(notice, described, citations, group)
        line += f"：{content.quote}[{content.n}]"
    detail = _detail(want, item, notice, citations, group, one_item)
    task = _task_content(item, notice.text) if on_topic is None and described is None \
        and item.measures and want not in ("measures", "count", "progress") \
        and _is_title(item.problem.text) else None
    if task is not None:
        # a task table's row is named by a title ("不合格食品核查处置"): what the task is lies
        # in its content cell, shown after the field asked
        content = cite_into(notice, task, citations, group, PROBLEM_QUOTE_CHARS)
        detail += f"；任务内容：{content.quote}[{content.n}]"
    return f"{line}{detail}"


# A line describing the problem its item's title names ("问题表现：…"), read by the ledger as
# the item's first measure.
_DESCRIBED = re.compile(r"\s*(?:问题表现|问题描述|具体表现|主要表现|存在问题)\s*[：:]")


def _described(item: LedgerItem) -> Span | None:
    """The item's first measure when it is a labelled description of the problem."""
    first = item.measures[0] if item.measures else None
    return first if first is not None and _DESCRIBED.match(first.text) else None


def cite_into(notice: Notice, span: Span, citations: list[Citation], group: AgencyGroup,
               max_chars: int | None = None) -> Citation:
    """The next citation of the answer, recorded in its list and its agency's group."""
    citation = cite(notice, span, len(citations) + 1, max_chars)
    citations.append(citation)
    group.citations.append(citation)
    return citation


# Shorter than this after the assignment clause, a task's text is its fields alone (or a
# label cut off by a line break: "配合单位", held-out probe, thirty-seventh part's PDF).
TASK_CONTENT_MIN_CHARS = 8


def _task_content(item: LedgerItem, text: str) -> Span | None:
    """The task's first measure, after the clause assigning it when it opens with one ("县商务局
    牵头，…配合，结合以旧换新政策…"); None when only the fields are left ("此项工作由…负责，
    …配合。")."""
    measure = item.measures[0]
    if measure.text == item.problem.text:
        return None  # the title again: nothing more to show
    fields = [f for f in (*item.lead, *item.leaders, *item.helpers)
              if measure.start <= f.start and f.end <= measure.end]
    if not fields:
        return measure
    stop = _CLAUSE_MARK.search(text, max(f.end for f in fields), measure.end)
    start = stop.end() if stop else measure.end
    if measure.end - start < TASK_CONTENT_MIN_CHARS:
        return None
    return Span(text[start:measure.end], start, measure.end)


def _topic_measure(item: LedgerItem, topic_score: Scorer, figures: bool) -> Span | None:
    """The item's measure most on the topic (the later one of equals: a report's result comes
    after its plan), of those more on it than the problem itself; with `figures`, one stating
    a figure before one that does not."""
    floor = topic_score(item.problem.text, "")
    scored = [(figures and states_quantity(m.text, ""), score, k, m)
              for k, m in enumerate(item.measures) if (score := topic_score(m.text, "")) > floor]
    return max(scored, key=lambda s: s[:3])[3] if scored else None



# An item's problem this short, with no clause mark, is a task's title, not what the task is:
# the task tables' names run to 16 characters ("食品安全“两个责任”包保督导"), a problem stated
# as a finding is a clause or more (held-out probe, thirty-sixth part AE1, AE4).
TASK_TITLE_CHARS = 20
_CLAUSE_MARK = re.compile(r"[，,；;。：:]")


def _is_title(problem: str) -> bool:
    return len(problem) <= TASK_TITLE_CHARS and _CLAUSE_MARK.search(problem) is None


# "针对X问题" heading a report's item: the item is X问题, quoted as the notice writes it (dev
# q544's gold quotes "针对内控制度不健全问题"; the answer cited "内控制度不健全问题").
_AIMED_OPENER = "针对"


def _as_written(text: str, problem: Span) -> Span:
    start = problem.start - len(_AIMED_OPENER)
    if start >= 0 and text.startswith(_AIMED_OPENER, start):
        return Span(text[start:problem.end], start, problem.end)
    return problem


# The lead office and the deadline of an item are cited as one quote when at most this many
# characters ("负责;完成时限:") stand between them in the notice.
JOINED_FIELDS_GAP = 12


# A field is cited with the words that make it that field in the notice: the label just before
# its value ("完成时限：", "配合：", "【责任科室】") and the role just after it ("牵头负责", "配合"),
# so a click shows why "市城管局" is the lead. Values joined by "、" are one statement, one
# citation. Found reading answers whose gold writes the label ("责任领导：刘志勇"); cell values of
# a table have neither and are cited as they are.
_LABEL_BEFORE = re.compile(r"(?:^|(?<=[\s(（;；,，。】|]))(?:[^\s(（;；,，。:：|【】]{1,8}[:：]|【[^【】\n]{2,8}】)\s*$", re.M)
_ROLE_AFTER = re.compile(r"(?:等)?(?:牵头负责|牵头|按职责分工负责|具体负责|负责|具体承办|承办|主办|协办|配合"
                         # a timing's own verb ("2026年10月底前完成。")
                         r"|(?:全部)?完成)"
                         r"(?=$|[\s)）;；,，。])")
_LABEL_LOOKBACK = 12
# A quote that opens with its own label ("责任科室：运输服务科。…") is shown without another.
_OPENS_LABELLED = re.compile(r"[^\s(（;；,，。:：|【】]{2,8}[:：]|【[^【】\n]{2,8}】")


def _stated_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a field's value widened to its label before and its role after, or to the
    whole aside that assigns it ("安全生产基础科牵头,…,完成时限:10月底前" inside its brackets:
    who and by when are read together; dev q449#2, q523#3, q571#3 quote them so)."""
    # an office's line of a 责任清单 ("办公室（分管领导：副主任X）：牵头3-1、6-1，配合3-2。"): the
    # office, its leader and its tasks are read together (held-out probe, nineteenth part)
    duty = duty_line(text, start)
    if duty is not None:
        return duty
    aside = _aside(text, start, end)
    if aside is not None:
        return aside
    before = _LABEL_BEFORE.search(text, max(0, start - _LABEL_LOOKBACK), start)
    if before is not None:
        start = before.start()
    after = _ROLE_AFTER.match(text, end)
    if after is not None:
        end = after.end()
    return start, end


# The longest assigning aside cited whole (the longest in the shipped plans, nine offices
# "按职责分工负责;完成时限:持续推进", has 90 characters; longer ones are cited by their label).
ASIDE_MAX_CHARS = 90
_OPEN = "（("
_CLOSE = "）)"


# A sentence that assigns in prose: "此项工作由X副局长负责，Y科具体承办，Z配合。"
_BY_SENTENCE = re.compile(r"(?:[这该此本]项(?:工作|任务)?|该问题|此问题)?由")
_SENTENCE_END = "。；;\n"


def _aside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The inside of the bracketed aside on the value's line that holds it, or the 由…负责
    sentence that does; None when neither does."""
    bracketed = _bracketed(text, start, end)
    if bracketed is not None:
        return bracketed
    opening = max(text.rfind(c, 0, start) for c in _SENTENCE_END) + 1
    closing = min((i for i in (text.find(c, end) for c in _SENTENCE_END) if i >= 0), default=len(text))
    if _BY_SENTENCE.match(text, opening) and closing - opening <= ASIDE_MAX_CHARS:
        return opening, closing
    return None


def _bracketed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The inside of the brackets around text[start:end] on its line, when no bracket nests."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = max(text.rfind(c, line_start, start) for c in _OPEN)
    if opening < 0:
        return None
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    closing = min((i for i in (text.find(c, end, line_end) for c in _CLOSE) if i >= 0), default=-1)
    inside = text[opening + 1:closing]
    if closing < 0 or len(inside) > ASIDE_MAX_CHARS or any(c in inside for c in _OPEN + _CLOSE):
        return None
    return opening + 1, closing


def _runs(text: str, spans: Sequence[Span]) -> list[tuple[int, int]]:
    """Consecutive values joined by "、" ("协调处、防汛处") as one run each."""
    runs: list[tuple[int, int]] = []
    for span in spans:
        if runs and text[runs[-1][1]:span.start] == "、":
            runs[-1] = (runs[-1][0], span.end)
        else:
            runs.append((span.start, span.end))
    return runs


def _detail(want: str, item: LedgerItem, notice: Notice, citations: list[Citation],
            group: AgencyGroup, one_item: bool = False) -> str:
    def add(span: Span, max_chars: int | None = None) -> Citation:
        return cite_into(notice, span, citations, group, max_chars)

    def stated(spans: Sequence[Span]) -> str:
        """The values, each run cited with its label and role."""
        text = notice.text
        said = []
        for start, end in _runs(text, spans):
            c_start, c_end = _stated_clause(text, start, end)
            # one aside stating two fields is one citation ("（牵头单位：…；责任单位：…）")
            c = next((c for c in group.citations if c.doc_id == notice.doc_id
                      and (c.start, c.end) == (c_start, c_end)), None) \
                or add(Span(text[c_start:c_end], c_start, c_end))
            said.append(f"{text[start:end]}[{c.n}]")
        return "、".join(said)

    if want == "lead_deadline":
        if item.lead and item.deadline is not None and \
                0 <= item.deadline.start - item.lead[-1].end <= JOINED_FIELDS_GAP:
            # One aside states both ("(防汛抗旱科负责;完成时限:12月底前)"): one citation,
            # with the lead's label and the timing's closing verb ("责任科室：运输服务科。2026年
            # 10月底前完成。": held-out probe, thirty-fifth part ADc1#2 cited the values alone)
            start = _stated_clause(notice.text, item.lead[0].start, item.lead[0].end)[0]
            end = _stated_clause(notice.text, item.deadline.start, item.deadline.end)[1]
            c = add(Span(notice.text[start:end], start, end))
            leader = ("；" + _detail("leader", item, notice, citations, group)[len(" —— "):]
                      if item.leaders else "")
            said = c.quote if _OPENS_LABELLED.match(c.quote) else f"牵头/责任单位及完成时限：{c.quote}"
            return f" —— {said}[{c.n}]{leader}"
        lead = _detail("lead", item, notice, citations, group)
        return lead + "；" + _detail("deadline", item, notice, citations, group)[len(" —— "):]
    if want == "lead":
        if not item.lead and item.leaders:  # only its 责任人 answers for it
            return _detail("leader", item, notice, citations, group)
        if not item.lead:
            return " —— 未写明牵头单位"
        roles = lead_roles(notice.text, [(s.start, s.end) for s in item.lead])
        if LEADING in roles and not all(r == LEADING for r in roles):
            first = stated([s for s, r in zip(item.lead, roles) if r == LEADING])
            rest = stated([s for s, r in zip(item.lead, roles) if r != LEADING])
            said = f" —— 牵头单位：{first}；责任单位：{rest}"
        else:  # all lead ("协调处、防汛处牵头负责"), or no role is said
            label = "牵头单位" if all(r == LEADING for r in roles) else "牵头/责任单位"
            said = f" —— {label}：{stated(item.lead)}"
        if item.leaders:  # "谁负责?" of an item that names its leader too
            said += "；" + _detail("leader", item, notice, citations, group)[len(" —— "):]
        return said
    if want == "leader":
        if not item.leaders:
            return " —— 未写明责任领导"
        return f" —— 责任领导：{stated(item.leaders)}"
    if want == "helpers":
        if not item.helpers:
            return " —— 未写明配合单位"
        return f" —— 配合单位：{stated(item.helpers)}"
    if want == "deadline":
        if item.deadline is None:
            return " —— 未写明完成时限"
        return f" —— 完成时限：{stated([item.deadline])}"
    if want == "measures":
        if not item.measures:
            return " —— 未写明整改措施"
        limit = ONE_ITEM_MEASURE_CHARS if one_item else PROBLEM_QUOTE_CHARS * 2
        shown = [add(m, limit) for m in item.measures[:MEASURES_SHOWN if one_item else 1]]
        return " —— 整改措施：" + "；".join(f"{c.quote}[{c.n}]" for c in shown)
    if item.status_quote is not None:
        c = add(item.status_quote)
        said = f" —— {item.status}：“{c.quote}”[{c.n}]"
        done = _done_so_far(item) if one_item else None
        if done is not None:
            # "这个问题现在整改到什么程度了?" of one item whose state is a word ("正在推进"): what
            # was done so far is its progress or result line before the state (held-out probe,
            # thirty-seventh part AFc1#2)
            progress = add(done, ONE_ITEM_MEASURE_CHARS)
            said += f"；进展：{progress.quote}[{progress.n}]"
        return said
    return " —— 未说明整改状态" if want in ("status", "count", "progress") else ""


def _done_so_far(item: LedgerItem) -> Span | None:
    """The last measure before a state word (a progress cell, an "整改结果：" line), when the
    item has one beside its plan; None otherwise."""
    quote = item.status_quote
    if quote is None or len(quote.text) > STATUS_WORD_MAX_CHARS:
        return None
    before = [m for m in item.measures[1:] if m.end <= quote.start]
    return before[-1] if before else None


def _item_text(item: LedgerItem) -> str:
    """What an item says: its problem, measures and who does it (a question naming an office,
    "委人口监测与家庭发展科要参与哪几项任务?", is about the items it is responsible for; held-out
    probe, eighth part e6, once the label tail no longer stood in the measures), or helps
    ("哪些任务要市教育局配合?": ninth part g3)."""
    return " ".join([item.problem.text] + [m.text for m in item.measures]
                    + [s.text for s in (*item.lead, *item.leaders, *item.helpers)]
                    # a task is of its problem ("针对信息公开不规范的问题有哪些任务?": each of
                    # its tasks, held-out probe nineteen bc5#3 listed the one naming it)
                    + ([item.of_problem.text] if item.of_problem is not None else []))


def _heading_text(item: LedgerItem) -> str:
    return " ".join(s.text for s in item.section)


def _context_text(item: LedgerItem, notice: Notice) -> str:
    """An item's headings and its notice's title: a topic the title names ("县医保局的专项整治
    有哪些任务?" of a 专项整治工作方案) is every item's (held-out probe: it matched none). A
    table item's row too: its other cells name what the item is of ("被检查单位 | 溵阳…有限公司":
    held-out probe, twenty-eighth part W21 matched no item by the company)."""
    return f"{_heading_text(item)} {notice.meta.title} {_row_of(item, notice)}"


def _row_of(item: LedgerItem, notice: Notice) -> str:
    """The table row holding the item's problem ("" when it is no table row)."""
    start, end = line_at(notice.text, item.problem.start, item.problem.end)
    row = notice.text[start:end]
    return row if is_table_line(row) else ""


def _notice_name(notice: Notice) -> str:
    meta = notice.meta
    return f"{meta.agency or '未知单位'}{book_title(meta.title)}"


def item_cells(want: str, items: Sequence[LedgerItem], notices) -> list[tuple[LedgerItem, str, Citation]]:
    """One comparison cell per item: its problem with the asked field in words, cited by the
    problem's span (numbered in order). For the comparison table of a ledger question."""
    cells = []
    for item in items:
        citation = cite(notices[item.doc_id], item.problem, len(cells) + 1, PROBLEM_QUOTE_CHARS)
        cells.append((item, f"{citation.quote}（{_field_words(want, item)}）", citation))
    return cells


def _field_words(want: str, item: LedgerItem) -> str:
    if want == "lead":
        return "牵头/责任单位：" + ("、".join(s.text for s in item.lead) or "未写明")
    if want == "leader":
        return "责任领导：" + ("、".join(s.text for s in item.leaders) or "未写明")
    if want == "helpers":
        return "配合单位：" + ("、".join(s.text for s in item.helpers) or "未写明")
    if want == "deadline":
        return "完成时限：" + (item.deadline.text if item.deadline else "未写明")
    if want == "lead_deadline":
        return f"{_field_words('lead', item)}；{_field_words('deadline', item)}"
    quote = f"：{item.status_quote.text}" if item.status_quote else ""
    return f"{item.status}{quote}"

