"""文件管理: the indexed notices, the index status, and maintainer uploads."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from index.status import STATUS_LABELS, summary_line
from corpus import SUPPORTED_SUFFIXES
from ui.render import escape_markdown, heading_tree_markdown
from ui.state import get_assistant, index_root
from ui.upload import TOKEN_ENV, Upload, add_uploads, token_configured, token_valid

MODE_NAMES = {"bm25": "关键词", "dense": "语义", "hybrid": "混合"}
COLUMNS = {"doc_id": "文档编号", "title": "标题", "agency": "发布单位", "date": "发文日期",
           "doc_number": "文号", "doc_type": "类型", "passages": "段落数", "source": "文件"}


def main() -> None:
    st.title("文件管理")
    bot = get_assistant()
    _status(bot)
    _listing(bot)
    _upload(bot)


def _status(bot) -> None:
    health = bot.health()
    st.subheader("索引状态")
    cols = st.columns(3)
    cols[0].metric("文档数", health["documents"])
    cols[1].metric("段落数", health["passages"])
    cols[2].metric("向量维度", health["dimension"])
    st.markdown(escape_markdown(
        f"向量模型: {health['model']}\n索引版本: {health['generation']}\n"
        f"构建时间: {health['built_at']}\n索引目录: {index_root()}\n"
        f"可用检索方式: {'、'.join(MODE_NAMES[m] for m in health['dense']['modes'])}"))
    if health["dense"]["message"]:
        st.warning(escape_markdown(health["dense"]["message"]))


def documents_table(documents: list[dict], query: str, agencies: list[str],
                    types: list[str]) -> pd.DataFrame:
    """The notices matching a free-text query (title, id, number, file) and the pickers."""
    rows = []
    for d in documents:
        haystack = " ".join(str(d.get(k) or "") for k in ("title", "doc_id", "doc_number",
                                                           "source", "agency"))
        if query and query.lower() not in haystack.lower():
            continue
        if agencies and d.get("agency") not in agencies:
            continue
        if types and d.get("doc_type") not in types:
            continue
        rows.append({label: d.get(key) for key, label in COLUMNS.items()})
    return pd.DataFrame(rows, columns=list(COLUMNS.values()))


def _listing(bot) -> None:
    st.subheader("已收录的通报")
    documents = bot.documents()
    left, middle, right = st.columns([2, 2, 1])
    query = left.text_input("搜索 (标题、文号、文件名)", key="doc_query")
    agencies = middle.multiselect("发布单位", sorted({d["agency"] for d in documents
                                                     if d.get("agency")}), key="doc_agencies")
    types = right.multiselect("类型", sorted({d["doc_type"] for d in documents
                                            if d.get("doc_type")}), key="doc_types")
    table = documents_table(documents, query.strip(), agencies, types)
    st.caption(f"共 {len(table)} / {len(documents)} 份")
    st.dataframe(table, hide_index=True, width="stretch")
    ids = list(table["文档编号"])
    if ids:
        doc_id = st.selectbox("查看文档", ids, key="doc_view")
        notice = bot.document(doc_id)
        if notice is not None:
            with st.expander("标题结构与全文"):
                if notice.headings:
                    st.markdown(heading_tree_markdown(
                        [(h.level, h.text) for h in notice.headings]))
                st.text(notice.text)


def _upload(bot) -> None:
    st.subheader("上传通报 (维护人员)")
    if not token_configured():
        st.info(f"上传未启用: 服务器未设置维护口令 (环境变量 {TOKEN_ENV})。")
        return
    with st.form("upload", clear_on_submit=True):
        files = st.file_uploader("通报文件", accept_multiple_files=True,
                                 type=[s.lstrip(".") for s in SUPPORTED_SUFFIXES])
        token = st.text_input("维护口令", type="password")
        submitted = st.form_submit_button("上传并更新索引", type="primary")
    if not submitted:
        return
    if not token_valid(token):
        st.error("维护口令不正确, 文件未上传。")
        return
    if not files:
        st.warning("请先选择文件。")
        return
    uploads = [Upload(f.name, f.getvalue()) for f in files]
    with st.status("正在解析、向量化并发布新索引…", expanded=True) as status:
        report = add_uploads(index_root(), uploads, lambda spec: bot.searcher.embedder)
        status.update(label="索引更新完成" if report.published else "索引未改变",
                      state="error" if report.count("rejected") else "complete")
    show_report(report)


def show_report(report) -> None:
    """The per-file report of `notices index add`: file, result, doc id, passages, reason."""
    table = pd.DataFrame([{"文件": o.source, "结果": STATUS_LABELS[o.status],
                           "文档编号": o.doc_id, "段落数": o.passages, "说明": o.reason}
                          for o in report.outcomes])
    st.dataframe(table, hide_index=True, width="stretch")
    st.markdown(escape_markdown(summary_line(report)))


main()
