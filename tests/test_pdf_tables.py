"""Tables in PDF notices: pdfplumber finds ruled tables, their rows come out as the docx and
html readers give them ("cell | cell | cell |"), the text around them as before."""
from __future__ import annotations

import pytest

import corpus
from corpus.models import NoticeError
from corpus.readers import read_text
from eval.ledger_files import parse_source, pdf_bytes

pytest.importorskip("reportlab")
pytest.importorskip("pdfplumber")

LONG = ("根据县委统一部署，县委第二巡察组对县交通运输局党组开展了常规巡察，现将巡察反馈问题的整改情况"
        "予以公布，欢迎广大干部群众监督，这一段较长的文字在页面上会折成两到三行显示。")
SOURCE = f"""某县交通运输局党组关于巡察整改情况的通报
{LONG}
一、整改台账
| 序号 | 存在问题 | 整改措施 | 责任单位 | 完成时限 | 整改进展 |
| 1 | 农村公路养护资金拨付滞后，部分项目资金闲置超过一年 | 建立养护资金季度拨付机制，对闲置资金全部收回统筹使用 | 财务股 | 2024年6月底前 | 已完成整改 |
| 2 | 超限超载治理不到位 | 开展联合治超专项行动 | 路政大队 | 长期坚持 | 持续推进中 |
二、其他事项
| 序号 | 事项 | 责任单位 |
| 1 | 完善档案管理制度 | 办公室 |
| 2 | 规范公务用车 | 办公室 |
欢迎广大干部群众对巡察整改落实情况进行监督。
某县交通运输局党组
2024年7月1日
"""


def _lines(raw: bytes) -> list[str]:
    return read_text(raw, ".pdf", "t.pdf").split("\n")


def test_table_rows_become_cell_lines_and_text_keeps_its_place() -> None:
    lines = _lines(pdf_bytes(parse_source(SOURCE)))
    assert lines[0] == "某县交通运输局党组关于巡察整改情况的通报"
    assert lines[1] == LONG  # the wrapped paragraph above the table is one line again
    table = lines.index("序号 | 存在问题 | 整改措施 | 责任单位 | 完成时限 | 整改进展 |")
    assert lines[table - 1] == "一、整改台账"
    # cells wrapped over several visual lines are joined into one cell text
    assert lines[table + 1] == ("1 | 农村公路养护资金拨付滞后，部分项目资金闲置超过一年 | "
                                "建立养护资金季度拨付机制，对闲置资金全部收回统筹使用 | 财务股 | "
                                "2024年6月底前 | 已完成整改 |")
    assert lines[table + 2] == "2 | 超限超载治理不到位 | 开展联合治超专项行动 | 路政大队 | 长期坚持 | 持续推进中 |"
    assert lines[table + 3] == "二、其他事项"  # the text between two tables stays between them
    assert lines[table + 4:table + 7] == ["序号 | 事项 | 责任单位 |", "1 | 完善档案管理制度 | 办公室 |",
                                          "2 | 规范公务用车 | 办公室 |"]
    assert lines[-3:] == ["欢迎广大干部群众对巡察整改落实情况进行监督。", "某县交通运输局党组", "2024年7月1日"]
    # no cell text leaks out of the table as loose page text
    assert sum("超限超载治理不到位" in line for line in lines) == 1


def test_a_table_over_two_pages_keeps_every_row() -> None:
    rows = "\n".join(f"| {i} | 第{i}项问题的描述文字，说明问题的具体表现和影响范围 | 第{i}项整改措施 | 办公室 |"
                     for i in range(1, 61))
    source = f"某局整改台账\n| 序号 | 存在问题 | 整改措施 | 责任单位 |\n{rows}\n以上为全部问题。"
    lines = _lines(pdf_bytes(parse_source(source)))
    for i in range(1, 61):
        assert f"{i} | 第{i}项问题的描述文字，说明问题的具体表现和影响范围 | 第{i}项整改措施 | 办公室 |" in lines
    assert lines[-1] == "以上为全部问题。"
    assert lines.count("序号 | 存在问题 | 整改措施 | 责任单位 |") >= 1  # repeated header on page 2


def test_a_ruled_box_around_one_paragraph_is_not_a_table() -> None:
    source = "某局通知\n| 特别提示：请各单位于本周五前报送材料。 |\n正文一段。"
    lines = _lines(pdf_bytes(parse_source(source)))
    assert any("特别提示：请各单位于本周五前报送材料。" in line for line in lines)  # pypdf's text
    assert not any(line.endswith(" |") for line in lines)


def test_pdf_without_tables_reads_as_before() -> None:
    from pypdf import PdfReader
    import io

    raw = pdf_bytes(parse_source("某局通知\n一、总则\n正文第一段。\n二、附则\n本通知自发布之日起施行。"))
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(raw)).pages]
    from corpus.readers import join_wrapped_lines

    expected = [p for page in pages for p in join_wrapped_lines(page.splitlines())]
    assert _lines(raw) == expected


def test_damaged_pdf_with_a_table_is_still_a_chinese_error() -> None:
    raw = pdf_bytes(parse_source(SOURCE))
    with pytest.raises(NoticeError, match="无法读取 PDF 文件"):
        read_text(raw[: len(raw) // 3], ".pdf", "broken.pdf")


def test_load_notice_of_a_pdf_table_notice(tmp_path) -> None:
    path = tmp_path / "台账.pdf"
    path.write_bytes(pdf_bytes(parse_source(SOURCE)))
    notice = corpus.load_notice(path)
    assert "2 | 超限超载治理不到位 | 开展联合治超专项行动 | 路政大队 | 长期坚持 | 持续推进中 |" in notice.text
