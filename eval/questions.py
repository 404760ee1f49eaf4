"""The own question set: questions about the shipped notices with gold passages.

One JSON object per line of `eval/questions.jsonl` (format: eval/QUESTIONS.md):
{"id": "q001", "question": "...", "type": "fact", "need": "any",
 "gold": [{"doc": "000_b11a1ea20a8bf83a", "quote": "将原有的20个党支部整合为9个党支部"}],
 "split": "dev"}

A record of type "conversation" is a multi-turn conversation: its question/need/gold are the
opening turn, and "follow_ups" lists the later turns, each with its own question, need, gold
and kind (an empty gold: the turn must be refused). `load_questions` returns the standalone
questions, `load_conversations` the conversations; both can keep one split.

>>> questions = load_questions(DEFAULT_SET)
>>> questions[0].gold[0].doc
'000_b11a1ea20a8bf83a'
>>> len(load_conversations(DEFAULT_SET, split="dev")[0].turns) >= 2
True
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

DEFAULT_SET = Path(__file__).resolve().parent / "questions.jsonl"

QUESTION_TYPES: tuple[str, ...] = (
    "fact", "paraphrase", "number", "cross_agency", "heading", "keyword", "negative",
)
CONVERSATION = "conversation"  # the record type of a multi-turn conversation
SPLITS: tuple[str, ...] = ("dev", "test")  # fixed in the file (eval/split.py), never at run time
# Why a negative has no answer: an indexed notice covers the topic but does not state what is
# asked ("not_stated"), or the agency, year or document asked about is not indexed.
MISS_KINDS: tuple[str, ...] = ("not_stated", "not_indexed")
# What a follow-up turn does with the conversation so far.
TURN_KINDS: tuple[str, ...] = (
    "agency_switch", "topic_switch", "similar", "ordinal", "pronoun", "amount", "outcome",
    "elliptic", "near_miss",
)
Need = Literal["any", "all"]


class QuestionSetError(ValueError):
    """A malformed question file. The message is Chinese and shown to users."""


@dataclass(frozen=True)
class Gold:
    doc: str  # file stem = doc id of the answering notice
    quote: str  # exact substring of the answering paragraph


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    type: str
    need: Need  # "any": one gold answers it; "all": every gold is needed (cross-agency)
    gold: tuple[Gold, ...]  # empty for negatives: the corpus holds no answer
    split: str = ""  # "dev" | "test" ("" only in sets that have no split)
    miss: str = ""  # negatives: "not_stated" | "not_indexed"

    @property
    def answerable(self) -> bool:
        return bool(self.gold)


@dataclass(frozen=True)
class ConversationTurn:
    question: str
    need: Need
    gold: tuple[Gold, ...]  # empty: the turn must be refused
    kind: str = ""  # "" for the opening turn, else one of TURN_KINDS

    @property
    def answerable(self) -> bool:
        return bool(self.gold)


@dataclass(frozen=True)
class Conversation:
    id: str
    turns: tuple[ConversationTurn, ...]  # the opening question first
    split: str = ""

    def turn_id(self, index: int) -> str:
        """`q230#2`: the second turn of conversation q230."""
        return f"{self.id}#{index + 1}"


def in_split(item, split: str | None) -> bool:
    """`split` None or "all": every item; "dev" / "test": the items of that split."""
    return split in (None, "all") or item.split == split


def load_questions(path: Path, split: str | None = None) -> list[Question]:
    """The standalone questions of a file (conversations left out), of one split or all."""
    questions = [q for q in load_set(path) if isinstance(q, Question) and in_split(q, split)]
    if not questions:
        raise QuestionSetError(f"{path} 中没有{_split_name(split)}问题")
    return questions


def load_conversations(path: Path, split: str | None = None) -> list[Conversation]:
    """The multi-turn conversations of a file (none in older sets), of one split or all."""
    return [c for c in load_set(path) if isinstance(c, Conversation) and in_split(c, split)]


def load_set(path: Path) -> list[Question | Conversation]:
    """Parse and check a question file; every problem names its line."""
    items: list[Question | Conversation] = []
    seen: set[str] = set()
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            item = (_parse_conversation(record) if record.get("type") == CONVERSATION
                    else _parse(record))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise QuestionSetError(f"{path} 第 {number} 行格式错误: {exc}") from exc
        if item.id in seen:
            raise QuestionSetError(f"{path} 第 {number} 行: 问题编号 {item.id} 重复")
        seen.add(item.id)
        items.append(item)
    if not items:
        raise QuestionSetError(f"{path} 中没有问题")
    return items


def _split_name(split: str | None) -> str:
    return f" {split} 划分的" if split not in (None, "all") else ""


def _golds(record: dict) -> tuple[Gold, ...]:
    gold = tuple(Gold(doc=str(g["doc"]), quote=str(g["quote"])) for g in record.get("gold", []))
    if any(not g.quote for g in gold):
        raise ValueError("gold 的 quote 为空")
    return gold


def _need(record: dict) -> Need:
    need = record.get("need", "any")
    if need not in ("any", "all"):
        raise ValueError(f"need 必须是 any 或 all, 而不是 {need}")
    return need


def _split(record: dict) -> str:
    split = record.get("split", "")
    if split not in ("", *SPLITS):
        raise ValueError(f"split 必须是 dev 或 test, 而不是 {split}")
    return split


def _parse(record: dict) -> Question:
    gold = _golds(record)
    question = Question(
        id=str(record["id"]),
        question=str(record["question"]).strip(),
        type=str(record["type"]),
        need=_need(record),
        gold=gold,
        split=_split(record),
        miss=str(record.get("miss", "")),
    )
    if question.type not in QUESTION_TYPES:
        raise ValueError(f"未知题型 {question.type}")
    if (question.type == "negative") != (not gold):
        raise ValueError("negative 题必须没有 gold, 其他题型必须有 gold")
    if question.miss and question.miss not in MISS_KINDS:
        raise ValueError(f"miss 必须是 {' 或 '.join(MISS_KINDS)}, 而不是 {question.miss}")
    return question


def _parse_conversation(record: dict) -> Conversation:
    opening = ConversationTurn(str(record["question"]).strip(), _need(record), _golds(record))
    if not opening.question:
        raise ValueError("对话的第一问为空")
    turns = [opening]
    for follow in record["follow_ups"]:
        kind = str(follow.get("kind", ""))
        if kind not in TURN_KINDS:
            raise ValueError(f"未知的追问类型 {kind}")
        turn = ConversationTurn(str(follow["question"]).strip(), _need(follow), _golds(follow),
                                kind)
        if not turn.question:
            raise ValueError("追问为空")
        turns.append(turn)
    if not 2 <= len(turns) <= 4:
        raise ValueError(f"对话须有 2-4 轮, 而不是 {len(turns)} 轮")
    return Conversation(id=str(record["id"]), turns=tuple(turns), split=_split(record))
