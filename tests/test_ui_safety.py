"""Notice text stays text in the pages, and maintainer uploads are guarded and sanitised."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ui.upload import Upload, add_uploads, safe_file_name, token_valid

PAGES = Path(__file__).resolve().parent.parent / "ui" / "views"
RUN_TIMEOUT = 240
# A tag opening that Markdown would pass on: "<script" or "<img" not preceded by a backslash.
RAW_TAG = re.compile(r"(?<!\\)<(script|img)", re.I)

HOSTILE = """发布机构 | 泰安市应急管理局 | 组配分类 | 部门文件 |
成文日期 | 2022-05-06 |
关于防汛物资仓库<script>window.hacked=1</script>整改情况的通报
一、防汛物资仓库<img src=x onerror="window.hacked=2">管理问题
泰安市应急管理局对防汛物资仓库<script>alert(1)</script>开展了全面清查, 补充了救生衣<img src=x onerror=alert(2)>和冲锋舟, 建立了防汛物资仓库出入库登记制度。
二、下一步工作
继续加强防汛物资仓库管理, 确保汛期物资充足。
"""


@pytest.fixture(scope="module")
def scratch_index(seed_index, embedder, tmp_path_factory):
    """A copy of the test index plus a notice full of markup (the shared index stays clean)."""
    from index.builder import update_index

    root = tmp_path_factory.mktemp("scratch") / "index"
    shutil.copytree(seed_index, root)
    source = tmp_path_factory.mktemp("hostile") / "hostile_notice.txt"
    source.write_text(HOSTILE, encoding="utf-8")
    report = update_index(root, add=[source], embedder_factory=lambda spec: embedder,
                          show_progress=False)
    assert report.count("added") == 1, report.outcomes
    return root


@pytest.fixture
def scratch_env(scratch_index, monkeypatch):
    monkeypatch.setenv("NOTICES_INDEX_DIR", str(scratch_index))
    monkeypatch.delenv("NOTICES_API_TOKEN", raising=False)
    return scratch_index


def _assert_inert(at: AppTest) -> None:
    """No raw tag from the notice reaches HTML-enabled Markdown; its escaped form does."""
    html_blocks = [m.value for m in at.markdown if m.allow_html]
    assert html_blocks
    for block in html_blocks:
        assert "<script" not in block and "<img" not in block, block
    assert any("&lt;script&gt;" in b or "&lt;img" in b for b in html_blocks)
    for m in at.markdown:
        assert not RAW_TAG.search(m.value), m.value


def test_chat_renders_markup_in_a_notice_as_text(scratch_env):
    at = AppTest.from_file(str(PAGES / "chat.py"), default_timeout=RUN_TIMEOUT).run()
    at.chat_input[0].set_value("泰安市应急管理局的防汛物资仓库整改了什么?").run()
    assert not at.exception
    answer = at.session_state["messages"][-1]["answer"]
    cited = {c["doc_id"] for c in answer["citations"]} | {h["doc_id"] for h in answer["retrieved"]}
    assert "hostile_notice" in cited
    for button in [b for b in at.button if b.label == "查看全文"][:1]:
        button.click().run()
    _assert_inert(at)


def test_ledger_page_renders_markup_in_a_notice_as_text(scratch_env):
    """The hostile notice's item: its problem, measure and title carry tags; the table, the
    clicked field's passage, the whole notice and the totals check show them as text."""
    at = AppTest.from_file(str(PAGES / "ledger.py"), default_timeout=RUN_TIMEOUT).run()
    at.multiselect(key="lg_agencies").set_value(["泰安市应急管理局"]).run()
    assert not at.exception
    table = at.dataframe[0].value
    assert len(table) == 1 and "<img" in table["问题"][0], "a table cell is plain text"
    for field in ("整改措施", "出处"):
        at.session_state[at.dataframe[0].key] = {
            "selection": {"rows": [], "columns": [], "cells": [[0, field]]}}
        at.run()
        assert not at.exception
        _assert_inert(at)
    next(b for b in at.button if b.label == "查看全文").click().run()
    assert not at.exception
    _assert_inert(at)
    check = next(m.value for m in at.markdown if 'class="ledger-check"' in m.value)
    assert "&lt;script&gt;window.hacked=1&lt;/script&gt;" in check


def test_documents_page_renders_markup_in_a_notice_as_text(scratch_env):
    at = AppTest.from_file(str(PAGES / "documents.py"), default_timeout=RUN_TIMEOUT).run()
    at.selectbox(key="doc_view").set_value("hostile_notice").run()
    assert not at.exception
    assert any("<script>" in t.value for t in at.text), "shown verbatim by st.text"
    for m in at.markdown:
        assert not RAW_TAG.search(m.value), m.value
    assert any("\\<img" in m.value for m in at.markdown), "escaped heading shown"


def test_upload_report_and_sanitised_names(scratch_index, embedder, tmp_path):
    import corpus

    shipped = sorted(corpus.shipped_notices_dir().iterdir())[0]
    uploads = [
        Upload("../../../etc/新通报.txt", HOSTILE.replace("泰安", "临沂").encode()),
        Upload(shipped.name, shipped.read_bytes()),
        Upload("run.sh", b"#!/bin/sh"),
        Upload("empty.txt", b""),
    ]
    report = add_uploads(scratch_index, uploads, lambda spec: embedder)
    by_name = {o.source: o for o in report.outcomes}
    assert by_name["../../../etc/新通报.txt"].status == "added"
    assert by_name["../../../etc/新通报.txt"].doc_id == "新通报"
    assert by_name[shipped.name].status == "skipped"
    assert by_name["run.sh"].status == "rejected" and "不受支持" in by_name["run.sh"].reason
    assert by_name["empty.txt"].status == "rejected" and by_name["empty.txt"].reason
    assert report.published
    assert not (tmp_path.parent / "etc").exists()


@pytest.mark.parametrize("name, safe", [
    ("../../a b.TXT", "a_b.txt"), ("..\\..\\x.docx", "x.docx"), (".bashrc", None),
    ("通报<script>.html", "通报_script.html"), ("noext", None), ("a.exe", None),
])
def test_safe_file_name(name, safe):
    assert safe_file_name(name) == safe


def test_token_check(monkeypatch):
    monkeypatch.delenv("NOTICES_API_TOKEN", raising=False)
    assert not token_valid("")
    monkeypatch.setenv("NOTICES_API_TOKEN", "s3cret")
    assert token_valid("s3cret")
    assert not token_valid("s3cre") and not token_valid("")
