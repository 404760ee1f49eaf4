"""Exact BM25 top-k compiled with numba: document-at-a-time MaxScore over one segment.

Same answer as index.lexical.topk.top_exhaustive (rows, scores bit for bit, ties by key):
every scored row's score is 0.0 plus its terms' contributions in query order, each computed
as index.lexical.bm25.contribution does (idf * tf * (K1 + 1) / (tf + norm) * m, the same
float64 operations in the same order). Terms are sorted by bound; the lowest-bound ones whose
bounds add up to less than theta (the k-th best so far) are non-essential: candidates come
only from the essential terms' postings, merged by pointers in row order, and a non-essential
term is looked up (galloping from its pointer) only while the candidate's partial score plus
the remaining bounds can still reach theta. A row is dropped only when it scores strictly
below theta, so ties at the cut are settled by key as in the exhaustive path.
With a filter (`allowed`), a candidate outside it moves every essential pointer straight to
the next allowed row (galloping), so a filter's gaps are skipped, not walked posting by posting.

Compiled with cache=True into index.config.cache_dir()/numba unless NUMBA_CACHE_DIR is set;
warm() compiles or loads it (the searcher calls it when an index opens).
"""
from __future__ import annotations

import os
import time
from typing import Sequence

import numpy as np

from index.config import cache_dir

os.environ.setdefault("NUMBA_CACHE_DIR", str(cache_dir() / "numba"))

import numba  # noqa: E402  (after NUMBA_CACHE_DIR is set)

from index.lexical.bm25 import K1, BM25Index  # noqa: E402
from index.lexical.topk import _Best, _bound, query_terms, top_exhaustive  # noqa: E402

# Relative slack on bound sums before comparing them with theta (as topk.BOUND_SLACK): bound
# sums are rounded in another order than a row's score, a few ulps; 1e-9 is far above that.
BOUND_SLACK = 1e-9


@numba.njit(cache=True, nogil=True)
def _worse(s1: float, k1: int, s2: float, k2: int) -> bool:
    return s1 < s2 or (s1 == s2 and k1 > k2)


@numba.njit(cache=True, nogil=True)
def _sift_down(hs, hk, hr, n):
    i = 0
    while True:
        left = 2 * i + 1
        if left >= n:
            return
        child = left
        right = left + 1
        if right < n and _worse(hs[right], hk[right], hs[left], hk[left]):
            child = right
        if _worse(hs[child], hk[child], hs[i], hk[i]):
            hs[i], hs[child] = hs[child], hs[i]
            hk[i], hk[child] = hk[child], hk[i]
            hr[i], hr[child] = hr[child], hr[i]
            i = child
        else:
            return


@numba.njit(cache=True, nogil=True)
def _sift_up(hs, hk, hr, i):
    while i > 0:
        parent = (i - 1) // 2
        if _worse(hs[i], hk[i], hs[parent], hk[parent]):
            hs[i], hs[parent] = hs[parent], hs[i]
            hk[i], hk[parent] = hk[parent], hk[i]
            hr[i], hr[parent] = hr[parent], hr[i]
            i = parent
        else:
            return


@numba.njit(cache=True, nogil=True)
def _gallop(indices, pos, end, doc):
    """First position in indices[pos:end] holding a row >= doc."""
    step = 1
    hi = pos
    while hi < end and indices[hi] < doc:
        pos = hi + 1
        hi = pos + step
        step *= 2
    if hi > end:
        hi = end
    while pos < hi:
        mid = (pos + hi) // 2
        if indices[mid] < doc:
            pos = mid + 1
        else:
            hi = mid
    return pos


@numba.njit(cache=True, nogil=True)
def top_segment(indices, data, starts, ends, idf, mult, bounds, norm, keys, dead, limit,
                has_limit, k, theta_in, slack):
    """The k best rows of one segment (local rows, scores), unordered; terms in query order.
    dead: bool per row or empty; limit: sorted allowed local rows when has_limit."""
    t_count = len(starts)
    order = np.argsort(-bounds, kind="mergesort")  # highest bound first
    # suffix[p]: sum of the bounds of order[p:] (the lowest ones)
    suffix = np.zeros(t_count + 1)
    for p in range(t_count - 1, -1, -1):
        suffix[p] = suffix[p + 1] + bounds[order[p]]
    pos = starts.copy()
    hs = np.empty(k)
    hk = np.empty(k, np.int64)
    hr = np.empty(k, np.int64)
    n = 0
    theta = theta_in
    # essential: order[:ess]
    ess = t_count
    while ess > 0 and suffix[ess - 1] * (1 + slack) < theta:
        ess -= 1
    contrib = np.zeros(t_count)
    held = np.zeros(t_count, np.bool_)
    lp = 0
    n_dead = len(dead)
    while ess > 0:
        doc = -1
        for p in range(ess):
            t = order[p]
            if pos[t] < ends[t]:
                r = indices[pos[t]]
                if doc < 0 or r < doc:
                    doc = r
        if doc < 0:
            break
        skip = False
        if n_dead and dead[doc]:
            skip = True
        if has_limit and not skip:
            while lp < len(limit) and limit[lp] < doc:
                lp += 1
            if lp >= len(limit):
                break
            if limit[lp] != doc:  # no row before the next allowed one is a candidate
                for p in range(ess):
                    t = order[p]
                    pos[t] = _gallop(indices, pos[t], ends[t], limit[lp])
                continue
        if not skip:
            estimate = 0.0
            for p in range(t_count):
                held[order[p]] = False
            for p in range(ess):
                t = order[p]
                if pos[t] < ends[t] and indices[pos[t]] == doc:
                    tf = np.float64(data[pos[t]])
                    c = idf[t] * tf * (K1 + 1) / (tf + norm[doc]) * mult[t]
                    contrib[t] = c
                    held[t] = True
                    estimate += c
            for p in range(ess, t_count):
                if (estimate + suffix[p]) * (1 + slack) < theta:
                    skip = True
                    break
                t = order[p]
                pos[t] = _gallop(indices, pos[t], ends[t], doc)
                if pos[t] < ends[t] and indices[pos[t]] == doc:
                    tf = np.float64(data[pos[t]])
                    c = idf[t] * tf * (K1 + 1) / (tf + norm[doc]) * mult[t]
                    contrib[t] = c
                    held[t] = True
                    estimate += c
            if not skip:
                score = 0.0
                for t in range(t_count):  # query order, as the exhaustive sum
                    if held[t]:
                        score += contrib[t]
                if score > 0 and score >= theta:
                    key = keys[doc]
                    if n < k:
                        hs[n] = score
                        hk[n] = key
                        hr[n] = doc
                        _sift_up(hs, hk, hr, n)
                        n += 1
                    elif _worse(hs[0], hk[0], score, key):
                        hs[0] = score
                        hk[0] = key
                        hr[0] = doc
                        _sift_down(hs, hk, hr, n)
                    if n == k and hs[0] > theta:
                        theta = hs[0]
                        while ess > 0 and suffix[ess - 1] * (1 + slack) < theta:
                            ess -= 1
        for p in range(ess):
            t = order[p]
            if pos[t] < ends[t] and indices[pos[t]] == doc:
                pos[t] += 1
    return hr[:n].copy(), hs[:n].copy()


def top_compiled(bm25: BM25Index, query_tokens: Sequence[str], k: int,
                 allowed: np.ndarray | None = None,
                 keys: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The same k best as index.lexical.topk.top_exhaustive, pruned in compiled code."""
    terms = query_terms(bm25, query_tokens)
    if not terms or k <= 0:
        return np.zeros(0, np.int64), np.zeros(0)
    if any(bm25.idf[g] <= 0 for g, _ in terms):  # bounds assume non-negative contributions
        return top_exhaustive(bm25, query_tokens, k, allowed, keys)
    keys = np.arange(bm25.size, dtype=np.int64) if keys is None else keys
    best = _Best.empty()
    offset = 0
    no_dead = np.zeros(0, np.bool_)
    for index, part in enumerate(bm25.parts):
        local = bm25._local[index]
        present = [(g, m, int(local[g])) for g, m in terms if local[g] >= 0]
        limit = np.zeros(0, np.int64)
        if allowed is not None:
            lo, hi = np.searchsorted(allowed, [offset, offset + part.rows])
            limit = np.ascontiguousarray(allowed[lo:hi] - offset, dtype=np.int64)
        if present and (allowed is None or len(limit)):
            indptr = part.tf.indptr
            starts = np.array([indptr[j] for _, _, j in present], np.int64)
            ends = np.array([indptr[j + 1] for _, _, j in present], np.int64)
            idf = np.array([bm25.idf[g] for g, _, _ in present])
            mult = np.array([m for _, m, _ in present], np.float64)
            bounds = np.array([_bound(bm25, part, g, j, m) for g, m, j in present])
            theta = best.theta(k)
            dead = bm25.dead[index]
            rows, scores = top_segment(
                _read_only(part.tf.indices), _read_only(part.tf.data), starts, ends, idf,
                mult, bounds, bm25._norms[index], keys[offset:offset + part.rows],
                no_dead if dead is None else dead, limit, allowed is not None, k,
                -np.inf if theta is None else theta, BOUND_SLACK)
            rows = rows + offset
            best.merge(rows, scores, keys[rows], k)
        offset += part.rows
    return best.rows, best.scores


def _read_only(array: np.ndarray) -> np.ndarray:
    """A read-only view (no copy): an opened index memory-maps its counts read-only, and
    numba compiles read-only and writable arrays separately, so every call passes read-only
    counts and warm() compiles one signature."""
    view = np.asarray(array).view()
    view.flags.writeable = False
    return view


def warm() -> float:
    """Compile (or load from the cache) top_segment; seconds taken."""
    start = time.perf_counter()
    bm25 = BM25Index.build([["甲", "乙"], ["乙", "丙"], ["丁"], ["戊"], ["己"]])
    top_compiled(bm25, ["甲", "乙"], 2)
    top_compiled(bm25, ["甲", "乙"], 2, allowed=np.array([0, 2], np.int64))
    return time.perf_counter() - start
