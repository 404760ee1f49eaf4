"""Notice and user text as safe page content: escaped HTML and escaped Markdown.

Everything shown comes from a notice or a user, so it is rendered as text: HTML is escaped
before our own tags (`<mark>`, anchors) wrap it, and Markdown syntax is backslash-escaped
before Streamlit's Markdown renderer sees it. A `<script>` in a notice shows as the
characters `<script>`.

>>> passage_html("甲<b>乙</b>丙", 1, 4)
'<div class="notice-passage">甲<mark>&lt;b&gt;</mark>乙&lt;/b&gt;丙</div>'
"""
from __future__ import annotations

import html
import re
from typing import Sequence

# Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping them
# all also disarms Streamlit's own syntax (:emoji:, :red[...], $latex$).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:=&\"'^])")

PASSAGE_STYLE = "white-space: pre-wrap; line-height: 1.7;"


def escape_markdown(text: str) -> str:
    """Text that Streamlit's Markdown shows verbatim, line breaks kept."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    # A single newline is a space in Markdown; two trailing spaces make it a line break.
    return escaped.replace("\n", "  \n")


def passage_html(passage: str, start: int, end: int) -> str:
    """The passage with characters [start, end) (the cited sentence) highlighted."""
    start, end = max(0, start), min(len(passage), end)
    return ('<div class="notice-passage">' + html.escape(passage[:start])
            + "<mark>" + html.escape(passage[start:end]) + "</mark>"
            + html.escape(passage[end:]) + "</div>")


def full_text_html(text: str, mark_start: int, mark_end: int, anchor: str) -> str:
    """A whole notice, the cited passage highlighted and carrying the id `anchor`."""
    mark_start, mark_end = max(0, mark_start), min(len(text), mark_end)
    return (f'<div style="{PASSAGE_STYLE}">' + html.escape(text[:mark_start])
            + f'<mark id="{html.escape(anchor)}">' + html.escape(text[mark_start:mark_end])
            + "</mark>" + html.escape(text[mark_end:]) + "</div>")


def table_html(columns: Sequence[str], rows: Sequence[Sequence[str]],
               widths: Sequence[str] | None = None, css_class: str = "notice-table") -> str:
    """An HTML table whose cells wrap (never cut off): every cell escaped, line breaks kept.

    One line of HTML without blank lines, so that Markdown passes it on as one HTML block."""
    cell = "padding:6px 8px;vertical-align:top;border:1px solid rgba(128,128,128,0.35);"
    wrap = "white-space:normal;overflow-wrap:anywhere;word-break:break-word;"
    head = "".join(
        f'<th style="{cell}text-align:left;'
        + (f"width:{html.escape(widths[i])};" if widths and i < len(widths) else "")
        + f'">{html.escape(c)}</th>' for i, c in enumerate(columns))
    body = "".join(
        "<tr>" + "".join(f'<td style="{cell}{wrap}">{_cell_html(v)}</td>' for v in row) + "</tr>"
        for row in rows)
    return (f'<table class="{html.escape(css_class)}" style="width:100%;border-collapse:collapse;'
            f'table-layout:fixed;"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


def _cell_html(value) -> str:
    return "<br>".join(html.escape(line) for line in str(value).splitlines())


def marked_html(text: str, ranges: Sequence[tuple[int, int]], anchor: str | None = None,
                css_class: str = "notice-passage") -> str:
    """`text` with each [start, end) of `ranges` highlighted (overlaps merged, clipped to the
    text); the first highlight carries the id `anchor` when given."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, a), min(len(text), b)) for a, b in ranges):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [f'<div class="{html.escape(css_class)}" style="{PASSAGE_STYLE}">'], 0
    for i, (start, end) in enumerate(merged):
        ident = f' id="{html.escape(anchor)}"' if anchor and i == 0 else ""
        out += [html.escape(text[pos:start]), f"<mark{ident}>", html.escape(text[start:end]),
                "</mark>"]
        pos = end
    out += [html.escape(text[pos:]), "</div>"]
    return "".join(out)


def heading_tree_markdown(headings: Sequence[tuple[int, str]]) -> str:
    """Nested Markdown list of (level, heading text), levels starting at 1."""
    lines = [f"{'  ' * (max(level, 1) - 1)}- {escape_markdown(text)}"
             for level, text in headings]
    return "\n".join(lines)


def anchor_id(passage_id: str) -> str:
    """An HTML id for a passage id such as `004_d68b#0007`."""
    return "passage-" + re.sub(r"[^0-9A-Za-z_-]", "-", passage_id)
