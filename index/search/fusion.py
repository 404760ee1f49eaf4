"""Combining ranked lists from BM25 and dense retrieval, and a document-level prior.

>>> weighted({1: 9.0, 2: 3.0}, {2: 0.9, 1: 0.8})[0][0]
1
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

# Reciprocal-rank-fusion damping constant: Cormack et al. (2009)'s 60. On the own set RRF
# at k=10/30/60/100 (R@5 0.97-0.99, MRR 0.87-0.89) lost to weighted fusion on MRR and on
# complete recall, and on NCP it fell 4-6 points of document R@1 below BM25 alone, so it is
# an option, not the default (eval/README.md, tuning log).
RRF_K = 60

# Weighted fusion: share of the dense score after min-max scaling each top-50 list to [0, 1].
# Swept 0.3-0.7 on both sets: 0.4 kept NCP document R@1 at BM25's level (0.794 vs 0.798;
# 0.5 gave 0.765) while lifting the own set's MRR@10 from 0.827 (BM25) to 0.896.
DENSE_WEIGHT = 0.4

# Weight of the document-level BM25 score (max-scaled to [0, 1]) added to each passage's
# fused score: passages of the notice that matches the question as a whole rise. Swept
# 0-1 at DENSE_WEIGHT 0.4: 0.5 raised NCP document R@1 from 0.794 to 0.813 and own-set
# MRR@10 from 0.896 to 0.904; 1.0 gained on NCP but lost on the own set.
DOC_PRIOR_WEIGHT = 0.5


def rrf(rankings: Sequence[Sequence[int]], k: int = RRF_K,
        key: np.ndarray | None = None) -> list[tuple[int, float]]:
    """Rows ordered by the sum of 1 / (k + rank) over the lists they appear in."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, row in enumerate(ranking, start=1):
            scores[row] = scores.get(row, 0.0) + 1.0 / (k + rank)
    return _ranked(scores.items(), key)


def weighted(
    bm25: dict[int, float], dense: dict[int, float], dense_weight: float = DENSE_WEIGHT,
    key: np.ndarray | None = None,
) -> list[tuple[int, float]]:
    """Min-max scale each list's scores, then mix; a row missing from a list scores 0 there."""
    a, b = _minmax(bm25), _minmax(dense)
    rows = set(a) | set(b)
    mixed = {r: (1 - dense_weight) * a.get(r, 0.0) + dense_weight * b.get(r, 0.0) for r in rows}
    return _ranked(mixed.items(), key)


def with_document_prior(
    ranked: list[tuple[int, float]], row_doc: np.ndarray, doc_scores: np.ndarray,
    weight: float = DOC_PRIOR_WEIGHT, key: np.ndarray | None = None,
) -> list[tuple[int, float]]:
    """Add `weight` x the max-scaled score of each passage's notice, then re-rank."""
    top = doc_scores.max() if len(doc_scores) else 0.0
    if top <= 0:
        return ranked
    prior = weight * doc_scores / top
    boosted = [(row, score + float(prior[row_doc[row]])) for row, score in ranked]
    return _ranked(boosted, key)


def _ranked(items, key: np.ndarray | None) -> list[tuple[int, float]]:
    """Best first; equal scores by `key[row]` (manifest order), or by row without one."""
    if key is None:
        return sorted(items, key=lambda item: (-item[1], item[0]))
    return sorted(items, key=lambda item: (-item[1], int(key[item[0]])))


def _minmax(scores: dict[int, float]) -> dict[int, float]:
    if not scores:
        return {}
    values = np.fromiter(scores.values(), dtype=np.float64)
    low, span = values.min(), values.max() - values.min()
    if span == 0:
        return {r: 1.0 for r in scores}
    return {r: (s - low) / span for r, s in scores.items()}
