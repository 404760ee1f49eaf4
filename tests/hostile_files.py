"""Hostile and odd notice files, generated on the fly (nothing downloaded, no binaries committed).

`write_hostile_set(folder)` writes the set and returns what each file should become:
`GOOD` files must be indexed (their distinctive phrase findable in the stored text),
`BAD` files must be rejected with the given reason fragment.
"""
from __future__ import annotations

import io
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Expect:
    name: str  # file name inside the folder (may contain spaces, Chinese, backslashes)
    good: bool
    fragment: str  # GOOD: a phrase of the stored text; BAD: a fragment of the reason


def notice_text(agency: str, topic: str, fact: str) -> str:
    return (f"{agency}关于{topic}工作的通知\n一、总体要求\n{fact}\n"
            f"二、工作措施\n各单位要认真落实{topic}各项要求,及时报送进展情况。\n"
            f"{agency}\n2023年4月1日\n")


def _pdf(text_lines: list[str], password: str | None = None) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("STSong-Light", 12)
    y = 800
    for line in text_lines:
        page.drawString(60, y, line)
        y -= 20
    page.save()
    raw = buffer.getvalue()
    if password is None:
        return raw
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(raw)))
    writer.encrypt(user_password=password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _zip_bomb_docx(real_docx: bytes) -> bytes:
    """A real .docx whose word/document.xml inflates to 512 MB (about 0.5 MB on disk)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(real_docx)) as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                archive.writestr(item, source.read(item))
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1 << 20)
            for _ in range(512):
                member.write(chunk)
    return buffer.getvalue()


def write_hostile_set(folder: Path) -> list[Expect]:
    folder.mkdir(parents=True, exist_ok=True)
    junk = random.Random(10).randbytes(6000)
    expected: list[Expect] = []

    def put(name: str, raw: bytes, good: bool, fragment: str) -> None:
        (folder / name).write_bytes(raw)
        expected.append(Expect(name, good, fragment))

    # --- rejected ---------------------------------------------------------------------
    put("empty.txt", b"", False, "文件为空")
    for suffix in (".txt", ".md", ".html", ".htm", ".docx", ".pdf"):
        put(f"junk{suffix}", junk, False, "无法")
    pdf = _pdf(["戊市应急管理局关于值班值守工作的通知", "一、严格值班制度", "值班人员24小时在岗。"])
    put("truncated.pdf", pdf[: len(pdf) // 3], False, "PDF")
    put("password.pdf", _pdf(["己市应急管理局关于保密工作的通知", "一、保密要求"],
                             password="secret"), False, "加密")
    docx_raw = _docx(["庚市应急管理局关于培训工作的通知", "一、培训安排", "全年培训三期。"])
    put("truncated.docx", docx_raw[: len(docx_raw) // 2], False, "Word")
    put("zipbomb.docx", _zip_bomb_docx(docx_raw), False, "解压")
    big_fact = "全面排查安全隐患,逐项建立整改台账,限期完成整改销号。" * 12
    big = notice_text("巨市应急管理局", "隐患排查", big_fact)
    put("huge notice.txt", (big * (10_000_000 // len(big.encode("utf-8")) + 1)).encode("utf-8"),
        False, "过长")

    # --- indexed ----------------------------------------------------------------------
    encodings = [("gbk", "GBK编码", "gbk"), ("gb18030", "GB18030编码", "gb18030"),
                 ("big5", "BIG5編碼", "big5"), ("utf16le", "UTF16小端", "utf-16-le"),
                 ("utf16be", "UTF16大端", "utf-16-be")]
    for stem, agency_hint, codec in encodings:
        fact = f"{agency_hint}的通报共检查企业{len(stem) * 7}家。"
        text = notice_text("辛市应急管理局", stem, fact)
        if codec == "big5":  # Big5 holds traditional characters only
            fact = "繁體編碼的通報共檢查企業三十五家。"
            text = (f"臺北市消防局關於防災工作的通知\n一、總體要求\n{fact}\n"
                    "二、工作措施\n各單位要認真落實各項要求。\n臺北市消防局\n2023年4月1日\n")
        put(f"{stem}.txt", text.encode(codec), True, fact)
    fact = "带字节顺序标记的文件共整改问题18个。"
    put("bom.txt", b"\xef\xbb\xbf" + notice_text("壬市应急管理局", "BOM", fact).encode(), True, fact)
    fact = "混合换行的文件新建应急避难场所3处。"
    mixed = notice_text("癸市应急管理局", "换行", fact).split("\n")
    put("mixed endings.txt", "\r\n".join(mixed[:3]).encode() + b"\r" + "\n".join(mixed[3:]).encode(),
        True, fact)
    fact = "本通知不设标题层级,直接要求各乡镇于五月底前完成防汛物资储备检查。"
    put("无标题.txt", f"子县应急管理局通知\n{fact}\n请遵照执行。\n".encode(), True, fact)
    table = ("<html><body><table><tr><th>单位</th><th>整改事项</th><th>完成情况</th></tr>"
             "<tr><td>丑县应急管理局</td><td>消防通道堵塞</td><td>已清理完毕</td></tr>"
             "<tr><td>寅县应急管理局</td><td>应急预案过期</td><td>已修订发布</td></tr>"
             "</table></body></html>")
    put("table only.html", table.encode(), True, "应急预案过期")
    fact = "卯市应急管理局组织开展地震应急疏散演练,参与群众两千余人。"
    page = ("<html><head><script>alert('head')</script></head><body>"
            "<nav><a href='/'>首页</a><a href='/news'>新闻中心</a></nav>"
            "<script>document.write('注入的脚本文字')</script>"
            "<iframe src='https://example.invalid/ad'>广告框架文字</iframe>"
            f"<div class='content'><h1>卯市应急管理局关于地震演练的通报</h1><p>{fact}</p></div>"
            "<noscript>请启用脚本</noscript><footer>版权所有 网站地图</footer></body></html>")
    put("scripts.html", page.encode(), True, fact)
    fact = "带反斜杠文件名的通知已完成汛前检查。"
    put("evil\\..\\name.txt", notice_text("辰市应急管理局", "反斜杠", fact).encode(), True, fact)
    fact = "文件名含空格的通知开展专项检查15次。"
    put("with space 名称.md", notice_text("巳市应急管理局", "空格", fact).encode(), True, fact)
    pdf_fact = "值班人员24小时在岗。"
    put("值班 notice.pdf", _pdf(["午市应急管理局关于值班值守工作的通知", "一、严格值班制度", pdf_fact]),
        True, pdf_fact)
    docx_fact = "全年培训三期。"
    put("培训.docx", docx_raw, True, docx_fact)
    return expected
