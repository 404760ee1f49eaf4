"""The assistant's catalog comes from the manifest: a first question reads no notice file."""
from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.catalog import Catalog, NoticeTexts
from index.search.loaded import LoadedIndex
from index.storage.manifest import HEAD_CHARS
from support import NoReads


@pytest.fixture()
def index(seed_index) -> LoadedIndex:
    return LoadedIndex.open(seed_index)


def test_manifest_records_carry_the_catalog_fields(index):
    for doc_id, record in index.manifest.documents.items():
        notice = index.notices[doc_id]
        assert record.has_catalog
        assert (record.date, record.doc_number, record.doc_type, record.head) == (
            notice.meta.date or notice.meta.written_date, notice.meta.doc_number,
            notice.meta.doc_type, notice.text[:HEAD_CHARS])


def test_catalog_from_the_manifest_reads_no_notice_and_equals_the_notices_one(index):
    from_notices = Catalog.of(index.notices.values())
    unread = replace(index, notices=NoReads(index.manifest.documents))
    assert Catalog.of_index(unread) == from_notices
    assert len(from_notices.docs) == len(index.manifest.documents) >= 5


def test_a_manifest_without_catalog_fields_falls_back_to_the_notices(index):
    old = {d: replace(r, date=None, doc_number=None, doc_type=None, head=None)
           for d, r in index.manifest.documents.items()}
    older = replace(index, manifest=replace(index.manifest, documents=old))
    assert Catalog.of_index(older) == Catalog.of(index.notices.values())


def test_notice_texts_are_read_on_demand(index):
    texts = NoticeTexts(index.notices)
    doc_id = next(iter(index.manifest.documents))
    assert len(texts) == len(index.manifest.documents)
    assert texts[doc_id] == index.notices[doc_id].text
    assert texts.get("no-such-notice", "") == ""


def test_a_manifest_with_fields_of_a_later_version_still_loads(index, tmp_path):
    import json

    from dataclasses import replace

    from index.storage import segment_records
    from index.storage.manifest import Manifest

    source = index.manifest
    source.save(tmp_path)
    data = json.loads((tmp_path / "manifest.json").read_text("utf-8"))
    for record in data["documents"].values():
        record["added_later"] = 1
    (tmp_path / "manifest.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    # Schema 5 writes the records' manifest fields only (the catalog is the segments').
    slim = {d: replace(r, **dict.fromkeys(segment_records.CATALOG_FIELDS))
            for d, r in source.documents.items()}
    assert Manifest.load(tmp_path).documents == slim
