"""Per-segment record files: what the generation manifest no longer lists for every notice.

    segments/<name>/records.json   {doc_id: {"date", "doc_number", "doc_type", "head", "facts"}}
                                   the catalog fields of the notices whose rows the segment holds
    segments/<name>/files.json     {doc_id: {relative path: {"sha256", "size"}}} those notices'
                                   per-notice files (docs/, tokens/, vectors/, ledger/)

Both are written once, with the segment (or, for a segment of a schema-4 index, by the update
that migrates it), and hard-linked by later generations like the segment's other files, so an
update that adds one notice writes the records of that notice only. A notice's entries are
those of the segment its manifest record names (manifest.DocRecord.segment): entries of
notices that were removed, or replaced into a newer segment, stay in the old file and are
ignored. Files a later generation rewrote without rewriting the notice's segment (ledger files
re-extracted by a newer extractor) are recorded in the manifest's own `files`, which takes
precedence (`expected_files`).

Why: at 1.16x10^6 passages (13,904 notices) the manifest listing every notice's catalog,
facts and four file checksums was 56 MB; parsing it, checking the size of its 55,000 files
and writing it again took 1.9 of the 3.0 s of adding one notice (eval/reports/update.md).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Mapping

from index.storage.file_names import safe_name

SEGMENTS = "segments"  # as index.storage.segments.SEGMENTS (that module imports store)
RECORDS = "records.json"
NOTICE_FILES = "files.json"
# DocRecord fields kept in records.json, not in the manifest.
CATALOG_FIELDS = ("date", "doc_number", "doc_type", "head", "facts")
# A notice's files in a generation: folder and extension.
PER_NOTICE = (("docs", "json"), ("tokens", "json"), ("vectors", "npy"), ("ledger", "json"))
NOTICE_DIRS = frozenset(sub for sub, _ in PER_NOTICE)
# The first manifest schema whose notices' catalog fields and file sums live in these files.
FIRST_SCHEMA = 5


def notice_paths(doc_id: str) -> list[str]:
    """Relative paths of a notice's files (the ledger file only in generations with ledgers)."""
    name = safe_name(doc_id)
    return [f"{sub}/{name}.{ext}" for sub, ext in PER_NOTICE]


def is_notice_path(relative: str) -> bool:
    """docs/x.json, tokens/x.json, vectors/x.npy, ledger/x.json (not ledger/SIGNATURE)."""
    sub, _, rest = relative.partition("/")
    return sub in NOTICE_DIRS and "/" not in rest and rest != "SIGNATURE"


def write(folder: Path, name: str, catalog: Mapping[str, dict],
          files: Mapping[str, dict]) -> list[str]:
    """Write both record files of segment `name` of the generation `folder`; returns their
    relative paths."""
    target = folder / SEGMENTS / name
    (target / RECORDS).write_text(json.dumps(catalog, ensure_ascii=False), encoding="utf-8")
    (target / NOTICE_FILES).write_text(json.dumps(files, ensure_ascii=False), encoding="utf-8")
    return [f"{SEGMENTS}/{name}/{RECORDS}", f"{SEGMENTS}/{name}/{NOTICE_FILES}"]


def has_records(folder: Path, name: str) -> bool:
    return (folder / SEGMENTS / name / RECORDS).is_file()


def read_catalog(folder: Path, name: str) -> dict[str, dict]:
    """records.json of a segment; {} if it has none (a segment of a schema-4 index)."""
    return _read(folder / SEGMENTS / name / RECORDS)


def read_files(folder: Path, name: str) -> dict[str, dict[str, dict]]:
    return _read(folder / SEGMENTS / name / NOTICE_FILES)


def _read(path: Path) -> dict:
    try:
        return json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}


def notice_sums(folder: Path, segment_of: Mapping[str, str],
                segments: Iterable[str]) -> dict[str, dict]:
    """Recorded sums of the per-notice files of the live notices (`segment_of`: doc id ->
    its segment), from the record files of `segments`."""
    sums: dict[str, dict] = {}
    for name in segments:
        for doc_id, paths in read_files(folder, name).items():
            if segment_of.get(doc_id) == name:
                sums.update(paths)
    return sums


def expected_files(folder: Path, data: Mapping) -> dict[str, dict]:
    """Every file of a generation with its recorded sha256 and size: the manifest's `files`
    (segments, small files, rewritten per-notice files) over the segments' files.json.
    `data`: the parsed manifest.json (manifest.read_json), or a Manifest's fields as a dict."""
    recorded = data.get("files", {})
    if (data.get("schema_version") or 0) < FIRST_SCHEMA:  # every file was listed in the manifest
        return dict(recorded)
    segment_of = {d: r["segment"] if isinstance(r, dict) else r.segment
                  for d, r in data.get("documents", {}).items()}
    sums = notice_sums(folder, segment_of, data.get("segments", {}))
    sums.update(recorded)
    return sums
