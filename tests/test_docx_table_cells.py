"""Word tables: a merged cell is one cell, two neighbouring cells with the same text are two."""
from __future__ import annotations

import io

import docx

from corpus.readers import read_text


def _docx(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_identical_neighbouring_cells_are_both_kept() -> None:
    def build(document):
        table = document.add_table(rows=2, cols=4)
        for c, text in enumerate(["问题", "责任股室", "整改时限", "完成情况"]):
            table.cell(0, c).text = text
        for c, text in enumerate(["管护机制不健全", "农村社会事业股", "长期坚持", "长期坚持"]):
            table.cell(1, c).text = text

    lines = read_text(_docx(build), ".docx", "t.docx").split("\n")
    assert "管护机制不健全 | 农村社会事业股 | 长期坚持 | 长期坚持 |" in lines


def test_a_horizontally_merged_cell_is_kept_once() -> None:
    def build(document):
        table = document.add_table(rows=2, cols=3)
        for c, text in enumerate(["序号", "问题", "措施"]):
            table.cell(0, c).text = text
        table.cell(1, 0).text = "1"
        merged = table.cell(1, 1).merge(table.cell(1, 2))
        merged.text = "合并单元格的内容"

    lines = read_text(_docx(build), ".docx", "t.docx").split("\n")
    assert "1 | 合并单元格的内容 |" in lines
