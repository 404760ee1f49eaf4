"""Writing the record files of a generation being built (index.storage.segment_records).

A new segment's records.json and files.json hold its notices' catalog fields and file sums:
taken over from the previous generation for notices whose files were hard-linked from it
(its segments' record files, or a schema-4 manifest), computed from the files in the new
generation otherwise (fresh notices, re-extracted ledgers, records written before facts).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable

from index.lexical.facts import FACTS_VERSION
from index.storage import segment_records, store
from index.storage.manifest import Manifest, catalog_of, catalog_values


class PreviousRecords:
    """The catalog fields and file sums the previous generation recorded, read lazily (one
    segment's record files at a time, each once)."""

    def __init__(self, folder: Path | None, manifest: Manifest | None) -> None:
        self.folder = folder
        self.manifest = manifest
        self.split = manifest is not None and \
            (manifest.schema_version or 0) >= segment_records.FIRST_SCHEMA
        self._catalogs: dict[str, dict] = {}
        self._files: dict[str, dict] = {}

    def catalog(self, doc_id: str) -> dict | None:
        """The notice's catalog fields with current facts, or None (compute them)."""
        record = self.manifest.documents.get(doc_id) if self.manifest else None
        if record is None:
            return None
        if self.split:
            if record.segment not in self._catalogs:
                self._catalogs[record.segment] = segment_records.read_catalog(self.folder,
                                                                              record.segment)
            values = self._catalogs[record.segment].get(doc_id)
        else:
            values = catalog_values(record) if record.has_catalog else None
        facts = (values or {}).get("facts") or {}
        return values if values is not None and facts.get("version") == FACTS_VERSION else None

    def sums(self, doc_id: str) -> dict[str, dict]:
        """Recorded sums of the notice's files (those the manifest overrides included)."""
        if self.manifest is None or doc_id not in self.manifest.documents:
            return {}
        recorded = self.manifest.files
        paths = segment_records.notice_paths(doc_id)
        found: dict[str, dict] = {}
        if self.split:
            segment = self.manifest.documents[doc_id].segment
            if segment not in self._files:
                self._files[segment] = segment_records.read_files(self.folder, segment)
            found.update(self._files[segment].get(doc_id, {}))
        found.update({p: recorded[p] for p in paths if p in recorded})
        return found


def write_records(building: Path, name: str, doc_ids: Iterable[str],
                  previous: PreviousRecords, linked: Callable[[str], bool]) -> None:
    """records.json and files.json of segment `name` for `doc_ids`, whose files are in
    `building`; `linked(path)`: the file was hard-linked from the previous generation."""
    catalog: dict[str, dict] = {}
    files: dict[str, dict] = {}
    for doc_id in doc_ids:
        catalog[doc_id] = previous.catalog(doc_id) or catalog_of(building, doc_id)
        files[doc_id] = _notice_sums(building, doc_id, previous, linked)
    segment_records.write(building, name, catalog, files)


def _notice_sums(building: Path, doc_id: str, previous: PreviousRecords,
                 linked: Callable[[str], bool]) -> dict[str, dict]:
    known = previous.sums(doc_id) if previous.manifest is not None else {}
    sums: dict[str, dict] = {}
    for relative in segment_records.notice_paths(doc_id):
        carried = known.get(relative) if relative in known and linked(relative) else None
        if carried is not None:
            sums[relative] = carried
        elif os.path.exists(building / relative):  # ledger files: not in older generations
            sums[relative] = store.sums_of(building / relative)
    return sums


def overrides(building: Path, documents: dict, linked_records: set[str],
              previous: PreviousRecords, linked: Callable[[str], bool]) -> dict[str, dict]:
    """Sums the manifest must record itself: files of notices whose segment's record files
    were linked from the previous generation (so they describe the files as first written),
    where a file was rewritten since (re-extracted ledgers), or already overridden before."""
    recorded = previous.manifest.files if previous.manifest is not None else {}
    result: dict[str, dict] = {}
    for doc_id, record in documents.items():
        if record.segment not in linked_records:
            continue
        for relative in segment_records.notice_paths(doc_id):
            if linked(relative):
                if relative in recorded:
                    result[relative] = recorded[relative]
            elif os.path.exists(building / relative):
                result[relative] = store.sums_of(building / relative)
    return result
