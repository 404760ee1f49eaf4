"""整改台账: every problem or measure of the indexed notices with its status, deadline, lead
office and leader; each field clickable to the words of the notice it was read from.

Presentation only: the items, the per-notice self-check and the export files come from the
assistant (Assistant.ledger, Assistant.ledger_summary, assistant.ledger_export).
"""
from __future__ import annotations

import hashlib
from collections import Counter
from typing import Sequence

import altair as alt
import pandas as pd
import streamlit as st

from assistant.ledger_export import items_to_docx, items_to_xlsx
from corpus.ledger import STATUSES, LedgerItem
from index.storage.ledger_store import LedgerQuery, LedgerQueryError
from ui.ledger_layout import COLUMN_WIDTHS, COLUMNS, ROW_HEIGHT
from ui.render import escape_markdown, marked_html, table_html
from ui.state import get_assistant
from ui.widgets import show_full_notice

# Fixed colours, in STATUSES order: done green, partial amber, long-term blue, in progress
# orange, nothing stated grey. The chart, its legend and the table use the same order.
STATUS_COLOURS = {"完成": "#2e7d32", "阶段性成效": "#f2b01e", "长期坚持": "#1f77b4",
                  "推进中": "#ef6c00", "未说明": "#a0a0a0"}
# A cell shows this many characters of a long problem or measure, about five lines of its
# column, and says how long the whole is; a click shows the whole in the notice.
CELL_CHARS = 44
TABLE_KEY = "ledger_table"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# What a field's click highlights when the notice states nothing for it.
MISSING = {"整改措施": "通报未列出这一条的整改措施。", "状态": "通报未写明这一条的整改状态 (记为未说明)。",
           "状态原文": "通报未写明这一条的整改状态 (记为未说明)。",
           "完成时限": "通报未写明这一条的完成时限。", "牵头单位": "通报未写明这一条的牵头或责任单位。",
           "责任领导": "通报未写明这一条的责任领导或责任人。"}


def main() -> None:
    st.title("整改台账")
    st.caption("各通报列出的问题与整改措施, 逐条给出状态、完成时限、牵头单位与责任领导; "
               "点击表格中的任一单元格, 查看它在通报原文中的出处 (高亮显示)。")
    bot = get_assistant()
    summary = bot.ledger_summary()
    everything = bot.ledger()
    titles = {row["doc_id"]: row["title"] for row in summary}
    try:
        query = ledger_filters(summary, everything)
    except LedgerQueryError as exc:
        st.error(str(exc))
        return
    items = bot.ledger(query)

    _counts(items, len(everything))
    st.subheader("条目")
    if items:
        item, field = _table(items, titles, _query_key(query))
        if item is None:
            st.caption("点击表格中的单元格 (问题、整改措施、状态、完成时限、牵头单位、责任领导或出处), "
                       "在此查看通报原文中的对应文字。")
        else:
            show_source(bot, item, field, titles)
    else:
        st.info("没有符合筛选条件的条目。")

    shown = _admitted(summary, query)  # the notices of the chosen agencies
    left, right = st.columns(2)
    left.download_button("下载 Excel", lambda: items_to_xlsx(items, shown),
                         file_name="整改台账.xlsx", mime=XLSX_MIME, disabled=not items,
                         key="ledger_xlsx")
    right.download_button("下载 Word", lambda: items_to_docx(items, shown),
                          file_name="整改台账.docx", mime=DOCX_MIME, disabled=not items,
                          key="ledger_docx")

    st.subheader("各单位整改状态")
    if items:
        chart = status_chart(items)
        st.altair_chart(chart, width="stretch", height=chart.height + 90)  # + axis, legend
    st.subheader("与通报自述总数核对")
    st.caption("台账按状态统计的条目数, 与通报自己写明的总数 (如 \"细化为26项具体任务\"、"
               "\"已整改完成9个\") 对照; 不一致时列出差别, 提示可能的提取错误。")
    st.markdown(table_html(CHECK_COLUMNS, [check_row(row) for row in shown],
                           widths=CHECK_WIDTHS, css_class="ledger-check"),
                unsafe_allow_html=True)


def ledger_filters(summary: list[dict], everything: Sequence[LedgerItem]) -> LedgerQuery:
    """The filter widgets; returns the query they describe (LedgerQueryError if invalid)."""
    agencies = sorted({row["agency"] for row in summary if row["agency"]})
    leads = sorted({office.text for item in everything for office in item.lead})
    first = st.columns(3)
    chosen = first[0].multiselect("单位", agencies, placeholder="全部单位", key="lg_agencies")
    statuses = first[1].multiselect("状态", list(STATUSES), placeholder="全部状态",
                                    key="lg_statuses")
    lead = first[2].selectbox("牵头单位 (可输入部分名称)", leads, index=None,
                              placeholder="全部牵头单位", accept_new_options=True, key="lg_lead")
    second = st.columns(3)
    due = second[0].date_input("完成时限不晚于", value=None, format="YYYY-MM-DD", key="lg_due",
                               help="只列出写明完成时限且不晚于该日的条目。")
    section = second[1].text_input("章节包含", placeholder="例如: 反馈意见", key="lg_section")
    text = second[2].text_input("问题或措施包含", placeholder="例如: 党支部", key="lg_text")
    return LedgerQuery(agencies=tuple(chosen), statuses=tuple(statuses),
                       lead=(lead or "").strip() or None,
                       due_before=due.isoformat() if due else None,
                       section=section.strip() or None, text=text.strip() or None)


def _counts(items: Sequence[LedgerItem], total: int) -> None:
    by_status = Counter(item.status for item in items)
    cells = st.columns(len(STATUSES) + 1)
    cells[0].metric("条目", f"{len(items)} / {total}" if len(items) != total else str(total))
    for cell, status in zip(cells[1:], STATUSES):
        cell.metric(status, str(by_status.get(status, 0)))


def items_frame(items: Sequence[LedgerItem], titles: dict[str, str]) -> pd.DataFrame:
    """One row per item, COLUMNS; long problems and measures shortened (the click shows all);
    出处 names the agency and the item's place among its notice's items."""
    rows = []
    for item in items:
        rows.append({
            "问题": _short(item.problem.text),
            "整改措施": _short("\n".join(m.text for m in item.measures)) or "—",
            "状态": item.status,
            "状态原文": item.status_quote.text if item.status_quote else "—",
            "完成时限": item.deadline.text if item.deadline else "—",
            "牵头单位": "、".join(s.text for s in item.lead) or "—",
            "责任领导": "、".join(s.text for s in item.leaders) or "—",
            "出处": f"{item.agency or '未注明单位'} 第{item.ordinal}条",
        })
    return pd.DataFrame(rows, columns=list(COLUMNS))


def _short(text: str) -> str:
    return text if len(text) <= CELL_CHARS else f"{text[:CELL_CHARS]}… (共{len(text)}字)"


def _table(items: Sequence[LedgerItem], titles: dict[str, str],
           query_key: str) -> tuple[LedgerItem | None, str]:
    """The items table; returns the item and column of the clicked cell (None, "" if none).
    The widget's key follows the filters, so a click on an earlier table never points into
    this one."""
    config = {name: st.column_config.TextColumn(name, width=width)
              for name, width in zip(COLUMNS, COLUMN_WIDTHS)}
    event = st.dataframe(items_frame(items, titles), hide_index=True, width="stretch",
                         height=min(560, 40 + ROW_HEIGHT * len(items)), row_height=ROW_HEIGHT,
                         column_config=config, on_select="rerun", selection_mode="single-cell",
                         key=f"{TABLE_KEY}-{query_key}")
    cells = list((event or {}).get("selection", {}).get("cells") or ())
    if not cells:
        return None, ""
    row, column = cells[0][0], cells[0][1]
    if not 0 <= row < len(items):
        return None, ""
    return items[row], column if column in COLUMNS else "出处"


def _query_key(query: LedgerQuery) -> str:
    return hashlib.sha1(repr(query).encode("utf-8")).hexdigest()[:10]


def field_spans(item: LedgerItem, field: str) -> list:
    """The spans (corpus.ledger.Span) a click on `field` highlights: the field's own words;
    every cited field of the item for 出处."""
    quote = [item.status_quote] if item.status_quote else []
    spans = {"问题": [item.problem], "整改措施": list(item.measures), "状态": quote,
             "状态原文": quote, "完成时限": [item.deadline] if item.deadline else [],
             "牵头单位": list(item.lead), "责任领导": list(item.leaders)}
    if field in spans:
        return spans[field]
    return [item.problem, *item.measures, *quote,
            *([item.deadline] if item.deadline else []), *item.lead, *item.leaders,
            *item.helpers]


def show_source(bot, item: LedgerItem, field: str, titles: dict[str, str]) -> None:
    """The clicked field in its notice: metadata, the passages holding it with its words
    highlighted, and 查看全文 (the whole notice scrolled to them)."""
    notice = bot.document(item.doc_id)
    with st.container(border=True, key="ledger_source"):
        st.markdown(f"**出处 · {escape_markdown(field)}**")
        section = " > ".join(s.text for s in item.section) or "正文"
        lines = [("通报", f"《{titles.get(item.doc_id, item.doc_id)}》"),
                 ("单位", item.agency or "未注明"), ("章节", section),
                 ("条目", f"第{item.ordinal}条"), ("问题", _short(item.problem.text)),
                 ("状态", item.status)]
        if item.helpers:  # not a column of the table (its widths fit a 1280 px page)
            lines.append(("配合单位", "、".join(s.text for s in item.helpers)))
        st.markdown("  \n".join(f"**{name}:** {escape_markdown(value)}" for name, value in lines))
        if notice is None:
            st.warning("该文档已不在索引中 (可能已被维护人员删除)。")
            return
        spans = field_spans(item, field)
        if not spans:
            st.info(MISSING.get(field, "通报未写明这一项。") + " 以下为该条目的问题原文。")
            spans = [item.problem]
        start, end = _excerpt(notice, min(s.start for s in spans), max(s.end for s in spans))
        marks = [(s.start - start, s.end - start) for s in spans]
        with st.container(height=360 if end - start > 600 else "content"):
            st.markdown(marked_html(notice.text[start:end], marks), unsafe_allow_html=True)
        if st.button("查看全文", key=f"ledger-full-{item.doc_id}-{item.ordinal}-{field}"):
            passage_id = item.passage_id or f"{item.doc_id}-L{item.ordinal}"
            show_full_notice(bot, item.doc_id, spans[0].start, spans[0].end, passage_id,
                             marks=[(s.start, s.end) for s in spans])


def _excerpt(notice, start: int, end: int) -> tuple[int, int]:
    """The passages of `notice` covering [start, end): whole paragraphs around a field."""
    covering = [p for p in notice.passages if p.start < end and p.end > start]
    if not covering:
        return max(0, start - 80), min(len(notice.text), end + 80)
    return min(start, covering[0].start), max(end, covering[-1].end)


def status_chart(items: Sequence[LedgerItem]) -> alt.Chart:
    """Per agency, a bar of its items stacked by status (fixed order and colours)."""
    counts = Counter((item.agency or "未注明单位", item.status) for item in items)
    data = pd.DataFrame([{"单位": agency, "状态": status, "条目数": n,
                          "顺序": STATUSES.index(status)}
                         for (agency, status), n in sorted(counts.items())])
    colour = alt.Color("状态:N", scale=alt.Scale(domain=list(STATUSES),
                                                 range=[STATUS_COLOURS[s] for s in STATUSES]),
                       sort=list(STATUSES), legend=alt.Legend(title="状态", orient="bottom"))
    return (alt.Chart(data)
            .mark_bar()
            .encode(y=alt.Y("单位:N", title=None, sort="-x"),
                    x=alt.X("sum(条目数):Q", title="条目数", stack="zero",
                            axis=alt.Axis(format="d", tickMinStep=1)),
                    color=colour, order=alt.Order("顺序:Q", sort="ascending"),
                    tooltip=["单位:N", "状态:N", "条目数:Q"])
            .properties(height=max(120, 44 * data["单位"].nunique())))


CHECK_COLUMNS = ("单位", "通报", "条目数", *STATUSES, "通报自述", "核对")
CHECK_WIDTHS = ("10%", "22%", "7%", "6%", "7%", "7%", "6%", "6%", "14%", "15%")


def check_row(row: dict) -> list[str]:
    """One notice's self-check: its counts by status, what it states, 一致 / 不一致."""
    stated = "; ".join(f"{'条目总数' if name == '总数' else name} {count}"
                       for name, count in row["stated"].items()) or "未写明"
    if row["agrees"] is None:
        verdict = "无法核对 (通报未写明总数)"
    elif row["agrees"]:
        verdict = "一致"
    else:
        verdict = "不一致: " + "; ".join(row["differences"])
    return [row["agency"] or "未注明单位", f"《{row['title']}》", str(row["total"]),
            *(str(row["counts"].get(s, 0)) for s in STATUSES), stated, verdict]


def _admitted(summary: list[dict], query: LedgerQuery) -> list[dict]:
    """The summary rows of the notices the query's agencies admit."""
    return [row for row in summary if query.admits_doc(row["doc_id"], row["agency"])]


main()
