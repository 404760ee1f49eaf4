"""Page pieces shared by the chat and compare pages: citations, the full notice, filters."""
from __future__ import annotations

import datetime as dt
from typing import Sequence

import streamlit as st

from assistant.models import Filters
from assistant.service import Assistant
from ui.render import (anchor_id, escape_markdown, full_text_html, heading_tree_markdown,
                       marked_html, passage_html)

# Nearest passages listed under an abstention: enough to see what the index has, few enough
# to read; the assistant's own evidence depth for one answer is 5 (EVIDENCE_PASSAGES).
UNCONFIRMED_SHOWN = 3

# While passage vectors are still being built, the app re-reads their progress this often
# (seconds): a batch of 32 passages takes ~1-4 s on 2 cores, so each poll shows movement.
DENSE_POLL_S = 3


def citation_label(c: dict) -> str:
    """The expander title of a citation (Markdown-escaped): marker, agency, title."""
    return escape_markdown(f"[{c['n']}] {c.get('agency') or '未注明单位'} · 《{c['title']}》")


def metadata_lines(c: dict) -> str:
    """Title, agency, date, document number and section path as escaped Markdown lines."""
    section = " > ".join(c.get("section") or ()) or "正文"
    rows = [("标题", c.get("title")), ("发布单位", c.get("agency") or "未注明"),
            ("日期", c.get("date") or "未注明"), ("文号", c.get("doc_number") or "无"),
            ("章节", section), ("段落", c.get("passage_id"))]
    return "  \n".join(f"**{name}:** {escape_markdown(str(value))}" for name, value in rows)


def show_citation(bot: Assistant, c: dict, key: str) -> None:
    """One citation: metadata, the passage with the cited sentence highlighted, 查看全文."""
    with st.expander(citation_label(c)):
        st.markdown(metadata_lines(c))
        notice = bot.document(c["doc_id"])
        if notice is None:
            st.warning("该文档已不在索引中 (可能已被维护人员删除)。")
            return
        passage = notice.text[c["passage_start"]:c["passage_end"]]
        st.markdown(passage_html(passage, c["start"] - c["passage_start"],
                                 c["end"] - c["passage_start"]), unsafe_allow_html=True)
        if st.button("查看全文", key=f"full-{key}"):
            show_full_notice(bot, c["doc_id"], c["passage_start"], c["passage_end"],
                             c["passage_id"])


# A heading in an expander title is cut to this many characters (the full path is inside).
TITLE_HEADING_CHARS = 24


def unconfirmed_label(hit: dict) -> str:
    """The expander title of a nearest passage (Markdown-escaped): 未经确认, agency, title, the
    passage's own heading and its place in the notice, so that the passages under one
    abstention tell apart."""
    section = hit.get("section") or ()
    heading = section[-1] if section else "正文"
    if len(heading) > TITLE_HEADING_CHARS:
        heading = heading[:TITLE_HEADING_CHARS] + "…"
    ordinal = str(hit.get("passage_id") or "").rpartition("#")[2].lstrip("0")
    where = f" · 第{ordinal}段" if ordinal.isdigit() else ""
    return escape_markdown(f"未经确认 · {hit.get('agency') or '未注明单位'} · 《{hit['title']}》"
                           f" · {heading}{where}")


def show_unconfirmed(hits: list[dict]) -> None:
    """The nearest passages behind an abstention, each marked 未经确认 and titled with its
    notice and section."""
    for hit in hits[:UNCONFIRMED_SHOWN]:
        with st.expander(unconfirmed_label(hit)):
            section = " > ".join(hit.get("section") or ()) or "正文"
            st.caption(escape_markdown(f"章节: {section}"))
            st.caption("未经确认: 这段文字与问题相近, 但不足以回答问题。")
            st.markdown(passage_html(hit["text"], 0, 0), unsafe_allow_html=True)


@st.dialog("通报全文", width="large")
def show_full_notice(bot: Assistant, doc_id: str, start: int, end: int,
                     passage_id: str, marks: Sequence[tuple[int, int]] | None = None) -> None:
    """The whole notice: metadata, heading tree, text with the cited passage highlighted
    (or, given `marks`, each of those character ranges, scrolled to the first)."""
    notice = bot.document(doc_id)
    if notice is None:
        st.warning("该文档已不在索引中。")
        return
    meta = notice.meta
    st.markdown(f"#### {escape_markdown(meta.title)}")
    st.caption(escape_markdown(" · ".join(x for x in (meta.agency, meta.date, meta.doc_number)
                                          if x)))
    if notice.headings:
        with st.expander("标题结构", expanded=True):
            st.markdown(heading_tree_markdown([(h.level, h.text) for h in notice.headings]))
    anchor = anchor_id(passage_id)
    st.markdown(f"[跳到引用段落](#{anchor})")
    with st.container(height=480):
        if marks:
            st.markdown(marked_html(notice.text, marks, anchor), unsafe_allow_html=True)
        else:
            st.markdown(full_text_html(notice.text, start, end, anchor), unsafe_allow_html=True)
    _scroll_to(anchor)


def _scroll_to(anchor: str) -> None:
    """Scroll the highlighted passage into view (our script, no notice text in it)."""
    import json

    import streamlit.components.v1 as components

    components.html(
        "<script>setTimeout(function(){var m=window.parent.document.getElementById("
        f"{json.dumps(anchor)});if(m){{m.scrollIntoView({{block:'center'}});}}}},300);</script>",
        height=0)


def filters_sidebar(bot: Assistant) -> Filters:
    """Agency, date range and document type pickers; returns the assistant's Filters."""
    agencies, types = bot.filter_choices()
    with st.sidebar:
        st.subheader("检索范围")
        chosen = st.multiselect("发布单位", agencies, placeholder="全部单位", key="f_agencies")
        dates = st.date_input("发文日期范围", value=(), format="YYYY-MM-DD", key="f_dates",
                              min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31))
        doc_types = st.multiselect("文件类型", types, placeholder="全部类型", key="f_types")
    date_from, date_to = _date_range(dates)
    return Filters(agencies=tuple(chosen), doc_types=tuple(doc_types),
                   date_from=date_from, date_to=date_to)


def _date_range(value) -> tuple[str | None, str | None]:
    picked = list(value) if isinstance(value, (tuple, list)) else [value] if value else []
    start = picked[0].isoformat() if picked else None
    end = picked[1].isoformat() if len(picked) > 1 else None
    return start, end


def dense_status_note(bot: Assistant) -> None:
    """While some passages lack vectors: which search is live and how far the vectors have
    come, refreshed every DENSE_POLL_S; nothing once every passage has its vector."""
    if bot.dense_status()["ready"]:
        return

    @st.fragment(run_every=DENSE_POLL_S)
    def note() -> None:
        status = bot.dense_status()
        if status["ready"]:
            st.success("语义检索已就绪: 关键词与语义检索均已启用。")
            return
        progress = status["progress"]
        text = escape_markdown(status["message"])
        if progress and progress["state"] == "running" and progress["total"]:
            st.progress(min(1.0, progress["done"] / progress["total"]), text=text)
        else:
            st.warning(text)

    with st.sidebar:
        note()
