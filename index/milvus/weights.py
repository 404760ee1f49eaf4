"""BM25 weights of index/lexical/bm25.py, split into a query side and a passage side.

index/lexical/bm25.py stores w[d,t] = idf(t) * sat(d,t) with sat = tf*(K1+1) / (tf + K1*(1-B+B*len/avgdl)).
idf and avgdl depend on the whole generation, so storing w[d,t] in Milvus would mean
rewriting every row whenever one notice is added. Instead a row stores sat(d,t) computed with
the avgdl of the generation that wrote it, the query carries idf(t) * multiplicity, and the
sparse inner product Milvus computes is BM25. Rows written under an older avgdl rank almost
exactly; `exact_scores` then recovers tf from the stored value and the row's length and
recomputes today's float64 score in the same order of operations as scipy's product, so the
final scores equal the file backend's.

>>> stats = CorpusStats.of([["党支部", "整合"], ["安全", "生产"], ["安全"]])
>>> round(stats.idf({"党支部": 1})["党支部"], 4)
0.5108
"""
from __future__ import annotations

import math

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

import numpy as np

from index.lexical.bm25 import B, EPSILON, K1


@dataclass(frozen=True)
class CorpusStats:
    """What BM25 needs of a whole corpus (passages, or whole notices): counts only."""

    size: int  # passages (or notices)
    avgdl: float  # mean token count, computed as BM25Index.build does (numpy mean)
    average_idf: float  # mean idf over the vocabulary, for the floor of negative idf
    doc_freq: dict[str, int]  # term -> number of passages holding it

    @classmethod
    def of(cls, corpus: Sequence[Sequence[str]]) -> "CorpusStats":
        """Statistics of token lists given in the row order of BM25Index.build."""
        doc_freq: dict[str, int] = {}
        lengths = np.zeros(len(corpus), dtype=np.float64)
        for d, tokens in enumerate(corpus):
            lengths[d] = len(tokens)
            for term in Counter(tokens):
                doc_freq[term] = doc_freq.get(term, 0) + 1
        return cls.from_counts(len(corpus), lengths, doc_freq)

    @classmethod
    def from_counts(cls, size: int, lengths: np.ndarray, doc_freq: dict[str, int]) -> "CorpusStats":
        # As index/lexical/bm25.py combines its segments: an exact (fsum) mean of idf, so the order
        # of the terms does not matter, and avgdl as total length over live rows.
        df = np.fromiter(doc_freq.values(), dtype=np.float64, count=len(doc_freq))
        idf = np.log(float(size) - df + 0.5) - np.log(df + 0.5)
        average_idf = math.fsum(idf) / len(idf) if len(idf) else 0.0
        avgdl = int(np.asarray(lengths).sum()) / size if size else 0.0
        return cls(size=size, avgdl=avgdl, average_idf=average_idf, doc_freq=doc_freq)

    def idf(self, counts: Mapping[str, int]) -> dict[str, float]:
        """idf of the given terms that occur in the corpus (others score nothing)."""
        return {t: idf_value(self.size, self.doc_freq[t], self.average_idf)
                for t in counts if t in self.doc_freq}


def idf_value(size: int, doc_freq: int, average_idf: float) -> float:
    value = float(np.log(size - float(doc_freq) + 0.5) - np.log(float(doc_freq) + 0.5))
    return EPSILON * average_idf if value < 0 else value


def saturation(tf: int, length: int, avgdl: float) -> float:
    """The passage side of a BM25 weight (no idf)."""
    return tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / avgdl))


def passage_weights(tokens: Sequence[str], avgdl: float) -> dict[str, float]:
    """term -> saturation, the sparse vector a row stores."""
    length = len(tokens)
    return {t: saturation(tf, length, avgdl) for t, tf in Counter(tokens).items()}


def recovered_tf(stored: float, length: int, avgdl: float) -> int:
    """Invert saturation(): the stored value is float32, tf a small integer."""
    norm = K1 * (1 - B + B * length / avgdl)
    return int(round(stored * norm / (K1 + 1 - stored)))


def exact_score(query: Iterable[tuple[float, float]], matched: Iterable[tuple[int, float]],
                length: int, avgdl: float) -> float:
    """BM25 of one row, summed in query-term order as BM25Index.scores' product does.

    `query` pairs (idf, multiplicity) and `matched` pairs (tf, _) per query term, aligned;
    tf 0 for a term the row lacks."""
    norm = K1 * (1 - B + B * length / avgdl)
    total = 0.0
    for (idf, multiplicity), (tf, _) in zip(query, matched):
        if tf:
            total += (idf * tf * (K1 + 1) / (tf + norm)) * multiplicity
    return total


def rescaled_bounds(stored_score: float, length: int, row_avgdl: float,
                    avgdl: float) -> tuple[float, float]:
    """Bounds of a row's exact score from Milvus's score over saturations stored under the
    row's avgdl, before rounding slack: each matched term's saturation changes by the factor
    (tf + n_row) / (tf + n_now), n = K1(1-B+B·len/avgdl), which for tf >= 1 lies between 1
    and (1 + n_row) / (1 + n_now); every term's weight is positive, so the sum does too."""
    n_row = K1 * (1 - B + B * length / row_avgdl)
    n_now = K1 * (1 - B + B * length / avgdl)
    factor = (1 + n_row) / (1 + n_now)
    return stored_score * min(1.0, factor), stored_score * max(1.0, factor)


def growth_bound(row_avgdl: tuple[float, float] | None, avgdl: float) -> float:
    """The largest factor by which any row's exact score can exceed Milvus's: rows stored
    under avgdl a grow at most by avgdl/a (the limit of rescaled_bounds' factor for long
    rows). Unknown range (collections synced before it was recorded): unbounded."""
    if row_avgdl is None:
        return math.inf
    return max(1.0, avgdl / row_avgdl[0])
