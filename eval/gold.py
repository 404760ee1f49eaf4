"""Locating each gold quote in its cleaned notice, and judging retrieved passages against it.

A quote that cannot be found in `notice.text` is a corpus (cleaning) bug or a typo in the
question file: it is reported as a problem and left out of the scores rather than counted
as a retrieval miss.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

from corpus.models import Notice, Passage
from eval.questions import Question
from eval.spans import Span, find_spans


@dataclass(frozen=True)
class LocatedGold:
    doc: str
    quote: str
    spans: tuple[Span, ...]  # every occurrence of the quote; any of them counts

    def covered_by(self, passage: Passage) -> bool:
        return passage.doc_id == self.doc and any(
            s.overlap(passage.start, passage.end) > 0 for s in self.spans
        )


@dataclass(frozen=True)
class GoldProblem:
    question_id: str
    doc: str
    quote: str
    kind: str  # "missing_doc" | "missing_quote" | "normalised_only" | "ambiguous"
    message: str  # Chinese, shown to users

    @property
    def fatal(self) -> bool:
        """The gold cannot be judged and is left out of the scores."""
        return self.kind in ("missing_doc", "missing_quote")

    def to_json(self) -> dict:
        return {"question": self.question_id, "doc": self.doc, "quote": self.quote,
                "kind": self.kind, "fatal": self.fatal, "message": self.message}


@dataclass
class GoldMap:
    located: dict[str, list[LocatedGold]] = field(default_factory=dict)  # question id -> golds
    problems: list[GoldProblem] = field(default_factory=list)


def locate_golds(questions: Sequence[Question], notices: Mapping[str, Notice]) -> GoldMap:
    result = GoldMap()
    for q in questions:
        golds: list[LocatedGold] = []
        for g in q.gold:
            notice = notices.get(g.doc)
            if notice is None:
                result.problems.append(GoldProblem(
                    q.id, g.doc, g.quote, "missing_doc", f"索引中没有文档 {g.doc}"))
                continue
            spans = find_spans(notice.text, g.quote)
            if not spans:
                result.problems.append(GoldProblem(
                    q.id, g.doc, g.quote, "missing_quote",
                    f"清洗后的正文中找不到引文「{g.quote}」(语料清洗问题或引文有误)"))
                continue
            if not spans[0].exact:
                result.problems.append(GoldProblem(
                    q.id, g.doc, g.quote, "normalised_only",
                    f"引文「{g.quote}」只在归一化 (NFKC、去空白) 后才能找到"))
            if len(spans) > 1:
                result.problems.append(GoldProblem(
                    q.id, g.doc, g.quote, "ambiguous",
                    f"引文「{g.quote}」在文中出现 {len(spans)} 次, 任一处都算命中"))
            golds.append(LocatedGold(g.doc, g.quote, tuple(spans)))
        result.located[q.id] = golds
    return result


def coverage(passages: Sequence[Passage], golds: Sequence[LocatedGold]) -> list[frozenset[int]]:
    """For each passage, best first, the indices of the golds it covers."""
    return [frozenset(i for i, g in enumerate(golds) if g.covered_by(p)) for p in passages]
