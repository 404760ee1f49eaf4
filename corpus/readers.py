"""File formats to plain text with one paragraph per line (before chrome stripping).

>>> read_text("一、总则\\n正文。".encode("utf-8"), ".txt", "a.txt")
'一、总则\\n正文。'
"""
from __future__ import annotations

import io
import logging
import re
import warnings
from typing import Callable

from corpus.encoding import decode_bytes
from corpus.models import NoticeError
from corpus.numbering import match_marker

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")

# HTML elements that are never body text: code, styling, navigation and form chrome.
_HTML_DROP = ["script", "style", "noscript", "template", "nav", "iframe", "svg", "canvas",
              "button", "select", "input", "textarea", "footer", "aside", "head"]
# Site chrome marked by its class or id ("nav", "main-nav", "breadcrumb", "share-box"): a
# government page's menu, breadcrumb and toolbars around the article (held-out probe, tenth
# part: seven menu lines stood before the title, which was then never found).
# ("related": a 相关阅读 box of other articles' titles, held-out probe, twenty-fourth part,
# whose last answer quoted two of them)
_HTML_CHROME_NAMES = frozenset({"nav", "navbar", "menu", "breadcrumb", "crumb", "crumbs", "topbar",
                                "toolbar", "share", "footer", "sidebar", "search", "related"})
# HTML elements that start a new line of text.
_HTML_BLOCKS = ["p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4",
                "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody",
                "thead", "blockquote", "pre", "center", "form", "fieldset", "address",
                "figure", "figcaption", "caption", "hr", "body", "title"]
# Markers that survive `get_text()` and become structure afterwards. Private-use code points
# never occur in published notices (the decoder rejects texts that contain them).
_LINE_BREAK = "\ue000"
_CELL_BREAK = "\ue001"

# A PDF text line counts as "full" (its paragraph continues on the next line) when its width
# reaches this share of the page's typical full line. Justified Chinese text fills every line
# of a paragraph but the last; 0.85 tolerates lines that end early at a punctuation mark.
PDF_FULL_LINE_RATIO = 0.85
# A full line still ends its paragraph when it ends in a colon (a salutation "各县（区）应急管理
# 局…：" or a list's lead; the body or the list starts on a line of its own) or when the next
# line is a document number alone ("滍应急〔2026〕9号" under a long title): held-out probe,
# thirtieth part Y13, a title read with its number joined on and the salutation with the body.
_PARAGRAPH_COLON = ("：", ":")
_DOC_NUMBER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,12}\s*[〔\[【(（]\s*\d{4}\s*[〕\]】)）]\s*第?\s*\d{1,5}\s*号$")
# The typical full line is this percentile of line widths on a page: robust against a few
# unusually long lines (tables, headers) without being pulled down by short headings.
PDF_WIDTH_PERCENTILE = 0.9
# Page furniture that pypdf extracts as text lines: page numbers in their common forms.
_PDF_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)$"
)


# PDFs with more pages than this are read as text only (pypdf): looking for ruled tables
# with pdfplumber costs ~0.1 s a page, and notices with tables are a few pages long.
MAX_PDF_TABLE_PAGES = 200


# A .docx is a ZIP archive; its parts are inflated in memory. Real notices inflate to a few
# MB at most (the shipped .docx test files: under 100 KB; a 200-page Word report with
# embedded images: ~60 MB), so an archive declaring more than this is refused before
# anything is inflated: a ZIP bomb declares gigabytes in a few hundred KB.
MAX_DOCX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024


def read_text(raw: bytes, suffix: str, source: str) -> str:
    """Text of a file's bytes by its suffix; raises NoticeError for unreadable content."""
    reader = _READERS.get(suffix.lower())
    if reader is None:
        supported = "、".join(SUPPORTED_SUFFIXES)
        raise NoticeError(f"不支持的文件类型: {source}（支持 {supported}）")
    return reader(raw, source)


def _read_plain(raw: bytes, source: str) -> str:
    return decode_bytes(raw, source)


def _read_html(raw: bytes, source: str) -> str:
    from bs4 import (BeautifulSoup, Comment, Declaration, Doctype, NavigableString,
                     ProcessingInstruction)

    markup = decode_bytes(raw, source)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # bs4 warns about markup that looks like a path
            soup = BeautifulSoup(markup, "html.parser")
    except Exception as exc:  # html.parser is lenient; anything raised here is malformed input
        raise NoticeError(f"无法解析 HTML 文件: {source}（{type(exc).__name__}）") from exc
    for tag in soup.find_all(_HTML_DROP):
        tag.decompose()
    for tag in soup.find_all(_is_chrome_element):
        tag.decompose()
    for tag in soup.find_all(_is_link_list):
        tag.decompose()
    markup_only = (Comment, Declaration, Doctype, ProcessingInstruction)
    for node in soup.find_all(string=lambda s: isinstance(s, markup_only)):
        node.extract()
    # Whitespace inside text nodes is source formatting, not structure.
    for node in soup.find_all(string=True):
        if isinstance(node, NavigableString):
            node.replace_with(re.sub(r"[ \t\r\n\f]+", " ", str(node)))
    for br in soup.find_all("br"):
        br.replace_with(_LINE_BREAK)
    for table in soup.find_all("table"):
        _pad_spanned_cells(soup, table)
    for cell in soup.find_all(["td", "th"]):
        cell.append(_CELL_BREAK)
    for block in soup.find_all(_HTML_BLOCKS):
        block.insert_before(_LINE_BREAK)
        block.append(_LINE_BREAK)
    text = soup.get_text()
    text = text.replace(_CELL_BREAK, " | ").replace(_LINE_BREAK, "\n")
    return text


def _pad_spanned_cells(soup, table) -> None:
    """Give every row of a table its columns: an empty cell where a cell above spans down
    (rowspan) and after one spanning across (colspan), as a merged PDF or docx cell reads.

    A problem with several measures on rows of their own writes its problem and its person once
    (held-out probe, fifteenth part): without the blanks, the measure rows' cells fell into the
    problem's column; a category row across the table stays a table row, not a heading.
    """
    below: dict[int, int] = {}  # column -> rows still covered by a cell above
    for row in table.find_all("tr"):
        if row.find_parent("table") is not table:
            continue  # a nested table's rows
        cells = row.find_all(["td", "th"], recursive=False)
        column = 0
        for cell in cells:
            while below.get(column, 0) > 0:
                cell.insert_before(soup.new_tag("td"))
                below[column] -= 1
                column += 1
            across = _span_attr(cell, "colspan")
            down = _span_attr(cell, "rowspan")
            for _ in range(across - 1):
                cell.insert_after(soup.new_tag("td"))
            for c in range(column, column + across):
                below[c] = down - 1
            column += across
        # a row that ends before columns still covered from above: blanks up to the last one
        last = max((c for c, rows in below.items() if rows > 0), default=-1)
        while column <= last:
            row.append(soup.new_tag("td"))
            if below.get(column, 0) > 0:
                below[column] -= 1
            column += 1


def _span_attr(cell, name: str) -> int:
    try:
        return max(1, min(int(str(cell.get(name, "1")).strip() or 1), 100))
    except ValueError:
        return 1


def _is_link_list(tag) -> bool:
    """A list whose every item (two or more) is a link and nothing else: other pages' titles
    (相关阅读, a menu), not the notice's text."""
    if tag.name not in ("ul", "ol"):
        return False
    items = tag.find_all("li", recursive=False)
    return len(items) >= 2 and all(
        (link := item.find("a")) is not None
        and link.get_text(strip=True) == item.get_text(strip=True) != "" for item in items)


def _is_chrome_element(tag) -> bool:
    """Is this element site chrome by its class or id (a name or a hyphenated part of one)?"""
    names = [*(tag.get("class") or ()), tag.get("id") or ""]
    return any(part in _HTML_CHROME_NAMES for name in names
               for part in re.split(r"[-_\s]", name.lower()) if part)


def _read_docx(raw: bytes, source: str) -> str:
    try:
        import docx
        from docx.table import Table

        _check_declared_size(raw, source)
        document = docx.Document(io.BytesIO(raw))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_docx_table_rows(block))
            else:
                lines.append(_docx_heading_prefix(block) + block.text)
    except NoticeError:
        raise
    except Exception as exc:  # python-docx raises zipfile, lxml and KeyError alike
        raise NoticeError(f"无法读取 Word 文件: {source}（文件损坏或不是 .docx 格式）") from exc
    return "\n".join(lines)


def _check_declared_size(raw: bytes, source: str) -> None:
    """Refuse a ZIP bomb from its central directory, before inflating any member."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        declared = sum(item.file_size for item in archive.infolist())
    if declared > MAX_DOCX_UNCOMPRESSED_BYTES:
        raise NoticeError(
            f"拒绝读取 Word 文件: {source}（解压后 {declared // (1024 * 1024)} MB, "
            f"超过上限 {MAX_DOCX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB, 疑似压缩炸弹）"
        )


def _docx_table_rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            # A horizontally merged cell is returned once per grid column it spans, as the
            # same element: it is kept once. Two cells that merely hold the same text (a
            # 完成时限 "长期坚持" beside a 整改进展 "长期坚持") are two cells.
            if previous is not None and cell._tc is previous:
                continue
            previous = cell._tc
            # a cell's paragraphs ("第五条" over the article's text) stay on the row's line: a
            # line break would end the row (held-out probe, twenty-fifth part: a before/after
            # table of articles was read as half rows)
            cells.append(re.sub(r"\s*\n\s*", " ", cell.text.strip()))
        rows.append(" | ".join(cells) + " |")
    return rows


def _docx_heading_prefix(paragraph) -> str:
    """Markdown '#'s for Word heading styles, so their hierarchy is kept in plain text."""
    try:
        name = (paragraph.style.name or "") if paragraph.style is not None else ""
    except Exception:
        return ""
    if name == "Title":
        return "# "
    m = re.match(r"(?:Heading|标题)\s*(\d)$", name)
    if m and paragraph.text.strip() and match_marker(paragraph.text.strip()) is None:
        return "#" * min(int(m.group(1)) + 1, 6) + " "
    return ""


def _read_pdf(raw: bytes, source: str) -> str:
    pypdf_logger = logging.getLogger("pypdf")
    level = pypdf_logger.level
    pypdf_logger.setLevel(logging.ERROR)  # its warnings about damaged files become our error
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise NoticeError(f"无法读取 PDF 文件: {source}（文件已加密）")
        pages = [page.extract_text() or "" for page in reader.pages]
    except NoticeError:
        raise
    except Exception as exc:  # pypdf raises PdfReadError, ValueError, KeyError, ...
        raise NoticeError(f"无法读取 PDF 文件: {source}（文件损坏或不是 PDF 格式）") from exc
    finally:
        pypdf_logger.setLevel(level)
    table_pages = _pdf_table_pages(raw, len(pages))
    paragraphs: list[str] = []
    for number, page in enumerate(pages):
        if number in table_pages:
            paragraphs.extend(table_pages[number])
        else:
            paragraphs.extend(join_wrapped_lines(page.splitlines()))
    return "\n".join(paragraphs)


def _pdf_table_pages(raw: bytes, page_count: int) -> dict[int, list[str]]:
    """Paragraphs of the PDF's pages that hold ruled tables, by page number (0-based).

    A table's rows become lines "cell | cell | cell |" as the docx and html readers give
    them; the text above, between and below the tables is re-joined into paragraphs as for
    any page. Pages without tables are not in the result (their pypdf text stands), and so
    is every page when pdfplumber cannot parse the file: pypdf has already read it.
    """
    if page_count == 0 or page_count > MAX_PDF_TABLE_PAGES:
        return {}
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - a declared dependency
        return {}
    loggers = [logging.getLogger(name) for name in ("pdfminer", "pdfplumber")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.ERROR)
    result: dict[int, list[str]] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with pdfplumber.open(io.BytesIO(raw)) as pdf:
                for number, page in enumerate(pdf.pages):
                    tables = [t for t in page.find_tables() if _is_data_table(t.extract())]
                    if tables:
                        result[number] = _pdf_page_with_tables(page, tables)
    except Exception:  # pdfminer raises many types on odd files; the pypdf text stands
        return {}
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)
    return result


def _is_data_table(rows: list[list[str | None]]) -> bool:
    """At least two rows and two columns with text: not a ruled box around one paragraph."""
    filled = [row for row in rows if sum(1 for cell in row if cell and cell.strip()) >= 2]
    return len(filled) >= 2


def _pdf_page_with_tables(page, tables) -> list[str]:
    tables = sorted(tables, key=lambda t: t.bbox[1])
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    lines = page.filter(outside).extract_text_lines()
    margin = min((line["x0"] for line in lines), default=0.0)
    texts = []
    for line in lines:
        size = (line["bottom"] - line["top"]) or 1.0
        indent = "  " if line["x0"] - margin > 1.5 * size else ""
        texts.append((line["top"], indent + line["text"]))
    widths = sorted(_display_width(text.strip()) for _, text in texts if text.strip())
    full = widths[min(len(widths) - 1, int(len(widths) * PDF_WIDTH_PERCENTILE))] if widths else 0
    paragraphs: list[str] = []
    index = 0
    for table, (_, top, _, _) in zip(tables, boxes):
        above = []
        while index < len(texts) and texts[index][0] < top:
            above.append(texts[index][1])
            index += 1
        paragraphs.extend(join_wrapped_lines(above, full_width=full))
        paragraphs.extend(_pdf_table_rows(table.extract()))
    paragraphs.extend(join_wrapped_lines([text for _, text in texts[index:]], full_width=full))
    return paragraphs


def _pdf_table_rows(rows: list[list[str | None]]) -> list[str]:
    lines = []
    for row in rows:
        cells = []
        for cell in row:
            if cell is None:  # covered by a merged cell to its left or above
                continue
            value = ""
            for part in cell.splitlines():
                part = part.strip()
                if part:
                    value = _join(value, part) if value else part
            cells.append(value)
        if any(cells):
            lines.append(" | ".join(cells) + " |")
    return lines


def join_wrapped_lines(lines: list[str], full_width: float | None = None) -> list[str]:
    """Re-join a PDF page's visual lines into paragraphs.

    A line that fills the page width continues on the next line, unless the next line is
    indented or starts with a numbering marker (a new paragraph or heading).

    >>> join_wrapped_lines(["一、总则", "这是一行很长的正文内容这是", "续行。", "二、附则"])
    ['一、总则', '这是一行很长的正文内容这是续行。', '二、附则']
    """
    kept = [line for line in lines if line.strip() and not _PDF_PAGE_NUMBER.match(line.strip())]
    if not kept:
        return []
    if full_width:
        full = full_width  # the page's typical full line, when `lines` are only part of it
    else:
        widths = sorted(_display_width(line.strip()) for line in kept)
        full = widths[min(len(widths) - 1, int(len(widths) * PDF_WIDTH_PERCENTILE))]
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(kept):
        text = line.strip()
        current = _join(current, text) if current else text
        next_line = kept[i + 1] if i + 1 < len(kept) else None
        continues = next_line is not None and (
            _display_width(text) >= PDF_FULL_LINE_RATIO * full
            and not next_line[:1].isspace()
            and match_marker(next_line.strip()) is None
            and not text.endswith(_PARAGRAPH_COLON)
            and _DOC_NUMBER_LINE.match(next_line.strip()) is None
            and not (i < TITLE_LINES and _TITLE_END.search(current))
            and not (text.endswith(_SENTENCE_END) and _LABEL_START.match(next_line.strip())
                     and not _open_bracket(current))
            # a label's colon pushed to the next line ("配合单位\n：县公安局") belongs to it
            or next_line.strip().startswith(("：", ":")))
        if not continues:
            paragraphs.append(current)
            current = ""
    return paragraphs


# A document's title ends its line, however wide ("…关于印发《…整改方案》的通知" filled the line
# and the addressees below were joined to it: held-out probe, thirty-ninth part, whose notice then
# had no title nor type).
# A sentence ending a line, then a labelled line ("…74.3亩。" / "整改任务4：…", "责任领导：…"): two
# lines of the source, not one wrapped (held-out probe, thirty-ninth part, whose tasks ran together).
_SENTENCE_END = ("。", "；", ";", "！", "？")
_LABEL_START = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[一二三四五六七八九十\d]{0,3}\s*[：:]")
TITLE_LINES = 8  # a title stands among a page's first lines (the letterhead and number above)
_TITLE_END = re.compile(r"^[^。；;，,：:]*关于[^。；;，,：:]*的(?:通知|通报|报告|意见|决定|批复|函|请示|"
                        r"方案|要点|办法|规定|细则|纪要|答复|公告)$")


def _open_bracket(text: str) -> bool:
    """Does the text leave a bracket open ("（牵头：…；配合：…；" wrapped before "时限：…）")?"""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _display_width(text: str) -> float:
    """Width in full-width character cells: ASCII takes half a cell."""
    return sum(0.5 if ord(ch) < 0x80 else 1.0 for ch in text)


def _join(left: str, right: str) -> str:
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum():
        return f"{left} {right}"  # a wrapped Latin word sequence keeps its space
    return left + right


_READERS: dict[str, Callable[[bytes, str], str]] = {
    ".txt": _read_plain,
    ".md": _read_plain,
    ".html": _read_html,
    ".htm": _read_html,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
}
