"""Incremental index maintenance with the real model: only changed notices are re-embedded,
publication is atomic, broken files are rejected alone, and a model mismatch is refused."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from index.storage import store
from index.builder import update_index
from index.search.searcher import Searcher
from index.verify import verify_index

NOTICE_A = """关于甲市应急管理局巡察整改情况的通报
一、组织建设
(一)党支部设置
将原有的12个党支部整合为5个党支部,配齐支部书记。
二、安全生产
开展危险化学品企业专项检查,共检查企业36家。
甲市应急管理局
2021年5月1日
"""
NOTICE_B = """乙县应急管理局2022年工作要点
一、森林防火
完善林火视频监控系统,新建高空瞭望点位20个。
二、防汛抗旱
汛前组织开展防汛应急演练3次。
乙县应急管理局
2022年2月1日
"""
NOTICE_C = """丙市应急管理局关于作风建设问题整改方案的通知
一、整治形式主义
精简会议文件,全年发文数量压减三成。
丙市应急管理局
2020年3月1日
"""


class CountingEmbedder:
    """The real embedder, counting which passages it is asked to encode."""

    def __init__(self, real) -> None:
        self.real = real
        self.encoded: list[str] = []

    def __getattr__(self, name):
        return getattr(self.real, name)

    def encode_passages(self, texts, progress=None):
        self.encoded.extend(texts)
        return self.real.encode_passages(texts, progress)


@pytest.fixture
def docs(tmp_path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in (("a.txt", NOTICE_A), ("b.txt", NOTICE_B)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def counting(embedder) -> CountingEmbedder:
    return CountingEmbedder(embedder)


def build(root: Path, counting: CountingEmbedder, **kwargs):
    counting.encoded.clear()
    return update_index(root, embedder_factory=lambda spec: counting, show_progress=False,
                        **kwargs)


def statuses(report) -> dict[str, str]:
    return {Path(o.source).name: o.status for o in report.outcomes}


def test_build_then_add_replace_remove_touch_only_changed(tmp_path, docs, counting, embedder):
    root = tmp_path / "index"
    report = build(root, counting, add=[docs], sync=True)
    assert statuses(report) == {"a.txt": "added", "b.txt": "added"}
    assert report.published and verify_index(root) == []
    searcher = Searcher(root, embedder=embedder)
    assert searcher.search("党支部整合", k=1)[0].notice.doc_id == "a"
    vectors_b = store.current_generation(root) / "vectors" / "b.npy"
    inode_b = vectors_b.stat().st_ino

    # Adding c embeds c alone; a and b keep their vector files (hard links, same inode).
    (docs / "c.txt").write_text(NOTICE_C, encoding="utf-8")
    report = build(root, counting, add=[docs / "c.txt"])
    assert statuses(report) == {"c.txt": "added"}
    assert counting.encoded and all("丙市" in t for t in counting.encoded)
    assert (store.current_generation(root) / "vectors" / "b.npy").stat().st_ino == inode_b
    assert searcher.search("压减发文数量", k=1)[0].notice.doc_id == "c"  # refreshed by itself

    # Replacing b re-embeds b only.
    (docs / "b.txt").write_text(NOTICE_B.replace("20个", "25个"), encoding="utf-8")
    report = build(root, counting, add=[docs / "b.txt"])
    assert statuses(report) == {"b.txt": "replaced"}
    assert counting.encoded and all("乙县" in t for t in counting.encoded)
    assert "25个" in searcher.search("高空瞭望点位", k=1)[0].passage.text

    # Unchanged files are skipped and nothing is published.
    before = store.current_name(root)
    report = build(root, counting, add=[docs])
    assert set(statuses(report).values()) == {"skipped"} and not report.published
    assert counting.encoded == [] and store.current_name(root) == before

    # Removal by doc id and by file name; nothing re-embedded.
    report = build(root, counting, remove=["a", "c.txt"])
    assert sorted(o.doc_id for o in report.outcomes if o.status == "removed") == ["a", "c"]
    assert counting.encoded == []
    assert {h.notice.doc_id for h in searcher.search("党支部", k=10)} == {"b"}
    assert verify_index(root) == []


def test_sync_build_removes_notices_no_longer_given(tmp_path, docs, counting):
    root = tmp_path / "index"
    build(root, counting, add=[docs], sync=True)
    report = build(root, counting, add=[docs / "a.txt"], sync=True)
    assert statuses(report) == {"a.txt": "skipped", "b": "removed"}
    assert counting.encoded == []


def test_broken_file_is_rejected_alone_and_index_kept(tmp_path, docs, counting, embedder):
    root = tmp_path / "index"
    build(root, counting, add=[docs / "a.txt"])
    (docs / "broken.docx").write_bytes(b"PK\x03\x04 not really a docx")
    (docs / "empty.txt").write_bytes(b"")
    report = build(root, counting, add=[docs])
    found = statuses(report)
    assert found["broken.docx"] == "rejected" and found["empty.txt"] == "rejected"
    assert found["b.txt"] == "added" and found["a.txt"] == "skipped"
    reasons = [o.reason for o in report.outcomes if o.status == "rejected"]
    assert all(reason and any("\u4e00" <= c <= "\u9fff" for c in reason) for reason in reasons)
    searcher = Searcher(root, embedder=embedder)
    assert {h.notice.doc_id for h in searcher.search("应急", k=20)} == {"a", "b"}


def test_failed_build_leaves_live_index_untouched(tmp_path, docs, counting, embedder):
    root = tmp_path / "index"
    build(root, counting, add=[docs / "a.txt"])
    live = store.current_name(root)

    class Exploding(CountingEmbedder):
        def encode_passages(self, texts, progress=None):
            raise RuntimeError("simulated crash while embedding")

    with pytest.raises(RuntimeError):
        update_index(root, add=[docs / "b.txt"], embedder_factory=lambda s: Exploding(embedder),
                     show_progress=False)
    assert store.current_name(root) == live
    leftovers = [p.name for p in (root / store.GENERATIONS).iterdir() if p.name.startswith(".")]
    assert leftovers == []
    assert verify_index(root) == []
    assert {h.notice.doc_id for h in Searcher(root, embedder=embedder).search("应急", k=20)} == {"a"}


def test_reader_keeps_its_generation_while_writer_publishes(tmp_path, docs, counting, embedder):
    root = tmp_path / "index"
    build(root, counting, add=[docs / "a.txt"])
    searcher = Searcher(root, embedder=embedder)
    old = searcher.index
    build(root, counting, add=[docs / "b.txt"])
    # The object loaded before the publish is complete and self-consistent.
    assert len(old.passages) == old.bm25.size == old.dense.ntotal
    assert searcher.refresh() and len(searcher.index.notices) == 2


def test_other_model_is_refused_with_rebuild_hint(tmp_path, docs, counting, embedder):
    root = tmp_path / "index"
    build(root, counting, add=[docs / "a.txt"])
    with pytest.raises(store.IndexIncompatible, match="notices index build"):
        Searcher(root, model="some-other-model", embedder=embedder)
    with pytest.raises(store.IndexIncompatible, match="notices index build"):
        build(root, counting, add=[docs / "b.txt"], model="some-other-model")


def test_missing_index_says_how_to_build(tmp_path):
    with pytest.raises(store.IndexMissing, match="notices index build"):
        Searcher(tmp_path / "nothing-here")


def test_verify_reports_a_damaged_index(tmp_path, docs, counting):
    root = tmp_path / "index"
    build(root, counting, add=[docs], sync=True)
    vectors = store.current_generation(root) / "vectors" / "a.npy"
    vectors.unlink()
    np.save(vectors, np.zeros((1, 384), dtype=np.float32))  # wrong rows, not normalised
    problems = verify_index(root)
    assert problems == ["文档 a 的文件 vectors/a.npy 已损坏 (校验和不符)"]


def test_same_bytes_parsed_differently_are_re_embedded(tmp_path, docs, counting):
    """A newer parser that cuts an unchanged file differently must not leave stale passages."""
    import json

    root = tmp_path / "index"
    build(root, counting, add=[docs], sync=True)
    # Simulate an index written by an older parser: same bytes, other stored passages.
    stored = store.current_generation(root) / "docs" / "a.json"
    data = json.loads(stored.read_text("utf-8"))
    stored.unlink()  # hard-linked into other generations: replace, never edit in place
    data["passages"] = data["passages"][:1]
    stored.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    manifest = store.current_generation(root, check=False) / "manifest.json"
    recorded = json.loads(manifest.read_text("utf-8"))  # that older index was consistent
    recorded["files"]["docs/a.json"] = {"sha256": store.sha256_of(stored),
                                        "size": stored.stat().st_size}
    manifest.unlink()
    manifest.write_text(json.dumps(recorded, ensure_ascii=False), "utf-8")
    report = build(root, counting, add=[docs], sync=True)
    assert statuses(report) == {"a.txt": "replaced", "b.txt": "skipped"}
    assert counting.encoded and all("甲市" in t for t in counting.encoded)


def test_index_of_an_older_layout_is_refused_with_rebuild_hint(tmp_path, docs, counting):
    import json

    root = tmp_path / "index"
    build(root, counting, add=[docs / "a.txt"])
    manifest = store.current_generation(root) / "manifest.json"
    data = json.loads(manifest.read_text("utf-8"))
    manifest.unlink()
    manifest.write_text(json.dumps({"schema_version": 1, "model_id": data["model_id"]}), "utf-8")
    with pytest.raises(store.IndexIncompatible, match="notices index build"):
        Searcher(root)
    report = build(root, counting, add=[docs / "a.txt"], sync=True)  # a build repairs it
    assert statuses(report) == {"a.txt": "added"}
