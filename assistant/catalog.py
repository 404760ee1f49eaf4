"""What the live index holds, as the assistant reasons about it: notices and their agencies.

Built from the manifest's records (index/storage/manifest.py), so a first question reads no notice
file; the notices' texts are read only when a question's scope needs them (NoticeTexts).

>>> catalog = Catalog.of_index(searcher.index)
>>> catalog.agencies[:1]
['济南市应急管理局']
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Iterable

from corpus import agency_matches, agency_places
from corpus.agencies import department_forms
from corpus.models import Notice
from index.lexical.facts import NoticeFacts
from index.search.loaded import LoadedIndex
from index.storage.manifest import HEAD_CHARS, DocRecord


@dataclass(frozen=True)
class DocInfo:
    doc_id: str
    title: str
    agency: str
    date: str | None  # publication date, else the written date
    doc_number: str | None
    doc_type: str | None
    head: str = ""  # the opening characters of the cleaned text (issuer, addressees)
    # The places and years its text names, stored when it was published; None (an index
    # written before facts were stored): scope reads the text instead.
    facts: NoticeFacts | None = field(default=None, compare=False)

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    @classmethod
    def of_notice(cls, n: Notice) -> "DocInfo":
        m = n.meta
        return cls(n.doc_id, m.title, m.agency, m.date or m.written_date, m.doc_number,
                   m.doc_type, n.text[:HEAD_CHARS])

    @classmethod
    def of_record(cls, r: DocRecord) -> "DocInfo":
        return cls(r.doc_id, r.title, r.agency, r.date, r.doc_number, r.doc_type, r.head or "",
                   NoticeFacts.from_record(r.facts))


@dataclass(frozen=True)
class Catalog:
    docs: dict[str, DocInfo]
    agencies: list[str]  # canonical agency names, each once, in index order
    places: dict[str, list[str]]  # place form (济南, 济南市) -> agencies there
    # department form without a place (林业局, 卫健委) -> the one agency that has it, longest
    # form first; a form several agencies share ("应急管理局" of four cities) names none
    departments: dict[str, str] = field(default_factory=dict)
    # Does every notice name its agency? Where some do not, a department the index lists for
    # no agency may still be theirs (NCP: "重庆市税务局" of a notice whose issuer is unknown).
    every_agency_known: bool = True

    @classmethod
    def of(cls, notices: Iterable[Notice]) -> "Catalog":
        return cls.of_docs(DocInfo.of_notice(n) for n in notices)

    @classmethod
    def of_index(cls, index: LoadedIndex) -> "Catalog":
        """From the manifest; a record written before it carried the catalog fields is
        completed from its notice."""
        return cls.of_docs(DocInfo.of_record(r) if r.has_catalog else
                           DocInfo.of_notice(index.notices[r.doc_id])
                           for r in index.manifest.documents.values())

    @classmethod
    def of_docs(cls, infos: Iterable[DocInfo]) -> "Catalog":
        docs: dict[str, DocInfo] = {}
        agencies: list[str] = []
        places: dict[str, list[str]] = {}
        departments: dict[str, list[str]] = {}
        for info in infos:
            docs[info.doc_id] = info
            if info.agency and info.agency not in agencies:
                agencies.append(info.agency)
                for form in agency_places(info.agency):
                    places.setdefault(form, []).append(info.agency)
                for form in department_forms(info.agency):
                    departments.setdefault(form, []).append(info.agency)
        unique = {form: held[0] for form, held in departments.items() if len(held) == 1}
        return cls(docs, agencies, places,
                   dict(sorted(unique.items(), key=lambda kv: len(kv[0]), reverse=True)),
                   all(d.agency for d in docs.values()))

    def docs_of(self, agency: str) -> list[str]:
        """Ids of the notices of every indexed agency that `agency` (any name form) names."""
        return [d.doc_id for d in self.docs.values() if d.agency and agency_matches(agency, d.agency)]

    def agencies_matching(self, mention: str) -> list[str]:
        return [a for a in self.agencies if agency_matches(mention, a)]


class NoticeTexts(Mapping[str, str]):
    """doc id -> cleaned text, read through the index's lazily opened notices on first use:
    only questions whose scope looks into texts (places, years) read them."""

    def __init__(self, notices: Mapping[str, Notice]) -> None:
        self._notices = notices

    def __getitem__(self, doc_id: str) -> str:
        return self._notices[doc_id].text

    def __iter__(self) -> Iterator[str]:
        return iter(self._notices)

    def __len__(self) -> int:
        return len(self._notices)
