"""The HTTP service, a real uvicorn server on loopback over a copy of the real seed index."""
from __future__ import annotations

import csv
import io
import shutil
import socket
import threading
import time

import httpx
import pytest
import uvicorn

TOKEN = "test-maintainer-token"
NEW_NOTICE = """中共佛山市应急管理局委员会关于巡察整改进展情况的通报

一、整改工作总体情况
佛山市应急管理局党委将巡察整改作为重大政治任务,成立整改工作领导小组。
二、具体整改情况
(一)关于安全生产执法不严的问题
整改情况:全年开展安全生产执法检查1200家次,实施行政处罚86宗。

中共佛山市应急管理局委员会
2023年5月10日
"""


@pytest.fixture(scope="module")
def server(seed_index, embedder, tmp_path_factory):
    """A server of its own over a copy of the seed index (uploads must not touch the shared
    index other tests read)."""
    from ui.api.app import create_app
    from assistant.service import Assistant
    from index.search.searcher import Searcher

    root = tmp_path_factory.mktemp("api") / "index"
    shutil.copytree(seed_index, root, symlinks=True)
    app = create_app(Assistant(Searcher(root, embedder=embedder)))
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "server did not start"
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
        yield client
    srv.should_exit = True
    thread.join(timeout=10)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _auth(token: str = TOKEN) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_health(server):
    body = server.get("/health").json()
    assert body["status"] == "ok" and body["documents"] == 5 and body["passages"] > 400
    assert body["model"] == "multilingual-e5-small" and body["generation"]


def test_ask_returns_exact_citations(server):
    body = server.post("/ask", json={"question": "哪些单位合并了党支部?"}).json()
    assert {"answer", "abstained", "citations", "retrieved"} <= set(body)
    assert not body["abstained"] and body["citations"]
    for c in body["citations"]:
        assert set(c) >= {"n", "doc_id", "title", "agency", "date", "doc_number", "section",
                          "passage_id", "quote", "start", "end"}
        text = server.get(f"/documents/{c['doc_id']}").json()["text"]
        assert text[c["start"]:c["end"]] == c["quote"]
    assert {"rank", "doc_id", "passage_id", "text", "start", "end"} <= set(body["retrieved"][0])


def test_ask_follows_up_with_history(server):
    history = [{"role": "user", "content": "哪些单位合并了党支部?"},
               {"role": "assistant", "content": "济南市应急管理局: …"}]
    body = server.post("/ask", json={"question": "那济宁呢?", "history": history}).json()
    assert body["resolved"].startswith("济宁")
    assert all(c["agency"] == "济宁市应急管理局" for c in body["citations"])


def test_a_question_in_traditional_characters_is_asked_in_simplified_ones(server):
    simple = server.post("/ask", json={"question": "哪些单位合并了党支部?"}).json()
    typed = server.post("/ask", json={"question": "哪些單位合併了黨支部?"}).json()
    assert not typed["abstained"]
    assert [c["quote"] for c in typed["citations"]] == [c["quote"] for c in simple["citations"]]
    history = [{"role": "user", "content": "濟南應急局合併了多少個黨支部?"},
               {"role": "assistant", "content": typed["answer"]}]
    follow = server.post("/ask", json={"question": "那濟寧呢?", "history": history}).json()
    assert follow["resolved"].startswith("济宁")
    hits = server.post("/search", json={"question": "一崗雙責", "k": 3}).json()["hits"]
    assert any("一岗双责" in h["text"] for h in hits)


def test_ask_with_filters(server):
    body = server.post("/ask", json={"question": "整改工作领导小组由谁担任组长?",
                                     "filters": {"agencies": ["东莞"]}}).json()
    assert body["citations"] and {c["agency"] for c in body["citations"]} == {"东莞市应急管理局"}


def test_ask_stream_is_server_sent_events(server):
    with server.stream("POST", "/ask/stream", json={"question": "哪些单位合并了党支部?"}) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        events = [line.removeprefix("event: ") for line in r.iter_lines()
                  if line.startswith("event: ")]
    assert events[0] == "delta" and events[-1] == "answer"


def test_search(server):
    body = server.post("/search", json={"question": "一岗双责", "k": 3, "agency": "中山"}).json()
    assert len(body["hits"]) == 3
    assert {h["agency"] for h in body["hits"]} == {"中山市应急管理局"}


def test_compare_json_csv_docx(server):
    question = {"question": "各单位的整改工作领导小组分别由谁担任组长?"}
    rows = server.post("/compare", json=question).json()["rows"]
    assert len(rows) == 5 and any(r["has_evidence"] for r in rows)
    assert any(not r["has_evidence"] and not r["items"] for r in rows)
    cell = next(r for r in rows if r["items"])["items"][0]
    assert cell["text"] == cell["citation"]["quote"]

    csv_response = server.post("/compare", json=question | {"format": "csv"})
    assert csv_response.headers["content-type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(csv_response.content.decode("utf-8-sig"))))
    assert table[0][0] == "单位" and len(table) > 5

    docx_response = server.post("/compare", json=question | {"format": "docx"})
    from docx import Document

    doc = Document(io.BytesIO(docx_response.content))
    assert any("出处" == p.text for p in doc.paragraphs)
    assert doc.tables[0].rows[0].cells[0].text == "单位"


def test_documents(server):
    docs = server.get("/documents").json()["documents"]
    assert len(docs) == 5 and {"doc_id", "title", "agency", "date", "doc_number"} <= set(docs[0])
    one = server.get("/documents/004_d68b0da8e0b90ed2").json()
    assert one["doc_number"] == "济应急发〔2022〕1号" and one["headings"] and one["text"]
    missing = server.get("/documents/nosuchdoc")
    assert missing.status_code == 404 and "nosuchdoc" in missing.json()["detail"]


@pytest.mark.parametrize("body, field", [
    ({"question": "党" * 501}, "question 过长"),
    ({"question": ""}, "question 不能为空"),
    ({"question": "党支部", "history": [{"role": "user", "content": "x"}] * 21}, "history 过长"),
    ({"question": "党支部", "mode": "magic"}, "mode 取值无效"),
])
def test_oversized_or_invalid_requests_get_a_chinese_4xx(server, body, field):
    response = server.post("/ask", json=body)
    assert response.status_code == 422 and field in response.json()["detail"]


def test_search_k_is_bounded(server):
    response = server.post("/search", json={"question": "党支部", "k": 1000})
    assert response.status_code == 422 and "k 超出范围" in response.json()["detail"]


def test_writes_are_refused_without_a_configured_token(server, monkeypatch):
    monkeypatch.delenv("NOTICES_API_TOKEN", raising=False)
    response = server.delete("/index/documents/004_d68b0da8e0b90ed2", headers=_auth())
    assert response.status_code == 403 and "NOTICES_API_TOKEN" in response.json()["detail"]
    assert len(server.get("/documents").json()["documents"]) == 5


def test_upload_and_delete_with_the_token(server, monkeypatch):
    monkeypatch.setenv("NOTICES_API_TOKEN", TOKEN)
    files = {"file": ("佛山巡察整改.txt", NEW_NOTICE.encode("utf-8"), "text/plain")}
    assert server.post("/index/documents", files=files).status_code == 401
    assert server.post("/index/documents", files=files,
                       headers=_auth("wrong")).status_code == 401
    before = server.get("/health").json()["generation"]
    refused = server.post("/ask", json={"question": "佛山市应急管理局实施了多少宗行政处罚?"}).json()
    assert refused["abstained"]

    added = server.post("/index/documents", files=files, headers=_auth())
    assert added.status_code == 200, added.text
    outcome = added.json()["outcomes"][0]
    assert outcome["status"] == "added" and outcome["doc_id"] == "佛山巡察整改"
    # The same server answers from the new publication without a restart.
    assert server.get("/health").json()["generation"] != before
    answer = server.post("/ask", json={"question": "佛山市应急管理局实施了多少宗行政处罚?"}).json()
    assert not answer["abstained"]
    assert any("86宗" in c["quote"] for c in answer["citations"])

    assert server.delete("/index/documents/佛山巡察整改").status_code == 401
    removed = server.delete("/index/documents/佛山巡察整改", headers=_auth())
    assert removed.status_code == 200 and removed.json()["outcomes"][0]["status"] == "removed"
    assert server.delete("/index/documents/佛山巡察整改", headers=_auth()).status_code == 404
    assert len(server.get("/documents").json()["documents"]) == 5


def test_upload_limits(server, monkeypatch):
    monkeypatch.setenv("NOTICES_API_TOKEN", TOKEN)
    monkeypatch.setattr("ui.api.app.MAX_UPLOAD_BYTES", 1024)
    big = {"file": ("big.txt", ("党" * 2000).encode("utf-8"), "text/plain")}
    response = server.post("/index/documents", files=big, headers=_auth())
    assert response.status_code == 413 and "过大" in response.json()["detail"]
    xlsx = {"file": ("report.xlsx", b"PK\x03\x04", "application/octet-stream")}
    response = server.post("/index/documents", files=xlsx, headers=_auth())
    assert response.status_code == 415 and ".txt" in response.json()["detail"]
    hidden = {"file": ("../../.bashrc", b"x", "text/plain")}
    assert server.post("/index/documents", files=hidden, headers=_auth()).status_code == 422
    assert len(server.get("/documents").json()["documents"]) == 5
