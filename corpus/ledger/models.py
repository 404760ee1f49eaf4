"""Types of the rectification ledger (整改台账): items, their cited fields, stated totals.

Every text field is a `Span` of the cleaned notice text (`text == notice.text[start:end]`),
so any field can be checked by a click. `LedgerItem.to_dict()` is the public JSON schema
(CLI `--json`, `GET /ledger`); the other attributes are for storage and filtering.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# The five statuses, in the order reports and charts list them.
STATUSES: tuple[str, ...] = ("完成", "阶段性成效", "长期坚持", "推进中", "未说明")
# Statuses that count as "not finished" for 还有哪些没有整改完成 questions.
OPEN_STATUSES: tuple[str, ...] = ("阶段性成效", "长期坚持", "推进中")


@dataclass(frozen=True)
class Span:
    """A piece of the cleaned notice text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict) -> "Span":
        return cls(data["text"], int(data["start"]), int(data["end"]))


@dataclass(frozen=True)
class LedgerItem:
    """One problem (of a 整改通报) or one measure (of a 整改方案 / 工作要点).

    `problem` is the problem as stated, or the task's title for a plan's measure;
    `measures` the measures taken or planned; `status` one of STATUSES, with `status_quote`
    the words that say so (None when the notice says nothing: status 未说明);
    `deadline` the stated timing ("2021年12月底前", "5月底前", "全年实施");
    `lead` the offices that lead or are responsible; `leaders` the persons who answer for it
    (责任领导, 责任人), as the notice names them; `helpers` the offices that assist (配合单位);
    `of_problem` the problem a measure belongs to when the ledger tracks each measure of a
    problem on its own row (None otherwise).
    """

    doc_id: str
    agency: str
    ordinal: int  # 1-based position among the notice's items
    section: tuple[Span, ...]  # heading path above the item, outermost first
    problem: Span
    measures: tuple[Span, ...]
    status: str
    status_quote: Span | None
    deadline: Span | None
    lead: tuple[Span, ...]
    due_date: str | None = None  # deadline as ISO yyyy-mm-dd (last day it covers); None if open-ended
    passage_id: str | None = None  # the passage holding the start of `problem`
    leaders: tuple[Span, ...] = ()
    helpers: tuple[Span, ...] = ()
    of_problem: Span | None = None

    @property
    def item_id(self) -> str:
        return f"{self.doc_id}#L{self.ordinal:03d}"

    def to_dict(self) -> dict:
        """The public schema: exactly these fields, each text field a span."""
        return {
            "doc_id": self.doc_id,
            "agency": self.agency,
            "section": [s.to_dict() for s in self.section],
            "problem": self.problem.to_dict(),
            "measures": [m.to_dict() for m in self.measures],
            "status": self.status,
            "status_quote": self.status_quote.to_dict() if self.status_quote else None,
            "deadline": self.deadline.to_dict() if self.deadline else None,
            "lead": [s.to_dict() for s in self.lead],
            "leaders": [s.to_dict() for s in self.leaders],
            "helpers": [s.to_dict() for s in self.helpers],
            "of_problem": self.of_problem.to_dict() if self.of_problem else None,
        }

    def to_record(self) -> dict:
        """to_dict() plus the storage-only attributes (ordinal, due_date, passage_id)."""
        return {**self.to_dict(), "ordinal": self.ordinal, "due_date": self.due_date,
                "passage_id": self.passage_id}

    @classmethod
    def from_record(cls, data: dict) -> "LedgerItem":
        def span(value):
            return Span.from_dict(value) if value else None

        return cls(
            doc_id=data["doc_id"], agency=data["agency"], ordinal=int(data["ordinal"]),
            section=tuple(Span.from_dict(s) for s in data["section"]),
            problem=Span.from_dict(data["problem"]),
            measures=tuple(Span.from_dict(m) for m in data["measures"]),
            status=data["status"], status_quote=span(data.get("status_quote")),
            deadline=span(data.get("deadline")),
            lead=tuple(Span.from_dict(s) for s in data["lead"]),
            due_date=data.get("due_date"), passage_id=data.get("passage_id"),
            leaders=tuple(Span.from_dict(s) for s in data.get("leaders", ())),
            helpers=tuple(Span.from_dict(s) for s in data.get("helpers", ())),
            of_problem=span(data.get("of_problem")),
        )


@dataclass(frozen=True)
class StatedTotal:
    """A count the notice states about its own items ("细化分解为26项具体任务", "已整改完成9个").

    `status` is None for the number of items, else the status the count is of.
    """

    doc_id: str
    status: str | None
    count: int
    quote: Span

    def to_dict(self) -> dict:
        return {"doc_id": self.doc_id, "status": self.status, "count": self.count,
                "quote": self.quote.to_dict()}

    @classmethod
    def from_dict(cls, data: dict) -> "StatedTotal":
        return cls(data["doc_id"], data.get("status"), int(data["count"]),
                   Span.from_dict(data["quote"]))


@dataclass(frozen=True)
class Ledger:
    """The ledger of one notice: its items and the totals it states about them."""

    doc_id: str
    items: tuple[LedgerItem, ...] = ()
    totals: tuple[StatedTotal, ...] = ()


@dataclass(frozen=True)
class TotalsCheck:
    """The ledger's own counts beside the notice's stated totals.

    `agrees` is None when the notice states no totals (nothing to compare);
    `differences` are Chinese sentences naming each mismatch.
    """

    doc_id: str
    counted: dict[str, int]  # "总数" and each status -> items extracted
    stated: dict[str, int]  # "总数" and each status -> what the notice states
    agrees: bool | None
    differences: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        return {"doc_id": self.doc_id, "counted": dict(self.counted),
                "stated": dict(self.stated), "agrees": self.agrees,
                "differences": list(self.differences)}
