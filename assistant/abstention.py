"""Deciding that the corpus holds no answer, from one retrieval signal.

The signal is the dense gap: the cosine of the best passage minus that of the 10th. When a
passage answers the question it stands out from the rest; when nothing does, the top ten
are a plateau of loosely related text (e5 cosines sit in a narrow 0.80-0.95 band, so the
absolute cosine separates nothing and the gap does).

Chosen over the alternatives on the own set (12 unanswerable, 107 answerable questions) and
checked on 300 NCPPolicies questions (all answerable); separation as ROC AUC on the own set
in the baseline run:
dense gap to the 10th 0.83, to the 50th 0.83, to the 5th 0.80, idf-weighted share of question
terms in the top passage 0.77, top-1 minus top-2 0.78, z-score of the top among 50 0.76,
normalised BM25 top score 0.66, top dense cosine 0.61 (eval/README.md, abstention).

>>> should_abstain(Signals(dense_gap=0.004))
True
>>> dense_gap([0.93, 0.92, 0.91, 0.91, 0.90, 0.90, 0.90, 0.89, 0.89, 0.88])
0.05
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

# Abstain when the best passage beats the 10th by less than this cosine. Rule for choosing
# it: the largest threshold (0.001 steps) whose false-abstention rate stays under 10% on both
# the own set and NCPPolicies (all answerable). Eval run of step 1 in eval/README.md's tuning
# log (index commit d4612b3: bigrams, title line): own set 0.084 false, 4 of 12 unanswerable
# caught; NCPPolicies 0.071 false; step 2 (fusion only) left both unchanged. (Baseline
# run, before the title line: 0.009.)
# Depends on the model and on the passage text: re-measure with `notices eval` when either
# changes.
GAP_THRESHOLD = 0.007

# The rank the top passage is compared with.
GAP_RANK = 10


@dataclass(frozen=True)
class Signals:
    dense_gap: float  # cosine of the top passage minus that of the GAP_RANK-th


def should_abstain(signals: Signals, threshold: float = GAP_THRESHOLD) -> bool:
    """True when no passage stands out from the crowd: the corpus likely has no answer."""
    return signals.dense_gap < threshold


def dense_gap(scores: Sequence[float], rank: int = GAP_RANK) -> float:
    """Top score minus the score at `rank`, from scores best first.

    No scores: 0 (nothing found, abstain). Fewer than `rank`: infinity, since a tiny index
    gives no crowd to compare with and the rule should not fire.
    """
    if not scores:
        return 0.0
    if len(scores) < rank:
        return float("inf")
    return round(float(scores[0]) - float(scores[rank - 1]), 6)


def compute_signals(searcher, question: str, agency: str | None = None) -> Signals:
    """The signals of one question: one dense search of depth GAP_RANK (~25 ms on 2 cores)."""
    hits = searcher.search(question, k=GAP_RANK, mode="dense", agency=agency)
    return Signals(dense_gap=dense_gap([h.score for h in hits]))
