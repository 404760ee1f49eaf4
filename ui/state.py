"""The one assistant per process, and the index it reads (built on first start if missing)."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from assistant.service import Assistant


def index_root() -> Path:
    """The index folder: $NOTICES_INDEX_DIR, else the user's data folder."""
    from index.config import index_dir

    return index_dir()


def get_assistant() -> Assistant:
    """The assistant over the configured index, loaded once per process and index folder."""
    root = index_root()
    _ensure_index(root)
    return _load_assistant(str(root))


@st.cache_resource(show_spinner="正在加载问答助手与向量模型, 首次加载约需半分钟…")
def _load_assistant(root: str) -> Assistant:
    bot = Assistant.open(Path(root))
    bot.searcher.embedder  # load the model now, not during the first question
    return bot


def _ensure_index(root: Path) -> None:
    """First start on a fresh machine: index the shipped notices, showing progress."""
    from index import store

    if store.current_name(root) is not None:
        return
    import corpus
    from index.builder import update_index

    with st.status("首次启动: 正在为内置示例通报建立索引…", expanded=True) as status:
        st.write(f"索引目录: {root}")
        report = update_index(root, add=[corpus.shipped_notices_dir()], sync=True,
                              show_progress=False)
        status.update(label=f"索引已建立: {report.passage_count} 个段落。", state="complete",
                      expanded=False)
