"""Notice and user text as safe page content: escaped HTML and escaped Markdown.

Everything shown comes from a notice or a user, so it is rendered as text: HTML is escaped
before our own tags (`<mark>`, anchors) wrap it, and Markdown syntax is backslash-escaped
before Streamlit's Markdown renderer sees it. A `<script>` in a notice shows as the
characters `<script>`.

>>> passage_html("甲<b>乙</b>丙", 1, 3)
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


def heading_tree_markdown(headings: Sequence[tuple[int, str]]) -> str:
    """Nested Markdown list of (level, heading text), levels starting at 1."""
    lines = [f"{'  ' * (max(level, 1) - 1)}- {escape_markdown(text)}"
             for level, text in headings]
    return "\n".join(lines)


def anchor_id(passage_id: str) -> str:
    """An HTML id for a passage id such as `004_d68b#0007`."""
    return "passage-" + re.sub(r"[^0-9A-Za-z_-]", "-", passage_id)
