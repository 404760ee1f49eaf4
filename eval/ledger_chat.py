"""Ledger questions asked in the chat: does each answer list every matching item?

eval/ledger_questions.jsonl holds questions about the ledger's structure (status, open or
long-term items, deadlines, lead offices, counts, a section's problems, problems across
agencies), each with the gold items by their problem quote, and follow-ups asked with the
conversation so far. A turn is
- complete when every gold item is among the items the answer lists (answer.ledger), and
  exact when no other item is listed besides;
- a correct refusal when its gold is empty (the notice states no such thing) and the
  assistant abstains.
Citations are the notice's exact text (the assistant refuses any other), counted anyway.

>>> from assistant.service import Assistant
>>> result = evaluate_ledger_chat(Assistant.open(llm=False))
>>> result.summary()["test"]["complete"]  # doctest: +SKIP
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from assistant.models import Turn

QUESTIONS_FILE = Path(__file__).with_name("ledger_questions.jsonl")
_SPACE = re.compile(r"[\s,，。、:：;；“”\"]+")
# A numbering marker some gold quotes keep ("(15)财务管理不规范"); item problems start after it.
_MARKER = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．]|[一二三四五六七八九十]+、)")


@dataclass
class TurnResult:
    id: str
    split: str
    question: str
    gold: int  # gold items; 0 means the answer must refuse
    found: int = 0
    listed: int = 0
    abstained: bool = False
    citation_failures: int = 0

    @property
    def complete(self) -> bool:
        return self.gold > 0 and not self.abstained and self.found == self.gold

    @property
    def exact(self) -> bool:
        return self.complete and self.listed == self.gold

    @property
    def refused_right(self) -> bool:
        return self.gold == 0 and self.abstained


@dataclass
class LedgerChatResult:
    turns: list[TurnResult] = field(default_factory=list)

    def summary(self) -> dict:
        out = {}
        for split in ("dev", "test", "all"):
            turns = [t for t in self.turns if split == "all" or t.split == split]
            answerable = [t for t in turns if t.gold > 0]
            refusals = [t for t in turns if t.gold == 0]
            out[split] = {
                "turns": len(turns),
                "complete": _share(sum(t.complete for t in answerable), len(answerable)),
                "exact": _share(sum(t.exact for t in answerable), len(answerable)),
                "refused_right": _share(sum(t.refused_right for t in refusals), len(refusals)),
                "answerable": len(answerable),
                "refusals": len(refusals),
                "citation_failures": sum(t.citation_failures for t in turns),
            }
        return out

    def misses(self) -> list[dict]:
        return [t.__dict__ | {"complete": t.complete} for t in self.turns
                if not (t.complete or t.refused_right)]


def load_questions(path: Path = QUESTIONS_FILE) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def evaluate_ledger_chat(assistant, questions: Sequence[dict] | None = None) -> LedgerChatResult:
    """Ask every question, then its follow-ups with the conversation so far."""
    result = LedgerChatResult()
    for record in questions if questions is not None else load_questions():
        history: list[Turn] = []
        turns = [record] + list(record.get("follow_ups") or [])
        for k, turn in enumerate(turns):
            answer = assistant.ask(turn["question"], history)
            result.turns.append(_score(f"{record['id']}.{k}" if k else record["id"],
                                       record["split"], turn, answer, assistant))
            history += [Turn("user", turn["question"]), Turn("assistant", answer.text)]
    return result


def _score(turn_id: str, split: str, turn: dict, answer, assistant) -> TurnResult:
    gold = turn.get("gold") or []
    items = list(answer.ledger)
    found = sum(any(_same(g, item) for item in items) for g in gold)
    failures = 0
    for c in answer.citations:
        notice = assistant.document(c.doc_id)
        failures += notice is None or notice.text[c.start:c.end] != c.quote
    return TurnResult(turn_id, split, turn["question"], len(gold), found, len(items),
                      answer.abstained, failures)


def _same(gold: dict, item) -> bool:
    if gold.get("doc") and gold["doc"] != item.doc_id:
        return False
    a, b = _norm(_MARKER.sub("", gold["problem"])), _norm(item.problem.text)
    return bool(a) and (a in b or b in a)


def _norm(text: str) -> str:
    return _SPACE.sub("", text or "")


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def attach_chat(report, result: LedgerChatResult):
    """The own-set report with the ledger chat part added (a table per split, the misses)."""
    from eval.report import Table

    summary = result.summary()
    rows = []
    for split in ("dev", "test", "all"):
        s = summary[split]
        rows.append([split, _cell(s["complete"]), _cell(s["exact"]), _cell(s["refused_right"]),
                     f"{s['answerable']} / {s['refusals']}", str(s["citation_failures"])])
    report.tables.append(Table("整改台账问答 (eval/ledger_questions.jsonl, 含追问)",
                               ["split", "complete", "exact", "refused right",
                                "answerable / refusals", "citation failures"], rows))
    report.data.setdefault("ledger", {})["chat"] = summary
    report.data["ledger"]["chat_misses"] = result.misses()
    return report


def _cell(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"
