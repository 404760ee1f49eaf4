"""Keyword search first, vectors later: `index add --defer-vectors` publishes notices for BM25
without embedding them, `notices index embed` (in the background for `make run`) adds their
vectors, and every interface says meanwhile which search is live. Real model, real index."""
from __future__ import annotations

import shutil
import time
from pathlib import Path

import numpy as np
import pytest

import corpus
from ui.cli.main import main
from index.dense import embedding_progress
from index.storage import store
from index.builder import update_index
from index.storage.manifest import Manifest
from index.search.searcher import Searcher
from index.status import dense_status
from index.verify import verify_index

SMALL = "001_ecc79a59d6b2dddb"  # the smallest shipped notice (浙江省应急管理厅)
QUESTION = "整改工作领导小组由谁任组长"
EMBED_TIMEOUT = 300  # the background job imports torch and embeds one notice on 2 busy cores


class Recording:
    """The real embedder, recording what it embeds and the progress file after each batch."""

    def __init__(self, real, root: Path, fail_after: int | None = None) -> None:
        self.real, self.root, self.fail_after = real, root, fail_after
        self.embedded = 0
        self.seen: list[embedding_progress.Progress | None] = []

    def __getattr__(self, name):
        return getattr(self.real, name)

    def encode_passages(self, texts, progress=None):
        def after_batch(count: int) -> None:
            if progress:
                progress(count)
            self.embedded += count
            self.seen.append(embedding_progress.read_progress(self.root))
            if self.fail_after is not None and self.embedded >= self.fail_after:
                raise OSError("磁盘已满 (测试注入)")

        return self.real.encode_passages(texts, progress=after_batch)


@pytest.fixture
def small_notice(tmp_path) -> Path:
    folder = tmp_path / "notices"
    folder.mkdir()
    shutil.copy(corpus.shipped_notices_dir() / f"{SMALL}.txt", folder)
    return folder


def test_deferred_notices_answer_by_keywords_at_once_and_by_vectors_after_embed(
        tmp_path, small_notice, embedder, seed_index):
    root = tmp_path / "index"
    recording = Recording(embedder, root)
    report = update_index(root, add=[small_notice], defer_vectors=True,
                          embedder_factory=lambda spec: recording, show_progress=False)
    assert report.published and recording.embedded == 0  # nothing embedded
    manifest = Manifest.load(store.current_generation(root))
    assert manifest.pending == [SMALL] and verify_index(root) == []

    searcher = Searcher(root, embedder=embedder)
    status = dense_status(root, manifest)
    assert not status["ready"] and status["modes"] == ["bm25"]
    assert status["pending_passages"] == manifest.passage_count
    assert "notices index embed" in status["message"]
    lexical = searcher.search(QUESTION, k=5, mode="bm25")
    assert lexical and "领导小组" in lexical[0].passage.text
    assert searcher.search(QUESTION, k=5, mode="dense") == []  # no placeholder vector is a hit
    hybrid = searcher.search(QUESTION, k=5, mode="hybrid")
    assert [h.passage.passage_id for h in hybrid][:1] == [lexical[0].passage.passage_id]
    assert "尚未生成" in searcher.dense_note("hybrid") and searcher.dense_note("bm25") == ""

    report = update_index(root, embedder_factory=lambda spec: recording, show_progress=False)
    assert [o.status for o in report.outcomes] == ["vectorized"] and report.published
    assert recording.embedded == manifest.passage_count
    # While embedding, the progress file named this process and counted up to the total.
    assert all(p is not None and p.state == "running" for p in recording.seen)
    assert recording.seen[-1].done == recording.seen[-1].total == manifest.passage_count
    assert embedding_progress.read_progress(root) is None  # removed once published

    after = Manifest.load(store.current_generation(root))
    assert after.pending == [] and dense_status(root, after)["ready"]
    assert verify_index(root) == []
    # The vectors are those a normal build gives (the session index embedded the same texts).
    ours = store.read_vectors(store.current_generation(root), SMALL)
    reference = store.read_vectors(store.current_generation(seed_index), SMALL)
    assert ours.shape == reference.shape and np.allclose(ours, reference, atol=1e-4)
    dense = searcher.search(QUESTION, k=5, mode="dense")
    assert dense and searcher.dense_note("dense") == ""
    assert searcher.search(QUESTION, k=5, mode="bm25")[0].passage == lexical[0].passage


def test_a_deferred_addition_leaves_the_rest_of_dense_search_intact(tmp_path, seed_index,
                                                                    embedder):
    root = tmp_path / "index"
    shutil.copytree(seed_index, root)
    extra = tmp_path / "extra"
    extra.mkdir()
    text = (corpus.shipped_notices_dir() / f"{SMALL}.txt").read_text("utf-8")
    (extra / "foshan.txt").write_text(text.replace("浙江省", "广东省佛山市"), "utf-8")
    searcher = Searcher(root, embedder=embedder)
    before = [(h.passage.passage_id, round(h.score, 5))
              for h in searcher.search("哪些单位合并了党支部", k=10, mode="dense")]

    update_index(root, add=[extra], defer_vectors=True, embedder_factory=lambda s: embedder,
                 show_progress=False)
    status = dense_status(root, Manifest.load(store.current_generation(root)))
    assert status["modes"] == ["bm25", "dense", "hybrid"] and not status["ready"]
    assert [(h.passage.passage_id, round(h.score, 5))
            for h in searcher.search("哪些单位合并了党支部", k=10, mode="dense")] == before
    found = {h.notice.doc_id for h in searcher.search("佛山市 整改工作领导小组", k=10,
                                                      mode="bm25")}
    assert "foshan" in found
    assert "foshan" not in {h.notice.doc_id for h in
                            searcher.search("佛山市 整改工作领导小组", k=50, mode="dense")}

    update_index(root, embedder_factory=lambda s: embedder, show_progress=False)
    assert "foshan" in {h.notice.doc_id for h in
                        searcher.search("广东省佛山市应急管理局 整改工作领导小组", k=50,
                                        mode="dense")}


def test_a_failed_embedding_keeps_keyword_search_and_says_why(tmp_path, small_notice,
                                                              embedder):
    root = tmp_path / "index"
    update_index(root, add=[small_notice], defer_vectors=True,
                 embedder_factory=lambda s: embedder, show_progress=False)
    live = store.current_name(root)
    failing = Recording(embedder, root, fail_after=1)
    with pytest.raises(OSError):
        update_index(root, embedder_factory=lambda s: failing, show_progress=False)
    assert store.current_name(root) == live  # nothing published, keyword search unchanged
    status = dense_status(root, Manifest.load(store.current_generation(root)))
    assert status["progress"]["state"] == "failed" and "磁盘已满" in status["message"]
    assert Searcher(root, embedder=embedder).search(QUESTION, k=3, mode="bm25")


def test_cli_defer_status_and_background_embed(tmp_path, capsys, small_notice, embedder):
    root = tmp_path / "index"
    assert main(["index", "add", str(small_notice), "--defer-vectors",
                 "--index-dir", str(root)]) == 0
    assert "新增 1" in capsys.readouterr().out
    assert main(["index", "status", "--index-dir", str(root)]) == 0
    assert "尚未生成语义检索向量" in capsys.readouterr().out

    assert main(["index", "embed", "--background", "--index-dir", str(root)]) == 0
    out = capsys.readouterr().out
    assert "正在后台" in out and "embed.log" in out
    deadline = time.monotonic() + EMBED_TIMEOUT
    while not Manifest.load(store.current_generation(root)).pending == []:
        assert time.monotonic() < deadline, (root / "embed.log").read_text(errors="replace")
        time.sleep(1)
    assert main(["index", "status", "--index-dir", str(root)]) == 0
    assert "语义检索: 就绪" in capsys.readouterr().out
    assert main(["index", "embed", "--index-dir", str(root)]) == 0
    assert "无需生成" in capsys.readouterr().out
    assert main(["search", QUESTION, "--mode", "dense", "--index-dir", str(root)]) == 0
    captured = capsys.readouterr()
    assert "领导小组" in captured.out and "尚未生成" not in captured.err


def test_api_health_and_search_say_which_search_is_live(tmp_path, small_notice, embedder):
    import httpx

    from assistant.service import Assistant
    from live_server import server_thread

    root = tmp_path / "index"
    update_index(root, add=[small_notice], defer_vectors=True,
                 embedder_factory=lambda s: embedder, show_progress=False)
    with server_thread(Assistant(Searcher(root, embedder=embedder))) as url:
        dense = httpx.get(f"{url}/health").json()["dense"]
        assert dense["modes"] == ["bm25"] and dense["pending_passages"] > 0
        body = httpx.post(f"{url}/search", json={"question": QUESTION, "k": 3}).json()
        assert body["hits"] and "尚未生成" in body["note"]
        lexical = httpx.post(f"{url}/search",
                             json={"question": QUESTION, "k": 3, "mode": "bm25"}).json()
        assert lexical["hits"] and "note" not in lexical


def test_chat_page_says_vectors_are_missing_and_still_answers(tmp_path, small_notice, embedder,
                                                             monkeypatch):
    from streamlit.testing.v1 import AppTest

    root = tmp_path / "index"
    update_index(root, add=[small_notice], defer_vectors=True,
                 embedder_factory=lambda s: embedder, show_progress=False)
    monkeypatch.setenv("NOTICES_INDEX_DIR", str(root))
    page = Path(__file__).resolve().parent.parent / "ui" / "views" / "chat.py"
    at = AppTest.from_file(str(page), default_timeout=240).run()
    assert not at.exception
    assert any("尚未生成语义检索向量" in w.value for w in at.sidebar.warning)
    at.chat_input[0].set_value(QUESTION).run()
    assert not at.exception
    answer = at.session_state["messages"][-1]["answer"]
    assert answer["citations"] and answer["citations"][0]["doc_id"] == SMALL


def test_a_deferred_first_index_needs_no_model_conversion(tmp_path, capsys, small_notice,
                                                         monkeypatch):
    """`make run`'s first step reads only the model's dimension: an empty model cache stays
    empty (converting took 46 s on the loaded 2 cores; the background job does it)."""
    cache = tmp_path / "empty-cache"
    monkeypatch.setenv("NOTICES_CACHE_DIR", str(cache))
    root = tmp_path / "index"
    assert main(["index", "add", str(small_notice), "--defer-vectors",
                 "--index-dir", str(root)]) == 0
    assert not (cache / "models").exists()
    assert Manifest.load(store.current_generation(root)).dimension == 384
    assert main(["search", QUESTION, "--mode", "bm25", "--index-dir", str(root)]) == 0
    assert "领导小组" in capsys.readouterr().out
