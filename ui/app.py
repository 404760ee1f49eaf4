"""The Streamlit app: `streamlit run ui/app.py` (what `make run` starts).

Four pages over one assistant per process: 问答 for officials, 比较各单位 and 整改台账 for
inspectors, 文件管理 for maintainers. Presentation only: every answer comes from assistant/.
"""
from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

# `streamlit run ui/app.py` puts ui/ (not the project root) on sys.path.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Not `pages/`: Streamlit treats a `pages/` folder beside the main script as the old
# multipage layout, and a first visit to /ledger after a restart ran that page alone (no
# wide layout, file names for navigation) before app.py had declared the navigation.
PAGES = Path(__file__).parent / "views"

st.set_page_config(page_title="通报问答助手", page_icon=":material/description:", layout="wide")
page = st.navigation([
    st.Page(PAGES / "chat.py", title="问答", icon=":material/chat:", default=True),
    st.Page(PAGES / "compare.py", title="比较各单位", icon=":material/table_chart:"),
    st.Page(PAGES / "ledger.py", title="整改台账", icon=":material/fact_check:"),
    st.Page(PAGES / "documents.py", title="文件管理", icon=":material/folder_open:"),
])
page.run()
