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


@st.cache_resource(show_spinner="正在加载问答助手…")
def _load_assistant(root: str) -> Assistant:
    bot = Assistant.open(Path(root))
    if "dense" in bot.dense_status()["modes"]:  # else keyword search needs no model yet
        bot.searcher.embedder  # load the model now, not during the first question
    return bot


def _ensure_index(root: Path) -> None:
    """First start on a fresh machine: publish the shipped notices for keyword search at once
    and build their vectors in the background (the chat shows the progress)."""
    from index.storage import store

    if store.current_name(root) is not None:
        return
    import corpus
    from index.builder import update_index
    from index.embed_job import start_background_embedding

    with st.status("首次启动: 正在为内置示例通报建立索引…", expanded=True) as status:
        st.write(f"索引目录: {root}")
        report = update_index(root, add=[corpus.shipped_notices_dir()], defer_vectors=True,
                              show_progress=False)
        start_background_embedding(root)
        status.update(label=f"索引已建立: {report.passage_count} 个段落 (语义检索向量在后台生成)。",
                      state="complete", expanded=False)
