"""What the assistant returns: answers with verified citations, comparisons, conversation turns.

These are the boundary between assistant/ and the interfaces (CLI, API, Streamlit): plain
dataclasses whose `to_json()` is the shape the API documents.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from corpus.models import Notice


@dataclass(frozen=True)
class Citation:
    """One quoted sentence of a notice; `quote == notice.text[start:end]` always holds."""

    n: int  # the marker [n] in the answer text
    doc_id: str
    title: str
    agency: str
    date: str | None
    doc_number: str | None
    section: tuple[str, ...]
    passage_id: str
    quote: str
    start: int  # character span of the quote in the notice's cleaned text
    end: int
    passage_start: int  # the whole passage around the quote, for highlighting in context
    passage_end: int

    @classmethod
    def quoting(cls, notice: "Notice", n: int, start: int, end: int, passage_id: str,
                passage_start: int, passage_end: int,
                section: tuple[str, ...] = ()) -> "Citation":
        """Citation [n] of notice.text[start:end], with the notice's metadata and the region
        shown around it."""
        meta = notice.meta
        return cls(n=n, doc_id=notice.doc_id, title=meta.title, agency=meta.agency,
                   date=meta.date or meta.written_date, doc_number=meta.doc_number,
                   section=tuple(section), passage_id=passage_id,
                   quote=notice.text[start:end], start=start, end=end,
                   passage_start=passage_start, passage_end=passage_end)

    def to_json(self) -> dict:
        data = asdict(self)
        data["section"] = list(self.section)
        return data


@dataclass(frozen=True)
class Filters:
    """Where to look: agencies (any name form), notice ids, document types, a date range."""

    agencies: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    date_from: str | None = None  # ISO yyyy-mm-dd, inclusive
    date_to: str | None = None

    def is_empty(self) -> bool:
        return not (self.agencies or self.doc_ids or self.doc_types or self.date_from
                    or self.date_to)


@dataclass(frozen=True)
class Turn:
    """One message of a conversation, as the interfaces keep it."""

    role: Literal["user", "assistant"]
    content: str


@dataclass
class AgencyGroup:
    """Evidence of one agency in an answer; no citations means the agency has none."""

    agency: str
    citations: list[Citation] = field(default_factory=list)
    tentative: bool = False  # evidence that scores well below the best agency's: to check

    @property
    def has_evidence(self) -> bool:
        return bool(self.citations)


@dataclass
class Answer:
    """A short Chinese answer whose every statement carries a marker [n] of `citations`."""

    question: str  # as asked
    resolved: str  # after follow-up resolution: what was actually searched
    text: str
    abstained: bool
    citations: list[Citation]
    retrieved: list[dict]  # ranked evidence behind the answer, `search`'s hit fields
    groups: list[AgencyGroup] = field(default_factory=list)
    # Why the assistant abstained, for logs and the UI: "scope" (names what the index lacks),
    # "weak_evidence", "not_stated" (the closest notice does not state the asked figure or
    # kind; the text names it), "no_agency_evidence" (an agency swap after an enumeration),
    # "" answered.
    reason: str = ""
    writer: str = "extractive"  # or "llm"
    # The ledger items an answer from the rectification ledger lists (corpus.ledger.LedgerItem),
    # in answer order; follow-ups ("这些问题由谁负责?") point into them.
    ledger: list = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "resolved": self.resolved,
            "answer": self.text,
            "abstained": self.abstained,
            "reason": self.reason,
            "writer": self.writer,
            "citations": [c.to_json() for c in self.citations],
            "groups": [{"agency": g.agency, "has_evidence": g.has_evidence,
                        "tentative": g.tentative,
                        "citations": [c.n for c in g.citations]} for g in self.groups],
            "retrieved": self.retrieved,
            "ledger_items": [{"item_id": i.item_id, **i.to_dict()} for i in self.ledger],
        }


@dataclass(frozen=True)
class CompareItem:
    text: str  # the measure, as quoted
    citation: Citation
    coverage: float = 0.0  # share of the topic's weighted words the quote covers (0-1)


@dataclass
class CompareRow:
    agency: str
    items: list[CompareItem] = field(default_factory=list)

    @property
    def has_evidence(self) -> bool:
        return bool(self.items)


@dataclass
class Comparison:
    """Agency × measures for one topic, every cell cited."""

    question: str
    rows: list[CompareRow]

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "rows": [
                {"agency": r.agency, "has_evidence": r.has_evidence,
                 "items": [{"text": i.text, "coverage": round(i.coverage, 3),
                            "citation": i.citation.to_json()} for i in r.items]}
                for r in self.rows
            ],
        }
