"""The ledger of one notice: items from its numbered headings and its tables.

This module walks the outline and reads each item shape (heading item, 针对 paragraph,
labelled item, fields as sub-headings) into a `Draft` (corpus.ledger.draft); table rows are
read by table_items, an item's lines by item_body, and the passes that regroup items by the
notice's own cross-references by regroup.

Where the items are:
- a report (巡察整改通报) has ledger sections, headings such as "二、反馈意见整改进展情况" or
  "三、需长期整改事项": its items are the innermost numbered headings inside them, or headings
  that are themselves an item ("7.针对…问题,整改情况如下:", whose sub-items are its measures);
- a plan (整改方案, 工作要点) has none: every innermost numbered heading is a measure, except in
  sections about aims, principles or organisation (总体要求, 指导思想, 组织领导 …);
- any table whose header names a problem or measure column and a lead, deadline or status
  column gives one item per row, wherever it stands.

>>> import corpus
>>> ledger = extract_ledger(corpus.load_notice(corpus.shipped_notices_dir() / "000_b11a1ea20a8bf83a.txt"))
>>> len(ledger.items), ledger.items[0].status, ledger.items[0].deadline.text
(26, '阶段性成效', '2021年12月底前')
"""
from __future__ import annotations

import bisect
import re

from corpus.headings import Paragraph
from corpus.ledger.assignment import first_label, is_label_line, marked_helper, read_assignment
from corpus.ledger.by_number import leaders_by_number
from corpus.ledger.deadlines import due_date, notice_year
from corpus.ledger.draft import TRIM_CHARS, Draft, absolute, trim
from corpus.ledger.item_body import FRAME_SECTION, MEASURE_LABEL, read_body
from corpus.ledger.models import Ledger, LedgerItem, Span
from corpus.ledger.outline import Node, build_outline
from corpus.ledger.regroup import (coded_tasks, measure_drafts, office_sections,
                                   problem_lines_over_table, referenced_problems,
                                   with_summary_table)
from corpus.ledger.status import (
    INLINE_STATUS_LABEL,
    STATUS_LABEL,
    STATUS_WORD_MAX_CHARS,
    Reading,
    classify,
    classify_word,
    closing_mark,
    heading_status,
    is_status_statement,
    progress_clause,
)
from corpus.ledger.table_items import table_drafts
from corpus.ledger.totals import stated_totals
from corpus.models import Heading, Notice
from corpus.numbering import CHECKBOX, match_marker
from corpus.sentences import sentence_spans
from corpus.signature import signature_lines

# Table rows that make a notice's ledger a table when no heading names a ledger section: three
# rows (a table of two is a side note; the ledger tables of tests/data hold 4 to 14 rows).
TABLE_LEDGER_ROWS = 3


# A section holding a report's items: feedback, problems or rectification progress.
_LEDGER_SECTION = re.compile(
    r"(反馈|巡察|巡视|审计|督查|检查|评议|指出)[^,，。]{0,12}(问题|意见)[^。]{0,20}(整改|落实|进展)"
    r"|(问题|意见|事项)[^。]{0,8}整改(落实|进展|完成)?情况|整改(落实|进展)情况$"
    r"|长期(整改|坚持|推进)[^。]{0,6}(事项|问题|任务)|(未|尚未|已)完成(整改)?的?(问题|事项)"
    r"|(正在|尚未|未)整改(完成)?的?(问题|事项|任务)")
# A note defining a term ("3.“建制村公交通达率”指…" under a table's 注): no item.
_DEFINITION = re.compile(r"[“\"「][^”\"」]{1,24}[”\"」]\s*(?:指|是指|系指)")
# An area of the feedback a report's problems are grouped under ("（二）落实全面从严治党责任方面").
# (with its count in brackets: "（一）…决策部署方面（3个问题）", held-out probe, fifty-ninth part)
_AREA = re.compile(r"方面(?:的?问题)?\s*(?:[（(][^（）()]{1,12}[）)])?\s*$")
# A title that names rectification or planned work.
# (a 会议纪要's 议定事项 are tasks with leads and timings; a 会议通知's 一、会议时间 are not)
_PLAN_TITLE = re.compile(r"整改|方案|要点|计划|任务|台账|清单|措施|安排|实施意见|纪要")
# A section naming the tasks themselves ("重点工作、保障措施" holds the plan's measures).
_TASK_SECTION = re.compile(r"重点工作|主要任务|工作任务|重点任务|任务措施|整改措施|具体措施")
# A heading line that is one problem with its measures after it.
_ITEM_HEADING = re.compile(r"针对.{2,80}?问题|整改情况(如下)?\s*[:：]|整改措施\s*[:：]")
# A line that opens an item by a label instead of a number: 问题一：/ 问题1: / 存在问题：/ 【问题】
# (and a plan's task so numbered, "整改任务4：…" over its 整改措施/责任领导/… lines: held-out probe,
# thirty-ninth part, whose every task was read from its measures line)
_PROBLEM_LABEL = re.compile(r"\s*(?:(?:整改)?(?:问题|任务)\s*[一二三四五六七八九十\d]+\s*[:：、.．]"
                            r"|(?:存在|反馈|主要)问题\s*[:：]"
                            r"|【问题[一二三四五六七八九十\d]*】)\s*")
# A timing that is the long-term status itself.
_LONG_TIMING = re.compile(r"长期坚持|长期整改|长期推进|长期")
# Statuses a long-term timing overrides: "完成时限：长期坚持 | 进展：持续推进" is long-term work.
_OPEN_ENDED = ("未说明", "推进中")
# "针对这一问题": a pointer back, not a problem of its own.
_POINTER = re.compile(r"(这|此|该|上述|以上|相关|前述|有关)")
# "针对X问题" inside a line: the problem is X问题.
_AIMED_AT = re.compile(r"针对(.{2,80}?问题)")
# A flattened line "(七)干部任用管理不够规范1.针对…问题": an item starting mid-line.
_INLINE_ITEM = re.compile(r"\d{1,2}[.、．]\s*(?=针对)")


def extract_ledger(notice: Notice) -> Ledger:
    """Every problem or measure of `notice` with its cited fields, and the totals it states."""
    text = notice.text
    root = build_outline(text)
    drafts, tabled = table_drafts(text, root)
    report = any(_LEDGER_SECTION.search(n.heading.text) for n in root.walk() if n.heading)
    scopes = _ledger_sections(root) if report else [root]
    for scope in scopes:
        _collect(text, scope, scope, tabled, report, drafts)
    if not report and not _is_plan(notice, drafts):
        drafts = [d for d in drafts if d.from_table]  # a meeting notice's 一、会议时间 …
    elif not report and sum(d.from_table for d in drafts) >= TABLE_LEDGER_ROWS \
            and not _assigned(d for d in drafts if not d.from_table):
        # A report whose ledger is a table (an appendix "整改任务清单" after the signature): its
        # numbered prose (主要做法, 成效, 下一步打算) frames the table, it lists no items (held-out
        # probe, eleventh part: 5 of 17 items were "压紧压实整改责任", "开门抓整改" …). Numbered
        # tasks naming their offices or dates are items beside an appendix table of projects
        # (held-out probe, fifty-ninth part: a 工作要点's 36 tasks were dropped for its 8 rows).
        drafts = [d for d in drafts if d.from_table]
    drafts = [d for d in drafts if not _DEFINITION.match(text, d.problem[0])]
    drafts = with_summary_table(text, drafts)
    drafts = problem_lines_over_table(text, drafts)
    drafts.sort(key=lambda d: d.problem[0])
    drafts = coded_tasks(text, drafts)
    drafts = referenced_problems(text, drafts)
    drafts = measure_drafts(text, drafts)
    office_sections(text, drafts)
    for i, names in leaders_by_number(text, [d.problem for d in drafts]).items():
        drafts[i].assignment.leaders.extend(n for n in names if n not in drafts[i].assignment.leaders)
    year = notice_year(notice.meta.title, (notice.meta.date, notice.meta.written_date))
    starts = [p.start for p in notice.passages]
    items = tuple(_item(notice, d, i + 1, year, starts) for i, d in enumerate(drafts))
    covered = [(_extent(d)) for d in drafts]
    return Ledger(notice.doc_id, items,
                  tuple(stated_totals(notice.doc_id, text, covered, len(items))))


def _is_plan(notice: Notice, drafts: list[Draft]) -> bool:
    """Numbered headings make a plan's measures only in a plan: its title names the work
    (整改, 方案, 要点, 任务 …) or its items name leads or timings. A meeting notice's
    "一、会议时间 二、会议地点" are not measures."""
    if _PLAN_TITLE.search(notice.meta.title or notice.text[:200]):
        return True
    return _assigned(drafts)


def _assigned(drafts) -> bool:
    """Do most of these drafts name a lead office or a timing?"""
    drafts = list(drafts)
    return sum(1 for d in drafts if d.assignment.leads or d.assignment.deadline) * 2 >= len(drafts) > 0


def _ledger_sections(root: Node) -> list[Node]:
    """The outermost headings naming a ledger section. One of several "…方面" areas of the
    feedback ("（四）落实巡视巡察、审计等监督发现问题整改方面") brings its sibling areas with it:
    they are the same list's other parts (held-out probe, tenth part: only the fourth area's
    three problems of fourteen were read)."""
    found: list[Node] = []

    def visit(node: Node) -> None:
        for child in node.children:
            if _LEDGER_SECTION.search(child.heading.text) and not _is_frame(child):
                areas = [c for c in node.children if _AREA.search(c.heading.text)]
                if _AREA.search(child.heading.text) and len(areas) > 1:
                    found.extend(c for c in areas if c not in found)
                else:
                    found.append(child)
            else:
                visit(child)

    visit(root)
    return found


def _is_frame(node: Node) -> bool:
    """A top section about the work's frame; one that also names the tasks is not."""
    title = node.heading.text
    return (bool(FRAME_SECTION.search(title)) and not _LEDGER_SECTION.search(title)
            and not _TASK_SECTION.search(title))


def _collect(text: str, node: Node, scope: Node, tabled: set[int], report: bool,
             drafts: list[Draft]) -> None:
    if node.parent is scope and _is_whole(text, scope) and _is_frame(node):
        return
    if node is not scope and _ITEM_HEADING.search(_line(text, node)):
        drafts.append(_heading_item(text, node, report, measures_from_children=True))
        return
    if node is not scope and _has_field_children(text, node):
        drafts.append(_fields_item(text, node, report))
        return
    if node is not scope and _measures_under_label(text, node):
        drafts.append(_heading_item(text, node, report, measures_from_children=True))
        return
    if node.children:
        inline = _INLINE_ITEM.search(_line(text, node)) if node.line else None
        if inline:
            drafts.append(_inline_item(text, node, node.line.start + inline.end(), report))
        for child in node.children:
            _collect(text, child, scope, tabled, report, drafts)
        return
    if id(node) in tabled:
        return
    labelled = _split_labelled(text, node)
    if labelled:
        for item in labelled:
            drafts.append(_heading_item(text, item, report, measures_from_children=False))
        return
    if node is not scope:
        siblings = _split_siblings(text, node)
        if len(siblings) > 1:
            for sibling in siblings:
                _collect(text, sibling, scope, tabled, report, drafts)
            return
    groups = _aimed_groups(text, node)
    if groups:  # unnumbered "针对X问题,…" paragraphs, one item each with the lines below
        drafts.extend(_aimed_item(text, node, group, report) for group in groups)
    elif node is not scope:
        drafts.append(_heading_item(text, node, report, measures_from_children=False))


# Sub-headings that are one item's fields, not items of their own: "1.烟花爆竹零售点违规储存问题"
# over "（1）责任分工。由…牵头…" "（2）整改措施。①…" "（3）目前进展。…" (held-out probe,
# seventeenth part: each field was read as an item and the problem had none).
_FIELD_HEADING = re.compile(r"\s*(?P<assign>责任分工|工作分工|责任单位|牵头单位|责任领导|责任主体)"
                            r"|(?P<deadline>完成时限|整改时限|时间节点|完成时间)"
                            r"|(?P<progress>目前进展|当前进展|进展情况|整改进展|完成情况|整改进度)"
                            r"|(?P<measure>整改措施|具体措施|工作措施|主要措施|整改目标|目标任务|存在问题|问题表现)")
_FIELD_END = re.compile(r"\s*[。：:]")


def _field_heading(text: str, node: Node):
    """The field label opening a sub-heading ("（1）责任分工。"), as a match, or None."""
    start = node.line.start + _marker_end(text, node.line)
    label = _FIELD_HEADING.match(text, start, node.line.end)
    if label is None or node.children:
        return None
    return label if _FIELD_END.match(text, label.end(), node.line.end) else None


def _measures_under_label(text: str, node: Node) -> bool:
    """An item whose body closes on a bare "整改措施：" line over numbered leaves: they are its
    measures, even one alone (a lone "1. 已拨付…。" is read as a heading, not a list item)."""
    if not node.children or any(c.children for c in node.children) or not node.body:
        return False
    last = node.body[-1]
    label = MEASURE_LABEL.match(text, last.start, last.end)
    return label is not None and not text[label.end():last.end].strip()


def _has_field_children(text: str, node: Node) -> bool:
    return len(node.children) >= 2 and all(_field_heading(text, c) for c in node.children)


def _fields_item(text: str, node: Node, report: bool) -> Draft:
    """One item from a heading whose sub-headings are its fields: who, what, by when, how far."""
    draft = _heading_item(text, node, report, measures_from_children=False)
    progress = None
    for child in node.children:
        label = _field_heading(text, child)
        start = _FIELD_END.match(text, label.end(), child.line.end).end()
        end = max(p.end for p in _lines_of(child))
        if label.lastgroup == "assign":
            draft.assignment.merge(read_assignment(text, start, child.line.end))
        elif label.lastgroup == "deadline":
            draft.assignment.deadline = draft.assignment.deadline or trim(text, start, child.line.end)
        elif label.lastgroup == "progress":
            stated = text[start:child.line.end]
            # a progress report that says no state is work still going on
            progress = classify(stated) or Reading("推进中", (0, len(stated.rstrip(TRIM_CHARS))))
            progress = absolute(progress, start)
        else:
            draft.measures.append(trim(text, start, end))
    if progress is not None:
        draft.reading, draft.status_from_heading = progress, False
    return draft


def _is_whole(text: str, scope: Node) -> bool:
    """The root, or the document's title as a heading ("# …整改落实情况的通报"): its parts are
    the document's parts, frame sections among them."""
    return scope.heading is None or scope.line.start == len(text) - len(text.lstrip())


def _split_siblings(text: str, node: Node) -> list[Node]:
    """A leaf whose body holds numbered lines of its own style: each is an item of its own.

    The heading parser reads the last "3.完善…（…负责）" of a list, with nothing below it, as
    text of the item above; for a ledger it is the next item.
    """
    style = match_marker(text[node.line.start:node.line.end])
    if style is None:
        return [node]
    nodes = [Node(node.heading, node.line, parent=node.parent)]
    for para in node.body:
        marker = match_marker(text[para.start:para.end])
        if marker is not None and marker.style == style.style:
            heading = Heading(node.heading.level, text[para.start:para.end], para.start, para.end)
            nodes.append(Node(heading, para, parent=node.parent))
        else:
            nodes[-1].body.append(para)
    return nodes


def _split_labelled(text: str, node: Node) -> list[Node]:
    """Items a leaf's body opens with a label ("问题一：…", "存在问题：…"), one node each,
    with the lines below the label as its body; [] when no line carries such a label."""
    items: list[Node] = []
    for para in node.body:
        if _PROBLEM_LABEL.match(text, para.start):
            level = node.heading.level + 1 if node.heading else 1
            heading = Heading(level, text[para.start:para.end], para.start, para.end)
            items.append(Node(heading, para, parent=node))
        elif items:
            items[-1].body.append(para)
    return items


def _is_measure_line(text: str, para: Paragraph) -> bool:
    line = text[para.start:para.end]
    return not is_label_line(line) and not is_status_statement(line)


def _heading_item(text: str, node: Node, report: bool, measures_from_children: bool) -> Draft:
    line = node.line
    body_start = line.start + _marker_end(text, line)
    draft = Draft(node.ancestors() and [n.heading for n in node.ancestors()] or [],
                   (body_start, line.end))
    label = MEASURE_LABEL.search(text, body_start, line.end)
    own = read_assignment(text, line.start, line.end)
    line_end = own.paren[0] if own.paren else line.end
    aimed = _AIMED_AT.match(text, body_start)
    if label:
        draft.problem = _problem_before(text, body_start, label.start())
        line_end = _fields_after(text, draft, label.end(), line_end)
        if label.end() < line_end:
            draft.measures.append((label.end(), line_end))
    elif aimed:  # "针对X问题,我们…": X问题, then what was done
        draft.problem = aimed.span(1)
        rest = trim(text, aimed.end(), line_end)
        if rest[1] > rest[0]:
            draft.measures.append(rest)
    elif node.children or any(_is_measure_line(text, p) for p in _unsigned(text, node.body)):
        # "10.充实物资储备。牵头单位：规划财务科；…" followed by a closing paragraph: the problem
        # stops at the line's own labels, as it does for the items with no line below
        # (held-out probe: the last point of a 工作要点 kept its labels in its problem)
        cut = first_label(text, body_start, line_end)
        draft.problem = (body_start, cut if cut is not None and cut > body_start else line_end)
        if cut is not None and cut > body_start:
            draft.measures.append((cut, line_end))
    else:  # one line holds the task's title and its measure
        cut = first_label(text, body_start, line_end)
        if cut is not None and cut > body_start:  # "…。责任单位：…，完成时限：…" closing it
            line_end = cut
        draft.problem = _first_sentence(text, body_start, line_end)
        rest = trim(text, draft.problem[1], line_end)
        if rest[1] > rest[0]:
            draft.measures.append(rest)
        elif all(is_label_line(text[p.start:p.end]) for p in _unsigned(text, node.body)):
            # the task's line is its measure, its office and date on lines below; a line
            # below saying what was done ("整改情况：…") is the measure instead
            draft.measures.append((body_start, line_end))
    draft.problem = trim(text, *draft.problem)
    draft.assignment = own
    status_paren = _status_paren(text, draft.problem[0], draft.problem[1])
    if status_paren is not None:  # "1.预案更新滞后问题（已完成整改）"
        draft.reading = status_paren
        draft.problem = trim(text, draft.problem[0], status_paren[1][0] - 1)
    dash = _status_dash(text, draft.problem[0], line.end)
    if status_paren is None and dash is not None:  # "1.编制…方案——已办结，…"
        draft.reading, cut = dash
        draft.problem = trim(text, draft.problem[0], cut)
    bracket = _status_bracket(text, body_start, line.end)
    marked = None  # a verdict closing the problem's own heading, which its fields do not undo
    if draft.reading[0] == "未说明" and bracket is not None:  # "…（…；2025年8月底前）【已办结】"
        draft.reading = bracket
        if draft.problem[0] < bracket[1][0] <= draft.problem[1]:  # "问题1：…【未销号】" over its fields
            draft.problem = trim(text, draft.problem[0], bracket[1][0] - 1)
            marked = bracket
    box = CHECKBOX.match(text, line.start)
    if draft.reading[0] == "未说明" and box is not None:  # "[x] …", "[ ] …— 进展：…"
        draft.reading = _box_reading(text, box, line.end)
    lines = list(node.body)
    if measures_from_children:
        lines += [p for child in node.children for p in _lines_of(child)]
    read_body(text, draft, lines)
    if marked is not None:
        draft.reading = marked
    _settle_status(text, draft, node, report)
    return draft


def _unsigned(text: str, body: list[Paragraph]) -> list[Paragraph]:
    """The body without the notice's signature (agency and date) that follows its last item:
    an item line it followed was read as a title over measures below."""
    signed = signature_lines([text[p.start:p.end] for p in body])
    return [p for k, p in enumerate(body) if k not in signed]


def _fields_after(text: str, draft: Draft, start: int, end: int) -> int:
    """Where the measures of a one-line item end: at its first status or assignment label;
    a labelled status there is the item's (held-out probe, tenth part: "目前状态：已完成整改。
    牵头部门：…" stood in every measure and no item had a status)."""
    status = INLINE_STATUS_LABEL.search(text, start, end)
    label = first_label(text, start, end)
    cuts = [p for p in (status.start() if status else None, label) if p is not None]
    if status is not None:
        stop = first_label(text, status.end(), end)
        reading = classify(text[status.end():stop if stop is not None else end])
        if reading is not None:
            draft.reading = absolute(reading, status.end())
    return min(cuts) if cuts else end


def _inline_item(text: str, node: Node, start: int, report: bool) -> Draft:
    """An item that starts inside a heading line (numbering flattened into it)."""
    line = node.line
    draft = Draft([n.heading for n in node.ancestors()] + [node.heading], (start, line.end))
    label = MEASURE_LABEL.search(text, start, line.end)
    if label:
        draft.problem = _problem_before(text, start, label.start())
        if label.end() < line.end:
            draft.measures.append((label.end(), line.end))
    _settle_status(text, draft, node, report)
    return draft


def _aimed_groups(text: str, node: Node) -> list[list[Paragraph]]:
    """The body split at paragraphs opening with "针对X问题" (X not a pronoun: "针对这一问题"
    continues the item above), each with the lines below it."""
    groups: list[list[Paragraph]] = []
    for para in node.body:
        aimed = _AIMED_AT.match(text, para.start)
        if aimed and aimed.end() <= para.end and not _POINTER.match(aimed.group(1)):
            groups.append([para])
        elif groups:
            groups[-1].append(para)
    return groups


def _aimed_item(text: str, node: Node, group: list[Paragraph], report: bool) -> Draft:
    para = group[0]
    aimed = _AIMED_AT.match(text, para.start)
    draft = Draft([n.heading for n in node.ancestors()] + [node.heading], aimed.span(1))
    own = read_assignment(text, para.start, para.end)
    rest = trim(text, aimed.end(), own.paren[0] if own.paren else para.end)
    draft.assignment = own
    lines = list(group[1:])
    if rest[1] > rest[0]:
        lines.insert(0, Paragraph(rest[0], rest[1], (), None, False))
    read_body(text, draft, lines)
    _settle_status(text, draft, node, report)
    return draft


_CLOSING_PAREN = re.compile(r"[（(]([^（）()]{2,24})[）)]\s*[。.;；]?\s*$")


def _status_paren(text: str, start: int, end: int):
    """A status in a closing parenthetical of the item's line, as a reading, or None."""
    match = _CLOSING_PAREN.search(text, start, end)
    if match is None or not is_status_statement(match.group(1)):
        return None
    return absolute(classify(match.group(1)), match.start(1))


# A status word in black brackets closing an item's line ("…【已办结】", "【常态化】").
_CLOSING_BRACKET = re.compile(r"【([^【】\n]{2,%d})】\s*[。.;；]?\s*$" % STATUS_WORD_MAX_CHARS)


def _status_bracket(text: str, start: int, end: int):
    """A status word in a closing black bracket of the item's line, as a reading, or None."""
    match = _CLOSING_BRACKET.search(text, start, end)
    reading = classify_word(match.group(1)) if match else None
    return absolute(reading, match.start(1)) if reading is not None else None


# An open task's progress after its fields ("— 进展：系统已上线试运行，正在整理…"), and a
# long-term mark ("（长期）").
_PROGRESS_AFTER = re.compile(r"[—－-]{1,2}\s*(?:目前)?进展(?:情况)?\s*[:：]\s*")
_LONG_MARK = re.compile(r"[（(](长期(?:坚持|任务)?|常态化)[）)]")


def _box_reading(text: str, box: re.Match, end: int):
    """A task list box as a reading: ticked, done (the box quoted); open, long-term where
    marked so, else as its progress clause says, else under way."""
    if box.group(0) not in ("[ ]", "☐"):
        return ("完成", box.span(), None)
    long_mark = _LONG_MARK.search(text, box.end(), end)
    if long_mark is not None:
        return ("长期坚持", long_mark.span(1), None)
    progress = _PROGRESS_AFTER.search(text, box.end(), end)
    if progress is not None:
        reading = classify(text[progress.end():end])
        if reading is not None and reading.status != "完成":
            return absolute(reading, progress.end())
        return ("推进中", (progress.end(), end), None)
    return ("推进中", box.span(), None)


# A status after a dash closing the item's title: minutes review the last meeting's items as
# "1.编制…方案——已办结，方案于4月30日印发实施。" (held-out probe, fourteenth part).
_STATUS_DASH = re.compile(r"[—－]{1,2}\s*(?=(?:已|正在|尚未|未|部分|长期|基本|提前))")
_CLAUSE_END = re.compile(r"[，,。；;]")


def _status_dash(text: str, start: int, end: int):
    """(reading, where the title ends) for a dash status in text[start:end], or None."""
    match = _STATUS_DASH.search(text, start, end)
    if match is None:
        return None
    stop = _CLAUSE_END.search(text, match.end(), end)
    clause = text[match.end():stop.start() if stop else end]
    reading = classify(clause)
    if reading is None:
        return None
    return absolute(reading, match.end()), match.start()


def _first_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    spans = sentence_spans(text, start, end)
    return trim(text, *spans[0]) if spans else (start, end)


def _problem_before(text: str, start: int, end: int) -> tuple[int, int]:
    aimed = _AIMED_AT.search(text, start, end)
    if aimed:
        return aimed.span(1)
    return trim(text, start, end)


def _settle_status(text: str, draft: Draft, node: Node, report: bool) -> None:
    """Status from a heading above when the item says none; in-progress words in reports."""
    if draft.reading[0] != "未说明":
        return
    closing = _closing_mark(text, draft) if report else None
    if closing is not None:  # "…明确专人管理（已完成）", "…全面完工（2026年9月底前完成）"
        draft.reading = closing
        return
    own = _progress_reading(text, draft) if report else None
    for heading in reversed([n.heading for n in node.ancestors()] + [node.heading]):
        reading = heading_status(heading.text)
        if reading is not None and heading is not node.heading:
            if reading.status == "推进中" and own is not None:
                break  # "正在整改的问题" above, "正在组织整改" in the item: quote the item
            draft.reading = absolute(reading, heading.start)
            draft.status_from_heading = True
            return
    if own is not None:
        draft.reading = own


def _closing_mark(text: str, draft: Draft):
    """A report's status mark in brackets closing the item's last measure, as a reading
    (held-out probe, fifty-eighth part: every problem's 整改情况 ended in one, all read 未说明)."""
    if not draft.measures:
        return None
    s, e = draft.measures[-1]
    # (to the line's end: the bracket is read as the measure's time and cut from it)
    e = len(text) if (end := text.find("\n", e)) < 0 else end
    match = _CLOSING_PAREN.search(text, s, e) or _CLOSING_BRACKET.search(text, s, e)
    if match is None:
        return None
    # a bracket of fields ("（牵头科室：机关党委；进展：已完成）"): its status label's value only
    at = match.start(1)
    for field in re.finditer(r"[^；;]+", match.group(1)):
        label = STATUS_LABEL.match(field.group(0).strip())
        if label is not None:
            at += field.start() + len(field.group(0)) - len(field.group(0).lstrip()) + label.end()
            reading = classify_word(text[at:match.start(1) + field.end()])
            return absolute(reading, at) if reading is not None else None
    if re.search(r"[:：]", match.group(1)):
        return None
    reading = closing_mark(match.group(1))
    return absolute(reading, at) if reading is not None else None


def _progress_reading(text: str, draft: Draft):
    """An explicit in-progress clause in the item's measures (正在…, 待审定 …), as a reading."""
    for s, e in draft.measures:
        clause = progress_clause(text[s:e])
        if clause:
            reading = classify(text[s + clause[0]:s + clause[1]])
            if reading is not None:
                return absolute(reading, s + clause[0])
    return None


def _item(notice: Notice, draft: Draft, ordinal: int, year: int | None,
          starts: list[int]) -> LedgerItem:
    text = notice.text
    status, quote, status_deadline = _long_term(text, draft)
    # a labelled deadline ("整改时限：2025年6月30日前") is the item's; a date in its progress
    # ("剩余3个乡镇6月底前完成") dates what remains (held-out probe, fifth part)
    deadline = draft.assignment.deadline or status_deadline
    deadline_span = _span(text, deadline) if deadline else None
    index = bisect.bisect_right(starts, draft.problem[0]) - 1
    return LedgerItem(
        doc_id=notice.doc_id,
        agency=notice.meta.agency,
        ordinal=ordinal,
        section=tuple(Span(h.text, h.start, h.end) for h in draft.ancestors),
        problem=_span(text, draft.problem),
        measures=tuple(_span(text, m) for m in draft.measures),
        status=status,
        status_quote=_span(text, quote) if quote else None,
        deadline=deadline_span,
        lead=tuple(_span(text, s) for s in _unique(draft.assignment.leads)
                   if not marked_helper(text, s)),
        due_date=due_date(deadline_span.text, year) if deadline_span else None,
        passage_id=notice.passages[index].passage_id if index >= 0 and notice.passages else None,
        leaders=tuple(_span(text, s) for s in _unique(draft.assignment.leaders)),
        helpers=tuple(_span(text, s) for s in _unique(
            [*draft.assignment.helpers, *(s for s in draft.assignment.leads if marked_helper(text, s))])),
        of_problem=_span(text, draft.of_problem) if draft.of_problem else None,
    )


def _long_term(text: str, draft: Draft):
    """Long-term is a status and a timing at once: "需长期坚持" is due "长期坚持", and a
    measure whose timing is "长期坚持" is a long-term item."""
    status, quote, deadline = draft.reading
    timing = draft.assignment.deadline
    if (status == "长期坚持" and deadline is None and timing is None and quote is not None
            and not draft.status_from_heading):
        match = re.compile("长期坚持").search(text, quote[0], quote[1])  # "列入长期整改事项" names no timing
        if match:
            deadline = match.span()
    elif status in _OPEN_ENDED and timing is not None and _LONG_TIMING.fullmatch(
            text, timing[0], timing[1]):
        status, quote = "长期坚持", timing
    return status, quote, deadline


def _extent(draft: Draft) -> tuple[int, int]:
    ends = [draft.problem[1]] + [e for _, e in draft.measures]
    if draft.reading[1]:
        ends.append(draft.reading[1][1])
    return draft.problem[0], max(ends)


def _line(text: str, node: Node) -> str:
    return text[node.line.start:node.line.end] if node.line else ""


def _lines_of(node: Node) -> list[Paragraph]:
    lines = [node.line] + list(node.body)
    for child in node.children:
        lines += _lines_of(child)
    return lines


def _marker_end(text: str, para: Paragraph) -> int:
    line = text[para.start:para.end]
    marker = match_marker(line)
    if marker:
        # a label after a heading's mark ("#### 问题1：…": held-out probe, sixtieth part)
        label = _PROBLEM_LABEL.match(line, marker.end)
        return label.end() if label else marker.end
    label = _PROBLEM_LABEL.match(line)
    if label:
        return label.end()
    loose = re.match(r"\s*\d{1,2}\s+", line)  # "5 建立…": a number the headings accepted loosely
    return loose.end() if loose else 0


def _span(text: str, bounds: tuple[int, int]) -> Span:
    start, end = bounds
    return Span(text[start:end], start, end)


def _unique(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    seen: list[tuple[int, int]] = []
    for span in spans:
        if span not in seen:
            seen.append(span)
    return seen
