"""Answers made from what a route found: citations grouped by agency, a refusal, a ledger
reply. Shared by the service and the routes beside it, so none imports another's helpers."""
from __future__ import annotations

from typing import Sequence

from assistant.models import AgencyGroup, Answer, Citation


def groups_of(citations: Sequence[Citation]) -> list[AgencyGroup]:
    """The citations grouped by agency, in the order each agency is first cited."""
    groups: dict[str, AgencyGroup] = {}
    for c in citations:
        groups.setdefault(c.agency, AgencyGroup(c.agency)).citations.append(c)
    return list(groups.values())


def cited_answer(question: str, text: str, citations: list[Citation],
                 retrieved: list[dict] | None = None) -> Answer:
    """An answer whose text is written from these citations."""
    return Answer(question, question, text, False, citations, retrieved or [],
                  groups_of(citations))


def refusal(question: str, text: str, retrieved: list[dict], reason: str,
            groups: list[AgencyGroup] | None = None) -> Answer:
    """A refusal: the text says why (and, for a near miss, which notice covers the topic)."""
    return Answer(question, question, text, True, [], retrieved, groups or [], reason)


def ledger_reply_answer(question: str, reply) -> Answer:
    """An answer from a ledger reply (assistant.ledger_answer.Reply)."""
    return Answer(question, question, reply.text, reply.abstained, reply.citations,
                  [], reply.groups, reply.reason, ledger=reply.items)
