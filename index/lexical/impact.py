"""Per-term impact bounds of one segment's term counts: what dynamic pruning (index.lexical.topk)
needs to know the most a term can add to any passage's score.

A BM25 term contribution idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len / avgdl)) grows
with tf and shrinks with the passage length, and avgdl and idf are only known when an index
is opened (they combine the live rows of every segment). So a segment stores, per term, its
frontier: for every distinct tf of the term, the shortest passage holding the term that often.
The largest contribution over that frontier is, for any avgdl and idf, exactly the largest
contribution over the term's postings (bit for bit: it is the same arithmetic on the same
numbers, and rounding is monotone), and the frontier is small (1-2 entries per term on the
laws corpus).

    <name>.frontier.{indptr,tf,length}.npy    next to the counts (index.lexical.bm25.TermCounts)

Segments written before these files existed get their frontier computed per term on first
use, from the term's postings (the cost of scoring that term once).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

_PARTS = ("indptr", "tf", "length")


@dataclass
class Frontier:
    """Per column j: tf[indptr[j]:indptr[j+1]] ascending, length[...] the shortest row
    holding the term with that tf."""

    indptr: np.ndarray
    tf: np.ndarray
    length: np.ndarray

    @classmethod
    def build(cls, tf: sparse.csc_matrix, lengths: np.ndarray) -> "Frontier":
        indptr = np.asarray(tf.indptr)
        columns = np.repeat(np.arange(tf.shape[1], dtype=np.int64), np.diff(indptr))
        counts = np.asarray(tf.data)
        row_lengths = np.asarray(lengths)[np.asarray(tf.indices)]
        order = np.lexsort((row_lengths, counts, columns))
        c, t, n = columns[order], counts[order], row_lengths[order]
        first = np.ones(len(c), dtype=bool)
        first[1:] = (c[1:] != c[:-1]) | (t[1:] != t[:-1])
        kept_columns = c[first]
        starts = np.searchsorted(kept_columns, np.arange(tf.shape[1] + 1)).astype(np.int64)
        return cls(indptr=starts, tf=t[first].astype(np.int32), length=n[first].astype(np.int64))

    def save(self, folder: Path, name: str) -> None:
        for part in _PARTS:
            np.save(folder / f"{name}.frontier.{part}.npy", getattr(self, part))

    @classmethod
    def load(cls, folder: Path, name: str) -> "Frontier | None":
        """None for a segment written before frontiers were stored."""
        paths = [folder / f"{name}.frontier.{part}.npy" for part in _PARTS]
        if not all(p.is_file() for p in paths):
            return None
        return cls(*(np.load(p, mmap_mode="r") for p in paths))

    def of(self, column: int) -> tuple[np.ndarray, np.ndarray]:
        start, end = self.indptr[column], self.indptr[column + 1]
        return np.asarray(self.tf[start:end]), np.asarray(self.length[start:end])


def column_frontier(tf: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One term's frontier from its postings (tf and passage length per posting)."""
    values, inverse = np.unique(np.asarray(tf), return_inverse=True)
    shortest = np.full(len(values), np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(shortest, inverse, np.asarray(lengths, dtype=np.int64))
    return values.astype(np.int32), shortest
