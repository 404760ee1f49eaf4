"""BM25 speed: our sparse-matrix BM25 against rank_bm25.BM25Okapi, same queries, same run.

    python -m eval.bench_bm25 [--laws ../shared/corpora/laws] [--passages 100000]

Passages are the non-empty lines of the laws corpus (one article per line), tokenised with
the project tokenizer once and cached. Prints per-query latency of both and the ratio, and
checks that both return the same top-10.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from index.bm25 import BM25Index
from index.config import cache_dir
from index.tokenizer import Tokenizer

DEFAULT_LAWS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "laws"
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
]


def load_passages(laws: Path, limit: int) -> list[list[str]]:
    cached = cache_dir() / "bench" / f"laws-tokens-{limit}.json"
    if cached.exists():
        return json.loads(cached.read_text(encoding="utf-8"))
    tokenizer = Tokenizer()
    out: list[list[str]] = []
    for path in sorted(laws.rglob("*.md")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            if len(line) >= 10 and not line.startswith(("---", "<!--")):
                out.append(tokenizer.tokenize(line))
                if len(out) >= limit:
                    break
        if len(out) >= limit:
            break
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return out


def time_queries(score, queries: list[list[str]]) -> tuple[list[float], list[np.ndarray]]:
    times, tops = [], []
    for q in queries:
        start = time.perf_counter()
        scores = score(q)
        top = np.argsort(-scores, kind="stable")[:10]
        times.append(time.perf_counter() - start)
        tops.append(top)
    return times, tops


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--laws", type=Path, default=DEFAULT_LAWS)
    parser.add_argument("--passages", type=int, default=100_000)
    args = parser.parse_args(argv)
    if not args.laws.is_dir():
        print(f"法规语料不存在: {args.laws} (../shared 仅在开发机和 CI 上提供), 跳过基准测试。")
        return 2
    from rank_bm25 import BM25Okapi

    corpus = load_passages(args.laws, args.passages)
    tokenizer = Tokenizer()
    queries = [tokenizer.tokenize(q) for q in QUERIES]
    print(f"passages: {len(corpus)}, queries: {len(queries)}")

    start = time.perf_counter()
    ours = BM25Index.build(corpus)
    build_ours = time.perf_counter() - start
    start = time.perf_counter()
    reference = BM25Okapi(corpus)
    build_ref = time.perf_counter() - start

    ref_times, ref_tops = time_queries(reference.get_scores, queries)
    our_times, our_tops = time_queries(ours.scores, queries)
    same = sum(np.array_equal(a, b) for a, b in zip(ref_tops, our_tops))
    ref_ms = statistics.median(ref_times) * 1000
    our_ms = statistics.median(our_times) * 1000
    print(f"build: BM25Okapi {build_ref:.1f} s, sparse {build_ours:.1f} s")
    print(f"median query: BM25Okapi {ref_ms:.1f} ms, sparse {our_ms:.2f} ms, "
          f"speed-up {ref_ms / our_ms:.0f}x")
    print(f"identical top-10: {same}/{len(queries)}")
    return 0 if same == len(queries) else 1


if __name__ == "__main__":
    sys.exit(main())
