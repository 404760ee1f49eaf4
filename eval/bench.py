"""Speed and scale benchmark: 10^4 to 10^6 passages, each size measured in a fresh process.

    python -m eval.bench [--corpus ../shared/corpora/laws] [--sizes 10000,100000,1000000]
                         [--out eval/reports]
    python -m eval.bench --sizes 10000          # quick check, ~2 minutes once the cache exists

Per size (eval/bench_size.py, one process per size): build rate of the index parts (BM25 term
counts and the FAISS index a build chooses, by the product's functions, from already-parsed
and tokenised passages), index bytes per passage, recall@10 of the approximate dense index
against an exact scan with real query vectors, and the time to add one notice split into
embedding and the new segment's writing. Then a separate process that only opens the index
and answers queries (eval/bench_serve.py) gives the p50/p95 latency of bm25, dense and hybrid
search (query embedding included) and its resident memory: what serving costs.

What is real: the text is laws notices parsed and tokenised by the product code, copied with
varied text beyond the parsed passages; SAMPLE_PASSAGES passage vectors are real e5 vectors,
the others normalised mixtures of real vectors of different passages; the queries are real
questions embedded by the real encoder (eval/bench_data.py says how and why). The first run
parses the base (~1 minute) and embeds the sample (2,048 passages: ~1.5 minutes at 24/s on two
quiet cores, 10 minutes on busy ones; resumable: cached in the cache folder); later runs
reuse them. Measured under load 15-35: 10^4 took 142 s. Estimated on two quiet cores (10^6
was not run end to end here, the machine being shared): 10^4 ~1 minute, 10^5 ~3 minutes,
10^6 ~10-15 minutes (BM25 counts of 10^6 passages, k-means of 4,000 lists, 1.5 GB of exact
vectors written, serving), so the default run fits in ~25 minutes; it needs ~5 GB of free
memory at 10^6. Writes bench.md, bench.json and bench.png.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import shutil
import time
from pathlib import Path

from eval import bench_data
from eval.bench_data import QUERIES  # noqa: F401 (eval/milvus_compare.py reads them here)
from eval.bench_encoder import machine
from eval.tiled_vectors import TiledVectors, sample_texts  # noqa: F401 (likewise)
from index.dense.encoder.embedder import Embedder
from index.storage import segments

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "laws"
DEFAULT_SIZES = "10000,100000,1000000"
DEFAULT_OUT = Path(__file__).resolve().parent / "reports"
EMBED_RATE_PASSAGES = 64  # real sample passages timed through the passage encoder


def embedding_rate(emb: Embedder, texts: list[str]) -> float:
    texts = texts[:EMBED_RATE_PASSAGES]
    emb.encode_passages(texts[:4])  # warm-up
    start = time.perf_counter()
    emb.encode_passages(texts)
    return round(len(texts) / (time.perf_counter() - start), 1)


def run(corpus_dir: Path, sizes: list[int], out: Path) -> dict:
    ncp = corpus_dir.parents[1] / "benchmarks" / "ncp_policies"
    result: dict = {"machine": machine(), "load_at_start": [round(x, 2) for x in
                                                             os.getloadavg()],
                    "corpus": str(corpus_dir), "ncp_queries": ncp.is_dir()}
    print(f"machine: {result['machine']}; load {result['load_at_start']}", flush=True)
    start = time.perf_counter()
    material = bench_data.base(corpus_dir)
    emb = Embedder.load()
    texts = bench_data.sample_texts(material)
    real = bench_data.real_vectors(emb, texts)
    queries = bench_data.questions(ncp)
    bench_data.query_vectors(emb, queries)
    result["preparation_s"] = round(time.perf_counter() - start, 1)
    result["material"] = {"notices": len(material.notices),
                          "passages": len(material.passage_tokens),
                          "real_vectors": len(real), "queries": len(queries),
                          "mix_parts": bench_data.MIX_PARTS}
    result["embed_passages_per_s"] = {emb.encoder_id: embedding_rate(emb, texts)}
    result["ann"] = {"ann_from": segments.ANN_FROM}
    result["per_size"] = {}
    work = Path(tempfile.mkdtemp(prefix="notices-bench-"))
    try:
        for size in sizes:
            print(f"size {size} (fresh process)…", flush=True)
            row_file = work / f"{size}.json"
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "eval.bench_size", str(size),
                            str(corpus_dir), str(work), str(row_file)], check=True)
            row = json.loads(row_file.read_text("utf-8"))
            row["wall_s"] = round(time.perf_counter() - t0, 1)
            result["per_size"][str(size)] = row
            print(f"  {size}: {json.dumps(row, ensure_ascii=False)}", flush=True)
            shutil.rmtree(work / f"size-{size}", ignore_errors=True)
            result["load_at_end"] = [round(x, 2) for x in os.getloadavg()]
            write_reports(result, out)  # after every size: a run killed late keeps these
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return result


def write_reports(result: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    (out / "bench.md").write_text(markdown(result), encoding="utf-8")
    plot(result, out / "bench.png")


def markdown(r: dict) -> str:
    m = r["material"]
    lines = [
        "# Speed and scale benchmark (`python -m eval.bench`)", "",
        f"Machine: {r['machine']['cores']} cores, {r['machine']['cpu_model']}; load average "
        f"{r['load_at_start']} at the start, {r.get('load_at_end')} at the end (a shared "
        "machine: compare within the run). Each size ran in its own process; latency and "
        "memory come from a further process that only opened the index and answered "
        f"{next(iter(r['per_size'].values()))['serving']['queries'] if r['per_size'] else 0} "
        "real questions in each mode (query embedding included).", "",
        "| passages | dense index | build passages/s | index bytes/passage (FAISS file) | "
        "recall@10 | "
        "bm25 p50/p95 ms | dense p50/p95 ms | hybrid p50/p95 ms | serving RSS MB (peak) | "
        "open s | add one notice: embed s / new segment s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for size, row in r["per_size"].items():
        lat = row["serving"]["latency_ms"]
        add = row["add_one_notice"]
        lines.append(
            f"| {int(size):,} | {row['dense_type']} {row['dense_params'] or ''} | "
            f"{row['build_passages_per_s']} | {row['index_bytes_per_passage']} "
            f"({row['dense_bytes_per_passage']}) | {row['recall']['recall_at_10']} | "
            + " | ".join(f"{lat[k]['p50']} / {lat[k]['p95']}" for k in ("bm25", "dense", "hybrid"))
            + f" | {row['serving']['rss_mb']} ({row['serving']['peak_rss_mb']}) | "
            f"{row['serving']['open_s']} | {add['embedding_s']} / {add['new_segment_s']} "
            f"({add['passages']} passages) |")
    lines += [
        "",
        f"- What is real: the text of {m['notices']} laws notices ({m['passages']:,} passages) "
        "parsed and tokenised by the product; larger sizes add varied copies (first half of "
        "one passage's tokens, second half of another's). "
        f"{m['real_vectors']:,} passage vectors are real e5 vectors of passages spread over "
        f"those notices; every other row is a normalised mixture of {m['mix_parts']} real "
        "vectors of different passages (Dirichlet weights), never a near-copy of one. The "
        f"{m['queries']} queries are real questions (the benchmark's own and NCP questions"
        f"{'' if r['ncp_queries'] else ': NCP set absent, own questions only'}) embedded "
        "by the real query encoder. Recall@10 is the approximate index's top 10 against an "
        "exact inner-product scan of the same vectors, searched as the searcher searches "
        "(one thread).",
        "- Build rate: BM25 term counts and the FAISS index from tokenised passages (the "
        "product's TermCounts.build and segments.dense_index), without parsing, tokenising "
        "or embedding; the passage encoder embeds "
        + ", ".join(f"{k} {v}/s" for k, v in r["embed_passages_per_s"].items())
        + " on real passages, the bound of a real build.",
        "- Serving RSS: resident memory of the serving process after the queries: the model "
        "(ONNX query encoder, tokenizer), jieba, the memory-mapped pages of the index the "
        "queries touched, and the notices of the hits. Index bytes per passage: the segment "
        "files (BM25 counts, FAISS file, and for ivf-sq8 the exact float32 vectors it "
        "re-scores with, memory-mapped); a generation also keeps per-notice files.",
        "- Add one notice: the real encoder embedding its passages, then writing its segment "
        "(tokens, BM25 counts, flat FAISS), the part of an update that depends on the notice; "
        "the rest of an update (linking the other segments, manifest, publishing) is not "
        "measured here, as no product generation of these sizes is built.",
        f"- Approximate search from {r['ann']['ann_from']:,} passages per segment "
        "(index/storage/segments.py; its parameters measured by eval/bench_ann.py, "
        "eval/reports/ann.md).",
        f"- Preparation (parse, embed the sample, once; cached): {r['preparation_s']} s this "
        "run."] + ([f"- {r['note']}"] if r.get("note") else []) + [""]
    return "\n".join(lines)


def plot(r: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [int(s) for s in r["per_size"]]
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for mode, style in (("bm25", "o-"), ("dense", "s-"), ("hybrid", "^-")):
        for q, alpha in (("p50", 1.0), ("p95", 0.45)):
            ax.plot(sizes, [r["per_size"][str(s)]["serving"]["latency_ms"][mode][q]
                            for s in sizes], style, alpha=alpha, label=f"{mode} {q}")
    ax.axhline(60, color="grey", linestyle=":", label="hybrid p95 goal (60 ms)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("passages")
    ax.set_ylabel("query latency incl. query embedding (ms)")
    ax.set_title("Query latency by index size (2 cores, serving process)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="passage counts, comma-separated")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"未运行基准测试: 语料目录不存在: {args.corpus}。共享数据目录 ../shared 只在开发机和 "
              "CI 上提供, 用户克隆中没有; 请用 --corpus 指定法规语料目录。")
        return 2
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    run(args.corpus, sizes, args.out)
    print(f"报告已写入 {args.out / 'bench.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
