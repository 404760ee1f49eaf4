"""The k best BM25 rows of a query, exactly: exhaustively, or with MaxScore pruning.

Both return the same rows with the same scores in the same order (tests/test_bm25_topk.py):
rows scoring above 0 that hold a query term, live, inside `allowed` when given, best first,
equal scores ordered by `keys` (the searcher passes LoadedIndex.row_key, manifest order).

Exhaustive scoring adds every posting of every query term; at 3x10^5 passages a query of
common words touches most rows. MaxScore (Turtle and Flood 1995), vectorised per segment:
each term's largest possible contribution is known from its frontier (index.lexical.impact).
Once k rows are scored, theta is the k-th best score; the lowest-bound terms whose bounds add
up to less than theta are non-essential: a row holding only those cannot reach theta, so the
candidates are the rows of the essential terms alone, and the non-essential terms are only
looked up for them (binary search in their postings) instead of scanned. Rows outside the
candidates score strictly below theta, so ties at the cut are settled by key as in the
exhaustive path. Every candidate's score is the same sum, in query order, of the same
contributions (index.lexical.bm25.contribution) as the exhaustive one, so scores are equal bit
for bit.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from index.lexical.bm25 import BM25Index, contribution, length_norm

# Relative slack on the sum of non-essential bounds before comparing it with theta: the
# bounds are exact per term, but a row's score adds its contributions in query order and the
# bound sum may be rounded in another order (a few ulps; 1e-9 is far above that and far
# below any gap between real scores, so it costs no pruning in practice).
BOUND_SLACK = 1e-9
# Rows of a common seed term looked up to find a first theta: enough for k <= 50 to find
# good rows, few enough that the lookups cost less than one scan of a common term.
SEED_ROWS = 2048
# Cost of looking one candidate row up in one non-essential term's postings (binary search),
# in postings scanned (scatter-added) for the same time: pruning skips the non-essential
# terms' postings only when they outnumber essential rows x non-essential terms x this.
LOOKUP_COST = 4


@dataclass
class _Best:
    """The running k best: global rows, scores, keys (best first)."""

    rows: np.ndarray
    scores: np.ndarray
    keys: np.ndarray

    @classmethod
    def empty(cls) -> "_Best":
        return cls(np.zeros(0, np.int64), np.zeros(0), np.zeros(0, np.int64))

    def theta(self, k: int) -> float | None:
        """The k-th best score once k rows are known."""
        return float(self.scores[k - 1]) if len(self.scores) >= k else None

    def merge(self, rows: np.ndarray, scores: np.ndarray, keys: np.ndarray, k: int) -> None:
        """Add scored rows; a row already held (seeding) has the same score and is dropped."""
        if len(self.rows):
            new = ~np.isin(rows, self.rows)
            rows, scores, keys = rows[new], scores[new], keys[new]
        rows = np.concatenate([self.rows, rows])
        scores = np.concatenate([self.scores, scores])
        keys = np.concatenate([self.keys, keys])
        order = top_order(scores, k, keys)
        self.rows, self.scores, self.keys = rows[order], scores[order], keys[order]


def top_order(scores: np.ndarray, k: int, keys: np.ndarray) -> np.ndarray:
    """Indices of the k largest scores, best first (ties by `keys`)."""
    if len(scores) <= k:
        return np.lexsort((keys, -scores))
    # Everything scoring at least the k-th best, so ties at the cut are settled by key.
    threshold = -np.partition(-scores, k - 1)[k - 1]
    part = np.flatnonzero(scores >= threshold)
    return part[np.lexsort((keys[part], -scores[part]))][:k]


def top_exhaustive(bm25: BM25Index, query_tokens: Sequence[str], k: int,
                   allowed: np.ndarray | None = None,
                   keys: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Every row holding a query term scored, then the k best: the reference."""
    rows, scores = bm25.touched(query_tokens)  # a row sharing no term is no hit
    if allowed is not None:
        rows, scores = within(rows, scores, allowed)
    positive = scores > 0
    rows, scores = rows[positive], scores[positive]
    keys = np.arange(bm25.size, dtype=np.int64) if keys is None else keys
    order = top_order(scores, k, keys[rows])
    return rows[order], scores[order]


def within(rows: np.ndarray, scores: np.ndarray,
           allowed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The rows (and their scores) that are in `allowed` (ascending)."""
    if len(allowed) == 0:
        return rows[:0], scores[:0]
    at = np.minimum(np.searchsorted(allowed, rows), len(allowed) - 1)
    keep = allowed[at] == rows
    return rows[keep], scores[keep]


def query_terms(bm25: BM25Index, query_tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(global column, count in the query) of the query's indexed terms, in query order (the
    order touched() sums them in)."""
    counts = Counter(t for t in query_tokens if t in bm25.vocab)
    return [(bm25.vocab[t], m) for t, m in counts.items()]


def top_pruned(bm25: BM25Index, query_tokens: Sequence[str], k: int,
               allowed: np.ndarray | None = None,
               keys: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The same k best as top_exhaustive, scoring only rows that can reach them."""
    terms = query_terms(bm25, query_tokens)
    if not terms or k <= 0:
        return np.zeros(0, np.int64), np.zeros(0)
    keys = np.arange(bm25.size, dtype=np.int64) if keys is None else keys
    best = _Best.empty()
    offset = 0
    for index, part in enumerate(bm25.parts):
        local = bm25._local[index]
        present = [(g, m, int(local[g])) for g, m in terms if local[g] >= 0]
        if present:
            limit = None
            if allowed is not None:
                lo, hi = np.searchsorted(allowed, [offset, offset + part.rows])
                limit = allowed[lo:hi] - offset
            if limit is None or len(limit):
                _score_part(bm25, index, present, k, limit, offset, keys, best)
        offset += part.rows
    return best.rows, best.scores


def _score_part(bm25: BM25Index, index: int, present: list[tuple[int, int, int]], k: int,
                limit: np.ndarray | None, offset: int, keys: np.ndarray, best: _Best) -> None:
    """Merge the part's rows that can enter the k best into `best`."""
    part = bm25.parts[index]
    bounds = [_bound(bm25, part, g, j, m) for g, m, j in present]
    lengths = [len(part.postings(j)[0]) for _, _, j in present]
    by_bound = sorted(range(len(present)), key=lambda i: -bounds[i])
    if best.theta(k) is None and len(present) > 1:
        # Seed theta: rows of the term that can add the most (usually the rarest), every
        # one looked up in the other terms; a sample of them when the term is common.
        seed = part.postings(present[by_bound[0]][2])[0]
        if len(seed) > SEED_ROWS:
            seed = seed[np.linspace(0, len(seed) - 1, SEED_ROWS).astype(np.int64)]
        if limit is not None:
            seed = seed[_lookup(limit, seed)[1]]
        _merge(bm25, index, present, seed, offset, keys, k, best)
    essential = set(_essential(by_bound, bounds, best.theta(k)))
    if not essential:
        return
    scanned = sum(lengths[i] for i in essential)
    skipped = sum(lengths[i] for i in range(len(present)) if i not in essential)
    looked_up = len(present) - len(essential)
    if skipped <= scanned * looked_up * LOOKUP_COST:  # pruning would cost more than it saves
        essential = set(range(len(present)))
    _accumulate(bm25, index, present, essential, k, limit, offset, keys, best)


def _accumulate(bm25: BM25Index, index: int, present: list[tuple[int, int, int]],
                essential: set[int], k: int, limit: np.ndarray | None, offset: int,
                keys: np.ndarray, best: _Best) -> None:
    """Essential terms scanned into an accumulator, the others looked up for the rows the
    essential ones reached, in query order (so the sums are the exhaustive ones); rows that
    seeding already merged are merged again with the same score and deduplicated by merge."""
    part, norm, dead = bm25.parts[index], bm25._norms[index], bm25.dead[index]
    touched = np.zeros(part.rows, dtype=bool)
    for i in essential:
        touched[part.postings(present[i][2])[0]] = True
    if limit is not None:
        keep = np.zeros(part.rows, dtype=bool)
        keep[limit] = True
        touched &= keep
    if dead is not None:
        touched &= ~dead
    rows = np.flatnonzero(touched)
    if len(rows) == 0:
        return
    acc = np.zeros(part.rows)
    for i, (g, m, j) in enumerate(present):
        posting_rows, tf = part.postings(j)
        if i in essential:
            acc[posting_rows] += contribution(bm25.idf[g], tf, norm[posting_rows]) * m
        else:
            at, hit = _lookup(posting_rows, rows)
            held = rows[hit]
            acc[held] += contribution(bm25.idf[g], tf[at[hit]], norm[held]) * m
    scores = acc[rows]
    positive = scores > 0
    rows, scores = rows[positive] + offset, scores[positive]
    best.merge(rows, scores, keys[rows], k)


def _essential(by_bound: list[int], bounds: list[float], theta: float | None) -> list[int]:
    """Terms (indices into the query's present terms) a row must hold to reach theta: all
    but the lowest-bound ones whose bounds add up to less than theta."""
    if theta is None:
        return by_bound
    total = 0.0
    cut = len(by_bound)
    for position in range(len(by_bound) - 1, -1, -1):
        total += bounds[by_bound[position]]
        if total * (1 + BOUND_SLACK) >= theta:
            break
        cut = position
    return by_bound[:cut]


def _bound(bm25: BM25Index, part, g: int, j: int, m: int) -> float:
    """The most term g (local column j) adds to any row of the part, times its count m."""
    idf = bm25.idf[g]
    if idf <= 0:  # contributions are <= 0 (a floored idf never is, but stay safe)
        return 0.0
    tf, length = part.term_frontier(j)
    if len(tf) == 0:  # a column without postings (a vocabulary shared with other rows)
        return 0.0
    return float(np.max(contribution(idf, tf, length_norm(length, bm25.avgdl)) * m))


def _lookup(posting_rows: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For sorted `rows`: their positions in the sorted posting rows and whether present."""
    if len(posting_rows) == 0:
        return np.zeros(len(rows), np.int64), np.zeros(len(rows), bool)
    at = np.minimum(np.searchsorted(posting_rows, rows), len(posting_rows) - 1)
    return at, posting_rows[at] == rows


def _merge(bm25: BM25Index, index: int, present: list[tuple[int, int, int]],
           rows: np.ndarray, offset: int, keys: np.ndarray, k: int, best: _Best) -> None:
    """Score `rows` (local, ascending) fully, in query order, and merge the positive ones."""
    part, norm, dead = bm25.parts[index], bm25._norms[index], bm25.dead[index]
    if dead is not None:
        rows = rows[~dead[rows]]
    if len(rows) == 0:
        return
    scores = np.zeros(len(rows))
    for g, m, j in present:
        posting_rows, tf = part.postings(j)
        at, hit = _lookup(posting_rows, rows)
        held = rows[hit]
        scores[hit] += contribution(bm25.idf[g], tf[at[hit]], norm[held]) * m
    positive = scores > 0
    rows, scores = rows[positive] + offset, scores[positive]
    best.merge(rows, scores, keys[rows], k)
