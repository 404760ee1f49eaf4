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


def test_a_cell_of_two_paragraphs_stays_on_its_rows_line() -> None:
    def build(document):
        table = document.add_table(rows=2, cols=3)
        for c, text in enumerate(["现行条文", "修订稿条文", "修改说明"]):
            table.cell(0, c).text = text
        table.cell(1, 0).text = "第九条"
        table.cell(1, 0).add_paragraph("取水许可由县水利局审批。")
        table.cell(1, 1).text = "第十一条　取水许可由县行政审批服务局审批。"
        table.cell(1, 2).text = "审批职责划转"

    lines = read_text(_docx(build), ".docx", "t.docx").split("\n")
    assert "第九条 取水许可由县水利局审批。 | 第十一条　取水许可由县行政审批服务局审批。 | 审批职责划转 |" in lines


def test_a_table_row_with_ideographic_spaces_is_not_cut_as_flattened_text() -> None:
    from corpus.clean import unflatten
    row = "第九条　取水许可由县水利局审批。 | 第十一条　取水许可由县行政审批服务局审批。 | 划转 |"
    assert unflatten(row) == [row]
