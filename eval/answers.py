"""Answer level of the own set: do the assistant's cited quotes hold the gold, does it refuse
where it should, and does it hold a conversation?

Standalone questions (`evaluate_answers`):
- answer recall: answerable questions with at least one gold span inside a cited quote
  (need=any) or every gold span inside cited quotes (need=all);
- complete recall: the need=all questions alone, every gold span cited;
- negative precision: the share of negatives (questions no notice answers) refused;
- false refusals: answerable questions refused (count and share);
- citation exactness: citations whose quote is the notice's text[start:end] (the assistant
  verifies each one; a failure must never happen), as a share and a failure count;
- first citation in a gold document: answerable questions whose first citation comes from a
  notice holding gold (NCP's "first citation" measure, eval/ncp.py, on the own set);
- latency p50/p95 of `ask`.

Conversations (`evaluate_conversations`): each turn is asked with the conversation so far as
history, exactly as `POST /ask` passes it (user questions and the assistant's answer texts);
a turn is right when its answer cites its gold as above, or refuses when its gold is empty.
Turn accuracy is the share of right turns (opening turns included; follow-ups alone are
reported too).

Every outcome keeps its question's split, so one run reports dev, test and all
(`AnswerResult.subset`, `ConversationResult.subset`).

>>> result = evaluate_answers(assistant, questions)
>>> result.citation_failures
0
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
from tqdm import tqdm

from eval.gold import GoldMap, locate_golds
from eval.questions import Conversation, Question

# Characters of one history turn `POST /ask` accepts (ui.api.schemas.MAX_TURN_CHARS):
# an answer longer than this is cut as a client would have to cut it.
HISTORY_TURN_CHARS = 4000


@dataclass(frozen=True)
class Outcome:
    """One question (or conversation turn) asked once."""

    id: str
    split: str
    answerable: bool
    need: str
    abstained: bool
    gold_cited: bool  # need=any: one gold cited; need=all: every gold cited
    complete: bool  # every gold cited
    passages_complete: bool  # every gold inside a cited passage
    citations: int
    citation_failures: int
    seconds: float
    kind: str = ""  # conversation turns: "" opening, else the follow-up's kind
    resolved: str = ""  # what the assistant searched after resolving the follow-up
    first_in_gold: bool = False  # the first citation is from a gold document
    # need=all questions over several agencies: agencies cited that have gold, cited that
    # have none, and gold agencies not cited (a list's precision beside its recall)
    agencies_right: int = 0
    agencies_without_gold: int = 0
    agencies_missed: int = 0

    @property
    def right(self) -> bool:
        """Refused when it should be, else answered with its gold cited."""
        if not self.answerable:
            return self.abstained
        return not self.abstained and self.gold_cited


@dataclass
class AnswerResult:
    answerable: int = 0
    answered_with_gold: int = 0
    need_all: int = 0
    need_all_complete: int = 0
    need_all_passages_complete: int = 0  # every gold span inside a passage that is cited
    first_in_gold: int = 0  # answerable questions whose first citation is from a gold notice
    agencies_right: int = 0  # need=all: cited agencies with gold / without / gold ones missed
    agencies_without_gold: int = 0
    agencies_missed: int = 0
    negatives: int = 0
    caught: int = 0
    false_abstentions: int = 0
    citations: int = 0
    citation_failures: int = 0
    seconds: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)  # answerable ids whose gold was not cited
    false_ids: list[str] = field(default_factory=list)
    uncaught_ids: list[str] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)

    @classmethod
    def of(cls, outcomes: Sequence[Outcome]) -> "AnswerResult":
        result = cls(outcomes=list(outcomes))
        for o in outcomes:
            result.seconds.append(o.seconds)
            result.citations += o.citations
            result.citation_failures += o.citation_failures
            if not o.answerable:
                result.negatives += 1
                result.caught += o.abstained
                if not o.abstained:
                    result.uncaught_ids.append(o.id)
                continue
            result.answerable += 1
            if o.abstained:
                result.false_abstentions += 1
                result.false_ids.append(o.id)
            result.answered_with_gold += o.gold_cited
            result.first_in_gold += o.first_in_gold
            if not o.gold_cited:
                result.misses.append(o.id)
            if o.need == "all":
                result.need_all += 1
                result.need_all_complete += o.complete
                result.need_all_passages_complete += o.passages_complete
                result.agencies_right += o.agencies_right
                result.agencies_without_gold += o.agencies_without_gold
                result.agencies_missed += o.agencies_missed
        return result

    def subset(self, split: str | None) -> "AnswerResult":
        """The same run restricted to one split ("dev", "test"); None or "all": everything."""
        if split in (None, "all"):
            return self
        return AnswerResult.of([o for o in self.outcomes if o.split == split])

    def to_json(self) -> dict:
        times = np.array(self.seconds) * 1000 if self.seconds else np.zeros(1)
        return {
            "answer_recall": _share(self.answered_with_gold, self.answerable),
            "first_citation_in_gold_doc": _share(self.first_in_gold, self.answerable),
            "complete_recall_need_all": _share(self.need_all_complete, self.need_all),
            "complete_recall_need_all_passages": _share(self.need_all_passages_complete,
                                                        self.need_all),
            "need_all": self.need_all,
            "list_agencies_right": self.agencies_right,
            "list_agencies_without_gold": self.agencies_without_gold,
            "list_agencies_missed": self.agencies_missed,
            "list_agency_precision": _share(self.agencies_right,
                                            self.agencies_right + self.agencies_without_gold),
            "negative_precision": _share(self.caught, self.negatives),
            "abstention_caught": self.caught,
            "negatives": self.negatives,
            "false_abstention_rate": _share(self.false_abstentions, self.answerable),
            "false_abstentions": self.false_abstentions,
            "answerable": self.answerable,
            "citations": self.citations,
            "citation_failures": self.citation_failures,
            "citation_exactness": (_share(self.citations - self.citation_failures, self.citations)
                                   if self.citations else 1.0),
            "latency_ms_p50": round(float(np.percentile(times, 50)), 1),
            "latency_ms_p95": round(float(np.percentile(times, 95)), 1),
            "misses": self.misses,
            "false_abstention_ids": self.false_ids,
            "uncaught_negative_ids": self.uncaught_ids,
        }


@dataclass
class ConversationResult:
    conversations: int = 0
    outcomes: list[Outcome] = field(default_factory=list)  # every turn, in order
    gold: GoldMap = field(default_factory=GoldMap)  # keyed by turn id ("q230#2")

    def subset(self, split: str | None) -> "ConversationResult":
        if split in (None, "all"):
            return self
        outcomes = [o for o in self.outcomes if o.split == split]
        return ConversationResult(len({_conversation_id(o.id) for o in outcomes}), outcomes,
                                  self.gold)

    def to_json(self) -> dict:
        turns = self.outcomes
        follow = [o for o in turns if o.kind]
        by_kind: dict[str, list[Outcome]] = {}
        for o in follow:
            by_kind.setdefault(o.kind, []).append(o)
        conversations: dict[str, list[bool]] = {}
        for o in turns:
            conversations.setdefault(_conversation_id(o.id), []).append(o.right)
        answers = AnswerResult.of(turns)
        return {
            "conversations": self.conversations,
            "turns": len(turns),
            "turns_right": sum(o.right for o in turns),
            "turn_accuracy": _share(sum(o.right for o in turns), len(turns)),
            "follow_up_turns": len(follow),
            "follow_up_accuracy": _share(sum(o.right for o in follow), len(follow)),
            "conversations_all_right": sum(all(v) for v in conversations.values()),
            "by_kind": {k: {"turns": len(v), "right": sum(o.right for o in v),
                            "accuracy": _share(sum(o.right for o in v), len(v))}
                        for k, v in sorted(by_kind.items())},
            "refusal_turns": answers.negatives,
            "refusal_turns_refused": answers.caught,
            "false_refusals": answers.false_abstentions,
            "citations": answers.citations,
            "citation_failures": answers.citation_failures,
            "wrong_turns": [o.id for o in turns if not o.right],
            # what each wrong follow-up was resolved to, for whoever tunes the resolver
            "wrong_follow_ups_resolved": {o.id: o.resolved for o in follow if not o.right},
        }


def evaluate_answers(assistant, questions: Sequence[Question],
                     show_progress: bool = False) -> AnswerResult:
    notices = assistant.searcher.index.notices
    golds = locate_golds(questions, notices).located
    outcomes: list[Outcome] = []
    for q in tqdm(questions, desc="回答", unit="题", disable=not show_progress):
        started = time.perf_counter()
        answer = assistant.ask(q.question)
        outcomes.append(_outcome(q.id, q.split, q.need, bool(q.gold), golds.get(q.id, []),
                                 answer, notices, time.perf_counter() - started))
    return AnswerResult.of(outcomes)


def turn_questions(conversations: Sequence[Conversation]) -> list[Question]:
    """Every turn as a question (id "q230#2"), to locate its golds like a question's."""
    return [Question(c.turn_id(i), t.question, "conversation", t.need, t.gold, c.split)
            for c in conversations for i, t in enumerate(c.turns)]


def evaluate_conversations(assistant, conversations: Sequence[Conversation],
                           show_progress: bool = False) -> ConversationResult:
    from assistant.models import Turn

    notices = assistant.searcher.index.notices
    gold = locate_golds(turn_questions(conversations), notices)
    outcomes: list[Outcome] = []
    for c in tqdm(conversations, desc="多轮对话", unit="组", disable=not show_progress):
        history: list[Turn] = []
        for i, turn in enumerate(c.turns):
            started = time.perf_counter()
            answer = assistant.ask(turn.question, history=list(history))
            seconds = time.perf_counter() - started
            turn_id = c.turn_id(i)
            outcomes.append(_outcome(turn_id, c.split, turn.need, bool(turn.gold),
                                     gold.located.get(turn_id, []), answer, notices, seconds,
                                     kind=turn.kind))
            history += [Turn("user", turn.question),
                        Turn("assistant", answer.text[:HISTORY_TURN_CHARS])]
    return ConversationResult(len(conversations), outcomes, gold)


def _outcome(qid: str, split: str, need: str, answerable: bool, located, answer, notices,
             seconds: float, kind: str = "") -> Outcome:
    cited = [any(_contains(c, g) for c in answer.citations) for g in located]
    complete = bool(cited) and all(cited)
    gold_agencies = {notices[g.doc].meta.agency for g in located} if need == "all" else set()
    cited_agencies = {c.agency for c in answer.citations}
    listed = len(gold_agencies) > 1
    return Outcome(
        id=qid, split=split, answerable=answerable, need=need,
        abstained=bool(answer.abstained),
        gold_cited=complete if need == "all" else any(cited),
        complete=complete,
        passages_complete=bool(located) and all(
            any(_in_passage(c, g) for c in answer.citations) for g in located),
        citations=len(answer.citations),
        citation_failures=sum(notices[c.doc_id].text[c.start:c.end] != c.quote
                              for c in answer.citations),
        seconds=seconds, kind=kind, resolved=str(getattr(answer, "resolved", "")),
        first_in_gold=bool(answer.citations) and answer.citations[0].doc_id in {
            g.doc for g in located},
        agencies_right=len(cited_agencies & gold_agencies) if listed else 0,
        agencies_without_gold=len(cited_agencies - gold_agencies) if listed else 0,
        agencies_missed=len(gold_agencies - cited_agencies) if listed else 0,
    )


def _conversation_id(turn_id: str) -> str:
    return turn_id.split("#", 1)[0]


def _contains(citation, gold) -> bool:
    return citation.doc_id == gold.doc and any(
        citation.start <= s.start and s.end <= citation.end for s in gold.spans)


def _in_passage(citation, gold) -> bool:
    return citation.doc_id == gold.doc and any(
        citation.passage_start <= s.start and s.end <= citation.passage_end for s in gold.spans)


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def kinds_of(conversations: Sequence[Conversation]) -> Counter:
    """Follow-up turns per kind, for the report's notes."""
    return Counter(t.kind for c in conversations for t in c.turns if t.kind)
