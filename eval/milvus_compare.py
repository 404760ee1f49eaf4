"""Both index backends side by side in one run: retrieval quality, identical BM25 top-10s,
query latency and the process's memory (`python -m eval.milvus_compare`).

The index is built in a temporary folder with the real model (ONNX encoder: 4x the torch
rate, eval/reports/bench.md), synced to an embedded Milvus Lite file beside it, and both
searchers answer the same questions. NCPPolicies is skipped, and said so, when absent.

    python -m eval.milvus_compare --ncp ../shared/benchmarks/ncp_policies
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

import corpus
from index.builder import update_index
from index.searcher import Searcher

MODES = ("bm25", "dense", "hybrid")
ENCODER = "onnx-fp32"


def _searchers(root: Path, embedder, uri: Path) -> dict[str, Searcher]:
    out = {}
    for backend in ("files", "milvus"):
        os.environ["NOTICES_BACKEND"] = backend
        os.environ["NOTICES_MILVUS_URI"] = str(uri)
        out[backend] = Searcher(root, embedder=embedder)
    os.environ.pop("NOTICES_BACKEND")
    return out


def _build(root: Path, paths: list[Path], embedder, uri: Path) -> dict[str, Searcher]:
    os.environ["NOTICES_BACKEND"] = "milvus"  # the writer syncs Milvus in its lock
    os.environ["NOTICES_MILVUS_URI"] = str(uri)
    started = time.perf_counter()
    report = update_index(root, add=paths, sync=True, embedder_factory=lambda s: embedder,
                          show_progress=False)
    print(f"  built {report.passage_count} passages in {time.perf_counter() - started:.0f} s")
    return _searchers(root, embedder, uri)


def _same_top10(searchers: dict[str, Searcher], questions: list[str]) -> dict:
    """Share of questions whose top-10 passage lists are identical, per mode, and latency."""
    same = {m: 0 for m in MODES}
    times = {b: {m: [] for m in MODES} for b in searchers}
    for q in questions:
        for mode in MODES:
            lists = {}
            for backend, searcher in searchers.items():
                started = time.perf_counter()
                hits = searcher.search(q, k=10, mode=mode)
                times[backend][mode].append(time.perf_counter() - started)
                lists[backend] = [h.passage.passage_id for h in hits]
            same[mode] += lists["files"] == lists["milvus"]
    return {"identical_top10": {m: round(same[m] / len(questions), 4) for m in MODES},
            "latency_ms_p50": {b: {m: round(statistics.median(t) * 1000, 2)
                                   for m, t in ms.items()} for b, ms in times.items()}}


def own(work: Path, embedder) -> dict:
    from eval.own_set import evaluate_own
    from eval.questions import DEFAULT_SET, load_questions

    searchers = _build(work / "own", [corpus.shipped_notices_dir()], embedder,
                       work / "own.db")
    questions = load_questions(DEFAULT_SET)
    result = {"questions": len(questions)}
    for backend, searcher in searchers.items():
        modes = evaluate_own(searcher, questions, MODES).modes
        result[backend] = {m: {"R@5": round(r.overall.recall[5], 4),
                               "MRR@10": round(r.overall.mrr, 4)} for m, r in modes.items()}
    return result | _same_top10(searchers, [q.question for q in questions])


def ncp(folder: Path, work: Path, embedder) -> dict:
    from eval.ncp import evaluate_ncp, load_ncp, materialise

    docs, questions = load_ncp(folder)
    paths = materialise(docs, work / "ncp-docs")
    searchers = _build(work / "ncp", paths, embedder, work / "ncp.db")
    result = {"questions": len(questions)}
    for backend, searcher in searchers.items():
        modes = evaluate_ncp(searcher, questions, MODES, show_progress=False).modes
        result[backend] = {m: {"doc R@1": round(r.doc.recall[1], 4),
                               "doc R@5": round(r.doc.recall[5], 4),
                               "doc MRR@10": round(r.doc.mrr, 4),
                               "passage R@5": round(r.passage.recall[5], 4)}
                           for m, r in modes.items()}
    return result | _same_top10(searchers, [q.question for q in questions])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ncp", type=Path, default=Path("../shared/benchmarks/ncp_policies"))
    parser.add_argument("--out", type=Path, default=Path("eval/reports/milvus_compare.json"))
    args = parser.parse_args(argv)
    from index.encoder.embedder import Embedder

    embedder = Embedder.load(encoder=ENCODER)
    with tempfile.TemporaryDirectory(prefix="notices-milvus-") as folder:
        work = Path(folder)
        print("own set…", flush=True)
        result = {"own": own(work, embedder)}
        print(json.dumps(result["own"], ensure_ascii=False), flush=True)
        if (args.ncp / "documents.jsonl").is_file():
            print("NCP…", flush=True)
            result["ncp"] = ncp(args.ncp, work, embedder)
        else:
            result["ncp"] = f"absent: {args.ncp} has no documents.jsonl"
        print(json.dumps(result["ncp"], ensure_ascii=False), flush=True)
    # Milvus Lite runs its engine in a child process: its memory is the children's peak.
    result["peak_rss_mb"] = {
        "this process": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "children (milvus lite)": round(
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)}
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    print(json.dumps(result["peak_rss_mb"]), f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
