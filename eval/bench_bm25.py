"""BM25 top-k: exhaustive scoring, MaxScore in numpy and compiled MaxScore
(index.lexical.compiled), side by side in one run.

    python -m eval.bench_bm25 --index DIR [--sizes 100000,all,1000000] [--queries 400]
                              [--out eval/reports]

DIR is an index built by the product (`notices index build`, or eval.bench's build) from the
laws corpus; its segments' term counts are the passages measured. A size below the index's
takes its first rows; a size above it repeats them with varied text (replicate(): each copy
drops, recounts and swaps some terms of every passage, so copies are neither identical nor
tied, and document frequencies keep growing with the size as a real archive's do).

Per size and per k (10, and the searcher's depth index.search.searcher.CANDIDATES), for every
query: the three paths, which runs first rotating query by query, each timed; the share of queries
whose rows and scores are identical (bit for bit), unfiltered and with an agency-like filter
(the rows of FILTER_SHARE of the notices). Queries: eval.bench's, the own question set, and
NCP questions when /work/shared holds them. With more than one size, bm25.md also gives each
path's growth from the first size to the last. Writes bm25.json and bm25.md.

eval.bench can call compare(bm25, queries, keys) for one index in memory.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from scipy import sparse

from eval.bench_data import QUERIES
from eval.bench_serve import percentiles
from index.lexical.bm25 import BM25Index, TermCounts
from index.lexical.compiled import top_compiled, warm
from index.lexical.impact import Frontier
from index.lexical.tokenizer import Tokenizer
from index.lexical.topk import top_exhaustive, top_pruned
from index.search.loaded import LoadedIndex
from index.search.searcher import CANDIDATES

OWN_QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
NCP_QUESTIONS = (Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "ncp_policies"
                 / "questions.jsonl")
DEFAULT_OUT = Path(__file__).resolve().parent / "reports"
# Share of the notices an agency-like filter keeps: one agency of a province's ~20 (5%).
FILTER_SHARE = 0.05
# replicate(): per copy, each posting is dropped with DROP, its count raised by one with
# BUMP, moved to a random other term of the vocabulary with SWAP (varied text, no ties).
DROP, BUMP, SWAP = 0.15, 0.10, 0.10


def load_queries(limit: int) -> list[str]:
    """eval.bench's queries, the own set's questions, then NCP questions, up to `limit`."""
    questions = list(QUERIES)
    for path in (OWN_QUESTIONS, NCP_QUESTIONS):
        if path.is_file():
            questions += [json.loads(line)["question"] for line in
                          path.read_text("utf-8").splitlines() if line.strip()]
    return questions[:limit]


def index_counts(root: Path) -> tuple[TermCounts, np.ndarray]:
    """The live passages of an index as one TermCounts, and each row's notice number."""
    index = LoadedIndex.open(root)
    vocab = list(index.bm25.vocab)
    matrices, lengths, docs = [], [], []
    offset = 0
    for part, columns, dead in zip(index.bm25.parts, index.bm25._columns, index.bm25.dead):
        coo = part.tf.tocoo()
        matrix = sparse.csr_matrix((coo.data, (coo.row, columns[coo.col])),
                                   shape=(part.rows, len(vocab)))
        keep = np.ones(part.rows, bool) if dead is None else ~dead
        matrices.append(matrix[keep])
        lengths.append(np.asarray(part.lengths)[keep])
        docs.append(index.row_doc[offset:offset + part.rows][keep])
        offset += part.rows
    tf = sparse.vstack(matrices).tocsc()
    counts = TermCounts(vocab, tf.astype(np.int32), np.concatenate(lengths).astype(np.int64))
    return counts, np.concatenate(docs)


def resized(base: TermCounts, row_doc: np.ndarray, size: int,
            seed: int = 0) -> tuple[TermCounts, np.ndarray]:
    """The first `size` rows, or the rows repeated with varied text up to `size`."""
    if size <= base.rows:
        tf = base.tf.tocsr()[:size].tocsc()
        return _counts(base.vocab, tf), row_doc[:size]
    rng = np.random.default_rng(seed)
    csr = base.tf.tocsr().tocoo()
    rows, cols, data = [csr.row], [csr.col], [csr.data]
    docs = [row_doc]
    copies = -(-size // base.rows)
    for copy in range(1, copies):
        keep = rng.random(len(csr.data)) >= DROP
        r, c, d = csr.row[keep], csr.col[keep].copy(), csr.data[keep].copy()
        d += (rng.random(len(d)) < BUMP).astype(d.dtype)
        swap = rng.random(len(c)) < SWAP
        c[swap] = rng.integers(0, len(base.vocab), int(swap.sum()))
        rows.append(r + copy * base.rows)
        cols.append(c)
        data.append(d)
        docs.append(row_doc + copy * (int(row_doc.max()) + 1))
    matrix = sparse.coo_matrix((np.concatenate(data), (np.concatenate(rows),
                                                       np.concatenate(cols))),
                               shape=(copies * base.rows, len(base.vocab))).tocsr()[:size]
    return _counts(base.vocab, matrix.tocsc()), np.concatenate(docs)[:size]


def _counts(vocab: list[str], tf: sparse.csc_matrix) -> TermCounts:
    """Counts summed (a swap may land on a term the row already holds), lengths from them,
    empty columns kept (the vocabulary stays the base's)."""
    tf.sum_duplicates()
    tf = tf.astype(np.int32)
    lengths = np.asarray(tf.sum(axis=1)).ravel().astype(np.int64)
    return TermCounts(vocab, tf, lengths, frontier=Frontier.build(tf, lengths))


def compare(bm25: BM25Index, queries: list[list[str]], keys: np.ndarray,
            ks: tuple[int, ...] = (10, CANDIDATES), allowed: list[np.ndarray | None] | None = None
            ) -> dict:
    """Per k: p50/p95 ms of the three paths (exhaustive, numpy-pruned, compiled; which runs
    first rotates query by query), the pruned paths' ratios to exhaustive, and the share of
    queries with identical rows and scores. `allowed`: a filter per query."""
    out: dict = {}
    allowed = allowed or [None] * len(queries)
    paths = [("e", top_exhaustive), ("p", top_pruned), ("c", top_compiled)]
    for k in ks:
        times: dict[str, list[float]] = {name: [] for name, _ in paths}
        same = {"p": 0, "c": 0}
        for i, (query, rows) in enumerate(zip(queries, allowed)):
            runs = paths[i % len(paths):] + paths[:i % len(paths)]
            found = {}
            for name, fn in runs:
                start = time.perf_counter()
                found[name] = fn(bm25, query, k, rows, keys)
                times[name].append(time.perf_counter() - start)
            for name in same:
                same[name] += (np.array_equal(found["e"][0], found[name][0])
                               and np.array_equal(found["e"][1], found[name][1]))
        e, p, c = (percentiles(times[name]) for name in "epc")
        median_e = statistics.median(times["e"])
        out[str(k)] = {"exhaustive_ms": e, "pruned_ms": p, "compiled_ms": c,
                       "p50_ratio": round(median_e / max(statistics.median(times["p"]), 1e-9),
                                          2),
                       "p95_ratio": round(e["p95"] / max(p["p95"], 1e-6), 2),
                       "identical": same["p"] / len(queries),
                       "compiled_p50_ratio": round(
                           median_e / max(statistics.median(times["c"]), 1e-9), 2),
                       "compiled_p95_ratio": round(e["p95"] / max(c["p95"], 1e-6), 2),
                       "compiled_identical": same["c"] / len(queries)}
    return out


def filters(row_doc: np.ndarray, count: int, seed: int = 2) -> list[np.ndarray]:
    """Per query: the rows of a random FILTER_SHARE of the notices (ascending)."""
    rng = np.random.default_rng(seed)
    notices = int(row_doc.max()) + 1
    out = []
    for _ in range(count):
        chosen = rng.random(notices) < FILTER_SHARE
        out.append(np.flatnonzero(chosen[row_doc]).astype(np.int64))
    return out


def run(root: Path, sizes: list[str], query_limit: int, out: Path) -> dict:
    tokenizer = Tokenizer.for_queries()
    texts = load_queries(query_limit)
    queries = [t for t in (tokenizer.tokenize(q) for q in texts) if t]
    base, row_doc = index_counts(root)
    warm()
    result: dict = {"index": str(root), "passages": base.rows, "queries": len(queries),
                    "load_1min": round(_load(), 2), "per_size": {}}
    print(f"{base.rows} passages, {len(queries)} queries", flush=True)
    for size in [base.rows if s == "all" else int(s) for s in sizes]:
        counts, docs = resized(base, row_doc, size)
        bm25 = BM25Index([counts])
        keys = np.random.default_rng(size).permutation(size).astype(np.int64)
        row = {"unfiltered": compare(bm25, queries, keys),
               "filtered": compare(bm25, queries, keys, ks=(10,),
                                   allowed=filters(docs, len(queries))),
               "load_1min_after": round(_load(), 2)}
        result["per_size"][str(size)] = row
        print(f"size {size}: {json.dumps(row)}", flush=True)
        _write(result, out)
    return result


def _load() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def _write(result: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "bm25.json").write_text(json.dumps(result, indent=1), "utf-8")
    lines = ["# BM25 top-k: exhaustive vs MaxScore in numpy vs compiled MaxScore "
             "(`python -m eval.bench_bm25`)", "",
             f"{result['queries']} queries over the laws index at {result['index']} "
             f"({result['passages']:,} passages); 1-minute load {result['load_1min']} at start.",
             "", "| passages | k | filter | exhaustive p50 / p95 ms | numpy pruned p50 / p95 ms "
             "| compiled p50 / p95 ms | numpy p50 / p95 ratio | compiled p50 / p95 ratio "
             "| identical numpy / compiled |", "|---|---|---|---|---|---|---|---|---|"]
    for size, row in result["per_size"].items():
        for kind in ("unfiltered", "filtered"):
            for k, r in row[kind].items():
                e, p, c = r["exhaustive_ms"], r["pruned_ms"], r["compiled_ms"]
                lines.append(f"| {int(size):,} | {k} | {kind} | {e['p50']} / {e['p95']} | "
                             f"{p['p50']} / {p['p95']} | {c['p50']} / {c['p95']} | "
                             f"{r['p50_ratio']}x / {r['p95_ratio']}x | "
                             f"{r['compiled_p50_ratio']}x / {r['compiled_p95_ratio']}x | "
                             f"{r['identical']:.1%} / {r['compiled_identical']:.1%} |")
    lines += ["", "| passages | 1-minute load after |", "|---|---|"]
    for size, row in result["per_size"].items():
        lines.append(f"| {int(size):,} | {row['load_1min_after']} |")
    sizes = list(result["per_size"])
    if len(sizes) > 1:
        first, last = result["per_size"][sizes[0]], result["per_size"][sizes[-1]]
        lines += ["", f"Growth from {int(sizes[0]):,} to {int(sizes[-1]):,} passages "
                  f"({int(sizes[-1]) / int(sizes[0]):.2f}x), last / first:", "",
                  "| k | filter | exhaustive p50 / p95 | numpy p50 / p95 | compiled p50 / p95 |",
                  "|---|---|---|---|---|"]
        for kind in ("unfiltered", "filtered"):
            for k in first[kind]:
                cells = []
                for name in ("exhaustive_ms", "pruned_ms", "compiled_ms"):
                    a, z = first[kind][k][name], last[kind][k][name]
                    cells.append(f"{z['p50'] / max(a['p50'], 1e-6):.2f}x / "
                                 f"{z['p95'] / max(a['p95'], 1e-6):.2f}x")
                lines.append(f"| {k} | {kind} | " + " | ".join(cells) + " |")
    (out / "bm25.md").write_text("\n".join(lines) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--sizes", default="100000,all,1000000")
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    run(args.index, args.sizes.split(","), args.queries, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
