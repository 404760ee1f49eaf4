"""BM25 over a precomputed sparse term-weight matrix.

Scores are exactly those of rank_bm25.BM25Okapi (same k1, b, epsilon and idf floor), but a
query touches only the columns of its own terms instead of looping over every document.

>>> bm = BM25Index.build([["党支部", "整合"], ["安全", "生产"]])
>>> bm.scores(["党支部"]).argmax()
0
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import json
import numpy as np
from scipy import sparse

# rank_bm25.BM25Okapi's defaults: the reference whose scores we reproduce exactly.
K1 = 1.5
B = 0.75
EPSILON = 0.25


@dataclass
class BM25Index:
    vocab: dict[str, int]
    weights: sparse.csc_matrix  # passages x terms, w[d,t] = idf(t) * tf-saturation(d,t)

    @classmethod
    def build(cls, corpus: Sequence[Sequence[str]]) -> "BM25Index":
        """Weights for every (passage, term) pair, BM25Okapi semantics."""
        vocab: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        tfs: list[int] = []
        lengths = np.zeros(len(corpus), dtype=np.float64)
        for d, tokens in enumerate(corpus):
            lengths[d] = len(tokens)
            for term, tf in Counter(tokens).items():
                rows.append(d)
                cols.append(vocab.setdefault(term, len(vocab)))
                tfs.append(tf)
        n_docs = len(corpus)
        rows_a = np.asarray(rows, dtype=np.int64)
        cols_a = np.asarray(cols, dtype=np.int64)
        tf_a = np.asarray(tfs, dtype=np.float64)

        doc_freq = np.bincount(cols_a, minlength=len(vocab)).astype(np.float64)
        idf = np.log(n_docs - doc_freq + 0.5) - np.log(doc_freq + 0.5)
        # BM25Okapi floors negative idf (terms in over half the passages) at a fraction of the
        # mean idf, computed over all terms before flooring.
        average_idf = idf.mean() if len(idf) else 0.0
        idf[idf < 0] = EPSILON * average_idf

        avgdl = lengths.mean() if n_docs else 0.0
        norm = K1 * (1 - B + B * lengths[rows_a] / avgdl) if n_docs else np.zeros(0)
        values = idf[cols_a] * tf_a * (K1 + 1) / (tf_a + norm)
        weights = sparse.csc_matrix(
            (values, (rows_a, cols_a)), shape=(n_docs, len(vocab)), dtype=np.float64
        )
        return cls(vocab=vocab, weights=weights)

    @property
    def size(self) -> int:
        return self.weights.shape[0]

    def scores(self, query_tokens: Sequence[str]) -> np.ndarray:
        """Score of every passage; repeated query terms count repeatedly, as in BM25Okapi."""
        counts = Counter(t for t in query_tokens if t in self.vocab)
        if not counts:
            return np.zeros(self.size)
        cols = [self.vocab[t] for t in counts]
        multiplicity = np.fromiter(counts.values(), dtype=np.float64)
        return np.asarray(self.weights[:, cols] @ multiplicity).ravel()

    def save(self, folder: Path, name: str = "bm25") -> None:
        sparse.save_npz(folder / f"{name}.npz", self.weights)
        terms = sorted(self.vocab, key=self.vocab.__getitem__)
        (folder / f"{name}_vocab.json").write_text(json.dumps(terms, ensure_ascii=False), "utf-8")

    @classmethod
    def load(cls, folder: Path, name: str = "bm25") -> "BM25Index":
        weights = sparse.load_npz(folder / f"{name}.npz").tocsc()
        terms = json.loads((folder / f"{name}_vocab.json").read_text("utf-8"))
        return cls(vocab={t: i for i, t in enumerate(terms)}, weights=weights)
