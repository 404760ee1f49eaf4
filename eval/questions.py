"""The own question set: questions about the shipped notices with gold passages.

One JSON object per line of `eval/questions.jsonl`:
{"id": "q001", "question": "...", "type": "fact", "need": "any",
 "gold": [{"doc": "000_b11a1ea20a8bf83a", "quote": "将原有的20个党支部整合为9个党支部"}]}

>>> questions = load_questions(DEFAULT_SET)
>>> questions[0].gold[0].doc
'000_b11a1ea20a8bf83a'
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

    @property
    def answerable(self) -> bool:
        return bool(self.gold)


def load_questions(path: Path) -> list[Question]:
    """Parse and check a question file; every problem names its line."""
    questions: list[Question] = []
    seen: set[str] = set()
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            question = _parse(json.loads(line))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise QuestionSetError(f"{path} 第 {number} 行格式错误: {exc}") from exc
        if question.id in seen:
            raise QuestionSetError(f"{path} 第 {number} 行: 问题编号 {question.id} 重复")
        seen.add(question.id)
        questions.append(question)
    if not questions:
        raise QuestionSetError(f"{path} 中没有问题")
    return questions


def _parse(record: dict) -> Question:
    gold = tuple(Gold(doc=str(g["doc"]), quote=str(g["quote"])) for g in record.get("gold", []))
    question = Question(
        id=str(record["id"]),
        question=str(record["question"]).strip(),
        type=str(record["type"]),
        need=record.get("need", "any"),
        gold=gold,
    )
    if question.type not in QUESTION_TYPES:
        raise ValueError(f"未知题型 {question.type}")
    if question.need not in ("any", "all"):
        raise ValueError(f"need 必须是 any 或 all, 而不是 {question.need}")
    if (question.type == "negative") != (not gold):
        raise ValueError("negative 题必须没有 gold, 其他题型必须有 gold")
    if any(not g.quote for g in gold):
        raise ValueError("gold 的 quote 为空")
    return question
