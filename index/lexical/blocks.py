"""Per-block impact bounds of one segment's term counts: what block-max pruning
(index.lexical.blockmax) needs to know the most a term can add to any row of a block of its
postings.

A term's postings (rows ascending) are cut into blocks of `size` postings, the last one
shorter. As for the per-term frontier (index.lexical.impact), idf and avgdl are only known when
an index is opened, so a block stores its frontier: the (tf, length) pairs no other posting of
the block dominates (a higher or equal tf in a passage no longer). A BM25 contribution grows
with tf and shrinks with the length, so for any idf and avgdl the largest contribution over a
block's frontier is the largest over its postings (about 2 pairs per block on the laws
corpus; a block's last row is read from the postings themselves, not stored).

    <name>.blocks.{size,start,ptr,tf,length}.npy    next to the counts (TermCounts), when set

start[j]: column j's first block (its blocks are start[j]:start[j+1]); ptr[b]: block b's
first frontier pair in tf/length (ptr has one entry per block, plus the end). A segment
without these files (every segment the builder writes: the searcher does not take the
block-max path, index.lexical.best) gets a term's blocks computed on first use, from its
postings, and kept.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

_PARTS = ("size", "start", "ptr", "tf", "length")
# Postings per block: 32, 64, 128 and 256 were timed with the laws index (200 queries, k=10,
# load ~1-2), block-max p50 1.80 / 1.95 ms for 64 / 128 at 2.9x10^5 passages (32: 2.11, 256:
# 2.25), 9.49 / 8.06 ms at 1.16x10^6: 128, the faster at the larger size. Those runs timed
# block-max right after compiled on the same query (warm caches favour the second), so they
# rank block sizes only; block-max against the other paths, with rotation: eval/reports/bm25.md.
BLOCK = 128
# Postings handled per numpy pass when building: bounds the build's temporary memory (about 100
# bytes a posting: a dozen int64 arrays of that length) to ~400 MB whatever the segment's size.
BUILD_CHUNK = 4_000_000


@dataclass
class Blocks:
    """Block frontiers of every column of one segment (see the module docstring)."""

    size: int
    start: np.ndarray
    ptr: np.ndarray
    tf: np.ndarray
    length: np.ndarray

    @classmethod
    def build(cls, tf: sparse.csc_matrix, lengths: np.ndarray, size: int = BLOCK) -> "Blocks":
        indptr = np.asarray(tf.indptr, dtype=np.int64)
        df = np.diff(indptr)
        per_column = -(-df // size)
        start = np.zeros(len(df) + 1, np.int64)
        np.cumsum(per_column, out=start[1:])
        counts = np.asarray(tf.data)
        rows = np.asarray(tf.indices)
        lengths = np.asarray(lengths)
        pair_counts, tfs, lens = [], [], []
        first = 0
        while first < len(df):
            # columns first:last hold at most BUILD_CHUNK postings (or one column, if larger)
            last = int(np.searchsorted(indptr, indptr[first] + BUILD_CHUNK, side="right")) - 1
            last = min(max(last, first + 1), len(df))
            lo, hi = indptr[first], indptr[last]
            column = np.repeat(np.arange(first, last, dtype=np.int64), df[first:last])
            block = start[column] + (np.arange(lo, hi) - indptr[column]) // size
            n, t, b = _frontier_pairs(block - start[first], counts[lo:hi],
                                      lengths[rows[lo:hi]])
            pair_counts.append(np.bincount(b, minlength=int(start[last] - start[first])))
            tfs.append(t)
            lens.append(n)
            first = last
        ptr = np.zeros(int(start[-1]) + 1, np.int64)
        if pair_counts:
            np.cumsum(np.concatenate(pair_counts), out=ptr[1:])
        return cls(size=size, start=start, ptr=ptr,
                   tf=np.concatenate(tfs).astype(np.int32) if tfs else np.zeros(0, np.int32),
                   length=np.concatenate(lens).astype(np.int64) if lens else np.zeros(0,
                                                                                      np.int64))

    def save(self, folder: Path, name: str) -> None:
        for part in _PARTS:
            value = np.array([self.size], np.int64) if part == "size" else getattr(self, part)
            np.save(folder / f"{name}.blocks.{part}.npy", value)

    @classmethod
    def load(cls, folder: Path, name: str) -> "Blocks | None":
        """None for a segment written before blocks were stored."""
        paths = [folder / f"{name}.blocks.{part}.npy" for part in _PARTS]
        if not all(p.is_file() for p in paths):
            return None
        size, *arrays = (np.load(p, mmap_mode="r") for p in paths)
        return cls(int(size[0]), *arrays)

    def of(self, column: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Column's blocks: ptr (one per block plus the end, from 0), tf, length."""
        first, last = int(self.start[column]), int(self.start[column + 1])
        ptr = np.asarray(self.ptr[first:last + 1])
        lo, hi = int(ptr[0]), int(ptr[-1])
        return ptr - lo, np.asarray(self.tf[lo:hi]), np.asarray(self.length[lo:hi])


def column_blocks(tf: np.ndarray, lengths: np.ndarray,
                  size: int = BLOCK) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One term's blocks from its postings (tf and passage length per posting, row order):
    ptr, tf, length as Blocks.of returns them."""
    block = np.arange(len(tf), dtype=np.int64) // size
    n, t, b = _frontier_pairs(block, np.asarray(tf), np.asarray(lengths))
    ptr = np.zeros(-(-len(tf) // size) + 1, np.int64)
    np.cumsum(np.bincount(b, minlength=len(ptr) - 1), out=ptr[1:])
    return ptr, t.astype(np.int32), n.astype(np.int64)


def _frontier_pairs(block: np.ndarray, tf: np.ndarray,
                    length: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per block (ascending ids), the undominated (tf, length) pairs: lengths, tfs, block ids,
    sorted by block then tf descending."""
    length = np.asarray(length, dtype=np.int64)
    order = np.lexsort((length, -np.asarray(tf, dtype=np.int64), block))
    b, t, n = block[order], tf[order], length[order]
    # running minimum of the length within each block: blocks ascend, so shifting every
    # block's lengths below all earlier blocks' keeps an earlier block from reaching in
    shifted = n - b * (int(n.max(initial=0)) + 1)
    running = np.minimum.accumulate(shifted) if len(shifted) else shifted
    new_block = np.ones(len(b), dtype=bool)
    new_block[1:] = b[1:] != b[:-1]
    new_tf = new_block.copy()
    new_tf[1:] |= t[1:] != t[:-1]  # first (shortest) posting of its tf in its block
    shorter = np.ones(len(b), dtype=bool)
    shorter[1:] = shifted[1:] < running[:-1]  # shorter than every higher-tf posting
    keep = new_tf & (new_block | shorter)
    return n[keep], t[keep], b[keep]
