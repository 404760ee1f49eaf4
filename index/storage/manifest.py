"""The manifest: what an index generation holds and how it was built."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from index.lexical.facts import FACTS_VERSION, notice_facts
from index.storage import segment_records
from index.storage.file_names import safe_name

# Bump when the on-disk layout changes; older indexes are then refused with a rebuild hint.
# 5: the notices' catalog fields, facts and file checksums moved from the manifest to
# per-segment record files (index.storage.segment_records).
SCHEMA_VERSION = segment_records.FIRST_SCHEMA
# Opening characters of a notice's cleaned text kept in its manifest record: where a notice
# without a read agency names its issuer (NCPPolicies: within the first ~100 characters of
# flattened text); the assistant's catalog matches places in it (assistant/catalog.py).
HEAD_CHARS = 200

# Layouts whose per-document files (docs/, tokens/, vectors/) a build may still reuse: 4 added
# segments (shared row indexes) but kept those files as they were, so no re-embedding; 5 moved
# the records out of the manifest (an update of a schema-4 index writes its segments' record
# files from its manifest, keeping the segments).
REUSABLE_SCHEMAS = (3, 4, 5)
# Layouts a reader serves as they are: a schema-4 manifest still holds every record's catalog
# fields and every file's sum inline, so an index written by the previous version answers
# right after an upgrade of the code, and its next update (any `index add`) rewrites it as 5.
READABLE_SCHEMAS = (4, 5)
# The fields of a DocRecord the manifest itself holds (schema 5); the others are the
# segments' records (segment_records.CATALOG_FIELDS).
MANIFEST_FIELDS = ("doc_id", "source", "content_hash", "passage_count", "title", "agency",
                   "segment")


@dataclass(frozen=True)
class DocRecord:
    doc_id: str
    source: str
    content_hash: str
    passage_count: int
    title: str
    agency: str
    segment: str = ""  # the segment holding its rows (index.storage.segments)
    # The notice's metadata as the assistant's catalog reads it, so that its first question
    # reads no notice file (at 3,500 laws that read took most of a minute). None: written
    # before these were recorded (readers then read the notice).
    date: str | None = None  # publication date, else the written date
    doc_number: str | None = None
    doc_type: str | None = None
    head: str | None = None  # the cleaned text's first HEAD_CHARS characters
    # The places and years the notice's text names (index.lexical.facts.NoticeFacts as a
    # record), so that a question naming an agency, place or year reads no notice text.
    # None, or a record of an older FACTS_VERSION: readers read the text.
    facts: dict | None = None

    @property
    def has_catalog(self) -> bool:
        return self.head is not None

    @property
    def has_facts(self) -> bool:
        return bool(self.facts) and self.facts.get("version") == FACTS_VERSION


@dataclass
class Manifest:
    model_id: str
    dimension: int
    tokenizer_signature: str
    passage_text_version: str
    built_at: str
    # Which backend embedded the passages (config.ENCODERS); manifests written before the
    # field existed were all built with torch.
    encoder: str = "torch-fp32"
    documents: dict[str, DocRecord] = field(default_factory=dict)
    # Row-index segments, in row order (index.storage.segments); a segment's rows of notices that are
    # no longer in `documents`, or now belong to another segment, are masked out.
    segments: dict[str, int] = field(default_factory=dict)  # name -> rows
    # name -> FAISS index type of the segment (segments.FLAT or segments.IVF_SQ8, chosen by
    # size; segments.HALF and segments.IVF in indexes written by earlier versions), and its
    # parameters ({"nlist", "nprobe"} for the IVF kinds; empty for the exhaustive types)
    dense_types: dict[str, str] = field(default_factory=dict)
    dense_params: dict[str, dict] = field(default_factory=dict)
    # Notices published before their vectors were built (`index add --defer-vectors`): their
    # rows hold zero vectors, are left out of dense search, and the next build without
    # --defer-vectors (`notices index embed`) embeds them. Sorted doc ids.
    pending: list[str] = field(default_factory=list)
    # Files of the generation other than the notices' own: relative path -> {"sha256": hex,
    # "size": bytes}: the segments' files (record files included), ledger/SIGNATURE, and
    # per-notice files rewritten without rewriting their segment (they take precedence over
    # the segments' files.json, segment_records.expected_files). `index verify` checks every
    # hash; opening checks the sizes (one stat a file). Schema 4 and older listed every file.
    files: dict[str, dict] = field(default_factory=dict)
    schema_version: int = SCHEMA_VERSION

    @property
    def passage_count(self) -> int:
        return sum(d.passage_count for d in self.documents.values())

    def save(self, folder: Path) -> None:
        """Write manifest.json: the records' MANIFEST_FIELDS only (the catalog fields are in
        the segments' records.json)."""
        # Fields read off directly and no indent (json's C encoder): dataclasses.asdict's deep
        # copy and the indenting pure-Python encoder took 1.1 s of adding one notice at
        # 3,476 notices (cProfile, eval/bench_update.py); this writes the same JSON values.
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["documents"] = {d: {name: getattr(r, name) for name in MANIFEST_FIELDS}
                             for d, r in self.documents.items()}
        data["passage_count"] = self.passage_count
        (folder / "manifest.json").write_text(json.dumps(data, ensure_ascii=False),
                                              encoding="utf-8")

    @staticmethod
    def schema_version_of(folder: Path) -> int | None:
        """Read before anything else, so an older layout is refused, not misread."""
        return read_json(folder).get("schema_version")

    @classmethod
    def load(cls, folder: Path, catalog: bool = True, records: bool = True) -> "Manifest":
        """The generation's manifest; with `catalog` (schema 5) the records get their catalog
        fields from the segments' records.json (a writer, which never needs those of the
        notices it keeps, passes False: reading them costs what the records weigh).
        `records` False: no records at all (`documents` empty), for the build settings (at
        13,900 notices making the records took 0.1-0.2 s a load, cProfile of one update)."""
        # One level copied: the cached parse stays intact when a manifest is changed.
        data = {k: v.copy() if isinstance(v, (dict, list)) else v
                for k, v in read_json(folder).items()}
        data.pop("passage_count", None)
        # Fields a later version added to the records are left out, so that its manifests
        # still open here (found when code before the catalog fields read a newer manifest).
        known = {f.name for f in fields(DocRecord)}
        stored = data.pop("documents")
        docs = {k: DocRecord(**{name: x for name, x in v.items() if name in known})
                for k, v in stored.items()} if records else {}
        manifest = cls(documents=docs, **data)
        if catalog and records and \
                (manifest.schema_version or 0) >= segment_records.FIRST_SCHEMA:
            manifest.documents = with_segment_catalog(folder, manifest.documents,
                                                      manifest.segments)
        return manifest


def read_json(folder: Path) -> dict:
    """manifest.json of a generation, parsed; read-only for callers.

    Opening a generation parsed it 4 times (schema check, size check, load, and the writer's
    live records): 0.26 s of adding one notice at 3,476 notices (cProfile,
    eval/bench_update.py). The last few parses are kept, keyed by the file's bytes (reading
    them costs milliseconds, parsing is the cost), so a changed file is never served stale."""
    raw = (folder / "manifest.json").read_bytes()
    data = _PARSED.get(raw)
    if data is None:
        data = json.loads(raw.decode("utf-8"))
        _PARSED[raw] = data
        while len(_PARSED) > _PARSED_KEPT:
            _PARSED.pop(next(iter(_PARSED)))
    return data


# Parsed manifests kept by read_json: the live generation and the one being replaced.
_PARSED_KEPT = 4
_PARSED: dict[bytes, dict] = {}


def with_segment_catalog(folder: Path, documents: dict[str, DocRecord],
                         segments: list[str] | dict[str, int]) -> dict[str, DocRecord]:
    """The records with the catalog fields their segments' records.json hold for them."""
    filled = dict(documents)
    for name in segments:
        for doc_id, values in segment_records.read_catalog(folder, name).items():
            record = filled.get(doc_id)
            if record is not None and record.segment == name:
                filled[doc_id] = replace(record, **{f: values.get(f)
                                                    for f in segment_records.CATALOG_FIELDS})
    return filled


def catalog_values(record: DocRecord) -> dict:
    """A record's catalog fields, as records.json holds them."""
    return {name: getattr(record, name) for name in segment_records.CATALOG_FIELDS}


def catalog_of(folder: Path, doc_id: str) -> dict:
    """The catalog fields and facts of a notice, from its files in the generation `folder`."""
    name = safe_name(doc_id)
    data = json.loads((folder / "docs" / f"{name}.json").read_text("utf-8"))
    tokens = json.loads((folder / "tokens" / f"{name}.json").read_text("utf-8"))["document"]
    meta = data["meta"]
    return {"date": meta.get("date") or meta.get("written_date"),
            "doc_number": meta.get("doc_number"), "doc_type": meta.get("doc_type"),
            "head": data["text"][:HEAD_CHARS],
            "facts": notice_facts(data["text"], tokens).to_record()}
