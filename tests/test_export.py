"""Comparison exports: CSV safe in spreadsheets, DOCX with a numbered source list."""
from __future__ import annotations

import csv
import io

from assistant.export import comparison_csv, comparison_docx
from assistant.models import Citation, CompareItem, CompareRow, Comparison


def _citation(n: int, quote: str) -> Citation:
    return Citation(n=n, doc_id="d", title="关于<script>alert(1)</script>的通报", agency="甲市应急管理局",
                    date="2021-01-02", doc_number="甲应急〔2021〕1号", section=("一、总体", "(一)措施"),
                    passage_id="d#0001", quote=quote, start=10, end=10 + len(quote),
                    passage_start=0, passage_end=100)


COMPARISON = Comparison("各单位措施?", [
    CompareRow("甲市应急管理局", [CompareItem("=HYPERLINK(\"http://x\")", _citation(1, "=HYPERLINK(\"http://x\")")),
                             CompareItem("整合党支部", _citation(2, "整合党支部"))]),
    CompareRow("乙市应急管理局", []),
])


def test_csv_escapes_formulas_and_lists_agencies_without_evidence():
    raw = comparison_csv(COMPARISON)
    assert raw.startswith("\ufeff".encode("utf-8"))
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["单位", "有无相关内容", "措施 (原文)"]
    assert rows[1][2] == "'=HYPERLINK(\"http://x\")" and rows[1][3] == "1"
    assert rows[2][2] == "整合党支部" and rows[2][3] == "2"
    assert rows[3][:2] == ["乙市应急管理局", "无"]
    for bad in ("+1", "-1", "@SUM(A1)", "\tx"):
        row = Comparison("q", [CompareRow(bad, [])])
        first = list(csv.reader(io.StringIO(comparison_csv(row).decode("utf-8-sig"))))[1][0]
        assert first == "'" + bad


def test_docx_has_table_and_numbered_sources_as_plain_text():
    from docx import Document

    doc = Document(io.BytesIO(comparison_docx(COMPARISON)))
    table = doc.tables[0]
    assert [c.text for c in table.rows[2].cells] == ["乙市应急管理局", "未找到相关内容"]
    assert "整合党支部 [2]" in table.rows[1].cells[1].text
    sources = [p.text for p in doc.paragraphs if p.text.startswith("[")]
    assert len(sources) == 2 and sources[0].startswith("[1] 甲市应急管理局《关于<script>")
