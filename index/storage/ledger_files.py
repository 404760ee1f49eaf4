"""The rectification ledger (整改台账) on disk: one JSON file per notice in each generation.

    generations/<name>/ledger/
      SIGNATURE               the extractor signature every file of the folder was made with
      <doc_id>.json           {"doc_id", "signature", "items": [LedgerItem.to_record()],
                               "totals": [StatedTotal.to_dict()], "check": TotalsCheck.to_dict()}

Why one file per notice (and no SQLite file in the generation): an update must cost what the
changed notices cost. Per-notice files are hard-linked into the next generation exactly like
docs/, tokens/ and vectors/ (store.reuse_docs), so adding one notice writes one small file, a
removed notice's items vanish with its file, and they are checksummed like the rest (in
the segment's files.json, index.storage.segment_records). A generation-wide SQLite file would be rewritten (or copied and patched) on every
update: O(all items) per added notice, and a file that may not be hard-linked because it
changes. Readers (index.storage.ledger_store) filter notices by the manifest's records first, so a
query reads only the files of the notices it can match, once per generation.

The signature is a hash of the extractor's source (corpus/ledger and the corpus modules it
reads headings and sentences with): when it changes, the next update re-extracts every
kept notice from its stored text (milliseconds a notice, no re-embedding) instead of
linking stale files. A generation without the folder (written before the ledger existed)
still answers: readers extract from its stored notices on first use, and the next update
(`index add`, `index compact`) writes the files.

The Milvus backend needs nothing more: Milvus holds passages and terms only, and a Milvus
reader opens the generation folder of the version Milvus synced, ledger files included.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from corpus.ledger import Ledger, LedgerItem, StatedTotal, TotalsCheck
from corpus.models import Notice
from index.storage import store

LEDGER = "ledger"
SIGNATURE = "SIGNATURE"
# Modules whose code decides what the extractor returns for a stored notice: corpus/ledger
# itself, plus the numbering and sentence helpers it imports.
EXTRACTOR_MODULES = ("corpus.ledger", "corpus.numbering", "corpus.sentences", "corpus.headings")


@lru_cache(maxsize=1)
def extractor_signature() -> str:
    """sha256 (16 hex digits) of the extractor's source files."""
    import importlib

    digest = hashlib.sha256()
    for name in EXTRACTOR_MODULES:
        module = importlib.import_module(name)
        path = Path(module.__file__)
        files = sorted(path.parent.glob("*.py")) if path.name == "__init__.py" else [path]
        for file in files:
            digest.update(file.name.encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()[:16]


def ledger_path(folder: Path, doc_id: str) -> Path:
    return folder / LEDGER / f"{store.safe_name(doc_id)}.json"


def has_ledger(folder: Path) -> bool:
    """Whether the generation holds ledger files (any signature)."""
    return (folder / LEDGER / SIGNATURE).is_file()


def is_current(folder: Path) -> bool:
    """Ledger files made by this extractor: a later update may link them unchanged."""
    try:
        return (folder / LEDGER / SIGNATURE).read_text("utf-8").strip() == extractor_signature()
    except FileNotFoundError:
        return False


def extract(notice: Notice) -> tuple[Ledger, TotalsCheck]:
    """The notice's ledger and its self-check. An extractor failure on one odd notice never
    stops a build: the notice gets an empty ledger whose check says so (shown as 不一致 by
    `index status` and `ledger --summary`, never silent)."""
    from corpus.ledger import STATUSES, check_totals, extract_ledger
    from corpus.ledger.totals import TOTAL_KEY

    try:
        ledger = extract_ledger(notice)
        return ledger, check_totals(ledger)
    except Exception as exc:  # noqa: BLE001 - one notice's problem, reported in its check
        counted = {TOTAL_KEY: 0, **{status: 0 for status in STATUSES}}
        failure = f"台账提取失败 ({type(exc).__name__}: {exc})"
        return Ledger(notice.doc_id), TotalsCheck(notice.doc_id, counted, {}, False, (failure,))


def write_ledger(folder: Path, notice: Notice) -> str:
    """Extract and write one notice's ledger file; returns its relative path."""
    ledger, check = extract(notice)
    path = ledger_path(folder, notice.doc_id)
    path.parent.mkdir(exist_ok=True)
    data = {"doc_id": notice.doc_id, "signature": extractor_signature(),
            "items": [item.to_record() for item in ledger.items],
            "totals": [total.to_dict() for total in ledger.totals],
            "check": check.to_dict()}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path.relative_to(folder).as_posix()


def read_ledger(folder: Path, doc_id: str) -> tuple[Ledger, TotalsCheck] | None:
    """The stored ledger of one notice, or None when the generation has no file for it."""
    try:
        data = json.loads(ledger_path(folder, doc_id).read_text("utf-8"))
    except FileNotFoundError:
        return None
    ledger = Ledger(doc_id, tuple(LedgerItem.from_record(r) for r in data["items"]),
                    tuple(StatedTotal.from_dict(t) for t in data["totals"]))
    check = data["check"]
    return ledger, TotalsCheck(check["doc_id"], dict(check["counted"]), dict(check["stated"]),
                               check["agrees"], tuple(check["differences"]))


def link_ledgers(previous: Path | None, building: Path,
                 kept: Iterable[str]) -> tuple[list[str], list[str]]:
    """Hard-link the kept notices' ledger files from `previous` when it holds current ones.
    Returns the linked relative paths (their recorded checksums are carried over) and the
    kept notices whose ledger must be extracted again (write_generation_ledger): all of them
    when `previous` has none or another extractor made them. Reads no notice, so it may run
    while the notices' own files are being linked (index.builder)."""
    (building / LEDGER).mkdir(exist_ok=True)
    if previous is None or not is_current(previous):
        return [], list(kept)
    linked: list[str] = []
    missing: list[str] = []
    source, target = f"{previous}/{LEDGER}/", f"{building}/{LEDGER}/"
    for doc_id in kept:
        relative = f"{store.safe_name(doc_id)}.json"
        try:  # strings and no stat before the link: one system call a kept notice
            store.link_or_copy(source + relative, target + relative)
            linked.append(f"{LEDGER}/{relative}")
        except FileNotFoundError:
            missing.append(doc_id)
    return linked, missing


def write_generation_ledger(building: Path, extract_kept: Iterable[str],
                            fresh: Iterable[Notice]) -> int:
    """The rest of the ledger folder of a generation being built, after link_ledgers: the
    ledgers of `extract_kept` extracted from their notices (already in `building`), the fresh
    notices', and the SIGNATURE. Returns how many kept notices were extracted again."""
    (building / LEDGER).mkdir(exist_ok=True)
    extracted = 0
    for doc_id in extract_kept:
        write_ledger(building, store.read_notice(building, doc_id))
        extracted += 1
    for notice in fresh:
        write_ledger(building, notice)
    (building / LEDGER / SIGNATURE).write_text(extractor_signature(), encoding="utf-8")
    return extracted
