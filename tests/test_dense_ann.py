"""Approximate dense search (index.storage.segments: IVF with 8-bit lists and exact re-scoring)
on real e5 vectors: the shipped notices stay flat; forced into IVF they keep recall@10 against
an exact scan; indexes whose big segments an earlier version wrote as IVF-flat still open,
verify and rank as before."""
from __future__ import annotations

import json
from pathlib import Path

import faiss
import numpy as np

import corpus
from index.builder import update_index
from index.search.loaded import LoadedIndex, SegmentedDense
from index.search.searcher import Searcher
from index.storage import segments, store
from index.storage.manifest import Manifest
from index.verify import verify_index

QUESTIONS = Path(__file__).resolve().parents[1] / "eval" / "questions.jsonl"
# The bar for approximate search: recall@10 against an exact scan.
MIN_RECALL = 0.95


def own_questions() -> list[str]:
    return [json.loads(line)["question"] for line in QUESTIONS.read_text("utf-8").splitlines()
            if line.strip()]


def test_the_shipped_notices_stay_flat(seed_index):
    manifest = Manifest.load(store.current_generation(seed_index))
    assert set(manifest.dense_types.values()) == {segments.FLAT}
    assert manifest.passage_count < segments.ANN_FROM


def test_ivf_on_real_vectors_keeps_recall_and_exact_scores(seed_index, embedder, monkeypatch):
    vectors = LoadedIndex.open(seed_index).dense.vectors()
    vectors = vectors[np.any(vectors != 0, axis=1)]
    # Many lists for few rows, as a big segment has: ~5 rows a list instead of 39.
    monkeypatch.setattr(segments, "ANN_FROM", 1)
    monkeypatch.setattr(segments, "IVF_MIN_PER_LIST", 5)
    index, kind, params = segments.dense_index(vectors, vectors.shape[1])
    assert kind == segments.IVF_SQ8 and params["nlist"] >= 50
    assert params["nprobe"] < params["nlist"]  # approximate: not every list is scanned
    dense = SegmentedDense([index], [None], vectors.shape[1], [vectors])
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)
    queries = embedder.encode_queries(own_questions())
    _, exact = flat.search(queries, 10)
    key = np.arange(len(vectors))
    found = 0
    for query, truth in zip(queries, exact):
        hits = dense.search(query[None], 10, None, key)
        rows = [r for r, _ in hits]
        np.testing.assert_allclose([s for _, s in hits], vectors[rows] @ query, atol=1e-5)
        found += len(set(rows) & set(truth.tolist()))
    assert found / (10 * len(queries)) >= MIN_RECALL


def as_written_by_the_previous_version(root: Path) -> None:
    """Rewrite the big segment as the previous version wrote it: IVF with float32 lists,
    no exact vectors file, kind segments.IVF in the manifest."""
    folder = store.current_generation(root)
    manifest = Manifest.load(folder)
    (name,) = manifest.segments
    seg = folder / segments.SEGMENTS / name
    vectors = np.load(seg / segments.EXACT_VECTORS)
    old = faiss.IndexIVFFlat(faiss.IndexFlatIP(vectors.shape[1]), vectors.shape[1],
                             manifest.dense_params[name]["nlist"], faiss.METRIC_INNER_PRODUCT)
    old.train(vectors)
    old.add(vectors)
    old.nprobe = manifest.dense_params[name]["nprobe"]
    (seg / "dense.faiss").unlink()  # hard-linked files: write a new one
    faiss.write_index(old, str(seg / "dense.faiss"))
    (seg / segments.EXACT_VECTORS).unlink()
    prefix = f"{segments.SEGMENTS}/{name}/"
    del manifest.files[prefix + segments.EXACT_VECTORS]
    path = seg / "dense.faiss"
    manifest.files[prefix + "dense.faiss"] = {"sha256": store.sha256_of(path),
                                              "size": path.stat().st_size}
    manifest.dense_types[name] = segments.IVF
    manifest.save(folder)


def test_an_index_with_an_old_ivf_flat_segment_opens_verifies_and_ranks_alike(
        tmp_path, embedder, monkeypatch):
    shipped = [corpus.shipped_notices_dir()]
    flat_root, old_root = tmp_path / "flat", tmp_path / "old"
    update_index(flat_root, add=shipped, sync=True, embedder_factory=lambda s: embedder,
                 show_progress=False)
    monkeypatch.setattr(segments, "ANN_FROM", 1)
    update_index(old_root, add=shipped, sync=True, embedder_factory=lambda s: embedder,
                 show_progress=False)
    as_written_by_the_previous_version(old_root)
    assert verify_index(old_root) == []
    old = Searcher(old_root, embedder=embedder)
    assert isinstance(old.index.dense.parts[0], faiss.IndexIVFFlat)
    assert old.index.dense.exact == [None]
    flat = Searcher(flat_root, embedder=embedder)
    nlist = old.index.dense.parts[0].nlist
    for question in own_questions()[:10]:
        old_hits = old.search(question, k=10, mode="dense")
        flat_ids = [h.passage.passage_id for h in flat.search(question, k=10, mode="dense")]
        assert len(old_hits) == 10
        if nlist == 1:  # one list: the old index scans everything, so it ranks as flat
            assert [h.passage.passage_id for h in old_hits] == flat_ids
