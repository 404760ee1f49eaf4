"""The rectification ledger as files for a 整改进展 report: CSV, Excel (.xlsx) and Word (.docx).

Every row is one item (corpus.ledger.LedgerItem) with its citation: the notice's title, the
item's position in the cleaned notice ("第1823–2668字") and the passage id. `summary` is
Assistant.ledger_summary(): per notice its counts by status beside the totals it states;
it also names the notices (without it the citation names the doc id).

Cells are notice text, so they stay text: a CSV cell that a spreadsheet would run as a
formula (= + - @, tab or CR first) gets an apostrophe, Excel cells are typed as strings
(never formulas), characters XML cannot hold are dropped, and Word receives plain runs.

>>> items_to_csv(bot.ledger())[:3] == "\\ufeff".encode("utf-8")
True
"""
from __future__ import annotations

import csv
import io
import re
from typing import Iterable, Sequence

from assistant.titles import book_title
from corpus.ledger import STATUSES, LedgerItem

COLUMNS = ("序号", "章节", "问题", "整改措施", "状态", "状态原文", "完成时限", "牵头单位", "责任领导",
           "配合单位", "出处")
CSV_COLUMNS = ("单位", "文档编号", *COLUMNS)
SUMMARY_COLUMNS = ("单位", "通报", "文档编号", "条目数", *STATUSES, "通报自述", "核对")
SUMMARY_SHEET = "汇总"
# Excel column widths (characters) of COLUMNS: long text columns wide, wrapped.
XLSX_WIDTHS = (6, 28, 40, 60, 10, 24, 14, 18, 14, 18, 36)
# Excel limits a sheet name to 31 characters and forbids these in it.
SHEET_NAME_MAX = 31
_SHEET_UNSAFE = re.compile(r"[\[\]:*?/\\]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Control characters XML 1.0 cannot hold (openpyxl and python-docx refuse them).
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
NO_AGENCY = "未知机构"


def citation(item: LedgerItem, titles: dict[str, str] | None = None) -> str:
    """《title》第x–y字 · passage id (the doc id when no title is known)."""
    title = (titles or {}).get(item.doc_id) or item.doc_id
    return f"{book_title(title)}{position(item)}"


def position(item: LedgerItem) -> str:
    """第x–y字 · passage id: where the item stands in the cleaned notice (1-based, inclusive:
    the characters from its problem to its last cited field)."""
    spans = [item.problem, *item.measures, *item.lead, *item.leaders, *item.helpers,
             *(s for s in (item.status_quote, item.deadline) if s is not None)]
    start, end = min(s.start for s in spans), max(s.end for s in spans)
    where = f" · {item.passage_id}" if item.passage_id else ""
    return f"第{start + 1}–{end}字{where}"


def item_cells(item: LedgerItem, titles: dict[str, str] | None = None) -> list:
    """The COLUMNS of one item: its ordinal, then text."""
    return [item.ordinal, " > ".join(s.text for s in item.section), item.problem.text,
            "\n".join(m.text for m in item.measures), item.status,
            item.status_quote.text if item.status_quote else "",
            item.deadline.text if item.deadline else "", "、".join(s.text for s in item.lead),
            "、".join(s.text for s in item.leaders), "、".join(s.text for s in item.helpers),
            citation(item, titles)]


def items_to_csv(items: Sequence[LedgerItem], summary: Sequence[dict] | None = None) -> bytes:
    """UTF-8 with a BOM (Excel reads Chinese correctly), one row per item."""
    titles = _titles(summary)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for item in items:
        writer.writerow([_csv_cell(v) for v in
                         (item.agency or NO_AGENCY, item.doc_id, *item_cells(item, titles))])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def items_to_xlsx(items: Sequence[LedgerItem], summary: Sequence[dict] | None = None) -> bytes:
    """A 汇总 sheet (per notice: counts by status, stated totals, 一致/不一致), then one sheet
    per agency with COLUMNS; wrapped text, frozen header row."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = SUMMARY_SHEET
    _fill(sheet, SUMMARY_COLUMNS, [summary_cells(row) for row in summary or ()])
    for i, width in enumerate((20, 40, 22, 8, *(10,) * len(STATUSES), 30, 40), start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    titles = _titles(summary)
    used = {SUMMARY_SHEET}
    for agency, group in _by_agency(items).items():
        page = book.create_sheet(_sheet_name(agency, used))
        _fill(page, COLUMNS, [item_cells(item, titles) for item in group])
        for i, width in enumerate(XLSX_WIDTHS, start=1):
            page.column_dimensions[get_column_letter(i)].width = width
    for page in book.worksheets:
        page.freeze_panes = "A2"
        for cell in page[1]:
            cell.font = Font(bold=True)
        for row in page.iter_rows():
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def items_to_docx(items: Sequence[LedgerItem], summary: Sequence[dict] | None = None) -> bytes:
    """A title, the summary table, then per agency a table of its items with citations."""
    from docx import Document

    doc = Document()
    doc.add_heading("整改台账", level=1)
    if summary:
        doc.add_heading("汇总", level=2)
        _docx_table(doc, SUMMARY_COLUMNS, [summary_cells(row) for row in summary])
    titles = _titles(summary)
    columns = ("序号", "问题", "整改措施", "状态", "完成时限", "牵头单位", "责任领导", "出处")
    keep = [COLUMNS.index(c) for c in columns]
    for agency, group in _by_agency(items).items():
        doc.add_heading(agency, level=2)
        rows = []
        for item in group:
            cells = item_cells(item, titles)
            quote = cells[COLUMNS.index("状态原文")]
            cells[COLUMNS.index("状态")] += f"\n{quote}" if quote else ""
            rows.append([cells[i] for i in keep])
        _docx_table(doc, columns, rows)
    if not items:
        doc.add_paragraph("没有符合条件的条目。")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def summary_cells(row: dict) -> list:
    """One notice of Assistant.ledger_summary() as SUMMARY_COLUMNS."""
    stated = "; ".join(f"{key} {value}" for key, value in row["stated"].items()) or "未自述"
    check = {None: "无法核对", True: "一致"}.get(row["agrees"]) or \
        "不一致: " + "; ".join(row["differences"])
    return [row["agency"] or NO_AGENCY, row["title"], row["doc_id"], row["total"],
            *(row["counts"].get(s, 0) for s in STATUSES), stated, check]


def _fill(sheet, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    sheet.append(list(header))
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            if isinstance(value, int):  # counts and ordinals stay numbers
                sheet.cell(row=r, column=c, value=value)
                continue
            cell = sheet.cell(row=r, column=c, value=_xml_text(value))
            cell.data_type = "s"  # text, never a formula ("=…" in a notice stays text)


def _docx_table(doc, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for values in rows:
        for cell, text in zip(table.add_row().cells, values):
            cell.text = _xml_text(text)


def _by_agency(items: Iterable[LedgerItem]) -> dict[str, list[LedgerItem]]:
    groups: dict[str, list[LedgerItem]] = {}
    for item in items:
        groups.setdefault(item.agency or NO_AGENCY, []).append(item)
    return groups


def _sheet_name(agency: str, used: set[str]) -> str:
    base = _SHEET_UNSAFE.sub("_", _xml_text(agency)).strip("'") or NO_AGENCY
    name, n = base[:SHEET_NAME_MAX], 2
    while name in used:
        suffix = f"({n})"
        name, n = base[:SHEET_NAME_MAX - len(suffix)] + suffix, n + 1
    used.add(name)
    return name


def _titles(summary: Sequence[dict] | None) -> dict[str, str]:
    return {row["doc_id"]: row["title"] for row in summary or ()}


def _xml_text(value: str) -> str:
    return _XML_ILLEGAL.sub("", str(value))


def _csv_cell(value: str) -> str:
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text
