"""Every supported file format and text encoding reads into the same notice."""
from __future__ import annotations

import codecs
import io

import pytest

import corpus
from corpus.readers import join_wrapped_lines

LINES = [
    "中共测试市应急管理局委员会关于巡察整改进展情况的通报",
    "一、整改工作基本情况",
    "（一）提高政治站位。收到反馈意见后，局党委立即召开专题会议，研究部署整改工作。",
    "二、反馈问题整改情况",
    "（一）党支部建设不规范",
    "1.针对支部设置不合理问题，整改情况如下：将原有5个党支部合并为3个党支部。",
    "此问题已整改完成。",
    "中共测试市应急管理局委员会",
    "2021年7月29日",
]
SAMPLE = "\n".join(LINES)


def check_sample(notice: corpus.Notice) -> None:
    """What every format must yield for LINES."""
    assert notice.meta.title == LINES[0]
    assert notice.meta.agency == "测试市应急管理局"
    assert notice.meta.written_date == "2021-07-29"
    assert notice.meta.doc_type == "通报"
    assert [h.text for h in notice.headings] == [
        "一、整改工作基本情况", "（一）提高政治站位", "二、反馈问题整改情况", "（一）党支部建设不规范",
        "1.针对支部设置不合理问题，整改情况如下",
    ]
    assert [h.level for h in notice.headings] == [1, 2, 1, 2, 3]
    status = next(p for p in notice.passages if p.text == "此问题已整改完成。")
    assert status.section == ("二、反馈问题整改情况", "（一）党支部建设不规范",
                              "1.针对支部设置不合理问题，整改情况如下")
    for line in LINES[2:-2]:
        if not line.startswith(("一、", "二、", "（一）党支部")):
            assert any(line in p.text for p in notice.passages), line
    for line in LINES[-2:]:  # the signature block is metadata, kept in the text only
        assert line in notice.text.split("\n"), line
        assert not any(line in p.text.split("\n") for p in notice.passages), line
    for p in notice.passages:
        assert notice.text[p.start:p.end] == p.text


@pytest.mark.parametrize("encoding", [
    "utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le-bom", "utf-16-be-bom",
])
def test_text_encodings(encoding: str) -> None:
    if encoding == "utf-16-le-bom":
        raw = codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        raw = codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be")
    else:
        raw = SAMPLE.encode(encoding)
    check_sample(corpus.parse_notice(raw, "sample.txt"))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(encoding: str) -> None:
    check_sample(corpus.parse_notice(SAMPLE.encode(encoding), "sample.txt"))


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n\n"])
def test_newline_styles(newline: str) -> None:
    notice = corpus.parse_notice(SAMPLE.replace("\n", newline).encode("gbk"), "sample.txt")
    check_sample(notice)
    assert "\r" not in notice.text and "\n\n" not in notice.text


def test_markdown(tmp_path) -> None:
    md = "---\ntags: 通报\n---\n# " + SAMPLE + "\n\n![](logo.png) |\n<!-- 页脚 -->\n"
    path = tmp_path / "sample.md"
    path.write_text(md, encoding="utf-8")
    notice = corpus.load_notice(path)
    check_sample(notice)
    assert "logo.png" not in notice.text and "tags" not in notice.text
    assert notice.passages[0].text.startswith(LINES[0])  # the "# " of the title is not cited


def test_html_drops_chrome_and_keeps_blocks(tmp_path) -> None:
    body = "".join(f"<p>{line}</p>\n" for line in LINES[1:])
    html = f"""<!DOCTYPE html><html><head><meta charset="gbk"><title>网站</title>
<style>p {{ color: red; }}</style><script>var 统计 = 1;</script></head>
<body><nav><a href="/">首页</a> <a href="/x">机构设置</a></nav>
<div class="crumb">当前位置：首页 &gt; 通知公告</div>
<div>欢迎来到测试市应急管理局! 无障碍浏览</div>
<table><tr><td>索 引 号</td><td>11370800/2021-1</td><td>发布机构</td><td>测试市应急管理局</td></tr>
<tr><td>成文日期</td><td>2021-07-29</td><td>发布日期</td><td>2021-08-03</td></tr></table>
<h1>{LINES[0]}</h1>
<div class="info">发布日期:2021-08-03 浏览次数: 字号:[ 大 中 小 ]</div>
<div class="content">{body}</div>
<div>【打印本页】 【关闭窗口】</div>
<footer>版权所有 测试市应急管理局 ICP备12345678号</footer>
<!-- 统计代码 --></body></html>"""
    path = tmp_path / "sample.html"
    path.write_bytes(html.encode("gbk"))
    notice = corpus.load_notice(path)
    check_sample(notice)
    assert notice.meta.date == "2021-08-03"
    for chrome in ("首页", "当前位置", "欢迎来到", "索 引 号", "浏览次数", "打印本页", "版权所有",
                   "统计", "color"):
        assert chrome not in notice.text, chrome
    assert notice.text.split("\n")[:2] == LINES[:2]  # block elements became lines


def test_html_line_breaks_and_inline_markup() -> None:
    html = ("<html><body><p>第一段<b>加粗</b>文字，\n  源码换行不是段落。</p>"
            "<div>第二段<br>第三段</div></body></html>")
    notice = corpus.parse_notice(html.encode("utf-8"), "x.htm")
    assert notice.text.split("\n") == ["第一段加粗文字， 源码换行不是段落。", "第二段", "第三段"]


def test_docx_paragraphs_tables_and_heading_styles(tmp_path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=1, cols=4)
    for cell, value in zip(table.rows[0].cells, ["发布机构", "测试市应急管理局", "成文日期", "2021-07-29"]):
        cell.text = value
    for line in LINES:
        document.add_paragraph(line)
    document.add_heading("附则", level=1)
    document.add_paragraph("本通报自发布之日起施行。")
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "sample.docx"
    path.write_bytes(buffer.getvalue())
    notice = corpus.load_notice(path)
    assert "发布机构" not in notice.text  # the index table fed the metadata and was dropped
    last = notice.passages[-1]
    assert last.text == "本通报自发布之日起施行。" and last.section == ("附则",)
    assert notice.meta.written_date == "2021-07-29"
    assert notice.meta.title == LINES[0]


def _pdf_bytes(pages: list[list[str]]) -> bytes:
    """A PDF drawn with reportlab's built-in CID font (no font file needed)."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for lines in pages:
        pdf.setFont("STSong-Light", 12)
        y = 800
        for line in lines:
            pdf.drawString(50, y, line)
            y -= 20
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_pdf_text_and_wrapped_paragraphs(tmp_path) -> None:
    paragraph = ("收到市委巡察组反馈意见后，局党委立即组织召开专题会议，认真学习反馈意见，研究制定整改方案，"
                 "明确责任领导、责任科室和整改时限，层层压实整改责任，确保整改工作稳步有序推进。")
    page1 = [LINES[0], LINES[1], *_wrap("（一）提高政治站位。" + paragraph, 30), LINES[3], LINES[4]]
    page2 = [*_wrap(LINES[5], 30), LINES[6], LINES[7], LINES[8], "- 2 -"]
    path = tmp_path / "sample.pdf"
    path.write_bytes(_pdf_bytes([page1, page2]))
    notice = corpus.load_notice(path)
    assert notice.meta.title == LINES[0]
    assert notice.meta.agency == "测试市应急管理局"
    assert notice.meta.written_date == "2021-07-29"
    joined = "（一）提高政治站位。" + paragraph
    assert joined in notice.text.split("\n")  # visual lines re-joined into one paragraph
    assert "- 2 -" not in notice.text  # page number dropped
    status = next(p for p in notice.passages if p.text == "此问题已整改完成。")
    assert status.section[-1] == "1.针对支部设置不合理问题，整改情况如下"


def test_join_wrapped_lines_keeps_short_lines_and_markers_apart() -> None:
    lines = ["一、总体要求", "这是一段很长的正文这是一段很长的正文", "这是续行。", "  缩进的新段落开始了这是",
             "1.第一项"]
    assert join_wrapped_lines(lines) == [
        "一、总体要求", "这是一段很长的正文这是一段很长的正文这是续行。", "缩进的新段落开始了这是", "1.第一项",
    ]


def test_suffix_is_case_insensitive() -> None:
    assert corpus.parse_notice(SAMPLE.encode("utf-8"), "SAMPLE.TXT").meta.title == LINES[0]


def test_utf8_with_a_damaged_byte_is_still_utf8() -> None:
    raw = (SAMPLE * 20).encode("utf-8")
    damaged = raw[:100] + raw[101:]  # one byte of a three-byte character lost
    notice = corpus.parse_notice(damaged, "damaged.txt")
    assert notice.meta.title == LINES[0]
    assert 1 <= notice.text.count("\ufffd") <= 2  # the damage is visible, the rest is intact


def test_html_site_chrome_marked_by_class_is_dropped_and_the_title_found():
    """Written for this test: a county site's page with a menu, a breadcrumb and a share bar
    (by class) around the article."""
    import corpus

    page = ("<html><head><title>关于开展文明祭扫的通知_白石县民政局</title></head><body>"
            "<div class='top-bar'><a>设为首页</a></div>"
            "<div class='main-nav'><ul><li>首页</li><li>机构概况</li><li>政务公开</li>"
            "<li>办事服务</li><li>互动交流</li></ul></div>"
            "<div class='breadcrumb'>当前位置：首页 &gt; 通知公告</div>"
            "<div class='article'><h1>白石县民政局关于开展文明祭扫的通知</h1>"
            "<p>各乡镇人民政府：为做好今年清明祭扫工作，现就有关事项通知如下。</p></div>"
            "<div class='share-box'>分享到：微信 微博</div></body></html>")
    notice = corpus.parse_notice(page.encode("utf-8"), "page.html")
    assert notice.meta.title == "白石县民政局关于开展文明祭扫的通知"
    assert "机构概况" not in notice.text and "分享到" not in notice.text
