"""Variant ledger notices in .docx and .pdf, generated from committed text sources.

The repository stays text-only: a notice `tests/data/ledger/x.docx` is committed as
`x.docx.src`, a plain text file with one paragraph per line and tables as runs of lines
"| cell | cell |". `materialize` writes the real file into a folder (a test's tmp_path, the
evaluation's temporary folder) and returns its path; a path that exists is returned as is.

>>> blocks = parse_source("标题\\n| 序号 | 问题 |\\n| 1 | 甲 |\\n结尾")
>>> [kind for kind, _ in blocks]
['p', 'table', 'p']
>>> blocks[1][1]
[['序号', '问题'], ['1', '甲']]
"""
from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

SOURCE_SUFFIX = ".src"
GENERATED_SUFFIXES = (".docx", ".pdf")


def source_of(path: Path) -> Path:
    return path.with_name(path.name + SOURCE_SUFFIX)


def parse_source(text: str) -> list[tuple[str, object]]:
    """Paragraphs ("p", text) and tables ("table", rows) in order; blank lines are dropped."""
    blocks: list[tuple[str, object]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("|") and line.endswith("|") and len(line) > 1:
            row = [cell.strip() for cell in line[1:-1].split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(row)  # type: ignore[union-attr]
            else:
                blocks.append(("table", [row]))
        else:
            blocks.append(("p", line))
    return blocks


def docx_bytes(blocks: list[tuple[str, object]]) -> bytes:
    import docx

    document = docx.Document()
    for kind, value in blocks:
        if kind == "p":
            document.add_paragraph(str(value))
        else:
            rows: list[list[str]] = value  # type: ignore[assignment]
            width = max(len(row) for row in rows)
            table = document.add_table(rows=len(rows), cols=width)
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c in range(width):
                    table.cell(r, c).text = row[c] if c < len(row) else ""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# A cell's padding (2 x 6 points): a column no wider cannot be drawn (reportlab refuses it), as
# a "序号" column beside five long ones was. Such a column gets MIN_COLUMN_POINTS (the padding
# and two characters of the 9-point cell font); a table whose columns are all wider is drawn
# as before, so the generated PDFs of the other notices are unchanged.
CELL_PADDING_POINTS = 12
MIN_COLUMN_POINTS = 30


def _column_widths(weights: list[int], total: float) -> list[float]:
    """Widths in proportion to `weights` that fill `total`; a column no wider than a cell's
    padding gets MIN_COLUMN_POINTS, the others share the rest."""
    widths = [total * w / sum(weights) for w in weights]
    narrow = [i for i, w in enumerate(widths) if w <= CELL_PADDING_POINTS]
    if not narrow or len(narrow) == len(widths):
        return widths
    rest = total - MIN_COLUMN_POINTS * len(narrow)
    wide = sum(w for i, w in enumerate(weights) if i not in narrow)
    return [MIN_COLUMN_POINTS if i in narrow else rest * w / wide for i, w in enumerate(weights)]


def pdf_bytes(blocks: list[tuple[str, object]]) -> bytes:
    """A PDF drawn with reportlab's built-in CID font STSong-Light (no font file needed);
    tables are ruled (GRID), so pdfplumber finds them from their lines."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=11, leading=17,
                          wordWrap="CJK", spaceAfter=4)
    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=9, leading=12,
                          wordWrap="CJK")
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=56, rightMargin=56,
                                 topMargin=56, bottomMargin=56)
    story = []
    for kind, value in blocks:
        if kind == "p":
            story.append(Paragraph(escape(str(value)), body))
            continue
        rows: list[list[str]] = value  # type: ignore[assignment]
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        weights = [max(2, min(24, max(len(row[c]) for row in rows))) for c in range(width)]
        col_widths = _column_widths(weights, document.width)
        table = Table([[Paragraph(escape(text), cell) for text in row] for row in rows],
                      colWidths=col_widths, repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.extend([Spacer(1, 4), table, Spacer(1, 8)])
    document.build(story)
    return buffer.getvalue()


def render(path: Path) -> bytes:
    """The bytes of a generated notice from its source next to `path`."""
    blocks = parse_source(source_of(path).read_text(encoding="utf-8"))
    if path.suffix.lower() == ".docx":
        return docx_bytes(blocks)
    if path.suffix.lower() == ".pdf":
        return pdf_bytes(blocks)
    raise ValueError(f"no generator for {path.suffix}: {path}")


def materialize(path: Path | str, folder: Path) -> Path:
    """`path` itself when it exists, else the file generated from its source into `folder`."""
    path = Path(path)
    if path.exists():
        return path
    if path.suffix.lower() not in GENERATED_SUFFIXES or not source_of(path).exists():
        raise FileNotFoundError(f"找不到文件, 也没有可生成它的源文件: {path}")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    target.write_bytes(render(path))
    return target
