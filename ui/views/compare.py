"""比较各单位: one topic across agencies, every cell cited; coverage grid; CSV and Word."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from assistant.export import comparison_csv, comparison_docx
from assistant.models import Comparison
from assistant.service import QuestionRejected
from ui.render import escape_markdown, table_html
from ui.state import get_assistant
from ui.widgets import show_citation

# Shown as the topic box's placeholder (an example, not a value to delete first).
EXAMPLE_TOPIC = "各单位在党支部建设方面采取了哪些整改措施?"
# Extra grid columns offered on first load: themes every shipped notice reports on.
DEFAULT_GRID_TOPICS = ("党支部建设", "安全生产", "干部队伍")
NO_EVIDENCE = "未找到相关内容"


def main() -> None:
    st.title("比较各单位")
    st.caption("输入一个主题或问题, 选择单位 (默认全部), 查看各单位的措施及出处。")
    bot = get_assistant()
    agencies = bot.health()["agencies"]
    with st.form("compare"):
        topic = st.text_input("主题或问题", placeholder=f"例如: {EXAMPLE_TOPIC}",
                              key="compare_topic_input").strip()
        chosen = st.multiselect("单位", agencies, placeholder="全部单位")
        grid_topics = st.text_area("覆盖网格的其他主题 (每行一个, 可留空)",
                                   value="\n".join(DEFAULT_GRID_TOPICS))
        submitted = st.form_submit_button("开始比较", type="primary")
    if submitted and not topic:
        st.warning("请先输入要比较的主题或问题。")
    elif submitted:
        topics = [topic] + [t.strip() for t in grid_topics.splitlines()
                            if t.strip() and t.strip() != topic]
        try:
            with st.status("正在逐个单位检索…", expanded=False) as status:
                results = {}
                for t in topics:
                    status.update(label=f"正在比较: {t}")
                    results[t] = bot.compare(t, chosen or None)
                status.update(label="比较完成", state="complete")
        except QuestionRejected as exc:
            st.error(str(exc))
            return
        st.session_state.compare_results = results
        st.session_state.compare_topic = topic
    results: dict[str, Comparison] | None = st.session_state.get("compare_results")
    if results:
        _show(bot, results[st.session_state.compare_topic], results)


def _show(bot, comparison: Comparison, results: dict[str, Comparison]) -> None:
    st.subheader("各单位措施")
    table = measures_table(comparison)
    # An HTML table: cells wrap, where a dataframe cut long measures off at one line.
    st.markdown(table_html(list(table.columns), table.to_numpy().tolist(),
                           widths=("16%", "56%", "28%"), css_class="compare-table"),
                unsafe_allow_html=True)
    missing = [r.agency for r in comparison.rows if not r.has_evidence]
    if missing:
        st.info(escape_markdown(f"{NO_EVIDENCE}: " + "、".join(missing)))

    left, right = st.columns(2)
    left.download_button("下载 CSV", comparison_csv(comparison), file_name="各单位比较.csv",
                         mime="text/csv")
    right.download_button(
        "下载 Word", comparison_docx(comparison), file_name="各单位比较.docx",
        mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document")

    st.subheader("覆盖网格")
    st.caption("每格为该单位最相关的一条出处覆盖主题词的比例 (%), 0 表示未找到相关内容; "
               "颜色越深, 证据与主题越贴近。")
    grid = coverage_grid(results)
    st.dataframe(grid.style.background_gradient(cmap="Greens", vmin=0, vmax=100),
                 width="stretch")

    st.subheader("出处")
    for r, row in enumerate(comparison.rows):
        for item in row.items:
            show_citation(bot, item.citation.to_json(), key=f"cmp-{r}-{item.citation.n}")


def measures_table(comparison: Comparison) -> pd.DataFrame:
    """One row per agency: its cited measures (with markers) and their sources."""
    rows = []
    for row in comparison.rows:
        measures = "\n".join(f"{i.text} [{i.citation.n}]" for i in row.items) or NO_EVIDENCE
        sources = "\n".join(f"[{i.citation.n}] 《{i.citation.title}》"
                            f"{i.citation.doc_number or ''}" for i in row.items)
        rows.append({"单位": row.agency, "措施 (原文)": measures, "出处": sources})
    return pd.DataFrame(rows, columns=["单位", "措施 (原文)", "出处"])


def coverage_grid(results: dict[str, Comparison]) -> pd.DataFrame:
    """Agency × topic: how much of the topic the agency's best cited measure covers (%).
    Counting the measures filled almost every cell with the per-agency maximum (3)."""
    best = {topic: {row.agency: round(100 * max((i.coverage for i in row.items), default=0))
                    for row in comparison.rows}
            for topic, comparison in results.items()}
    return pd.DataFrame(best).fillna(0).astype(int).rename_axis("单位")


main()
