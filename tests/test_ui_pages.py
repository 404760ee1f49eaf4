"""The Streamlit pages driven by streamlit.testing (AppTest) over the real test index."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

PAGES = Path(__file__).resolve().parent.parent / "ui" / "pages"
# AppTest waits this long for one script run; the first run loads the model.
RUN_TIMEOUT = 240


@pytest.fixture
def index_env(seed_index, monkeypatch):
    monkeypatch.setenv("NOTICES_INDEX_DIR", str(seed_index))
    monkeypatch.delenv("NOTICES_API_TOKEN", raising=False)
    return seed_index


def _page(name: str) -> AppTest:
    return AppTest.from_file(str(PAGES / name), default_timeout=RUN_TIMEOUT)


def _texts(at: AppTest) -> str:
    return "\n".join(str(m.value) for m in at.markdown)


def test_chat_answers_with_citations_and_follow_up(index_env):
    at = _page("chat.py").run()
    assert not at.exception
    examples = [b.label for b in at.button if b.key and b.key.startswith("example-")]
    assert "哪些单位合并了党支部?" in examples
    at.chat_input[0].set_value("哪些单位合并了党支部?").run()
    assert not at.exception
    labels = [e.label for e in at.expander]
    assert any("济南市应急管理局" in label for label in labels), labels
    assert any("<mark>" in m.value for m in at.markdown), "cited sentence highlighted"
    assert not [b for b in at.button if (b.key or "").startswith("example-")], "examples only on an empty chat"
    at.chat_input[0].set_value("那济宁呢?").run()
    assert not at.exception
    messages = at.session_state["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant", "user", "assistant"]
    assert messages[-1]["answer"]["resolved"] != "那济宁呢?", "follow-up resolved by history"
    at.button(key=next(b.key for b in at.button if b.label == "新对话")).click().run()
    assert at.session_state["messages"] == []


def test_chat_full_text_shows_heading_tree_and_passage(index_env):
    at = _page("chat.py").run()
    at.chat_input[0].set_value("哪些单位合并了党支部?").run()
    full = [b for b in at.button if b.label == "查看全文"]
    assert full
    full[0].click().run()
    assert not at.exception
    assert any('<mark id="passage-' in m.value for m in at.markdown)
    assert any(e.label == "标题结构" for e in at.expander)


def test_chat_rejects_too_long_question_in_chinese(index_env):
    at = _page("chat.py").run()
    at.chat_input[0].set_value("党" * 600).run()
    assert not at.exception
    assert any("问题过长" in e.value for e in at.error)


def test_chat_abstention_marks_passages_unconfirmed(index_env):
    at = _page("chat.py").run()
    at.chat_input[0].set_value("火星基地的氧气储备有多少吨?").run()
    assert not at.exception
    answer = at.session_state["messages"][-1]["answer"]
    assert answer["abstained"]
    assert at.warning
    if answer["retrieved"]:
        assert all(e.label.startswith("未经确认") for e in at.expander)


def test_compare_table_grid_and_downloads(index_env):
    at = _page("compare.py").run()
    assert not at.exception
    at.button[0].click().run()  # the form's 开始比较
    assert not at.exception
    frames = [d.value for d in at.dataframe]
    table = frames[0]
    assert "济南市应急管理局" in set(table["单位"])
    grid = at.session_state["compare_results"]
    assert len(grid) == 4  # the topic and the three default grid topics
    shown = frames[1]  # the coverage grid: agency × topic, best quote's coverage in %
    assert list(shown.columns) == list(grid) and shown.index.name == "单位"
    values = shown.to_numpy()
    assert ((values >= 0) & (values <= 100)).all() and len(set(values.ravel())) > 2
    for topic, comparison in grid.items():  # 0 exactly where an agency has no evidence
        for row in comparison.rows:
            assert (shown.loc[row.agency, topic] > 0) == row.has_evidence
    downloads = at.get("download_button")
    assert len(downloads) == 2


def test_documents_lists_filters_and_status(index_env):
    at = _page("documents.py").run()
    assert not at.exception
    assert [m.value for m in at.metric][:2] == ["5", at.metric[1].value]
    table = at.dataframe[0].value
    assert len(table) == 5
    at.text_input(key="doc_query").set_value("济应急发").run()
    assert len(at.dataframe[0].value) == 1
    assert any("上传未启用" in i.value for i in at.info)
