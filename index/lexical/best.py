"""Which exact BM25 top-k path the searcher takes (all give the same answer)."""
from __future__ import annotations

from typing import Sequence

import numpy as np

from index.lexical.bm25 import BM25Index
from index.lexical.topk import top_exhaustive, top_pruned

# Where the searcher prunes, and how: "exhaustive" (topk.top_exhaustive), "numpy"
# (topk.top_pruned) or "compiled" (index.lexical.compiled). Chosen by eval/bench_bm25.py, the
# paths side by side in one run on the real laws index /tmp/q1m (200 queries, load 1.7-2.7 on
# 2 cores, eval/reports/bm25.md), 100% identical results: unfiltered, compiled p50 1.31x / 1.15x
# of exhaustive (k=10 / 50) at 3x10^5 passages and 1.57x / 1.55x at 1.16x10^6, numpy pruning
# 0.71-0.91x (a question has ~15 terms, per-term numpy overhead exceeds what is skipped);
# filtered (5% of the notices), compiled 4.5x and 9.02x, numpy 1.15x and 1.45x. Block-Max
# MaxScore (128-posting blocks) was built and measured in the same run (its own branch, first
# run at commit ce35a43): 0.67-0.98x of compiled at p50, its block bounds 0.925 of the term
# bounds, so it skipped almost nothing; it was removed as unused.
PRUNE_UNFILTERED = "compiled"
PRUNE_FILTERED = "compiled"
# Below this many rows the searcher keeps the paths chosen before the compiled one existed
# (exhaustive unfiltered, numpy-pruned filtered: bm25.md): there every path takes a few
# milliseconds at most (2.47 ms exhaustive p50 at 3x10^5), while importing numba and loading
# the compiled kernel costs every process that opens an index 0.7-2.5 s (cold-start rows of
# bm25.md), which one-shot `notices search` / `ask` commands and the shipped notices' service
# would pay for nothing. The smallest size measured with the compiled path ahead is 3x10^5.
COMPILED_MIN_ROWS = 100_000
SMALL_UNFILTERED = "exhaustive"
SMALL_FILTERED = "numpy"


def uses_compiled(bm25: BM25Index) -> bool:
    return bm25.size >= COMPILED_MIN_ROWS


def best_k(bm25: BM25Index, query_tokens: Sequence[str], k: int,
           allowed: np.ndarray | None = None,
           keys: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """What the searcher calls: the path PRUNE_FILTERED / PRUNE_UNFILTERED names for a large
    index, SMALL_FILTERED / SMALL_UNFILTERED for a small one; all return the same rows."""
    if uses_compiled(bm25):
        prune = PRUNE_FILTERED if allowed is not None else PRUNE_UNFILTERED
    else:
        prune = SMALL_FILTERED if allowed is not None else SMALL_UNFILTERED
    if prune == "compiled":
        from index.lexical.compiled import top_compiled  # imports numba: large indexes only

        return top_compiled(bm25, query_tokens, k, allowed, keys)
    return (top_pruned if prune == "numpy" else top_exhaustive)(bm25, query_tokens, k, allowed,
                                                                keys)
