"""Which approximate FAISS index, and how many lists/neighbours to visit: the measurement behind
index/storage/segments.py's ANN constants.

    python -m eval.bench_ann [--sizes 100000,1000000] [--hnsw-max 100000]

Vectors and queries as in the scale benchmark (eval/bench_data.py: real e5 sample vectors, other
rows normalised mixtures of real vectors of different passages; real query vectors). For each
size and type: build seconds, bytes per row, and per nprobe/efSearch the recall@10 against an
exact inner-product scan and the latency of one query on one thread (as the searcher runs).
Writes eval/reports/ann.{md,json}.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import faiss
import numpy as np

from eval import bench_data
from index.dense.encoder.embedder import Embedder
from index.storage import segments

OUT = Path(__file__).resolve().parent / "reports"
NPROBES = [8, 16, 24, 32, 48, 64, 96, 128]
EFS = [32, 64, 128, 256]
HNSW_M = 32


def recall_and_ms(index: faiss.Index, queries: np.ndarray, exact: np.ndarray,
                  params: faiss.SearchParameters | None,
                  rescore: np.ndarray | None = None) -> tuple[float, float, float]:
    """`rescore`: the float32 vectors; the RERANK x 10 best are re-scored with them, as
    SegmentedDense does for segments.IVF_SQ8."""
    faiss.omp_set_num_threads(1)
    times, hits = [], 0
    depth = 10 if rescore is None else 10 * segments.RERANK
    for q, truth in zip(queries, exact):
        start = time.perf_counter()
        _, found = index.search(q[None], depth, params=params)
        rows = found[0][found[0] >= 0]
        if rescore is not None:
            rows = np.sort(rows)
            rows = rows[np.argsort(-(rescore[rows] @ q), kind="stable")[:10]]
        times.append(time.perf_counter() - start)
        hits += len(set(rows.tolist()) & set(truth.tolist()))
    ms = sorted(t * 1000 for t in times)
    return (round(hits / (10 * len(queries)), 4), round(float(np.median(ms)), 2),
            round(ms[int(0.95 * (len(ms) - 1))], 2))


def ivf(vectors: np.ndarray, quantizer: str) -> faiss.Index:
    d = vectors.shape[1]
    lists = segments.ivf_lists(len(vectors))
    if quantizer == "sq8":
        index = faiss.IndexIVFScalarQuantizer(faiss.IndexFlatIP(d), d, lists,
                                              faiss.ScalarQuantizer.QT_8bit,
                                              faiss.METRIC_INNER_PRODUCT)
    else:
        index = faiss.IndexIVFFlat(faiss.IndexFlatIP(d), d, lists, faiss.METRIC_INNER_PRODUCT)
    index.cp.max_points_per_centroid = segments.IVF_TRAIN_PER_LIST
    index.cp.niter = segments.IVF_TRAIN_ITERATIONS
    index.cp.spherical = True
    index.train(vectors)
    index.add(vectors)
    return index


def hnsw(vectors: np.ndarray) -> faiss.Index:
    index = faiss.IndexHNSWFlat(vectors.shape[1], HNSW_M, faiss.METRIC_INNER_PRODUCT)
    index.add(vectors)
    return index


def index_bytes(index: faiss.Index) -> int:
    return len(faiss.serialize_index(index))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2]
                        / "shared" / "corpora" / "laws")
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--hnsw-max", type=int, default=100_000)
    parser.add_argument("--types", default="ivf-flat,ivf-sq8,hnsw")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"语料目录不存在: {args.corpus} (../shared 仅在开发机和 CI 上提供), 未运行。")
        return 2
    emb = Embedder.load()
    material = bench_data.base(args.corpus)
    real = bench_data.real_vectors(emb, bench_data.sample_texts(material))
    queries = bench_data.query_vectors(emb, bench_data.questions(
        args.corpus.parents[1] / "benchmarks" / "ncp_policies"))
    result: dict = {"real_vectors": len(real), "queries": len(queries), "sizes": {}}
    if (OUT / "ann.json").exists():  # sizes measured by earlier runs are kept
        result["sizes"] = json.loads((OUT / "ann.json").read_text("utf-8"))["sizes"]
    for size in [int(s) for s in args.sizes.split(",")]:
        vectors = bench_data.mixed_vectors(real, size)
        flat = faiss.IndexFlatIP(vectors.shape[1])
        flat.add(vectors)
        faiss.omp_set_num_threads(2)
        _, exact = flat.search(queries, 10)
        row = {"flat": dict(zip(("recall", "p50_ms", "p95_ms"), recall_and_ms(
            flat, queries[:60], exact[:60], None))), "types": {}}
        print(size, "flat", row["flat"], flush=True)
        for kind in args.types.split(","):
            if kind == "hnsw" and size > args.hnsw_max:
                continue
            faiss.omp_set_num_threads(2)
            start = time.perf_counter()
            index = hnsw(vectors) if kind == "hnsw" else ivf(vectors, kind.split("-")[1])
            entry: dict = {"build_s": round(time.perf_counter() - start, 1),
                           "bytes_per_row": round(index_bytes(index) / size, 1), "sweep": []}
            if kind == "hnsw":
                sweep = [(ef, faiss.SearchParametersHNSW(efSearch=ef)) for ef in EFS]
            else:
                entry["nlist"] = index.nlist
                sweep = [(p, faiss.SearchParametersIVF(nprobe=p)) for p in NPROBES
                         if p <= index.nlist]
            for value, params in sweep:
                r, p50, p95 = recall_and_ms(index, queries, exact, params)
                entry["sweep"].append({"param": value, "recall": r, "p50_ms": p50,
                                       "p95_ms": p95})
                print(size, kind, entry["build_s"], value, r, p50, p95, flush=True)
                if kind == "ivf-sq8":  # and as the product searches it: exact re-scoring
                    r, p50, p95 = recall_and_ms(index, queries, exact, params, vectors)
                    entry["sweep"][-1] |= {"rescored_recall": r, "rescored_p50_ms": p50,
                                           "rescored_p95_ms": p95}
                    print(size, kind, "rescored", value, r, p50, p95, flush=True)
            row["types"][kind] = entry
            del index
        result["sizes"][str(size)] = row
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / "ann.json").write_text(json.dumps(result, indent=1), "utf-8")
    (OUT / "ann.md").write_text(markdown(result), "utf-8")
    return 0


def markdown(r: dict) -> str:
    lines = ["# Approximate dense search: type and parameters (`python -m eval.bench_ann`)", "",
             f"{r['real_vectors']} real e5 passage vectors, other rows normalised mixtures of "
             f"real vectors of different passages (eval/bench_data.py); {r['queries']} real "
             "query vectors; recall@10 against an exact inner-product scan; one query at a "
             "time on one thread.", "",
             "| rows | type | lists | build s | bytes/row | nprobe or ef | recall@10 | "
             "p50 ms | p95 ms | SQ8 re-scored: recall@10, p50/p95 ms |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for size, row in r["sizes"].items():
        f = row["flat"]
        lines.append(f"| {int(size):,} | flat | — | — | — | — | {f['recall']} | {f['p50_ms']} "
                     f"| {f['p95_ms']} | — |")
        for kind, e in row["types"].items():
            for s in e["sweep"]:
                lines.append(f"| {int(size):,} | {kind} | {e.get('nlist', '—')} | "
                             f"{e['build_s']} | {e['bytes_per_row']} | {s['param']} | "
                             f"{s['recall']} | {s['p50_ms']} | {s['p95_ms']} | "
                             + (f"{s['rescored_recall']}, {s['rescored_p50_ms']} / "
                                f"{s['rescored_p95_ms']} |" if "rescored_recall" in s
                                else "— |"))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
