"""The item being read (`Draft`): the spans every ledger reader fills before it becomes a
LedgerItem, and the small span helpers the readers share."""
from __future__ import annotations

from dataclasses import dataclass, field

from corpus.ledger.assignment import Assignment
from corpus.ledger.status import Reading

TRIM_CHARS = " \u3000。.;；,，:：】"  # 】 closes a bracketed heading (corpus.numbering)


@dataclass
class Draft:
    """One item while it is read: spans of the notice text, filled by the readers in turn."""

    ancestors: list  # Heading list, outermost first
    problem: tuple[int, int]
    measures: list[tuple[int, int]] = field(default_factory=list)
    reading: tuple[str, tuple[int, int] | None, tuple[int, int] | None] = ("未说明", None, None)
    assignment: Assignment = field(default_factory=Assignment)
    from_table: bool = False
    status_from_heading: bool = False  # "需长期整改事项" above it: the heading's status, no timing
    of_problem: tuple[int, int] | None = None  # a measure row's problem (a per-measure table)


def absolute(reading: Reading | None, offset: int):
    """A status reading of text at `offset` as (status, quote, deadline) spans of the notice."""
    if reading is None:
        return ("未说明", None, None)
    quote = (offset + reading.quote[0], offset + reading.quote[1])
    deadline = ((offset + reading.deadline[0], offset + reading.deadline[1])
                if reading.deadline else None)
    return (reading.status, quote, deadline)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces, punctuation and closing brackets around it."""
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return start, end


def line_end(text: str, start: int) -> int:
    """Where the line holding text[start] ends."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end
