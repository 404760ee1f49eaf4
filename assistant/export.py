"""A comparison as files for a written report: CSV (Excel-friendly) and Word (.docx).

Cells are notice text, so they are written as text: CSV cells that a spreadsheet would run
as a formula (= + - @ and tab/CR at the start) are prefixed with an apostrophe, and the
Word document receives plain runs (python-docx escapes XML), never markup.

>>> comparison_csv(comparison)[:3] == "\\ufeff".encode("utf-8")
True
"""
from __future__ import annotations

import csv
import io

from assistant.models import Citation, Comparison

CSV_COLUMNS = ("单位", "有无相关内容", "措施 (原文)", "出处编号", "文件标题", "发文日期", "文号",
               "章节", "段落编号", "起止位置")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def comparison_csv(comparison: Comparison) -> bytes:
    """UTF-8 with a BOM (Excel reads Chinese correctly), one row per cited measure."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in comparison.rows:
        if not row.items:
            writer.writerow([_cell(row.agency), "无"] + [""] * (len(CSV_COLUMNS) - 2))
        for item in row.items:
            c = item.citation
            writer.writerow([_cell(v) for v in (
                row.agency, "有", item.text, c.n, c.title,
                c.date or "", c.doc_number or "", " > ".join(c.section), c.passage_id,
                f"{c.start}-{c.end}")])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def comparison_docx(comparison: Comparison) -> bytes:
    """A table agency × measures with markers [n], then the numbered list of sources."""
    from docx import Document

    doc = Document()
    doc.add_heading("各单位措施对比", level=1)
    doc.add_paragraph(f"问题: {comparison.question}")
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "单位", "措施 (原文, 带出处编号)"
    for row in comparison.rows:
        cells = table.add_row().cells
        cells[0].text = row.agency
        cells[1].text = "\n".join(
            f"{item.text} [{item.citation.n}]" for item in row.items
        ) or "未找到相关内容"
    doc.add_heading("出处", level=2)
    for c in _sources(comparison):
        where = " > ".join(c.section) or "正文"
        doc.add_paragraph(f"[{c.n}] {c.agency}《{c.title}》{c.doc_number or ''} {c.date or ''}"
                          f" · {where} · {c.passage_id} [{c.start}:{c.end}]")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _sources(comparison: Comparison) -> list[Citation]:
    """Every citation once, by its number: the numbered source list."""
    by_number = {i.citation.n: i.citation for row in comparison.rows for i in row.items}
    return [by_number[n] for n in sorted(by_number)]


def _cell(value: str) -> str:
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text
