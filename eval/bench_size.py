"""One size of the scale benchmark, in a fresh process (eval/bench.py starts one per size, so
no size inherits another's memory or caches).

    python -m eval.bench_size SIZE CORPUS WORK OUT.json

Builds the index parts of SIZE passages with the product's builder functions from
already-parsed, already-tokenised passages (eval/bench_data.py): BM25 term counts
(TermCounts.build) and the FAISS index a build would choose (segments.dense_index), written
as one segment; measures the build rate, bytes per passage, recall@10 of the approximate
index against an exact scan (real query vectors), and the cost of adding one notice (real
embedding of its passages; a new segment for it, as an update writes). Then a separate process
(eval/bench_serve.py) opens the folder and answers queries: latency and serving memory.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import faiss
import numpy as np

from eval import bench_data
from eval.bench_serve import SEGMENT
from index.builder import tokenize_notice
from index.dense.encoder.embedder import Embedder
from index.lexical.bm25 import TermCounts
from index.lexical.tokenizer import Tokenizer
from index.passage_text import passage_text
from index.search.loaded import SegmentedDense
from index.storage import segments, store


def build(size: int, material: bench_data.Base, real: np.ndarray, folder: Path) -> dict:
    """The segment of `size` rows and the notice files it cites; returns its build timings."""
    n = len(material.passage_tokens)
    rows = np.arange(size) % n
    copy = np.arange(size) // n
    docs = len(material.notices)
    row_doc = material.row_doc[rows] + copy * docs
    counts = np.bincount(row_doc)
    notice_ids = [notice.doc_id for notice in material.notices]
    for sub in ("docs", "tokens", "vectors"):  # the layout of a generation (store)
        (folder / sub).mkdir()
    for notice in material.notices:  # the notice files hits are read from (lazily)
        store.write_doc(folder, notice, store.DocTokens([], []), np.zeros((0, real.shape[1])))
    tokens = bench_data.varied_tokens(material.passage_tokens, size)
    doc_tokens = [material.document_tokens[d % docs] for d in range(len(counts))]
    vectors = bench_data.mixed_vectors(real, size)
    seg = folder / segments.SEGMENTS / SEGMENT
    seg.mkdir(parents=True)
    start = time.perf_counter()
    TermCounts.build(tokens).save(seg, "passages")
    TermCounts.build(doc_tokens).save(seg, "documents")
    bm25_s = time.perf_counter() - start
    del tokens, doc_tokens
    start = time.perf_counter()
    dense, kind, params = segments.dense_index(vectors, real.shape[1])
    segments.write_dense(seg, dense, kind, vectors)
    dense_s = time.perf_counter() - start
    (seg / "docs.json").write_text(json.dumps(
        [[notice_ids[d % docs], int(c)] for d, c in enumerate(counts)], ensure_ascii=False),
        "utf-8")
    (folder / "bench.json").write_text(json.dumps({"kind": kind, "notice_ids": notice_ids}),
                                       "utf-8")
    return {"bm25_build_s": round(bm25_s, 2), "dense_build_s": round(dense_s, 2),
            "build_passages_per_s": round(size / (bm25_s + dense_s), 1),
            "dense_type": kind, "dense_params": params, "vectors": vectors, "index": dense}


def recall(index: faiss.Index, vectors: np.ndarray, queries: np.ndarray) -> dict:
    """Recall@10 of the segment's index, searched as the searcher does (SegmentedDense, one
    thread), against an exact inner-product scan of the same vectors."""
    exact = exact_top10(vectors, queries)
    faiss.omp_set_num_threads(1)
    dense = SegmentedDense([index], [None], vectors.shape[1],
                           [vectors if isinstance(index, faiss.IndexIVFScalarQuantizer)
                            else None])
    key = np.arange(len(vectors), dtype=np.int64)
    found, times = 0, []
    for query, truth in zip(queries, exact):
        start = time.perf_counter()
        hits = dense.search(query[None], 10, None, key)
        times.append(time.perf_counter() - start)
        found += len({r for r, _ in hits} & set(truth.tolist()))
    ms = sorted(t * 1000 for t in times)
    return {"recall_at_10": round(found / (10 * len(queries)), 4), "queries": len(queries),
            "faiss_p50_ms": round(float(np.median(ms)), 2),
            "faiss_p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 2)}


def exact_top10(vectors: np.ndarray, queries: np.ndarray, block: int = 100_000) -> np.ndarray:
    """Rows of the 10 highest inner products per query, by blocks (no second copy of the
    vectors in memory); ties to the lower row, as a flat FAISS scan."""
    best_rows = np.zeros((len(queries), 0), dtype=np.int64)
    best_scores = np.zeros((len(queries), 0), dtype=np.float32)
    for start in range(0, len(vectors), block):
        scores = queries @ vectors[start:start + block].T
        top = np.argpartition(-scores, min(10, scores.shape[1] - 1), axis=1)[:, :10]
        best_rows = np.hstack([best_rows, top + start])
        best_scores = np.hstack([best_scores, np.take_along_axis(scores, top, axis=1)])
        order = np.lexsort((best_rows, -best_scores), axis=1)[:, :10]
        best_rows = np.take_along_axis(best_rows, order, axis=1)
        best_scores = np.take_along_axis(best_scores, order, axis=1)
    return best_rows


def add_one_notice(material: bench_data.Base, folder: Path, dimension: int) -> dict:
    """Adding one notice, split: embedding its passages (the real encoder) and writing the
    small segment an update adds for it (tokens, BM25 counts, a flat FAISS index). What an
    update does beyond this (linking the other segments' files, the manifest, publishing) is
    measured by the builder's own benchmark; here no product generation of this size exists."""
    notice = min(material.notices, key=lambda n: len(n.passages) if len(n.passages) >= 20
                 else 10**9)
    emb = Embedder.load()
    texts = [passage_text(notice, p) for p in notice.passages]
    emb.encode_passages(texts[:2])  # model loading is not part of an update's cost
    start = time.perf_counter()
    vectors = emb.encode_passages(texts)
    embed_s = time.perf_counter() - start
    tokenizer = Tokenizer()
    tokenizer.tokenize(texts[0])  # loading jieba is not part of an update's cost either
    start = time.perf_counter()
    tokens = tokenize_notice(notice, tokenizer)
    seg = folder / segments.SEGMENTS / "added"
    seg.mkdir(parents=True)
    TermCounts.build(tokens.passages).save(seg, "passages")
    TermCounts.build([tokens.document]).save(seg, "documents")
    dense, kind, _ = segments.dense_index(vectors, dimension)
    segments.write_dense(seg, dense, kind, vectors)
    segment_s = time.perf_counter() - start
    return {"passages": len(texts), "embedding_s": round(embed_s, 2),
            "new_segment_s": round(segment_s, 3)}


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    size, corpus_dir, work, out = int(args[0]), Path(args[1]), Path(args[2]), Path(args[3])
    ncp = corpus_dir.parents[1] / "benchmarks" / "ncp_policies"
    emb = Embedder.load()
    material = bench_data.base(corpus_dir)
    real = bench_data.real_vectors(emb, bench_data.sample_texts(material), progress=False)
    queries = bench_data.query_vectors(emb, bench_data.questions(ncp))
    folder = work / f"size-{size}"
    folder.mkdir(parents=True)
    built = build(size, material, real, folder)
    vectors, index = built.pop("vectors"), built.pop("index")
    row = {"passages": size, **built,
           "copied_text": size > len(material.passage_tokens),
           "real_vectors": min(size, len(real)), "mixed_vectors": max(0, size - len(real))}
    segment_bytes = folder_bytes(folder / segments.SEGMENTS / SEGMENT)
    row["index_bytes_per_passage"] = round(segment_bytes / size, 1)
    row["dense_bytes_per_passage"] = round(
        (folder / segments.SEGMENTS / SEGMENT / "dense.faiss").stat().st_size / size, 1)
    row["recall"] = recall(index, vectors, queries)
    del vectors, index
    print(f"  built {size}: {row}", flush=True)
    served = folder / "served.json"
    subprocess.run([sys.executable, "-m", "eval.bench_serve", str(folder), str(served),
                    str(ncp)], check=True)
    row["serving"] = json.loads(served.read_text("utf-8"))
    row["add_one_notice"] = add_one_notice(material, folder, real.shape[1])
    out.write_text(json.dumps(row, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
