"""The Milvus backend (embedded Milvus Lite in a tmp file) against the file backend.

Same index, same questions: BM25 top-10 with equal scores, and the same dense and hybrid
rankings; then add, replace and remove notices through the writer with Milvus selected, a
reader pinned to a generation across a publication, a reader started between a publication
and its sync, a rollback (synced in the writer lock) and a sync killed before its commit.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import corpus
from ui.cli.main import main
from index.builder import update_index
from index.milvus import layout
from index.milvus.layout import OPEN
from index.milvus.search import GenerationNotSynced
from index.milvus.sync import live_generation, sync_index
from index.search.searcher import Searcher

QUESTIONS = [json.loads(line)["question"]
             for line in (Path(__file__).parents[1] / "eval" / "questions.jsonl")
             .read_text("utf-8").splitlines()][:30]


def _milvus_env(monkeypatch, uri: Path) -> None:
    monkeypatch.setenv("NOTICES_BACKEND", "milvus")
    monkeypatch.setenv("NOTICES_MILVUS_URI", str(uri))


# FAISS and Milvus both compute float32 inner products, but not in the same order of
# operations: two passages with near-identical vectors (a copied notice embedded in another
# batch) can score within the last float32 digits of each other, and then the engines may
# order them differently. Seen on this machine: 001#0033 and its copy 900_added#0033 swapped
# places 5 and 6 of one dense query.
FLOAT_TIE = 1e-5


def _same_results(files: Searcher, milvus: Searcher, questions=QUESTIONS, **filters) -> None:
    for question in questions:
        for mode in ("bm25", "dense", "hybrid"):
            a = files.search(question, k=10, mode=mode, **filters)
            b = milvus.search(question, k=10, mode=mode, **filters)
            if mode == "bm25":  # exact rescoring: the very same ranking and float64 scores
                assert [h.passage.passage_id for h in a] == \
                    [h.passage.passage_id for h in b], (question, mode)
                assert [h.score for h in a] == [h.score for h in b], question
                continue
            # Identical rankings, except that passages tied within FLOAT_TIE may swap places
            # (the last group may be cut differently by k).
            assert [h.score for h in a] == pytest.approx([h.score for h in b], abs=FLOAT_TIE)
            assert _tie_groups(a)[:-1] == _tie_groups(b)[:-1], (question, mode)


def _tie_groups(hits) -> list[set[str]]:
    """The ranking as consecutive groups of passages whose scores lie within FLOAT_TIE."""
    groups: list[tuple[float, set[str]]] = []
    for h in hits:
        if groups and groups[-1][0] - h.score <= FLOAT_TIE:
            groups[-1][1].add(h.passage.passage_id)
        else:
            groups.append((h.score, {h.passage.passage_id}))
    return [ids for _, ids in groups]


@pytest.fixture()
def copied_index(seed_index, tmp_path) -> Path:
    """A private copy of the session's index, for tests that publish."""
    root = tmp_path / "index"
    shutil.copytree(seed_index, root, ignore=shutil.ignore_patterns(".lock"))
    return root


def test_rankings_equal_the_file_backend(seed_index, searcher, embedder, tmp_path,
                                         monkeypatch):
    report = sync_index(seed_index, str(tmp_path / "m.db"))
    assert report.written_notices == len(searcher.index.notices)
    _milvus_env(monkeypatch, tmp_path / "m.db")
    milvus = Searcher(seed_index, embedder=embedder)
    assert milvus.backend is not None and milvus.index.name == searcher.index.name
    _same_results(searcher, milvus)
    # filters: an agency, and a set of notices
    agency = next(iter(searcher.index.notices.values())).meta.agency
    _same_results(searcher, milvus, QUESTIONS[:8], agency=agency)
    docs = list(searcher.index.notices)[1:3]
    _same_results(searcher, milvus, QUESTIONS[:8], docs=docs)
    assert milvus.search(QUESTIONS[0], docs=[]) == []
    assert sync_index(seed_index, str(tmp_path / "m.db")).unchanged


def _notice_copy(tmp_path: Path, name: str, source: str, extra: str) -> Path:
    """A shipped notice under another name (or the same), its text changed by `extra`."""
    original = corpus.shipped_notices_dir() / source
    path = tmp_path / "new" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(original.read_text("utf-8") + "\n\n" + extra + "\n", "utf-8")
    return path


def test_add_replace_remove_keep_rankings_equal(copied_index, embedder, tmp_path, monkeypatch):
    uri = tmp_path / "m.db"
    _milvus_env(monkeypatch, uri)
    factory = {"embedder_factory": lambda spec: embedder, "show_progress": False}
    update_index(copied_index, **factory)  # nothing changed: the first sync fills Milvus
    milvus = Searcher(copied_index, embedder=embedder)
    sources = sorted(p.name for p in corpus.shipped_notices_dir().iterdir())

    added = _notice_copy(tmp_path, "900_added.txt", sources[1],
                         "三、其他事项\n各支部要加强安全生产培训, 合并后的党支部每月开展一次学习。")
    replaced = _notice_copy(tmp_path, sources[2], sources[2],
                            "四、补充说明\n应急值守制度已修订, 党支部书记带班值守。")
    steps = [dict(add=[added]), dict(add=[replaced]), dict(remove=[Path(sources[0]).stem])]
    for step in steps:
        report = update_index(copied_index, **step, **factory)
        assert report.published, step
        monkeypatch.setenv("NOTICES_BACKEND", "files")
        files = Searcher(copied_index, embedder=embedder)
        monkeypatch.setenv("NOTICES_BACKEND", "milvus")
        milvus.refresh()
        assert milvus.index.name == files.index.name == report.generation
        _same_results(files, milvus, QUESTIONS[:15])
    # Milvus holds exactly the notices of the manifest, one version each
    client = layout.connect(str(uri))
    names = layout.names(copied_index)
    live = live_generation(client, names)["seq"]
    held = client.query(names.rows, filter=f"kind == 1 and {layout.visible(live)}",
                        output_fields=["doc_id"])
    assert sorted(r["doc_id"] for r in held) == sorted(milvus.index.notices)
    assert Path(sources[0]).stem not in {r["doc_id"] for r in held}
    client.close()


def test_reader_pinned_across_a_publication(copied_index, embedder, tmp_path, monkeypatch):
    _milvus_env(monkeypatch, tmp_path / "m.db")
    factory = {"embedder_factory": lambda spec: embedder, "show_progress": False}
    update_index(copied_index, **factory)
    reader = Searcher(copied_index, embedder=embedder)
    pinned = reader.index
    gone = reader.search(QUESTIONS[0], k=1, mode="bm25")[0].notice.doc_id
    before = [h.passage.passage_id for h in reader.search(QUESTIONS[0], index=pinned)]

    update_index(copied_index, remove=[gone], **factory)
    # the pinned generation still finds the removed notice, in the same order
    assert [h.passage.passage_id for h in reader.search(QUESTIONS[0], index=pinned)] == before
    # the next search follows the publication and no longer sees it
    after = reader.search(QUESTIONS[0], k=10)
    assert reader.index.name != pinned.name
    assert after and gone not in {h.notice.doc_id for h in after}


def _synced_name(uri: Path, root: Path) -> str:
    client = layout.connect(str(uri))
    try:
        return live_generation(client, layout.names(root))["name"]
    finally:
        client.close()


ADDED = "三、其他事项\n各支部要加强安全生产培训, 合并后的党支部每月开展一次学习。"


def test_a_reader_started_before_the_sync_serves_the_synced_generation(
        copied_index, embedder, tmp_path, monkeypatch):
    uri = tmp_path / "m.db"
    _milvus_env(monkeypatch, uri)
    factory = {"embedder_factory": lambda spec: embedder, "show_progress": False}
    with pytest.raises(GenerationNotSynced, match="尚未同步到 Milvus"):
        Searcher(copied_index, embedder=embedder)  # nothing synced at all: said in Chinese
    update_index(copied_index, **factory)
    synced = (copied_index / "CURRENT").read_text("utf-8").strip()
    # a publication whose sync has not run (its writer did not select Milvus)
    monkeypatch.setenv("NOTICES_BACKEND", "files")
    source = sorted(p.name for p in corpus.shipped_notices_dir().iterdir())[1]
    report = update_index(copied_index, add=[_notice_copy(tmp_path, "900_added.txt", source,
                                                          ADDED)], **factory)
    files = Searcher(copied_index, embedder=embedder)
    monkeypatch.setenv("NOTICES_BACKEND", "milvus")

    reader = Searcher(copied_index, embedder=embedder)
    assert reader.index.name == synced != report.generation
    assert reader.search(ADDED, docs=["900_added"]) == []  # not served before its sync
    assert reader.search(QUESTIONS[0], k=3)  # the synced generation answers meanwhile
    assert reader.index.name == synced

    sync_index(copied_index, str(uri))
    assert reader.search(ADDED, k=3, docs=["900_added"])  # the next search follows the sync
    assert reader.index.name == report.generation == files.index.name
    _same_results(files, reader, QUESTIONS[:10])


def test_rollback_syncs_milvus_in_the_writer_lock(copied_index, embedder, tmp_path,
                                                  monkeypatch, capsys):
    uri = tmp_path / "m.db"
    _milvus_env(monkeypatch, uri)
    factory = {"embedder_factory": lambda spec: embedder, "show_progress": False}
    update_index(copied_index, **factory)
    source = sorted(p.name for p in corpus.shipped_notices_dir().iterdir())[1]
    update_index(copied_index, add=[_notice_copy(tmp_path, "900_added.txt", source, ADDED)],
                 **factory)
    reader = Searcher(copied_index, embedder=embedder)
    assert reader.search(ADDED, k=3, docs=["900_added"])

    assert main(["index", "rollback", "--index-dir", str(copied_index)]) == 0
    assert "已同步到该版本" in capsys.readouterr().out
    restored = (copied_index / "CURRENT").read_text("utf-8").strip()
    assert _synced_name(uri, copied_index) == restored  # synced before the command returned
    assert reader.search(ADDED, docs=["900_added"]) == []  # the reader follows the rollback
    assert reader.index.name == restored
    monkeypatch.setenv("NOTICES_BACKEND", "files")
    _same_results(Searcher(copied_index, embedder=embedder), reader, QUESTIONS[:10])


def test_a_sync_killed_before_its_commit_is_undone(copied_index, tmp_path):
    uri = str(tmp_path / "m.db")
    sync_index(copied_index, uri)
    client = layout.connect(uri)
    names = layout.names(copied_index)
    live = live_generation(client, names)["seq"]
    # what a killed sync of generation live+1 leaves: new rows, and old rows closed
    row = client.query(names.rows, filter="kind == 0", output_fields=["*"], limit=1)[0]
    client.insert(names.rows, [dict(row) | {"pk": ((live + 1) << 32) | 7,
                                            "gen_from": live + 1}])
    client.upsert(names.rows, [dict(row) | {"gen_to": live + 1}])
    client.close()

    # the next sync (a republished copy of the live generation, as `index rollback` makes)
    # removes the orphan row and reopens the closed one
    generations = copied_index / "generations"
    live_name = (copied_index / "CURRENT").read_text("utf-8").strip()
    shutil.copytree(generations / live_name, generations / "again")
    manifest = json.loads((generations / "again" / "manifest.json").read_text("utf-8"))
    (copied_index / "CURRENT").write_text("again", "utf-8")
    report = sync_index(copied_index, uri)
    assert report.seq == live + 1 and report.written_notices == 0
    assert report.closed_notices == 0
    client = layout.connect(uri)
    assert client.query(names.rows, filter=f"pk == {((live + 1) << 32) | 7}",
                        output_fields=["pk"]) == []
    reopened = client.query(names.rows, filter=f"pk == {row['pk']}", output_fields=["gen_to"])
    assert reopened[0]["gen_to"] == OPEN
    counted = client.query(names.rows, filter=layout.visible(live + 1),
                           output_fields=["count(*)"])[0]["count(*)"]
    assert counted == manifest["passage_count"] + len(manifest["documents"])
    client.close()


def test_a_bad_uri_is_refused_in_chinese(seed_index):
    with pytest.raises(layout.MilvusUnavailable, match="须以 .db 结尾"):
        sync_index(seed_index, str(seed_index / "milvus.sqlite"))


def test_bounds_hold_the_exact_score_under_any_avgdl_change():
    """What lets a search rescore only the candidates that can reach the top: the exact
    score of a row stored under another avgdl lies within rescaled_bounds, and no row grows
    by more than growth_bound."""
    import numpy as np

    from index.milvus.weights import (exact_score, growth_bound, rescaled_bounds,
                                      saturation)

    rng = np.random.default_rng(0)
    for _ in range(2000):
        length = int(rng.integers(1, 3000))
        row_avgdl, avgdl = (float(x) for x in rng.uniform(20, 400, 2))
        tfs = [int(t) for t in rng.integers(1, 30, rng.integers(1, 12))]
        query = [(float(rng.uniform(0.01, 9)), float(rng.integers(1, 3))) for _ in tfs]
        stored = sum(idf * m * saturation(tf, length, row_avgdl)
                     for (idf, m), tf in zip(query, tfs))
        exact = exact_score(query, [(tf, 0.0) for tf in tfs], length, avgdl)
        low, high = rescaled_bounds(stored, length, row_avgdl, avgdl)
        assert low * (1 - 1e-12) <= exact <= high * (1 + 1e-12)
        assert exact <= stored * growth_bound((row_avgdl, row_avgdl), avgdl) * (1 + 1e-12)
