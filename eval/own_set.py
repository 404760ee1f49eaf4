"""The own question set over the shipped notices: per-mode scores, per type, and latency.

>>> result = evaluate_own(searcher, load_questions(DEFAULT_SET), modes=["bm25", "hybrid"])
>>> result.modes["hybrid"].overall.recall[5] > 0.8
True
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from eval.abstain import AbstentionResult, measure_abstention
from eval.gold import GoldMap, coverage, locate_golds
from eval.metrics import (
    DEPTH, Completeness, Latency, QuestionScore, Summary, completeness, latency, score_question,
    summarise,
)
from eval.questions import Question
from eval.runner import QueryRun, run_modes, warm_up


def own_index_dir() -> Path:
    from index.config import cache_dir

    return cache_dir() / "eval" / "own-index"


def refresh_own_index(root: Path, model: str | None, show_progress: bool = True) -> None:
    """Make `root` index exactly the shipped notices; unchanged notices are skipped."""
    import corpus
    from index.builder import store_sentences, update_index

    update_index(root, add=[corpus.shipped_notices_dir()], sync=True, model=model,
                 show_progress=show_progress)
    store_sentences(root, model)  # an index built before the sentence store gets it


@dataclass(frozen=True)
class ModeResult:
    mode: str
    overall: Summary
    by_type: dict[str, Summary]
    need_all: Completeness
    latency: Latency
    misses: list[str]  # question ids with no relevant passage in the top 10

    def to_json(self) -> dict:
        return {
            "overall": self.overall.to_json(),
            "by_type": {t: s.to_json() for t, s in self.by_type.items()},
            "need_all": self.need_all.to_json(),
            "latency": self.latency.to_json(),
            "misses_at_10": self.misses,
        }


@dataclass
class OwnResult:
    questions: list[Question]
    scored: list[Question]  # answerable questions with at least one located gold
    golds: GoldMap
    modes: dict[str, ModeResult]
    per_question: dict[str, dict[str, QuestionScore]]  # question id -> mode -> score
    abstention: AbstentionResult


def evaluate_own(searcher, questions: Sequence[Question], modes: Sequence[str],
                 show_progress: bool = False) -> OwnResult:
    golds = locate_golds(questions, searcher.index.notices)
    scored = [q for q in questions if q.answerable and golds.located[q.id]]
    warm_up(searcher, [q.question for q in questions], modes)
    per_question: dict[str, dict[str, QuestionScore]] = defaultdict(dict)
    results: dict[str, ModeResult] = {}
    runs_by_mode = run_modes(searcher, [q.question for q in questions], modes,
                             show_progress=show_progress)
    for mode, runs in runs_by_mode.items():
        by_id = {q.id: run for q, run in zip(questions, runs)}
        for q in scored:
            located = golds.located[q.id]
            cov = coverage([h.passage for h in by_id[q.id].hits], located)
            per_question[q.id][mode] = score_question(cov, len(located), q.need)
        results[mode] = _mode_result(mode, scored, per_question, runs)
    abstention = measure_abstention(searcher, [q.id for q in questions],
                                    [q.question for q in questions],
                                    [q.answerable for q in questions], show_progress)
    return OwnResult(list(questions), scored, golds, results, dict(per_question), abstention)


def _mode_result(mode: str, scored: list[Question],
                 per_question: dict[str, dict[str, QuestionScore]],
                 runs: list[QueryRun]) -> ModeResult:
    scores = {q.id: per_question[q.id][mode] for q in scored}
    types: dict[str, list[QuestionScore]] = defaultdict(list)
    for q in scored:
        types[q.type].append(scores[q.id])
    need_all = [scores[q.id] for q in scored if q.need == "all"]
    return ModeResult(
        mode=mode,
        overall=summarise(list(scores.values())),
        by_type={t: summarise(s) for t, s in sorted(types.items())},
        need_all=completeness(need_all),
        latency=latency([r.seconds for r in runs]),
        misses=[qid for qid, s in scores.items() if s.reciprocal_rank == 0.0],
    )


def split_summaries(result: OwnResult) -> dict[str, dict[str, tuple[Summary, Completeness]]]:
    """Retrieval per split: split -> mode -> (summary, need=all completeness).

    Conversations are not in the retrieval metrics: a follow-up only means something with its
    history, which retrieval alone does not resolve; their turns are scored at answer level.
    """
    out: dict[str, dict[str, tuple[Summary, Completeness]]] = {}
    present = sorted({q.split for q in result.scored if q.split})
    for split in present + (["all"] if len(present) != 1 else []):
        chosen = [q for q in result.scored if split == "all" or q.split == split]
        out[split] = {
            mode: (summarise([result.per_question[q.id][mode] for q in chosen]),
                   completeness([result.per_question[q.id][mode] for q in chosen
                                 if q.need == "all"]))
            for mode in result.modes
        }
    return out


def own_json(result: OwnResult) -> dict:
    return {
        "set": "own",
        "depth": DEPTH,
        "questions": len(result.questions),
        "scored_questions": len(result.scored),
        "negatives": sum(not q.answerable for q in result.questions),
        "modes": {m: r.to_json() for m, r in result.modes.items()},
        "retrieval_by_split": {
            split: {m: {"overall": s.to_json(), "need_all": c.to_json()}
                    for m, (s, c) in modes.items()}
            for split, modes in split_summaries(result).items()
        },
        "abstention": result.abstention.to_json(),
        "gold_problems": [p.to_json() for p in result.golds.problems],
        "per_question": {
            qid: {m: {"first_rank": s.first_rank, "recall@5": s.recall[5],
                      "rr": round(s.reciprocal_rank, 4), "found_share": s.found_share}
                  for m, s in modes.items()}
            for qid, modes in result.per_question.items()
        },
    }
