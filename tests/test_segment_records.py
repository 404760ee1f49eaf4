"""Schema 5: the notices' catalog fields and file sums live in per-segment record files.

An update writes the records of its own notices only and links the others'; a schema-4 index
is refused for reading with the upgrade hint and upgraded by any update without embedding;
re-extracted ledgers are recorded by the manifest over the linked records; rollback restores
a generation whose records read back as before."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from index.builder import rollback, update_index
from index.search.searcher import Searcher
from index.storage import ledger_files, segment_records, store
from index.storage.manifest import Manifest
from index.verify import verify_index
from tests.test_segments import NOTICES, InterruptingEmbedder, write


def build(root: Path, files: list[Path], embedder, **kwargs):
    return update_index(root, add=files, embedder_factory=lambda s: embedder,
                        show_progress=False, **kwargs)


def catalogs(root: Path) -> dict[str, tuple]:
    manifest = Manifest.load(store.current_generation(root))
    return {d: (r.title, r.agency, r.date, r.doc_number, r.doc_type, r.head, r.facts)
            for d, r in manifest.documents.items()}


def as_schema_4(folder: Path) -> None:
    """Rewrite a schema-5 generation in the layout schema 4 wrote: every record's catalog
    fields and every file's sums in manifest.json, no record files in the segments."""
    data = json.loads((folder / "manifest.json").read_text("utf-8"))
    files = {}
    for name in data["segments"]:
        catalog = segment_records.read_catalog(folder, name)
        for doc_id, paths in segment_records.read_files(folder, name).items():
            if data["documents"].get(doc_id, {}).get("segment") == name:
                data["documents"][doc_id].update(catalog[doc_id])
                files.update(paths)
        for record_file in (segment_records.RECORDS, segment_records.NOTICE_FILES):
            os.unlink(folder / segment_records.SEGMENTS / name / record_file)
    files.update({k: v for k, v in data["files"].items()
                  if not k.endswith(("/" + segment_records.RECORDS,
                                     "/" + segment_records.NOTICE_FILES))})
    data.update(files=dict(sorted(files.items())), schema_version=4)
    (folder / "manifest.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def test_an_added_notice_writes_only_its_own_records(tmp_path, embedder):
    root = tmp_path / "index"
    build(root, write(tmp_path / "docs", {k: NOTICES[k] for k in "ab"}), embedder, sync=True)
    before = store.current_generation(root)
    (old,) = Manifest.load(before).segments
    build(root, write(tmp_path / "more", {"c": NOTICES["c"]}), embedder)
    live = store.current_generation(root)
    manifest = Manifest.load(live)
    (new,) = [name for name in manifest.segments if name != old]
    assert set(segment_records.read_catalog(live, new)) == {"c"}
    assert set(segment_records.read_files(live, new)["c"]) == set(
        segment_records.notice_paths("c"))
    for record_file in (segment_records.RECORDS, segment_records.NOTICE_FILES):
        shared = [folder / segment_records.SEGMENTS / old / record_file for folder in (before, live)]
        assert shared[0].stat().st_ino == shared[1].stat().st_ino  # linked, not rewritten
    raw = json.loads((live / "manifest.json").read_text("utf-8"))
    assert "head" not in raw["documents"]["a"] and "facts" not in raw["documents"]["a"]
    assert manifest.documents["a"].head.startswith("甲市应急管理局") and \
        manifest.documents["c"].has_facts and verify_index(root) == []


def test_a_schema_4_index_is_served_as_it_is_and_upgraded_by_an_update(tmp_path, embedder):
    root = tmp_path / "index"
    build(root, write(tmp_path / "docs", {k: NOTICES[k] for k in "ab"}), embedder, sync=True)
    expected = catalogs(root)
    hits = [h.passage.doc_id for h in Searcher(root, embedder=embedder).search("党支部")]
    folder = store.current_generation(root)
    as_schema_4(folder)
    assert Manifest.load(folder).schema_version == 4
    # The previous version's index answers as before, its catalog read from the manifest.
    assert catalogs(root) == expected and verify_index(root) == []
    assert [h.passage.doc_id for h in Searcher(root, embedder=embedder).search("党支部")] == hits
    (segment,) = Manifest.load(folder).segments

    counting = InterruptingEmbedder(embedder, allowed=100)
    report = build(root, write(tmp_path / "more", {"c": NOTICES["c"]}), counting)
    assert report.published and len(counting.encoded) == report.outcomes[0].passages
    live = store.current_generation(root)
    manifest = Manifest.load(live)
    assert manifest.schema_version == 5 and segment in manifest.segments  # kept, not rewritten
    assert set(segment_records.read_catalog(live, segment)) == {"a", "b"}
    assert {d: v for d, v in catalogs(root).items() if d != "c"} == expected
    assert verify_index(root) == [] and Searcher(root, embedder=embedder).search("党支部")


def test_compact_upgrades_a_schema_4_index_without_embedding(tmp_path, embedder):
    root = tmp_path / "index"
    build(root, write(tmp_path / "docs", {k: NOTICES[k] for k in "abc"}), embedder, sync=True)
    expected = catalogs(root)
    as_schema_4(store.current_generation(root))
    counting = InterruptingEmbedder(embedder, allowed=0)  # any embedding would raise
    report = build(root, [], counting, compact=True)
    assert report.published and catalogs(root) == expected and verify_index(root) == []


def test_re_extracted_ledgers_are_recorded_over_the_linked_records(tmp_path, embedder,
                                                                   monkeypatch):
    """A newer extractor rewrites the kept notices' ledger files but not their segment: the
    manifest records the new files, and keeps recording them in later generations."""
    root = tmp_path / "index"
    build(root, write(tmp_path / "docs", {k: NOTICES[k] for k in "ab"}), embedder, sync=True)
    monkeypatch.setattr(ledger_files, "extractor_signature", lambda: "a-newer-extractor")
    report = build(root, write(tmp_path / "more", {"c": NOTICES["c"]}), embedder)
    assert report.ledger_refreshed == 2
    files = Manifest.load(store.current_generation(root)).files
    assert {"ledger/a.json", "ledger/b.json"} <= set(files) and "ledger/c.json" not in files
    assert verify_index(root) == []
    build(root, write(tmp_path / "last", {"d": NOTICES["d"]}), embedder)
    files = Manifest.load(store.current_generation(root)).files
    assert {"ledger/a.json", "ledger/b.json"} <= set(files) and verify_index(root) == []
    ledger = store.current_generation(root) / "ledger" / "a.json"
    damaged = ledger.read_bytes().replace(b'"doc_id"', b'"DOC_ID"')
    ledger.unlink()
    ledger.write_bytes(damaged)
    assert verify_index(root) == ["文档 a 的文件 ledger/a.json 已损坏 (校验和不符)"]


def test_rollback_restores_the_records_of_the_generation_before(tmp_path, embedder):
    root = tmp_path / "index"
    build(root, write(tmp_path / "docs", {k: NOTICES[k] for k in "ab"}), embedder, sync=True)
    expected, first = catalogs(root), store.current_name(root)
    build(root, write(tmp_path / "more", {"c": NOTICES["c"]}), embedder)
    build(root, [], embedder, remove=["a"])
    assert set(catalogs(root)) == {"b", "c"}
    rollback(root)  # the generation before the removal
    assert set(catalogs(root)) == {"a", "b", "c"} and verify_index(root) == []
    rollback(root, first)
    assert catalogs(root) == expected and verify_index(root) == []
