"""Answer level of the own set: do the assistant's cited quotes hold the gold, and does it
abstain where it should?

- answer recall: answerable questions with at least one gold span inside a cited quote
  (need=any) or every gold span inside cited quotes (need=all);
- complete recall: the need=all questions alone, every gold span cited;
- abstention: negatives the assistant abstained on (caught), answerable ones it abstained on
  (false);
- citation failures: citations whose quote is not the notice's text[start:end] (must be 0);
- latency p50/p95 of `ask`.

>>> result = evaluate_answers(assistant, questions)
>>> result.citation_failures
0
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
from tqdm import tqdm

from eval.gold import locate_golds
from eval.questions import Question


@dataclass
class AnswerResult:
    answerable: int = 0
    answered_with_gold: int = 0
    need_all: int = 0
    need_all_complete: int = 0
    need_all_passages_complete: int = 0  # every gold span inside a passage that is cited
    negatives: int = 0
    caught: int = 0
    false_abstentions: int = 0
    citations: int = 0
    citation_failures: int = 0
    seconds: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)  # answerable ids whose gold was not cited
    false_ids: list[str] = field(default_factory=list)
    uncaught_ids: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        times = np.array(self.seconds) * 1000 if self.seconds else np.zeros(1)
        return {
            "answer_recall": _share(self.answered_with_gold, self.answerable),
            "complete_recall_need_all": _share(self.need_all_complete, self.need_all),
            "complete_recall_need_all_passages": _share(self.need_all_passages_complete,
                                                        self.need_all),
            "need_all": self.need_all,
            "abstention_caught": self.caught,
            "negatives": self.negatives,
            "false_abstention_rate": _share(self.false_abstentions, self.answerable),
            "false_abstentions": self.false_abstentions,
            "answerable": self.answerable,
            "citations": self.citations,
            "citation_failures": self.citation_failures,
            "latency_ms_p50": round(float(np.percentile(times, 50)), 1),
            "latency_ms_p95": round(float(np.percentile(times, 95)), 1),
            "misses": self.misses,
            "false_abstention_ids": self.false_ids,
            "uncaught_negative_ids": self.uncaught_ids,
        }


def evaluate_answers(assistant, questions: Sequence[Question],
                     show_progress: bool = False) -> AnswerResult:
    notices = assistant.searcher.index.notices
    golds = locate_golds(questions, notices).located
    result = AnswerResult()
    for q in tqdm(questions, desc="回答", unit="题", disable=not show_progress):
        started = time.perf_counter()
        answer = assistant.ask(q.question)
        result.seconds.append(time.perf_counter() - started)
        result.citations += len(answer.citations)
        result.citation_failures += sum(
            notices[c.doc_id].text[c.start:c.end] != c.quote for c in answer.citations)
        located = golds.get(q.id, [])
        if not q.gold:
            result.negatives += 1
            result.caught += answer.abstained
            if not answer.abstained:
                result.uncaught_ids.append(q.id)
            continue
        result.answerable += 1
        if answer.abstained:
            result.false_abstentions += 1
            result.false_ids.append(q.id)
        cited = [sum(_contains(c, g) for c in answer.citations) > 0 for g in located]
        complete = bool(cited) and all(cited)
        ok = complete if q.need == "all" else any(cited)
        result.answered_with_gold += ok
        if not ok:
            result.misses.append(q.id)
        if q.need == "all":
            result.need_all += 1
            result.need_all_complete += complete
            result.need_all_passages_complete += bool(located) and all(
                any(_in_passage(c, g) for c in answer.citations) for g in located)
    return result


def _contains(citation, gold) -> bool:
    return citation.doc_id == gold.doc and any(
        citation.start <= s.start and s.end <= citation.end for s in gold.spans)


def _in_passage(citation, gold) -> bool:
    return citation.doc_id == gold.doc and any(
        citation.passage_start <= s.start and s.end <= citation.passage_end for s in gold.spans)


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0
