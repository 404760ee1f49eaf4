"""Ledger items from tables: the readers write each table row as one line "cell | cell | … |".

A header row names the columns (问题 / 整改措施 / 责任单位 / 完成时限 / 整改进展 …); every row
below it until the table ends is one item. A row with an empty problem cell continues the
item above (a problem with several measures spans rows).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.ledger.status import classify_word

CELL_SEP = "|"
# Column roles by header words, tried in this order (整改措施 before 整改情况, 问题 last:
# "问题整改进展" is a progress column, "存在问题" a problem column).
_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # ("问题序号", "任务编号": the serial of what the row holds, not its problem: held-out
    # probe, thirteenth part, whose problem column was read as the serial's)
    ("serial", re.compile(r"^([\u4e00-\u9fff]{0,4}(序号|编号)|序|项次|No\.?)$")),
    # the kind or area a row's problem falls under ("问题类别 | 巡察指出的问题"): the row's
    # heading, not its problem (held-out probe, ninth part: every problem read as its area)
    ("category", re.compile(r"类别|类型|分类|所属方面|^方面$|^领域$|板块")),
    ("leader", re.compile(r"责任(领导|人)$|分管领导|牵头领导|包保领导|包联领导")),
    # (a 民生实事 list's "责任主体 | 协同单位": held-out probe, tenth part)
    ("helper", re.compile(r"(配合|协同)(单位|部门|处室|科室|股室|主体)|协办(单位|部门)|参与单位|协助单位")),
    ("lead", re.compile(r"责任(单位|部门|处室|科室|股室|主体)|牵头(单位|部门|处室|科室|股室)|负责(单位|部门|股室)"
                        r"|主责|承办(单位|部门)|实施主体")),
    ("deadline", re.compile(r"时限|完成时间|期限|时间节点|完成日期|截止")),
    ("status", re.compile(r"进展|进度|完成情况|整改状态|状态|整改结果|是否完成")),
    # (a progress report's "重点工作 | 全年目标任务": the target is what the work does, the
    # work its name: held-out probe, fourteenth part)
    ("measures", re.compile(r"措施|举措|整改情况|整改内容|具体做法|工作内容|(主要|建设|具体)内容|及目标"
                            r"|目标任务")),
    # a project or task named in a column of its own ("实事名称", "项目名称", "重点工作")
    ("problem", re.compile(r"问题|任务|事项|反馈意见|要点|内容|项目|名称|^重点工作$")),
)
# A column of what came of the measures, after the measures' own column.
_SECOND_MEASURES = re.compile(r"(?:整改|落实)情况$")
# A column of counts or amounts ("牵头问题数（个）", "整改金额（万元）"): no problem nor measure
# is in its cells (held-out probe, sixtieth part: an office tally's rows were read as items).
_COUNT_HEADER = re.compile(r"(?:数|数量|金额|占比|比例|比率)\s*(?:[（(][^（）()]{1,6}[）)])?$")
# A header needs a problem or measures column and one of lead / deadline / status: a table
# of figures or a document header ("索引号 | … | 发布机构") is not a ledger.
_NEEDED_ANY = ("lead", "leader", "deadline", "status")

# A mark ticking one of several status columns ("| 已完成 | 正在推进 | 长期坚持 |" with "√" in
# one of them: held-out probe, seventeenth part): the ticked column's header is the status.
_TICK = re.compile(r"[√✓✔☑●■▲★]")
# A ticked cell is the mark, at most with a character or two beside it, never a sentence.
TICK_CELL_MAX_CHARS = 4
# A status header is a short name ("已完成", "需长期推进"), not a column of prose about states.
TICK_HEADER_MAX_CHARS = 12


@dataclass(frozen=True)
class Cell:
    start: int
    end: int


@dataclass
class Row:
    """One ledger row: the cells of each role (offsets into the notice text)."""

    line_start: int
    cells: dict[str, Cell] = field(default_factory=dict)


def is_table_line(line: str) -> bool:
    return line.count(CELL_SEP) >= 2


def split_cells(text: str, start: int, end: int) -> list[Cell]:
    """Cells of one table line, trimmed; empty cells kept so columns stay aligned."""
    cells: list[Cell] = []
    pos = start
    line = text[start:end]
    pieces = line.split(CELL_SEP)
    if pieces and not pieces[-1].strip():
        pieces = pieces[:-1]  # the closing "|"
    for piece in pieces:
        s = pos + len(piece) - len(piece.lstrip())
        e = pos + len(piece.rstrip())
        cells.append(Cell(s, max(s, e)))
        pos += len(piece) + len(CELL_SEP)
    return cells


# A progress column beside a state column ("整改进展 | 整改状态"): the state column gives the
# row's status, the progress column what was done (held-out probe, thirty-seventh part: the
# state column was left unread and 11 of 16 rows had no status).
_STATE_HEADER = re.compile(r"状态|是否完成")


def _second_status(roles: dict[int, str], i: int, name: str) -> None:
    """Column `i` is a second status-like column: the one naming a state is the status, the
    other the progress."""
    first = next(k for k, r in roles.items() if r == "status")
    if _STATE_HEADER.search(name):
        roles[first], roles[i] = "progress", "status"
    else:
        roles[i] = "progress"


def header_roles(text: str, cells: list[Cell]) -> dict[int, str] | None:
    """Column index -> role when this row is a ledger table's header, else None."""
    roles: dict[int, str] = {}
    for i, cell in enumerate(cells):
        name = re.sub(r"\s+", "", text[cell.start:cell.end])
        if not name or len(name) > 12 or _COUNT_HEADER.search(name):
            continue
        for role, pattern in _ROLES:
            if role == "status" and pattern.search(name) and "status" in roles.values() \
                    and "progress" not in roles.values():
                _second_status(roles, i, name)
                break
            if pattern.search(name) and role not in roles.values():
                roles[i] = role
                break
            if role == "measures" and pattern.search(name) and _SECOND_MEASURES.search(name) \
                    and "status" not in roles.values():
                # "整改措施 | … | 整改情况": what came of the measures, the row's state (held-out
                # probe, forty-seventh part: "已完成（…）" cells were read as no status)
                roles[i] = "status"
                break
    _prefer_problem_column(text, cells, roles)
    has_subject = any(r in ("problem", "measures") for r in roles.values())
    if has_subject and any(r in roles.values() for r in _NEEDED_ANY):
        return roles
    return None


# A column naming the thing a row is about ("河湖名称", "项目名称") beside one stating its
# problem ("问题描述"): the problem column holds the row's problem, the name its place among
# the rows (held-out probe, forty-first part: a river's name was read as its problem and
# "哪些问题还没整改完成?" was answered with river names).
_NAME_HEADER = re.compile(r"名称|项目|对象|河湖|地点|位置")
# (a hazard list's "企业名称 | … | 隐患描述": the hazard is the row's problem, held-out probe,
# forty-second part, asked once: its overdue items were listed by company)
# Not a column of a project's own difficulties ("项目名称 | 办理进度 | 存在问题": the project is
# the row's subject, its 存在问题 a column ledger_columns reads).
_PROBLEM_HEADER = re.compile(r"^(?!存在|主要|遇到|面临|困难)[\u4e00-\u9fff]{0,4}(?:问题|隐患)"
                             r"(?:描述|内容|表现|情况)?$")


def _prefer_problem_column(text: str, cells: list[Cell], roles: dict[int, str]) -> None:
    named = next((i for i, r in roles.items() if r == "problem"), None)
    if named is None:
        return
    header = re.sub(r"\s+", "", text[cells[named].start:cells[named].end])
    if "问题" in header or "隐患" in header or not _NAME_HEADER.search(header):
        return
    for i, cell in enumerate(cells):
        name = re.sub(r"\s+", "", text[cell.start:cell.end])
        if i not in roles and _PROBLEM_HEADER.match(name):
            roles[i] = "problem"
            if "category" in roles.values():
                del roles[named]
            else:
                roles[named] = "category"
            return


def tick_columns(text: str, cells: list[Cell], roles: dict[int, str]) -> dict[int, Cell]:
    """Header cells named by a status ("已完成", "正在推进", "长期坚持") outside the other roles:
    columns ticked to give a row's status. Fewer than two: no such columns."""
    ticks = {i: cell for i, cell in enumerate(cells) if i not in roles
             and cell.end > cell.start
             and len(text[cell.start:cell.end].strip()) <= TICK_HEADER_MAX_CHARS
             and classify_word(text[cell.start:cell.end]) is not None}
    return ticks if len(ticks) > 1 else {}


def ticked(text: str, cells: list[Cell], ticks: dict[int, Cell]) -> Cell | None:
    """The header of the status column this row ticks, or None."""
    for i, header in ticks.items():
        if i < len(cells):
            mark = text[cells[i].start:cells[i].end].strip()
            if mark and len(mark) <= TICK_CELL_MAX_CHARS and _TICK.match(mark):
                return header
    return None


def table_rows(text: str, lines: list[tuple[int, int]]) -> list[list[Row]]:
    """Ledger tables among consecutive table lines: a list of row lists, one per table."""
    tables: list[list[Row]] = []
    roles: dict[int, str] | None = None
    ticks: dict[int, Cell] = {}
    spanning: Cell | None = None
    for start, end in lines:
        if not is_table_line(text[start:end]):
            roles = None
            continue
        cells = split_cells(text, start, end)
        header = header_roles(text, cells)
        if header is not None:
            if header != roles:  # not the header repeated at a page break: a new table
                roles, spanning = header, None
                ticks = tick_columns(text, cells, header)
                tables.append([])
            continue
        if roles is None:
            continue
        below = _sub_header(text, cells, roles) if tables and not tables[-1] else None
        if below is not None:  # the header's second row naming a spanned group's columns
            roles = below
            continue
        filled = [i for i, c in enumerate(cells) if c.end > c.start]
        if len(cells) > 2 and len(filled) == 1 and filled[0] <= min(roles):
            # a category row across the table (its first column alone): the rows' heading
            spanning = cells[filled[0]]
            continue
        row = Row(start, {role: cells[i] for i, role in roles.items()
                          if i < len(cells) and cells[i].end > cells[i].start})
        if spanning is not None and "category" not in roles.values():
            row.cells["category"] = spanning
        status = ticked(text, cells, ticks) if "status" not in row.cells else None
        if status is not None:
            row.cells["status"] = status
        _carry_down(row, tables[-1])
        if row.cells.keys() - {"serial", "category"}:
            tables[-1].append(row)
    return tables


def _sub_header(text: str, cells: list[Cell], roles: dict[int, str]) -> dict[int, str] | None:
    """The roles with those of a header's second row added, when that row names columns the
    first left without a role ("| 责任分工 | 责任分工 |" over "| 牵头领导 | 牵头单位 |": held-out
    probe, twenty-third part, whose offices and leaders were not read); None for a data row."""
    named: dict[int, str] = {}
    for i, cell in enumerate(cells):
        name = re.sub(r"\s+", "", text[cell.start:cell.end])
        if not name:
            continue
        role = next((r for r, pattern in _ROLES if len(name) <= 12 and pattern.search(name)), None)
        if role is None or i in roles or role in roles.values():
            return None
        named[i] = role
    return {**roles, **named} if named else None


# Columns a merged cell spans down: written once on a group's first row and blank below (a
# category, the leader over several rows: held-out probe, fourteenth part, whose 分管领导 and
# 类别 stood on the first row of each group only).
_SPANNING_ROLES = ("category", "leader")


def _carry_down(row: Row, above: list[Row]) -> None:
    """Fill the row's blank spanning cells from the row above, when it starts a new item."""
    if not above or "problem" not in row.cells:
        return
    for role in _SPANNING_ROLES:
        # from the last row stating it: a wrapped cell's continuation row states none
        last = next((r for r in reversed(above) if role in r.cells), None)
        if role not in row.cells and last is not None:
            row.cells[role] = last.cells[role]
