"""Items from ledger tables: one per row, or one per measure row when a problem spans several
rows that each state their own person, deadline or state."""
from __future__ import annotations

import re

from corpus.ledger.assignment import lead_offices
from corpus.ledger.draft import Draft, absolute
from corpus.ledger.outline import Node
from corpus.ledger.status import classify_word
from corpus.ledger.tables import Cell, Row, is_table_line, table_rows
from corpus.models import Heading

# A table row summing the others ("| 合计 | 8个问题 | 217.45 |").
_TOTAL_CELL = re.compile(r"合\s*计|总\s*计|小\s*计|共\s*计")


def table_drafts(text: str, root: Node) -> tuple[list[Draft], set[int]]:
    """Items from ledger tables, and the ids of the nodes whose body holds them."""
    drafts: list[Draft] = []
    tabled: set[int] = set()
    for node in root.walk():
        lines = [(p.start, p.end) for p in node.body]
        tables = table_rows(text, lines) if any(is_table_line(text[s:e]) for s, e in lines) else []
        ancestors = [n.heading for n in node.ancestors()] + ([node.heading] if node.heading else [])
        for rows in tables:
            tabled.add(id(node))
            if _per_measure(rows):
                _measure_rows(text, rows, ancestors, drafts)
                continue
            for row in rows:
                _table_row(text, row, ancestors, drafts)
    return drafts, tabled


# Fields a measure row states of its own when a table tracks each measure (its own person,
# deadline or state beside the problem's other measures).
_MEASURE_FIELDS = ("status", "deadline", "lead", "leader")


def _per_measure(rows: list[Row]) -> bool:
    """Does the table track measures, a problem's later measures on rows with fields of their
    own? (held-out probe, fifteenth part: a 整改台账 whose problem spans its measures' rows,
    each with its 责任人, 完成时限 and 整改状态)."""
    return any("problem" not in r.cells and "measures" in r.cells
               and any(f in r.cells for f in _MEASURE_FIELDS) for r in rows)


def _measure_rows(text: str, rows: list[Row], ancestors: list, drafts: list[Draft]) -> None:
    """One item per measure row, under its problem as a heading; a person or office cell left
    blank under a merged cell is the one above it for the same problem."""
    problem: Cell | None = None
    above: Row | None = None
    for row in rows:
        cells = row.cells
        if "problem" in cells:
            problem, above = cells["problem"], None
        elif above is not None:
            for role in ("lead", "leader"):
                if role not in cells and role in above.cells:
                    cells[role] = above.cells[role]
        if "measures" not in cells or problem is None:
            _table_row(text, row, ancestors, drafts)
            continue
        over = [*ancestors, *(c for c in (cells.get("category"), problem) if c is not None)]
        section = [c if isinstance(c, Heading) else Heading(i + 1, text[c.start:c.end], c.start, c.end)
                   for i, c in enumerate(over)]
        measure = Row(row.line_start, {k: v for k, v in cells.items() if k not in ("problem", "category")})
        _table_row(text, measure, section, drafts, alone=True)
        drafts[-1].of_problem = (problem.start, problem.end)
        above = row


def _table_row(text: str, row: Row, ancestors: list, drafts: list[Draft],
               alone: bool = False) -> None:
    cells = row.cells
    subject = cells.get("problem") or cells.get("measures")
    if any(_TOTAL_CELL.fullmatch(text[c.start:c.end].strip()) for c in cells.values()):
        return  # a 合计 row sums the others: no item
    if not alone and "problem" not in cells and drafts and "measures" in cells and _continues(row):
        drafts[-1].measures.append((cells["measures"].start, cells["measures"].end))
        return
    if subject is None:
        return
    category = cells.get("category")
    section = list(ancestors) + ([Heading(len(ancestors) + 1, text[category.start:category.end],
                                          category.start, category.end)] if category else [])
    draft = Draft(section, (subject.start, subject.end), from_table=True)
    if "problem" in cells and "measures" in cells:
        draft.measures.append((cells["measures"].start, cells["measures"].end))
    if "progress" in cells:  # what was done, beside the state column
        draft.measures.append((cells["progress"].start, cells["progress"].end))
    if "lead" in cells:
        draft.assignment.leads = lead_offices(text, cells["lead"].start, cells["lead"].end)
    if "leader" in cells:
        draft.assignment.leaders = [(cells["leader"].start, cells["leader"].end)]
    if "helper" in cells:
        draft.assignment.helpers = lead_offices(text, cells["helper"].start, cells["helper"].end)
    if "deadline" in cells:
        draft.assignment.deadline = (cells["deadline"].start, cells["deadline"].end)
    if "status" in cells:
        cell = cells["status"]
        reading = classify_word(text[cell.start:cell.end])
        if reading is not None:
            draft.reading = absolute(reading, cell.start)
        else:
            draft.measures.append((cell.start, cell.end))
    drafts.append(draft)


def _continues(row: Row) -> bool:
    return "serial" not in row.cells
