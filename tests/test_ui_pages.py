"""The Streamlit pages driven by streamlit.testing (AppTest) over the real test index."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

PAGES = Path(__file__).resolve().parent.parent / "ui" / "views"
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
    # The refusal is said once, in the answer text: no banner repeats it.
    assert not at.warning
    assert sum("找到可靠答案" in m.value for m in at.markdown) == 1
    if answer["retrieved"]:
        labels = [e.label for e in at.expander]
        assert all(label.startswith("未经确认") for label in labels)
        # Each title names its notice and section, so that the titles tell them apart.
        assert len(set(labels)) == len(labels), labels
        for label, hit in zip(labels, answer["retrieved"]):
            plain = label.replace("\\", "")  # the title is Markdown-escaped
            assert hit["agency"] in plain and (hit["section"] or ["正文"])[-1][:10] in plain


def test_compare_table_grid_and_downloads(index_env):
    at = _page("compare.py").run()
    assert not at.exception
    topic = at.text_input(key="compare_topic_input")
    assert topic.value == "" and "党支部" in topic.placeholder, "an example, not a value"
    at.button[0].click().run()  # 开始比较 with no topic: asked for one, nothing compared
    assert any("请先输入" in w.value for w in at.warning)
    assert "compare_results" not in at.session_state
    at.text_input(key="compare_topic_input").set_value("各单位在党支部建设方面采取了哪些整改措施?")
    at.button[0].click().run()  # the form's 开始比较
    assert not at.exception
    # The measures table is HTML whose cells wrap (a dataframe cut them off at one line).
    table = next(m.value for m in at.markdown if 'class="compare-table"' in m.value)
    assert "济南市应急管理局" in table and "white-space:normal" in table
    assert "<td" in table and "[1]" in table
    grid = at.session_state["compare_results"]
    assert len(grid) == 4  # the topic and the three default grid topics
    shown = at.dataframe[0].value  # the coverage grid: agency × topic, best quote's coverage in %
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


def _ledger_rows(at: AppTest):
    return at.dataframe[0].value


def _agencies(table) -> set[str]:
    """The agencies of the rows: 出处 reads "济南市应急管理局 第3条"."""
    return {source.split(" ")[0] for source in table["出处"]}


def test_ledger_filters_change_the_rows(index_env):
    at = _page("ledger.py").run()
    assert not at.exception
    table = _ledger_rows(at)
    assert list(table.columns) == ["问题", "整改措施", "状态", "状态原文", "完成时限", "牵头单位",
                                   "责任领导", "出处"]
    everything = len(table)
    assert everything > 100 and set(table["状态"]) >= {"完成", "阶段性成效", "长期坚持"}
    at.multiselect(key="lg_statuses").set_value(["完成"]).run()
    done = _ledger_rows(at)
    assert 0 < len(done) < everything and set(done["状态"]) == {"完成"}
    # 济南's notice states 已整改完成9个.
    assert sum(source.startswith("济南市应急管理局") for source in done["出处"]) == 9
    at.multiselect(key="lg_statuses").set_value([]).run()
    at.multiselect(key="lg_agencies").set_value(["浙江省应急管理厅"]).run()
    assert _agencies(_ledger_rows(at)) == {"浙江省应急管理厅"}
    at.selectbox(key="lg_lead").set_value("人事处").run()
    led = _ledger_rows(at)
    assert len(led) and all("人事处" in lead for lead in led["牵头单位"])
    at.text_input(key="lg_section").set_value("不存在的章节").run()
    assert not at.dataframe and any("没有符合筛选条件" in i.value for i in at.info)
    assert not at.exception


def test_ledger_due_before_and_a_click_shows_the_cited_words(index_env):
    import datetime as dt

    at = _page("ledger.py").run()
    at.date_input(key="lg_due").set_value(dt.date(2021, 12, 31)).run()
    due = _ledger_rows(at)
    assert len(due) and "—" not in set(due["完成时限"])
    at.date_input(key="lg_due").set_value(None).run()
    at.multiselect(key="lg_statuses").set_value(["阶段性成效"]).run()
    table = _ledger_rows(at)
    # A click on a cell (the dataframe's selection state) shows that field in the notice.
    at.session_state[at.dataframe[0].key] = {
        "selection": {"rows": [], "columns": [], "cells": [[0, "完成时限"]]}}
    at.run()
    assert not at.exception
    marked = [m.value for m in at.markdown if m.allow_html and "<mark>" in m.value]
    assert marked and f"<mark>{table['完成时限'][0]}</mark>" in marked[0]
    full = [b for b in at.button if b.label == "查看全文"]
    assert full
    full[0].click().run()
    assert not at.exception
    assert any(f'">{table["完成时限"][0]}</mark>' in m.value for m in at.markdown
               if '<mark id="' in m.value), "the whole notice, the field highlighted"


def test_ledger_chart_totals_check_and_downloads(index_env):
    import json

    at = _page("ledger.py").run()
    charts = at.get("vega_lite_chart")
    assert len(charts) == 1
    spec = json.loads(charts[0].proto.spec)
    assert spec["encoding"]["color"]["scale"]["domain"] == ["完成", "阶段性成效", "长期坚持",
                                                            "推进中", "未说明"]
    check = next(m.value for m in at.markdown if 'class="ledger-check"' in m.value)
    assert "济南市应急管理局" in check and "一致" in check  # 26 = 9 + 13 + 4, as stated
    downloads = at.get("download_button")
    assert [d.proto.label for d in downloads] == ["下载 Excel", "下载 Word"]
    assert not any(d.proto.disabled for d in downloads)
    at.multiselect(key="lg_statuses").set_value(["长期坚持"]).run()
    assert len(at.get("vega_lite_chart")) == 1
    at.text_input(key="lg_text").set_value("不存在的措施").run()
    assert not at.get("vega_lite_chart")
    assert all(d.proto.disabled for d in at.get("download_button")), "nothing to export"


# A report in another wording than the shipped notices (which name no leader per item): each
# problem ends in labelled lines, one of them 责任领导.
LEADER_REPORT = """石门县体育局关于巡察整改情况的报告

根据县委统一部署，县委第二巡察组对县体育局开展了常规巡察，反馈问题3个。现将整改情况报告如下。

一、存在的问题及整改情况

（一）全民健身场地设施维护不到位
整改措施：对全县86处健身路径逐一检修，建立“一处一档”维护台账。
整改结果：已完成。
责任领导：副局长孙立平
责任股室：群众体育股
完成时间：2025年5月31日

（二）体育彩票销售网点监管薄弱
整改措施：开展销售网点专项检查，约谈不合规网点负责人12人。
整改结果：正在推进。
责任领导：局长何振东
责任股室：体彩管理股
配合单位：县公安局
完成时间：2025年9月30日

（三）青少年体育培训机构备案不全
整改措施：建立培训机构备案清单，每季度公示一次。
整改结果：长期坚持。
责任股室：竞技体育股
完成时间：长期坚持

石门县体育局
2025年6月10日
"""


@pytest.fixture(scope="module")
def leader_index(tmp_path_factory, embedder) -> Path:
    from index.builder import update_index

    folder = tmp_path_factory.mktemp("leader-notice")
    (folder / "石门县体育局_巡察整改情况报告.txt").write_text(LEADER_REPORT, encoding="utf-8")
    root = tmp_path_factory.mktemp("leader-index")
    update_index(root, add=[folder], sync=True, embedder_factory=lambda spec: embedder,
                 show_progress=False)
    return root


def test_ledger_table_shows_each_items_leader_and_a_click_cites_it(leader_index, monkeypatch):
    monkeypatch.setenv("NOTICES_INDEX_DIR", str(leader_index))
    monkeypatch.delenv("NOTICES_API_TOKEN", raising=False)
    at = _page("ledger.py").run()
    assert not at.exception
    table = _ledger_rows(at)
    assert list(table["责任领导"]) == ["副局长孙立平", "局长何振东", "—"]
    at.session_state[at.dataframe[0].key] = {
        "selection": {"rows": [], "columns": [], "cells": [[1, "责任领导"]]}}
    at.run()
    marked = [m.value for m in at.markdown if m.allow_html and "<mark>" in m.value]
    assert marked and "<mark>局长何振东</mark>" in marked[0]
    assert any("配合单位:** 县公安局" in m.value for m in at.markdown)  # in the detail
    # an item whose leader is not stated says so and shows its problem instead
    at.session_state[at.dataframe[0].key] = {
        "selection": {"rows": [], "columns": [], "cells": [[2, "责任领导"]]}}
    at.run()
    assert any("未写明这一条的责任领导" in i.value for i in at.info)
    assert not at.exception
