"""Passes over the items read from a notice's outline and tables that regroup them by the
notice's own cross-references: tasks coded by their problem ("2-1"), tasks naming their problem
("对应问题5"), sections titled by an office, measures with fields of their own, and a closing
table that repeats the prose items."""
from __future__ import annotations

import re

from corpus.headings import Paragraph
from corpus.ledger.assignment import LEADER_TITLE, Assignment, is_label_line, read_assignment
from corpus.ledger.by_code import duties, problem_lines, problem_ref, task_code
from corpus.ledger.draft import Draft, absolute, line_end, trim
from corpus.ledger.item_body import MEASURE_LABEL, read_body
from corpus.ledger.measure_runs import measure_runs
from corpus.ledger.status import classify
from corpus.numbering import match_marker

# A plan whose items are at least this many tasks coded by their problem ("2-1 …") is the list of
# those tasks (by_code); fewer such lines are other numbering ("3-5 人" opening a line).
MIN_CODED_TASKS = 3


def coded_tasks(text: str, drafts: list[Draft]) -> list[Draft]:
    """A "三单" plan's tasks, each with its problem (问题N of task N-k) and the offices its
    责任清单 gives it, and done when its 完成时限 says "已于…完成"; the problem list and the
    plan's other headings are no items of their own (held-out probe, nineteenth part: the 18
    tasks of 8 problems were read without offices, and 问题1…问题8 as 8 items more)."""
    tasks = [(d, code) for d in drafts if (code := task_code(text, d.problem[0])) is not None]
    if len(tasks) < MIN_CODED_TASKS:
        return drafts
    problems = problem_lines(text)
    owed = duties(text)
    for draft, code in tasks:
        draft.of_problem = draft.of_problem or problems.get(code[0])
        duty = owed.get(code)
        if duty is not None:
            draft.assignment.merge(Assignment(leads=duty.leads, leaders=duty.leaders,
                                              helpers=duty.helpers))
        if draft.reading[0] == "未说明" and draft.assignment.deadline is not None:
            start = draft.assignment.deadline[0]
            stop = min(i for i in (text.find("。", start), text.find("\n", start), len(text))
                       if i >= 0)
            draft.reading = absolute(classify(text[start:stop]), start)
    return [draft for draft, _ in tasks]


def referenced_problems(text: str, drafts: list[Draft]) -> list[Draft]:
    """Tasks that name their problem by number ("（对应问题5；…）") under a list of numbered
    problems ("问题5：…"): each task gets its problem, and the problems are no items of their
    own (held-out probe, twenty-second part: a breakdown by office listed its 14 problems
    beside its 32 tasks as 46 items)."""
    problems = problem_lines(text)
    refs = [(d, problem_ref(text, d.problem[0], line_end(text, d.problem[0]))) for d in drafts]
    if sum(1 for _, n in refs if n in problems) < MIN_CODED_TASKS:
        return drafts
    listed = set(problems.values())
    kept = []
    for draft, number in refs:
        if number in problems:
            draft.of_problem = draft.of_problem or problems[number]
        if not any(s <= draft.problem[0] and draft.problem[1] <= e for s, e in listed):
            kept.append(draft)
    return kept


# A section titled by an office alone ("## 办公室", "三、森林防火股"): the office leads the tasks
# listed under it that name no lead, and the leader its opening line names (分管领导：…) answers
# for them (held-out probe, twenty-second part: a breakdown by office).
_OFFICE_TITLE = re.compile(r"[\u4e00-\u9fff]{1,12}(?:办公室|室|股|科|处|中心|大队|中队|站|所|办)")


def office_sections(text: str, drafts: list[Draft]) -> None:
    """Give each draft with no lead its section's office, and with no leader the leader its
    section's opening lines name."""
    firsts: dict[int, int] = {}  # section heading start -> where its first item starts
    for draft in drafts:
        if draft.ancestors:
            firsts.setdefault(draft.ancestors[-1].start, draft.problem[0])
    for draft in drafts:
        if not draft.ancestors:
            continue
        heading = draft.ancestors[-1]
        title = trim(text, heading.start + _title_offset(text, heading), heading.end)
        if not draft.assignment.leads and _OFFICE_TITLE.fullmatch(text, *title):
            draft.assignment.leads.append(title)
        if not draft.assignment.leaders:
            opening = (heading.end, text.rfind("\n", 0, firsts[heading.start]))
            draft.assignment.leaders.extend(_section_leaders(text, *opening))


# A section's leader in prose on its opening line ("本方面任务由副馆长桓若澜分管。": held-out probe,
# twenty-third part, whose areas named their leader so and no task had one).
_LEADER_PROSE = re.compile(rf"由([^。；;，,由]{{0,8}}?{LEADER_TITLE}[^。；;，,由]{{1,4}}?)(?:分管|负责|牵头)")


def _section_leaders(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The leaders a section's opening lines name, by label (分管领导：…) or in prose."""
    if end <= start:
        return []
    found = read_assignment(text, start, end).leaders
    return found or [m.span(1) for m in _LEADER_PROSE.finditer(text, start, end)]


def _title_offset(text: str, heading) -> int:
    """Characters of a heading's marker ("## ", "三、") before its title."""
    marker = match_marker(text[heading.start:heading.end])
    return marker.end if marker else 0


def measure_drafts(text: str, drafts: list[Draft]) -> list[Draft]:
    """A problem followed by several "措施：…" lines, each with its own 进展/责任人/时限 lines, is
    one item per measure under it (held-out probe, twentieth part: a report in nested bullets
    was read as 9 problems, each with its measures' fields merged, not its 21 measures)."""
    out: list[Draft] = []
    for k, draft in enumerate(drafts):
        stop = drafts[k + 1].problem[0] if k + 1 < len(drafts) else len(text)
        runs = [] if draft.from_table else measure_runs(text, draft.problem[1], stop)
        if not runs:
            out.append(draft)
            continue
        for run in runs:
            out.append(Draft(draft.ancestors, run.text, reading=run.reading,
                              assignment=Assignment(leads=run.leads, deadline=run.deadline,
                                                    leaders=run.leaders),
                              of_problem=draft.problem))
    return out


def with_summary_table(text: str, drafts: list[Draft]) -> list[Draft]:
    """Prose items followed by a table of as many rows, one per item in the same order (a
    closing 整改情况汇总表 giving each finding's office, leader and status): one item each,
    the row's fields joined to the prose item (held-out probe, twelfth part: 8 findings were
    read twice, their offices and leaders only on the table's copies). Rows must share words
    with their items, else both are kept."""
    prose = sorted((d for d in drafts if not d.from_table), key=lambda d: d.problem[0])
    rows = sorted((d for d in drafts if d.from_table), key=lambda d: d.problem[0])
    if not prose or len(rows) != len(prose) or rows[0].problem[0] < prose[-1].problem[0]:
        return drafts
    if not all(_shares_words(text, p.problem, r.problem) for p, r in zip(prose, rows)):
        return drafts
    for item, row in zip(prose, rows):
        item.assignment.merge(row.assignment)
        if item.reading[0] == "未说明":
            item.reading = row.reading
    return prose


def problem_lines_over_table(text: str, drafts: list[Draft]) -> list[Draft]:
    """Numbered problem lines ("问题1：…", each followed by its "整改措施：…" and "完成时限：…"
    lines) above a table of as many rows naming them in short, in the same order: one item per
    problem, its measures and time limit from its lines, the row's state and person joined
    (held-out probe, twenty-first part: a 民主生活会 list by leader was read from its closing
    table alone, "理论学习与招商工作结合不紧" for the problem written out above it)."""
    rows = [d for d in drafts if d.from_table]
    problems = sorted(problem_lines(text).items())
    if len(rows) < MIN_CODED_TASKS or len(rows) != len(drafts) or len(problems) != len(rows):
        return drafts
    if [n for n, _ in problems] != list(range(1, len(rows) + 1)) \
            or problems[-1][1][1] > rows[0].problem[0]:
        return drafts
    if not all(_shares_words(text, span, row.problem) for (_, span), row in zip(problems, rows)):
        return drafts
    items = []
    for k, ((_, span), row) in enumerate(zip(problems, rows)):
        stop = problems[k + 1][1][0] if k + 1 < len(problems) else row.problem[0]
        draft = Draft(row.ancestors, trim(text, *span))
        lines = [Paragraph(s, e, (), None, False) for s, e in _lines_between(text, span[1], stop)
                 if MEASURE_LABEL.match(text, s) or is_label_line(text[s:e])]
        read_body(text, draft, lines)
        draft.assignment.merge(row.assignment)
        draft.reading = row.reading if row.reading[0] != "未说明" else draft.reading
        items.append(draft)
    return items


def _lines_between(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The (start, end) of each line after the one holding `start`, up to `stop`."""
    spans = []
    pos = text.find("\n", start)
    while 0 <= pos < stop:
        end = text.find("\n", pos + 1)
        end = stop if end < 0 or end > stop else end
        if end > pos + 1:
            spans.append((pos + 1, end))
        pos = end if end < stop else -1
    return spans


def _shares_words(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Do two problem texts share two character pairs (补贴, 发放)?"""
    def pairs(span: tuple[int, int]) -> set[str]:
        return {text[i:i + 2] for i in range(span[0], span[1] - 1)}

    return len(pairs(a) & pairs(b)) >= 2
