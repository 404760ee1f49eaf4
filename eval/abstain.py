"""How well assistant.abstention tells unanswerable questions from answerable ones.

Reported at the rule's own threshold, plus a sweep of other thresholds so the trade-off is
visible (and so that nobody mistakes the chosen point for the only one).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from tqdm import tqdm

from assistant.abstention import GAP_THRESHOLD, compute_signals

# Thresholds shown in the sweep beside the chosen one (the gap lives in 0.00-0.06).
SWEEP = (0.006, 0.008, 0.010, 0.012, 0.015, 0.020)


@dataclass(frozen=True)
class AbstentionResult:
    threshold: float
    gaps: dict[str, float]  # question id -> dense gap
    answerable_ids: frozenset[str]

    def rates(self, threshold: float) -> tuple[float, float]:
        """(abstention rate on unanswerable questions, false-abstention rate on answerable)."""
        neg = [g for q, g in self.gaps.items() if q not in self.answerable_ids]
        pos = [g for q, g in self.gaps.items() if q in self.answerable_ids]
        return (sum(g < threshold for g in neg) / len(neg) if neg else 0.0,
                sum(g < threshold for g in pos) / len(pos) if pos else 0.0)

    @property
    def negatives(self) -> int:
        return len(self.gaps) - len(self.answerable_ids)

    @property
    def answerable(self) -> int:
        return len(self.answerable_ids)

    @property
    def abstention_rate(self) -> float:
        return self.rates(self.threshold)[0]

    @property
    def false_abstention_rate(self) -> float:
        return self.rates(self.threshold)[1]

    def to_json(self) -> dict:
        return {
            "rule": "abstain when dense_gap (top-1 cosine minus top-10 cosine) < threshold",
            "threshold": self.threshold,
            "negatives": self.negatives,
            "abstention_rate_on_negatives": round(self.abstention_rate, 4),
            "answerable": self.answerable,
            "false_abstention_rate": round(self.false_abstention_rate, 4),
            "sweep": {str(t): dict(zip(("abstention_rate", "false_abstention_rate"),
                                       (round(v, 4) for v in self.rates(t)))) for t in SWEEP},
            "dense_gap": self.gaps,
        }


def measure_abstention(searcher, ids: Sequence[str], questions: Sequence[str],
                       answerable: Sequence[bool], show_progress: bool = False) -> AbstentionResult:
    gaps = {
        qid: compute_signals(searcher, question).dense_gap
        for qid, question in tqdm(list(zip(ids, questions)), desc="拒答信号", unit="题",
                                  disable=not show_progress)
    }
    return AbstentionResult(
        threshold=GAP_THRESHOLD,
        gaps=gaps,
        answerable_ids=frozenset(q for q, a in zip(ids, answerable) if a),
    )
