"""Combining ranked lists from BM25 and dense retrieval.

>>> rrf([[3, 1, 2], [1, 3]])[:2]
[(1, 0.0325...), (3, 0.0325...)]
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

# Reciprocal-rank-fusion damping constant. 60 is Cormack et al. (2009)'s value; the own
# eval set (eval/README.md, fusion step) preferred it over 10, 30 and 100.
RRF_K = 60

# Weighted fusion: share of the dense score after min-max scaling each list to [0, 1].
# Chosen on the own eval set (eval/README.md, fusion step).
DENSE_WEIGHT = 0.5


def rrf(rankings: Sequence[Sequence[int]], k: int = RRF_K) -> list[tuple[int, float]]:
    """Rows ordered by the sum of 1 / (k + rank) over the lists they appear in."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, row in enumerate(ranking, start=1):
            scores[row] = scores.get(row, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


def weighted(
    bm25: dict[int, float], dense: dict[int, float], dense_weight: float = DENSE_WEIGHT
) -> list[tuple[int, float]]:
    """Min-max scale each list's scores, then mix; a row missing from a list scores 0 there."""
    a, b = _minmax(bm25), _minmax(dense)
    rows = set(a) | set(b)
    mixed = {r: (1 - dense_weight) * a.get(r, 0.0) + dense_weight * b.get(r, 0.0) for r in rows}
    return sorted(mixed.items(), key=lambda item: (-item[1], item[0]))


def _minmax(scores: dict[int, float]) -> dict[int, float]:
    if not scores:
        return {}
    values = np.fromiter(scores.values(), dtype=np.float64)
    low, span = values.min(), values.max() - values.min()
    if span == 0:
        return {r: 1.0 for r in scores}
    return {r: (s - low) / span for r, s in scores.items()}
