"""Exact BM25 top-k compiled with numba: document-at-a-time Block-Max MaxScore over one segment.

Measured, not taken: on the laws index it is slower than index.lexical.compiled unfiltered
(eval/reports/bm25.md; why: a block's bound is ~0.9 of its term's bound there, so few blocks
are ever skipped and the block bookkeeping costs more than it saves). index.lexical.best says
which path the searcher takes.

MaxScore's split of the terms (index.lexical.compiled: the lowest-bound ones whose bounds add
up to less than theta, the k-th best so far, are non-essential) with a WAND pivot over the
essential ones and per-block bounds (index.lexical.blocks; Broder et al. 2003, Ding and Suel
2011): every term's postings are cut into blocks of a fixed number of postings, and a block's
bound is the most the term adds to any of its rows for this query's idf and avgdl.
- Pivot: the essential terms sorted by current row; the first ones whose bounds, with all
  non-essential bounds, can reach theta. A row before the pivot's row holds only earlier
  terms, so their pointers jump to it.
- At the pivot row, the blocks holding it: when the pivot terms' and the non-essential terms'
  block bounds add up to less than theta, no row up to the first of those blocks' last rows
  (and before the next essential term's row) can reach theta, and the pivot terms jump past.
- Else the row is scored as in compiled.py, a non-essential term looked up only while the
  partial score plus the remaining terms' bounds at this row (each block's largest count at
  the row's own length) can still reach theta.
A row outside the filter moves the pivot terms to the next allowed row. A row is dropped only
when its bound is strictly below theta (with BOUND_SLACK), so the answer is top_exhaustive's
(rows, scores bit for bit: the same contributions summed in query order, ties by key).
"""
from __future__ import annotations

import time
from typing import Sequence

import numba
import numpy as np

from index.lexical.bm25 import B, K1, BM25Index, TermCounts
from index.lexical.compiled import BOUND_SLACK, _gallop, _read_only, _sift_down, _sift_up, _worse
from index.lexical.topk import _Best, _bound, query_terms, top_exhaustive


@numba.njit(cache=True, nogil=True)
def _block_bounds(indices, starts, ends, idf, mult, bfirst, fptr, ftf, flen, bsize, avgdl):
    """Per term t, at boff[t]:boff[t+1]: its blocks' bounds, largest counts and last rows."""
    t_count = len(starts)
    nb = np.empty(t_count, np.int64)
    boff = np.zeros(t_count + 1, np.int64)
    for t in range(t_count):
        nb[t] = (ends[t] - starts[t] + bsize - 1) // bsize
        boff[t + 1] = boff[t] + nb[t]
    bb = np.empty(boff[t_count])
    btf = np.empty(boff[t_count])
    blast = np.empty(boff[t_count], np.int64)
    for t in range(t_count):
        for i in range(nb[t]):
            b = bfirst[t] + i
            most = 0.0
            for q in range(fptr[b], fptr[b + 1]):
                tf = np.float64(ftf[q])
                norm = K1 * (1 - B + B * flen[q] / avgdl) if avgdl else 0.0
                c = idf[t] * tf * (K1 + 1) / (tf + norm) * mult[t]
                if c > most:
                    most = c
            bb[boff[t] + i] = most
            btf[boff[t] + i] = ftf[fptr[b]]  # pairs run from the largest count down
            last = starts[t] + (i + 1) * bsize
            if last > ends[t]:
                last = ends[t]
            blast[boff[t] + i] = indices[last - 1]
    return nb, boff, bb, btf, blast


@numba.njit(cache=True, nogil=True)
def _advance(indices, pos, ends, srt, upto, target):
    """Move the pointers of terms srt[:upto] to their first row >= target."""
    for i in range(upto):
        t = srt[i]
        pos[t] = _gallop(indices, pos[t], ends[t], target)


@numba.njit(cache=True, nogil=True)
def _shallow(t, doc, bp, nb, boff, bb, blast):
    """Term t's block holding or following `doc` (bp[t] moved there) and its bound."""
    i = bp[t]
    while i < nb[t] and blast[boff[t] + i] < doc:
        i += 1
    bp[t] = i
    return bb[boff[t] + i] if i < nb[t] else 0.0


@numba.njit(cache=True, nogil=True)
def _row_bound(t, bp, nb, boff, btf, idf, mult, row_norm):
    """The most term t adds to a row of length norm row_norm in its block bp[t]: the block's
    largest count at that row's own length (contributions grow with the count)."""
    i = bp[t]
    if i >= nb[t]:
        return 0.0
    tf = btf[boff[t] + i]
    return idf[t] * tf * (K1 + 1) / (tf + row_norm) * mult[t]


@numba.njit(cache=True, nogil=True)
def top_segment_blocks(indices, data, starts, ends, idf, mult, bounds, norm, keys, dead, limit,
                       has_limit, k, theta_in, slack, bfirst, fptr, ftf, flen, bsize, avgdl):
    """The k best rows of one segment (local rows, scores), unordered; terms in query order.
    Block b of term t (b counted from bfirst[t]) holds its postings starts[t] + b * bsize on,
    and its undominated (tf, length) pairs are ftf/flen[fptr[b]:fptr[b + 1]]."""
    t_count = len(starts)
    order = np.argsort(-bounds, kind="mergesort")  # highest bound first
    suffix = np.zeros(t_count + 1)
    for p in range(t_count - 1, -1, -1):
        suffix[p] = suffix[p + 1] + bounds[order[p]]
    nb, boff, bb, btf, blast = _block_bounds(indices, starts, ends, idf, mult, bfirst, fptr,
                                             ftf, flen, bsize, avgdl)
    pos = starts.copy()
    bp = np.zeros(t_count, np.int64)  # per term: its block holding (or next after) the row
    rest = np.zeros(t_count + 1)  # rest[q]: the row's bound from the terms order[q:]
    hs = np.empty(k)
    hk = np.empty(k, np.int64)
    hr = np.empty(k, np.int64)
    n = 0
    theta = theta_in
    ess = t_count
    while ess > 0 and suffix[ess - 1] * (1 + slack) < theta:
        ess -= 1
    contrib = np.zeros(t_count)
    held = np.zeros(t_count, np.bool_)
    srt = order.copy()  # essential terms srt[:ess] by their current row, exhausted last
    rank = np.empty(t_count, np.int64)  # per term: its place in `order`
    for p in range(t_count):
        rank[order[p]] = p
    kept = t_count  # terms in srt[:kept] (the essential ones of the previous round)
    at = np.empty(t_count, np.int64)  # per term: its current row (end_row when exhausted)
    end_row = np.int64(len(norm))
    lp = 0
    n_dead = len(dead)
    while ess > 0:
        # the essential terms by current row (insertion sort: few move between rounds)
        # last round's order, less the terms that became non-essential: nearly sorted
        m = 0
        for i in range(kept):
            t = srt[i]
            if rank[t] < ess:
                at[t] = indices[pos[t]] if pos[t] < ends[t] else end_row
                srt[m] = t
                m += 1
        kept = m
        for i in range(1, ess):
            t = srt[i]
            j = i - 1
            while j >= 0 and at[srt[j]] > at[t]:
                srt[j + 1] = srt[j]
                j -= 1
            srt[j + 1] = t
        # pivot: the first terms (by row) whose bounds, with every non-essential term's, can
        # reach theta; a row before the pivot's holds only earlier terms and cannot
        total = suffix[ess]
        p = -1
        for i in range(ess):
            t = srt[i]
            if at[t] == end_row:
                break
            total += bounds[t]
            if total * (1 + slack) >= theta:
                p = i
                break
        if p < 0:
            break
        doc = at[srt[p]]
        while p + 1 < ess and at[srt[p + 1]] == doc:
            p += 1
        if at[srt[0]] < doc:
            _advance(indices, pos, ends, srt, p, doc)
            continue
        # srt[:p + 1] all hold doc, no other essential term does
        if n_dead and dead[doc]:
            _advance(indices, pos, ends, srt, p + 1, doc + 1)
            continue
        if has_limit:
            while lp < len(limit) and limit[lp] < doc:
                lp += 1
            if lp >= len(limit):
                break
            if limit[lp] != doc:
                _advance(indices, pos, ends, srt, p + 1, limit[lp])
                continue
        mine = 0.0
        for i in range(p + 1):
            t = srt[i]
            mine += _shallow(t, doc, bp, nb, boff, bb, blast)
        block_rest = 0.0
        for q in range(ess, t_count):
            block_rest += _shallow(order[q], doc, bp, nb, boff, bb, blast)
        if (mine + block_rest) * (1 + slack) < theta:
            # no row up to the first end of these blocks (or the next essential term's row)
            # can reach theta: every one is bounded by the same blocks
            last = at[srt[p + 1]] - 1 if p + 1 < ess else end_row
            for i in range(p + 1):
                t = srt[i]
                if bp[t] < nb[t] and blast[boff[t] + bp[t]] < last:
                    last = blast[boff[t] + bp[t]]
            if (mine + suffix[ess]) * (1 + slack) >= theta:
                # the non-essential blocks are what keeps these rows out: only up to theirs
                for q in range(ess, t_count):
                    t = order[q]
                    if bp[t] < nb[t] and blast[boff[t] + bp[t]] < last:
                        last = blast[boff[t] + bp[t]]
            _advance(indices, pos, ends, srt, p + 1, last + 1)
            continue
        # this row's own bound: its essential contributions exactly, the non-essential terms'
        # blocks at its length
        row_norm = norm[doc]
        rest[t_count] = 0.0
        for q in range(t_count - 1, ess - 1, -1):
            rest[q] = rest[q + 1] + _row_bound(order[q], bp, nb, boff, btf, idf, mult,
                                               row_norm)
        estimate = 0.0
        for i in range(t_count):
            held[i] = False
        for i in range(p + 1):
            t = srt[i]
            tf = np.float64(data[pos[t]])
            c = idf[t] * tf * (K1 + 1) / (tf + norm[doc]) * mult[t]
            contrib[t] = c
            held[t] = True
            estimate += c
        skip = False
        for q in range(ess, t_count):
            if (estimate + rest[q]) * (1 + slack) < theta:
                skip = True
                break
            t = order[q]
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
        _advance(indices, pos, ends, srt, p + 1, doc + 1)
    return hr[:n].copy(), hs[:n].copy()


def top_blockmax(bm25: BM25Index, query_tokens: Sequence[str], k: int,
                 allowed: np.ndarray | None = None,
                 keys: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The same k best as index.lexical.topk.top_exhaustive, pruned by blocks in compiled code."""
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
            bfirst, fptr, ftf, flen = _blocks_of(part, [j for _, _, j in present])
            theta = best.theta(k)
            dead = bm25.dead[index]
            rows, scores = top_segment_blocks(
                _read_only(part.tf.indices), _read_only(part.tf.data), starts, ends, idf,
                mult, bounds, bm25._norms[index], keys[offset:offset + part.rows],
                no_dead if dead is None else dead, limit, allowed is not None, k,
                -np.inf if theta is None else theta, BOUND_SLACK, bfirst, fptr, ftf, flen,
                part.block_size, float(bm25.avgdl))
            rows = rows + offset
            best.merge(rows, scores, keys[rows], k)
        offset += part.rows
    return best.rows, best.scores


def _blocks_of(part: TermCounts, columns: list[int]
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The columns' first blocks and the block arrays they index: the segment's stored arrays
    as they are, or (a segment without them) the columns' blocks computed and concatenated.
    All read-only and of one dtype each, so one compiled signature serves both."""
    if part.blocks is not None:
        blocks = part.blocks
        bfirst = np.array([blocks.start[j] for j in columns], np.int64)
        return (bfirst, _read_only(blocks.ptr.astype(np.int64, copy=False)),
                _read_only(blocks.tf.astype(np.int32, copy=False)),
                _read_only(blocks.length.astype(np.int64, copy=False)))
    found = [part.term_blocks(j) for j in columns]
    bfirst = np.zeros(len(columns), np.int64)
    ptrs, tfs, lengths = [], [], []
    blocks = points = 0
    for i, (ptr, tf, length) in enumerate(found):
        bfirst[i] = blocks
        ptrs.append(ptr[:-1] + points)
        tfs.append(tf)
        lengths.append(length)
        blocks += len(ptr) - 1
        points += int(ptr[-1])
    ptrs.append(np.array([points], np.int64))
    return (bfirst, _read_only(np.concatenate(ptrs).astype(np.int64)),
            _read_only(np.concatenate(tfs).astype(np.int32)),
            _read_only(np.concatenate(lengths).astype(np.int64)))


def warm() -> float:
    """Compile (or load from the cache) top_segment_blocks; seconds taken."""
    start = time.perf_counter()
    bm25 = BM25Index.build([["甲", "乙"], ["乙", "丙"], ["丁"], ["戊"], ["己"]])
    top_blockmax(bm25, ["甲", "乙"], 2)
    top_blockmax(bm25, ["甲", "乙"], 2, allowed=np.array([0, 2], np.int64))
    return time.perf_counter() - start
