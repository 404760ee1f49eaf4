"""The serving side of the scale benchmark, run as its own process (eval/bench_size.py starts
it): open one benchmark index folder the way the product opens a generation (segments
memory-mapped by index.storage.segments.load_segment, notices read lazily from their files),
answer the benchmark's queries in bm25, dense and hybrid mode (query embedding included), and
report the latencies and this process's memory: what serving an index of that size costs.

    python -m eval.bench_serve FOLDER OUT.json
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

from eval import bench_data
from index.dense.encoder.embedder import Embedder
from index.lexical.bm25 import BM25Index
from index.search.loaded import LazyNotices, LazyPassages, LoadedIndex, SegmentedDense
from index.search.searcher import Searcher
from index.storage import segments
from index.storage.manifest import Manifest

REPEATS = 2  # each query is timed this often per mode; p50/p95 over all timings
SERVED_QUERIES = 60  # of the benchmark's real questions (its own 20, then NCP ones)
SEGMENT = "bench"  # the one segment of a benchmark index folder


def memory_mb() -> dict[str, float]:
    """Resident memory now (VmRSS: anonymous and touched file pages, mmapped index
    included) and at its peak (VmHWM)."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key = line.split(":")[0]
        if key in ("VmRSS", "VmHWM"):
            out[key] = round(int(line.split()[1]) / 1024, 1)
    return out


def open_index(folder: Path, emb: Embedder) -> LoadedIndex:
    """The benchmark folder as a LoadedIndex: one segment, no masked rows (as a compacted
    generation). Notices of copied rows are the files of the notices they copy."""
    meta = json.loads((folder / "bench.json").read_text("utf-8"))
    part = segments.load_segment(folder, SEGMENT, meta["kind"])
    counts = np.array(part.counts, dtype=np.int64)
    row_doc = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
    doc_start = np.concatenate([[0], np.cumsum(counts)])[:-1].astype(np.int64)
    notices = LazyNotices(folder, meta["notice_ids"])
    manifest = Manifest(model_id=emb.model_id, dimension=emb.dimension, tokenizer_signature="",
                        passage_text_version="", built_at="", encoder=emb.encoder_id,
                        segments={SEGMENT: part.rows}, dense_types={SEGMENT: meta["kind"]})
    return LoadedIndex(
        name=SEGMENT, manifest=manifest, notices=notices,
        passages=LazyPassages(notices, part.doc_ids, row_doc, doc_start),
        bm25=BM25Index([part.passages], [None]), doc_bm25=BM25Index([part.documents], [None]),
        row_doc=row_doc,
        dense=SegmentedDense([part.dense], [None], emb.dimension, [part.exact]),
        doc_ids=part.doc_ids, doc_row={}, row_key=np.arange(part.rows, dtype=np.int64),
        folder=folder)


def percentiles(times: list[float]) -> dict[str, float]:
    ms = sorted(t * 1000 for t in times)
    return {"p50": round(float(np.median(ms)), 2),
            "p95": round(ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))], 2)}


def serve(folder: Path, queries: list[str]) -> dict:
    before = memory_mb()
    emb = Embedder.load()
    emb.prepare_queries()
    with_model = memory_mb()
    start = time.perf_counter()
    searcher = Searcher.over(open_index(folder, emb), emb)
    open_s = time.perf_counter() - start
    latency = {}
    for mode in ("bm25", "dense", "hybrid"):
        searcher.search(queries[0], k=10, mode=mode)  # warm-up
        times = []
        for _ in range(REPEATS):
            for q in queries:
                searcher.forget_query_vectors()  # every timing includes the query embedding
                start = time.perf_counter()
                searcher.search(q, k=10, mode=mode)
                times.append(time.perf_counter() - start)
        latency[mode] = percentiles(times)
    after = memory_mb()
    return {"open_s": round(open_s, 2), "latency_ms": latency, "queries": len(queries),
            "repeats": REPEATS, "rss_mb": after["VmRSS"], "peak_rss_mb": after["VmHWM"],
            "rss_before_model_mb": before["VmRSS"],
            "model_mb": round(with_model["VmRSS"] - before["VmRSS"], 1)}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder, out = Path(args[0]), Path(args[1])
    ncp = Path(args[2]) if len(args) > 2 else Path("/nonexistent")
    queries = bench_data.questions(ncp)[:SERVED_QUERIES]
    out.write_text(json.dumps(serve(folder, queries), indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
