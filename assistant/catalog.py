"""What the live index holds, as the assistant reasons about it: notices and their agencies.

>>> catalog = Catalog.of(searcher.index.notices.values())
>>> catalog.agencies[:1]
['济南市应急管理局']
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from corpus import agency_matches, agency_places
from corpus.models import Notice


# Opening characters kept per notice: where a notice without a read agency names its issuer
# (NCPPolicies: within the first ~100 characters of flattened text).
HEAD_CHARS = 200


@dataclass(frozen=True)
class DocInfo:
    doc_id: str
    title: str
    agency: str
    date: str | None  # publication date, else the written date
    doc_number: str | None
    doc_type: str | None
    head: str = ""  # the opening characters of the cleaned text (issuer, addressees)

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None


@dataclass(frozen=True)
class Catalog:
    docs: dict[str, DocInfo]
    agencies: list[str]  # canonical agency names, each once, in index order
    places: dict[str, list[str]]  # place form (济南, 济南市) -> agencies there

    @classmethod
    def of(cls, notices: Iterable[Notice]) -> "Catalog":
        docs: dict[str, DocInfo] = {}
        agencies: list[str] = []
        places: dict[str, list[str]] = {}
        for n in notices:
            m = n.meta
            docs[n.doc_id] = DocInfo(n.doc_id, m.title, m.agency, m.date or m.written_date,
                                     m.doc_number, m.doc_type, n.text[:HEAD_CHARS])
            if m.agency and m.agency not in agencies:
                agencies.append(m.agency)
                for form in agency_places(m.agency):
                    places.setdefault(form, []).append(m.agency)
        return cls(docs, agencies, places)

    def docs_of(self, agency: str) -> list[str]:
        """Ids of the notices of every indexed agency that `agency` (any name form) names."""
        return [d.doc_id for d in self.docs.values() if d.agency and agency_matches(agency, d.agency)]

    def agencies_matching(self, mention: str) -> list[str]:
        return [a for a in self.agencies if agency_matches(mention, a)]
