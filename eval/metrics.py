"""Ranking metrics over "which golds does the passage at rank r cover".

A ranking is given as `coverage`: for each retrieved passage, best first, the set of gold
indices (0 .. gold_count-1) it covers. Two kinds of question:
- need="any": golds are alternative places holding the answer; one suffices.
- need="all": every gold is needed (e.g. one per agency); recall is the share found.

>>> coverage = [frozenset(), frozenset({0}), frozenset()]
>>> recall_at(coverage, gold_count=1, need="any", k=1), recall_at(coverage, 1, "any", 5)
(0.0, 1.0)
>>> reciprocal_rank(coverage)
0.5
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

# Reported cut-offs. 5 is what the chat shows; 10 is the list the metrics look at.
CUTOFFS: tuple[int, ...] = (1, 5, 10)
DEPTH = 10

# Latency percentile reported beside the mean (nearest-rank method).
TAIL_PERCENTILE = 95

Coverage = Sequence[frozenset[int]]


def found_golds(coverage: Coverage, k: int) -> set[int]:
    found: set[int] = set()
    for covered in coverage[:k]:
        found |= covered
    return found


def recall_at(coverage: Coverage, gold_count: int, need: str, k: int) -> float:
    """need=any: 1.0 if any gold is covered in the top k, else 0.0.
    need=all: the share of golds covered in the top k."""
    found = found_golds(coverage, k)
    if need == "any":
        return 1.0 if found else 0.0
    return len(found) / gold_count if gold_count else 0.0


def reciprocal_rank(coverage: Coverage, k: int = DEPTH) -> float:
    """1 / rank of the first passage covering any gold within the top k, else 0."""
    for rank, covered in enumerate(coverage[:k], start=1):
        if covered:
            return 1.0 / rank
    return 0.0


def ndcg(coverage: Coverage, gold_count: int, need: str, k: int = DEPTH) -> float:
    """Binary-gain nDCG where the relevant items are golds, not passages.

    A passage gains the number of golds it covers that no higher passage covered, so several
    passages overlapping the same quote (re-chunking, overlapping pieces) count once.
    need=any has one relevant item (the answer, wherever it is); need=all has gold_count.
    The ideal ranking puts one new item at each rank; the result is capped at 1.0 because one
    passage may cover two golds at once.
    """
    items = 1 if need == "any" else gold_count
    if items == 0:
        return 0.0
    seen: set[int] = set()
    dcg = 0.0
    for rank, covered in enumerate(coverage[:k], start=1):
        new = covered - seen
        if new:
            seen |= new
            gain = 1 if need == "any" else len(new)
            dcg += gain / math.log2(rank + 1)
            if need == "any":
                break
    ideal = sum(1 / math.log2(rank + 1) for rank in range(1, min(items, k) + 1))
    return min(1.0, dcg / ideal)


def first_relevant_rank(coverage: Coverage) -> int | None:
    """Rank of the first passage covering a gold anywhere in the given list."""
    for rank, covered in enumerate(coverage, start=1):
        if covered:
            return rank
    return None


@dataclass(frozen=True)
class QuestionScore:
    recall: dict[int, float]  # cut-off -> recall
    reciprocal_rank: float
    ndcg: float
    complete: bool  # every gold covered within DEPTH
    found_share: float  # share of golds covered within DEPTH
    first_rank: int | None  # first relevant rank in the whole (deeper) list


def score_question(coverage: Coverage, gold_count: int, need: str) -> QuestionScore:
    found = found_golds(coverage, DEPTH)
    return QuestionScore(
        recall={k: recall_at(coverage, gold_count, need, k) for k in CUTOFFS},
        reciprocal_rank=reciprocal_rank(coverage, DEPTH),
        ndcg=ndcg(coverage, gold_count, need, DEPTH),
        complete=len(found) == gold_count > 0,
        found_share=len(found) / gold_count if gold_count else 0.0,
        first_rank=first_relevant_rank(coverage),
    )


@dataclass(frozen=True)
class Summary:
    count: int
    recall: dict[int, float]
    mrr: float
    ndcg: float

    def to_json(self) -> dict:
        out: dict = {"count": self.count}
        out.update({f"recall@{k}": round(v, 4) for k, v in self.recall.items()})
        out.update({f"mrr@{DEPTH}": round(self.mrr, 4), f"ndcg@{DEPTH}": round(self.ndcg, 4)})
        return out


def summarise(scores: Sequence[QuestionScore]) -> Summary:
    n = len(scores)
    return Summary(
        count=n,
        recall={k: _mean([s.recall[k] for s in scores]) for k in CUTOFFS},
        mrr=_mean([s.reciprocal_rank for s in scores]),
        ndcg=_mean([s.ndcg for s in scores]),
    )


@dataclass(frozen=True)
class Completeness:
    """need=all questions: how often every gold is in the top 10, and the share found."""

    count: int
    complete_rate: float
    found_share: float

    def to_json(self) -> dict:
        return {"count": self.count, "complete_rate": round(self.complete_rate, 4),
                "found_share": round(self.found_share, 4)}


def completeness(scores: Sequence[QuestionScore]) -> Completeness:
    return Completeness(
        count=len(scores),
        complete_rate=_mean([1.0 if s.complete else 0.0 for s in scores]),
        found_share=_mean([s.found_share for s in scores]),
    )


@dataclass(frozen=True)
class Latency:
    count: int
    mean_ms: float
    p95_ms: float

    def to_json(self) -> dict:
        return {"count": self.count, "mean_ms": round(self.mean_ms, 2),
                "p95_ms": round(self.p95_ms, 2)}


def latency(seconds: Sequence[float]) -> Latency:
    """Mean and nearest-rank 95th percentile, in milliseconds."""
    if not seconds:
        return Latency(0, 0.0, 0.0)
    ordered = sorted(seconds)
    tail = ordered[max(0, math.ceil(TAIL_PERCENTILE / 100 * len(ordered)) - 1)]
    return Latency(len(ordered), 1000 * sum(ordered) / len(ordered), 1000 * tail)


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0
