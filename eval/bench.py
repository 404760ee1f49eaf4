"""Speed and scale benchmark: build, update, open and query from 10^4 to 10^6 passages.

    python -m eval.bench [--corpus ../shared/corpora/laws] [--sizes 10000,100000,all,1000000]
                         [--sample 96] [--out eval/reports]

One run, side by side: ingestion and tokenisation throughput, BM25 build time, index size,
process RSS; passage-embedding throughput per encoder on a fixed sample of real passages;
query latency p50/p95 of bm25, dense and hybrid (query embedding included) per size, with
rank_bm25's BM25Okapi as the reference where it finishes in time;
time to add one notice to the full index and to open it; the FAISS type a build chooses
against flat (recall@10, speed) per size. Writes bench.md, bench.json and a
log-log plot bench.png.

What is real and what is not: the corpus is the laws corpus plus the shipped notices, parsed
and tokenised by the product code, and the index is built by index.builder. Embedding all
~3x10^5 passages would take hours on 2 cores, so only a fixed sample is embedded for real (by
both encoders, to measure their throughput); every other passage gets a sample vector plus
Gaussian noise (TiledVectors below), and sizes beyond the corpus repeat its passages. Latency
and memory of a flat scan do not depend on the values; an IVF index's recall and list sizes do,
so its recall on such vectors is indicative only.

Longer than 400 lines on purpose: one benchmark run and its report (tables, plot) stay in
one script, so that each number is read beside how it was measured.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Callable

import faiss
import numpy as np

import corpus
from eval.bench_encoder import machine, matmul_peak_gflops
from index.storage import segments, store
from index.lexical.bm25 import BM25Index
from index.builder import update_index
from index.dense.encoder.embedder import Embedder
from index.search.loaded import LoadedIndex, SegmentedDense
from index.storage.manifest import Manifest
from index.passage_text import passage_text
from index.search.searcher import QUERY_THREADS, Searcher

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "laws"
DEFAULT_SIZES = "10000,100000,all,1000000"
DEFAULT_OUT = Path(__file__).resolve().parent / "reports"
# Real passages embedded by each encoder: ~1 minute per encoder on 2 busy cores.
DEFAULT_SAMPLE = 96
# Spread of the tiled vectors around their seed (per dimension, before normalising): keeps
# tiled rows distinct (cosine ~0.9 to their seed) so that FAISS has no exact ties.
TILE_NOISE = 0.015
# rank_bm25's BM25Okapi scores every passage in Python; beyond this size one query takes
# seconds and the reference is skipped (measured: ~0.15 s per query at 10^5).
OKAPI_MAX = 100_000
REPEATS = 3  # each query is timed this often; p50/p95 over all timings
QUERIES = [
    "个人信息处理者应当履行哪些义务",
    "安全生产责任制",
    "行政处罚的听证程序",
    "未成年人保护 学校 责任",
    "劳动合同解除 经济补偿",
    "食品安全事故处置",
    "环境影响评价文件审批",
    "消防救援 应急预案",
    "土地承包经营权流转",
    "政府信息公开申请",
    "哪些单位合并了党支部",
    "巡察整改 形式主义 官僚主义",
    "违反中央八项规定精神",
    "网络安全等级保护制度",
    "城市房屋征收补偿",
    "交通事故 赔偿责任",
    "公司股东的权利",
    "著作权的保护期限",
    "野生动物保护 禁止猎捕",
    "突发事件应对 信息报告",
]


class TiledVectors:
    """Stands in for the encoder in the big build: seed vectors from real passages, repeated
    with noise. Named as what it is; never used by the product."""

    encoder_id = "torch-fp32"

    def __init__(self, seed: np.ndarray, real: Embedder) -> None:
        self.seed = seed
        self.real = real
        self.dimension = seed.shape[1]
        self.rng = np.random.default_rng(0)

    def encode_passages(self, texts, progress=None) -> np.ndarray:
        rows = self.seed[np.arange(len(texts)) % len(self.seed)]
        noisy = rows + self.rng.normal(0, TILE_NOISE, rows.shape).astype(np.float32)
        if progress:
            progress(len(texts))
        return noisy / np.linalg.norm(noisy, axis=1, keepdims=True)

    def prepare_queries(self) -> None:
        self.real.prepare_queries()


class TimedEmbedder:
    """The real embedder, timing its passage encoding (to split an update's time)."""

    def __init__(self, real: Embedder) -> None:
        self.real = real
        self.seconds = 0.0

    def __getattr__(self, name):
        return getattr(self.real, name)

    def encode_passages(self, texts, progress=None):
        start = time.perf_counter()
        out = self.real.encode_passages(texts, progress)
        self.seconds += time.perf_counter() - start
        return out


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentiles(times: list[float]) -> dict[str, float]:
    ms = sorted(t * 1000 for t in times)
    return {"p50": round(statistics.median(ms), 2),
            "p95": round(ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))], 2)}


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def sample_texts(files: list[Path], count: int) -> list[str]:
    """`count` real passage texts spread evenly over the corpus files."""
    step = max(1, len(files) // max(1, count))
    texts: list[str] = []
    for path in files[::step]:
        try:
            notice = corpus.load_notice(path)
        except corpus.NoticeError:
            continue
        texts += [passage_text(notice, p) for p in notice.passages[:3]]
        if len(texts) >= count:
            break
    return texts[:count]


def embed_throughput(emb: Embedder, texts: list[str]) -> tuple[dict, np.ndarray]:
    """Passages/s of each encoder over the same texts; returns the ONNX vectors as seeds."""
    rates, vectors = {}, None
    for encoder in ("torch-fp32", "onnx-fp32"):
        runner = Embedder(emb.model_id, emb.folder, encoder)
        runner._backends = emb._backends
        runner.encode_passages(texts[:4])  # warm-up
        seconds, vectors = timed(lambda: runner.encode_passages(texts))
        rates[encoder] = round(len(texts) / seconds, 2)
        print(f"  embed {encoder}: {rates[encoder]} passages/s", flush=True)
    return rates, vectors


def query_embed_ms(emb: Embedder) -> float:
    emb.encode_queries(QUERIES[:1])
    times = [timed(lambda q=q: emb.encode_queries([q]))[0] for q in QUERIES]
    return round(statistics.median(times) * 1000, 2)


def scaled_index(base: LoadedIndex, tokens: list[list[str]], doc_tokens: list[list[str]],
                 vectors: np.ndarray, size: int, seed_rng: np.random.Generator) -> tuple:
    """The first `size` passages of `base`, repeating it when `size` exceeds it."""
    n = len(base.passages)
    rows = np.arange(size) % n
    copy = np.arange(size) // n
    docs_per_copy = len(base.notices)
    row_doc = base.row_doc[rows] + copy * docs_per_copy
    used_docs = int(row_doc.max()) + 1
    doc_rows = np.arange(used_docs) % docs_per_copy
    t_bm25, bm25 = timed(lambda: BM25Index.build([tokens[r] for r in rows]))
    t_doc, doc_bm25 = timed(lambda: BM25Index.build([doc_tokens[d] for d in doc_rows]))
    block = vectors[rows]
    if size > n:  # repeated rows get their own noise, so no two rows are identical
        block = block + seed_rng.normal(0, TILE_NOISE, block.shape).astype(np.float32)
        block /= np.linalg.norm(block, axis=1, keepdims=True)
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(np.ascontiguousarray(block, dtype=np.float32))
    # the type a build would choose
    t_dense, (dense, kind, params) = timed(lambda: segments.dense_index(block, vectors.shape[1]))
    index = replace(base, passages=[base.passages[r] for r in rows], bm25=bm25,
                    doc_bm25=doc_bm25, row_doc=row_doc.astype(np.int64),
                    dense=SegmentedDense([dense], [None], vectors.shape[1]),
                    row_key=np.arange(size, dtype=np.int64), doc_row={})
    dense_type = {"type": kind, "params": params, "build_s": round(t_dense, 1)}
    return (index, flat, t_bm25 + t_doc, dense_type,
            [tokens[r] for r in rows] if size <= OKAPI_MAX else None)


def latency(searcher: Searcher) -> dict:
    out = {}
    for mode in ("bm25", "dense", "hybrid"):
        searcher.search(QUERIES[0], k=10, mode=mode)
        times = []
        for _ in range(REPEATS):
            for q in QUERIES:
                searcher.forget_query_vectors()  # every timing includes the query embedding
                times.append(timed(lambda: searcher.search(q, k=10, mode=mode))[0])
        out[mode] = percentiles(times)
    return out


def okapi_reference(okapi_tokens: list[list[str]], ours: BM25Index,
                    queries: list[list[str]]) -> dict:
    from rank_bm25 import BM25Okapi

    build_s, reference = timed(lambda: BM25Okapi(okapi_tokens))
    ref_times, our_times, same = [], [], 0
    for q in queries:
        t_ref, ref_scores = timed(lambda: reference.get_scores(q))
        t_our, our_scores = timed(lambda: ours.scores(q))
        ref_times.append(t_ref)
        our_times.append(t_our)
        same += np.array_equal(np.argsort(-ref_scores, kind="stable")[:10],
                               np.argsort(-our_scores, kind="stable")[:10])
    return {"build_s": round(build_s, 2), **{f"okapi_{k}": v for k, v in
                                              percentiles(ref_times).items()},
            "speedup": round(statistics.median(ref_times) / statistics.median(our_times), 1),
            "top10_identical": same / len(queries)}


def dense_vs_flat(index: LoadedIndex, flat: faiss.Index, queries: np.ndarray) -> dict:
    """Recall@10 of the segment's index type against an exact flat scan, and the time of one
    query's FAISS search in both (one thread, queries one at a time, as the searcher does)."""
    faiss.omp_set_num_threads(QUERY_THREADS)
    key = index.row_key
    t_flat, t_ours, recalls = [], [], []
    for vector in queries:
        t, (_, exact) = timed(lambda v=vector: flat.search(v[None], 10))
        t_flat.append(t)
        t, found = timed(lambda v=vector: index.dense.search(v[None], 10, None, key))
        t_ours.append(t)
        recalls.append(len(set(exact[0]) & {r for r, _ in found}) / 10)
    return {"recall_at_10": round(float(np.mean(recalls)), 3),
            "flat_ms": percentiles(t_flat), "ms": percentiles(t_ours)}


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def run(corpus_dir: Path, sizes: list[str], sample: int, out: Path) -> dict:
    emb = Embedder.load()
    files = corpus.iter_notice_files([corpus_dir, corpus.shipped_notices_dir()])
    result: dict = {"machine": machine(), "corpus": str(corpus_dir), "files": len(files)}
    print(f"machine: {result['machine']}; files: {len(files)}", flush=True)
    result["matmul_peak_gflops"] = {k: round(v, 1) for k, v in matmul_peak_gflops().items()}

    texts = sample_texts(files, sample)
    rates, seed = embed_throughput(emb, texts)
    result["embed_sample_passages"] = len(texts)
    result["embed_passages_per_s"] = rates
    emb.prepare_queries()
    result["query_embed_ms"] = query_embed_ms(emb)

    work = Path(tempfile.mkdtemp(prefix="notices-bench-"))
    try:
        root = work / "index"
        print("building the full index (tiled vectors)…", flush=True)
        build_s, report = timed(lambda: update_index(
            root, add=[corpus_dir, corpus.shipped_notices_dir()], sync=True,
            embedder_factory=lambda spec: TiledVectors(seed, emb), show_progress=False))
        full = report.passage_count
        folder = store.current_generation(root)
        result["full_build"] = {
            "passages": full, "notices": len(Manifest.load(folder).documents),
            "rejected": report.count("rejected"), "seconds_without_embedding": round(build_s, 1),
            "passages_per_s_without_embedding": round(full / build_s, 1),
            "embedding_share": {e: round((full / r) / (full / r + build_s), 3)
                                for e, r in rates.items()},
            "extrapolated_hours": {
                f"1e{exp}": {e: round((10**exp / r + build_s * 10**exp / full) / 3600, 1)
                             for e, r in rates.items()} for exp in (6, 7)},
        }
        result["index_bytes_per_passage"] = round(folder_bytes(folder) / full)
        print(f"  {full} passages in {build_s:.0f} s", flush=True)

        open_s, searcher = timed(lambda: Searcher(root, embedder=emb))
        result["open_index_s"] = round(open_s, 2)
        result["open_index_s_loaded_only"] = round(timed(lambda: LoadedIndex.open(root))[0], 2)
        result["add_one_notice"] = add_one_notice(root, emb, work)
        result["add_one_notice_s"] = result["add_one_notice"]["total_s"]

        searcher.refresh()  # the generation with the added notice
        base = searcher.index
        folder = store.current_generation(root)
        per_doc = [store.read_tokens(folder, d) for d in base.doc_ids]  # in row order
        tokens = [t for d in per_doc for t in d.passages]
        doc_tokens = [d.document for d in per_doc]
        vectors = base.dense.vectors()
        query_tokens = [searcher.tokenizer.tokenize(q) for q in QUERIES]
        query_vectors = emb.encode_queries(QUERIES)
        del searcher
        result["per_size"] = {}
        measured = [full if s == "all" else int(s) for s in sizes]
        result["sizes"] = measured
        rng = np.random.default_rng(1)
        for size in measured:
            print(f"size {size}…", flush=True)
            index, flat, bm25_build_s, dense_type, okapi_tokens = scaled_index(
                base, tokens, doc_tokens, vectors, size, rng)
            row = {"bm25_build_s": round(bm25_build_s, 2), "tiled": size > full,
                   "dense_type": dense_type}
            row["latency_ms"] = latency(Searcher.over(index, emb))
            row["rss_mb"] = round(rss_mb())
            if okapi_tokens is not None:
                row["okapi"] = okapi_reference(okapi_tokens, index.bm25, query_tokens)
            dense_type.update(dense_vs_flat(index, flat, query_vectors))
            result["per_size"][str(size)] = row
            print(f"  {row}", flush=True)
            del index, flat, okapi_tokens
            summarise(result)
            write_reports(result, out)  # after every size: a long run killed late keeps these
    finally:
        shutil.rmtree(work, ignore_errors=True)
    summarise(result)
    write_reports(result, out)
    return result


def add_one_notice(root: Path, emb: Embedder, work: Path) -> dict:
    """Add a notice that is not yet indexed: the smallest shipped notice under a new name."""
    source = min(corpus.shipped_notices_dir().iterdir(), key=lambda p: p.stat().st_size)
    new = work / f"bench-new-{source.name}"
    # One added line: a byte-identical copy would be rejected as a duplicate of the original.
    new.write_bytes(source.read_bytes() + "\n本文件为基准测试副本。\n".encode("utf-8"))
    timed_emb = TimedEmbedder(emb)
    total, report = timed(lambda: update_index(root, add=[new], embedder_factory=lambda s:
                                               timed_emb, show_progress=False))
    passages = report.outcomes[0].passages
    return {"total_s": round(total, 2), "embedding_s": round(timed_emb.seconds, 2),
            "index_update_s": round(total - timed_emb.seconds, 2), "passages": passages}


def summarise(result: dict) -> None:
    per = result["per_size"]
    with_okapi = [int(s) for s, r in per.items() if "okapi" in r]
    if with_okapi:
        largest = str(max(with_okapi))
        result["bm25_speedup"] = {"size": int(largest), "ratio": per[largest]["okapi"]["speedup"]}
        result["bm25_top10_identical"] = per[largest]["okapi"]["top10_identical"]
    result["hybrid_p95_ms"] = {s: r["latency_ms"]["hybrid"]["p95"] for s, r in per.items()}
    result["rss_mb"] = {s: r["rss_mb"] for s, r in per.items()}


def write_reports(result: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    (out / "bench.md").write_text(markdown(result), encoding="utf-8")
    plot(result, out / "bench.png")


def markdown(r: dict) -> str:
    lines = [
        "# Speed and scale benchmark (`python -m eval.bench`)", "",
        f"Machine: {r['machine']['cores']} cores, {r['machine']['cpu_model']}; float32 GEMM "
        f"peak {r['matmul_peak_gflops']} GFLOPS. Corpus: {r['corpus']} plus the shipped "
        f"notices ({r['files']} files). Timings on a shared machine: compare within the run.", "",
        "| passages | tiled | BM25 build s | bm25 p50/p95 ms | dense p50/p95 ms | "
        "hybrid p50/p95 ms | BM25Okapi p50 ms | speed-up | RSS MB |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for size, row in r["per_size"].items():
        lat = row["latency_ms"]
        ok = row.get("okapi")
        lines.append(
            f"| {int(size):,} | {'yes' if row['tiled'] else 'no'} | {row['bm25_build_s']} | "
            + " | ".join(f"{lat[m]['p50']} / {lat[m]['p95']}" for m in ("bm25", "dense", "hybrid"))
            + f" | {ok['okapi_p50'] if ok else '—'} | {str(ok['speedup']) + 'x' if ok else '—'}"
            f" | {row['rss_mb']} |")
    fb = r["full_build"]
    lines += [
        "", f"- Embedding throughput on {r['embed_sample_passages']} real passages: "
        + ", ".join(f"{k} {v}/s" for k, v in r["embed_passages_per_s"].items())
        + f"; one query embedding (ONNX) {r['query_embed_ms']} ms (median).",
        f"- Full build of {fb['passages']:,} passages ({fb['notices']} notices, "
        f"{fb['rejected']} files rejected): {fb['seconds_without_embedding']} s without "
        f"embedding ({fb['passages_per_s_without_embedding']} passages/s: parsing, "
        f"tokenisation, files, BM25, FAISS); embedding would be "
        + ", ".join(f"{k} {v:.0%}" for k, v in fb["embedding_share"].items())
        + " of the full build. Extrapolated full builds (hours): "
        + "; ".join(f"{n} passages: " + ", ".join(f"{k} {v}" for k, v in d.items())
                    for n, d in fb["extrapolated_hours"].items()) + ".",
        f"- Index on disk: {r['index_bytes_per_passage']} bytes per passage.",
        f"- Open the full index: {r['open_index_s']} s (Searcher, incl. jieba) / "
        f"{r['open_index_s_loaded_only']} s (files only). Add one notice "
        f"({r['add_one_notice']['passages']} passages): {r['add_one_notice']['total_s']} s, of "
        f"which embedding {r['add_one_notice']['embedding_s']} s and index update "
        f"{r['add_one_notice']['index_update_s']} s.",
    ]
    if "bm25_speedup" in r:
        lines.append(f"- BM25 against BM25Okapi at {r['bm25_speedup']['size']:,} passages: "
                     f"{r['bm25_speedup']['ratio']}x faster, identical top-10 for "
                     f"{r['bm25_top10_identical']:.0%} of the queries.")
    lines.append("- FAISS per size, the type a build chooses (segments.ANN_FROM) against a "
                 "flat scan of the same vectors, one query at a time on one thread: "
                 + "; ".join(f"{int(size):,}: {t['type']} {t['params'] or ''} (built in "
                             f"{t['build_s']} s) {t['ms']['p50']} ms p50 against flat "
                             f"{t['flat_ms']['p50']} ms, recall@10 {t['recall_at_10']}"
                             for size, t in ((s, row["dense_type"])
                                             for s, row in r["per_size"].items())
                             if "recall_at_10" in t) + " (recall on tiled vectors: "
                 "indicative only; on real vectors see eval/README.md).")
    lines += ["", "Rows marked tiled repeat the corpus' passages; vectors are real for the "
              "embedded sample and noisy copies of it elsewhere (see eval/bench.py).", ""]
    return "\n".join(lines)


def plot(r: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [int(s) for s in r["per_size"]]
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for mode, style in (("bm25", "o-"), ("dense", "s-"), ("hybrid", "^-")):
        for q, alpha in (("p50", 1.0), ("p95", 0.45)):
            ax.plot(sizes, [r["per_size"][str(s)]["latency_ms"][mode][q] for s in sizes], style,
                    alpha=alpha, label=f"{mode} {q}")
    okapi = [(int(s), row["okapi"]["okapi_p50"]) for s, row in r["per_size"].items()
             if "okapi" in row]
    if okapi:
        ax.plot(*zip(*okapi), "x--", color="grey", label="BM25Okapi p50")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("passages")
    ax.set_ylabel("query latency (ms)")
    ax.set_title("Query latency by index size (2 cores)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default=DEFAULT_SIZES,
                        help="passage counts, comma-separated; 'all' is the whole corpus")
    parser.add_argument("--sample", type=int, default=DEFAULT_SAMPLE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"语料目录不存在: {args.corpus} (../shared 仅在开发机和 CI 上提供), 未运行基准测试。")
        return 2
    run(args.corpus, [s.strip() for s in args.sizes.split(",") if s.strip()], args.sample,
        args.out)
    print(f"报告已写入 {args.out / 'bench.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
