"""Reading the rectification ledger of ONE generation: items by filter, totals, self-checks.

A LedgerView is bound to one generation folder (LoadedIndex.ledger), so the ledger a reader
lists is always that of the passages it cites. Notices are chosen by the manifest's records
(agency, doc id) before any ledger file is read; each file is read once per view.

>>> view = LoadedIndex.open(root).ledger
>>> [i.status for i in view.items(LedgerQuery(agencies=("济南",), statuses=("长期坚持",)))][:1]
['长期坚持']
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Mapping

from corpus.agencies import agency_matches
from corpus.ledger import STATUSES, Ledger, LedgerItem, StatedTotal, TotalsCheck
from corpus.ledger.totals import TOTAL_KEY
from corpus.models import Notice
from index.storage import ledger_files, store
from index.storage.manifest import Manifest


class LedgerQueryError(ValueError):
    """A filter that cannot be applied (unknown status, malformed date); Chinese message."""


@dataclass(frozen=True)
class LedgerQuery:
    """Which items to list; every given filter must hold (empty: no restriction).

    agencies: any of them matches the notice's agency ("济南" matches 济南市应急管理局);
    doc_ids: the notice is one of them; statuses: the item's status is one of them;
    lead: a substring of one of the lead offices; due_before: ISO date, items whose
    deadline (due_date) falls on or before it; section: a substring of one heading of the
    item's section path; text: a substring of the problem or of one measure.
    """

    agencies: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    lead: str | None = None
    due_before: str | None = None
    section: str | None = None
    text: str | None = None

    def __post_init__(self) -> None:
        for name in ("agencies", "doc_ids", "statuses"):
            object.__setattr__(self, name, tuple(getattr(self, name) or ()))
        unknown = [s for s in self.statuses if s not in STATUSES]
        if unknown:
            raise LedgerQueryError(f"未知的状态 {'、'.join(unknown)}, 可选: {'、'.join(STATUSES)}。")
        if self.due_before is not None:
            try:
                date.fromisoformat(self.due_before)
            except ValueError:
                raise LedgerQueryError(
                    f"日期 {self.due_before!r} 无效, 请写成 年-月-日, 如 2021-12-31。") from None

    def admits_doc(self, doc_id: str, agency: str) -> bool:
        return ((not self.doc_ids or doc_id in self.doc_ids)
                and (not self.agencies or any(agency_matches(a, agency) for a in self.agencies)))

    def admits(self, item: LedgerItem) -> bool:
        if self.statuses and item.status not in self.statuses:
            return False
        if self.lead and not any(self.lead in office.text for office in item.lead):
            return False
        if self.due_before and (item.due_date is None or item.due_date > self.due_before):
            return False
        if self.section and not any(self.section in heading.text for heading in item.section):
            return False
        if self.text and self.text not in item.problem.text and \
                not any(self.text in m.text for m in item.measures):
            return False
        return True


class LedgerView:
    """The ledger of the notices of one generation.

    `folder` None (an index held only in memory) or a generation without ledger files (an
    older index): each notice's ledger is extracted from its stored text on first use."""

    def __init__(self, folder: Path | None, manifest: Manifest,
                 notices: Mapping[str, Notice] | None = None) -> None:
        self.folder = folder
        self.manifest = manifest
        self.stored = folder is not None and ledger_files.has_ledger(folder)
        self._notice: Callable[[str], Notice] = (
            notices.__getitem__ if notices is not None
            else (lambda doc_id: store.read_notice(folder, doc_id)))
        self._cache: dict[str, tuple[Ledger, TotalsCheck]] = {}
        self._lock = threading.Lock()

    def _entry(self, doc_id: str) -> tuple[Ledger, TotalsCheck]:
        entry = self._cache.get(doc_id)
        if entry is None:
            if doc_id not in self.manifest.documents:
                raise KeyError(doc_id)
            entry = ledger_files.read_ledger(self.folder, doc_id) if self.stored else None
            if entry is None:
                entry = ledger_files.extract(self._notice(doc_id))
            with self._lock:  # API threads share the view
                entry = self._cache.setdefault(doc_id, entry)
        return entry

    def ledger(self, doc_id: str) -> Ledger:
        """One notice's items and stated totals (KeyError for a notice not in the generation)."""
        return self._entry(doc_id)[0]

    def check(self, doc_id: str) -> TotalsCheck:
        return self._entry(doc_id)[1]

    def totals(self, doc_id: str) -> tuple[StatedTotal, ...]:
        """What the notice states about its own counts, each with its quote."""
        return self._entry(doc_id)[0].totals

    def doc_ids(self, query: LedgerQuery | None = None) -> list[str]:
        """The notices a query can match, in manifest order (read from the manifest only)."""
        query = query or LedgerQuery()
        return [d for d, record in self.manifest.documents.items()
                if query.admits_doc(d, record.agency)]

    def items(self, query: LedgerQuery | None = None) -> list[LedgerItem]:
        """Matching items: notices in manifest order, items in their order in the notice."""
        query = query or LedgerQuery()
        return [item for doc_id in self.doc_ids(query) for item in self.ledger(doc_id).items
                if query.admits(item)]

    def checks(self, query: LedgerQuery | None = None) -> list[TotalsCheck]:
        """The self-check of every notice (of those the query's agencies / doc ids admit)."""
        return [self.check(doc_id) for doc_id in self.doc_ids(query)]

    def summary(self, query: LedgerQuery | None = None) -> list[dict]:
        """Per notice: its counts by status beside the totals it states (JSON-ready).

        Only the query's agencies and doc ids apply: the counts are the whole notice's, the
        ones its stated totals can be compared with."""
        rows = []
        for doc_id in self.doc_ids(query):
            record = self.manifest.documents[doc_id]
            check = self.check(doc_id)
            rows.append({
                "doc_id": doc_id, "title": record.title, "agency": record.agency,
                "date": record.date,
                "counts": {status: check.counted.get(status, 0) for status in STATUSES},
                "total": check.counted.get(TOTAL_KEY, 0),
                "stated": dict(check.stated),
                "stated_totals": [t.to_dict() for t in self.totals(doc_id)],
                "agrees": check.agrees,
                "differences": list(check.differences),
            })
        return rows


def check_line(agrees: bool | None, differences) -> str:
    """A notice's self-check in Chinese (TotalsCheck.agrees and .differences)."""
    if agrees is None:
        return "通报未自述总数, 无法核对"
    if agrees:
        return "与通报自述总数一致"
    return "与通报自述总数不一致: " + "; ".join(differences)
