"""A column of a table ledger asked by its header: "它存在什么问题?" of a row whose table has a
"存在问题" column is that row's cell under it, cited. The ledger models the columns every
ledger has (problem, office, deadline, status); a table may carry others (存在问题, 备注,
原因, 下步打算), which only their header names (held-out probe, seventeenth part sc1#2 and
sc4#2 were answered with the row's status).

>>> header_asked("第一个事项存在什么问题?", ["序号", "督办事项", "办理进度", "存在问题"], skip={1})
3
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Collection, Mapping, Sequence

from assistant.ledger_answer import PROBLEM_QUOTE_CHARS, LedgerReply, cite_into
from assistant.listing import line_at
from assistant.models import AgencyGroup, Citation
from assistant.titles import book_title
from corpus.ledger import LedgerItem, Span
from corpus.ledger.tables import Cell, is_table_line, split_cells
from corpus.models import Notice

# A header is named by the question when each of its two-character pieces is in it: "存在问题"
# by "存在什么问题", "下步打算" by "下步有什么打算". Headers are short compounds of such words.
PIECE_CHARS = 2


@dataclass(frozen=True)
class AskedCell:
    item: LedgerItem
    header: str
    cell: Cell  # offsets into the notice text; empty when the row leaves it blank


def asked_cells(question: str, items: Sequence[LedgerItem],
                notices: Mapping[str, Notice]) -> list[AskedCell]:
    """Each item's cell under the column the question names, [] when an item is no table row
    or its table has no such column beside those the ledger reads."""
    found = []
    for item in items:
        text = notices[item.doc_id].text
        row = line_at(text, item.problem.start)
        header = _header(text, row[0])
        if header is None or not is_table_line(text[row[0]:row[1]]):
            return []
        cells = split_cells(text, *row)
        names = [text[c.start:c.end] for c in split_cells(text, *header)]
        read = {k for k, c in enumerate(cells) if _holds_field(c, item)}
        column = header_asked(question, names, skip=read)
        if column is None or column >= len(cells):
            return []
        found.append(AskedCell(item, names[column], cells[column]))
    return found


def header_asked(question: str, names: Sequence[str], skip: Collection[int] = ()) -> int | None:
    """The column whose header the question names (the longest such), None for none. A 的 in
    the header joins its words ("督查发现的问题" is named by "督查发现了什么问题")."""
    asked = []
    for k, name in enumerate(names):
        words = name.replace("的", "")
        if k not in skip and len(words) >= PIECE_CHARS and all(
                words[at:at + PIECE_CHARS] in question
                for at in range(0, len(words) - PIECE_CHARS + 1, PIECE_CHARS)):
            asked.append((len(words), k))
    return max(asked)[1] if asked else None


def _holds_field(cell: Cell, item: LedgerItem) -> bool:
    """Does the cell hold a field the ledger already reads (problem, office, deadline, status)?"""
    spans = [item.problem, *item.lead, *item.leaders, *item.helpers, item.deadline,
             item.status_quote]
    return any(s is not None and s.start < cell.end and cell.start < s.end for s in spans)


def _header(text: str, row_start: int) -> tuple[int, int] | None:
    """The first line of the table the row at `row_start` is in (its header), None for a row
    that is the first."""
    start = row_start
    while start > 0:
        above = line_at(text, start - 1)
        if not is_table_line(text[above[0]:above[1]]):
            break
        start = above[0]
    return None if start == row_start else line_at(text, start)


def write_cells(cells: Sequence[AskedCell], notices: Mapping[str, Notice]) -> LedgerReply:
    """Each item's problem and its cell under the asked column, both cited; a blank cell is
    said to be blank."""
    lines: list[str] = []
    citations: list[Citation] = []
    groups: dict[str, AgencyGroup] = {}
    for k, found in enumerate(cells, start=1):
        notice = notices[found.item.doc_id]
        group = groups.setdefault(notice.meta.agency, AgencyGroup(notice.meta.agency))
        if k == 1 or found.item.doc_id != cells[k - 2].item.doc_id:
            lines.append(f"{notice.meta.agency or '未注明单位'}{book_title(notice.meta.title)}：")
        problem = cite_into(notice, found.item.problem, citations, group, PROBLEM_QUOTE_CHARS)
        if found.cell.end > found.cell.start:
            span = Span(notice.text[found.cell.start:found.cell.end], found.cell.start,
                        found.cell.end)
            value = cite_into(notice, span, citations, group)
            said = f"{found.header}：{value.quote}[{value.n}]"
        else:
            said = f"“{found.header}”一栏为空"
        lines.append(f"{k}. {problem.quote}[{problem.n}] —— {said}")
    return LedgerReply("\n".join(lines), citations, list(groups.values()),
                       [c.item for c in cells], False)
