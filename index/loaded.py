"""One published generation, opened for searching: row indexes in memory (FAISS memory-mapped),
notices and their passages read from disk only when a hit or a caller needs them."""
from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from corpus.models import Notice, Passage
from index import store
from index.bm25 import BM25Index
from index.manifest import Manifest


class LazyNotices(Mapping[str, Notice]):
    """doc id -> Notice in manifest order, each read from its JSON file on first access.

    Opening a 3x10^5-passage index read 3,476 notice files (most of its 9.9 s open time,
    eval/reports/bench.md); a search needs only the notices of its hits."""

    def __init__(self, folder: Path, doc_ids: Sequence[str]) -> None:
        self._folder = folder
        self._ids = list(doc_ids)
        self._known = set(self._ids)
        self._cache: dict[str, Notice] = {}
        self._lock = threading.Lock()

    def __getitem__(self, doc_id: str) -> Notice:
        notice = self._cache.get(doc_id)
        if notice is None:
            if doc_id not in self._known:
                raise KeyError(doc_id)
            notice = store.read_notice(self._folder, doc_id)
            with self._lock:  # API threads share the index
                notice = self._cache.setdefault(doc_id, notice)
        return notice

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._known


class LazyPassages(Sequence[Passage]):
    """Passage rows (the order bm25 and dense share), resolved through their notice."""

    def __init__(self, notices: LazyNotices, row_doc: np.ndarray, doc_start: np.ndarray) -> None:
        self._notices = notices
        self._ids = list(notices)
        self._row_doc = row_doc
        self._doc_start = doc_start

    def __len__(self) -> int:
        return len(self._row_doc)

    def __getitem__(self, row):  # type: ignore[override]
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        row = int(row)
        if row < 0:
            row += len(self)
        doc = int(self._row_doc[row])
        return self._notices[self._ids[doc]].passages[row - int(self._doc_start[doc])]


@dataclass
class LoadedIndex:
    name: str  # generation folder name, compared with CURRENT to notice publications
    manifest: Manifest
    notices: Mapping[str, Notice]
    passages: Sequence[Passage]  # row order shared by bm25 and dense
    bm25: BM25Index
    doc_bm25: BM25Index  # one row per notice, in manifest order
    row_doc: np.ndarray  # passage row -> notice row of doc_bm25
    dense: faiss.Index

    @classmethod
    def open(cls, root: Path) -> "LoadedIndex":
        folder = store.current_generation(root)
        manifest = Manifest.load(folder)
        notices = LazyNotices(folder, list(manifest.documents))
        counts = np.array([d.passage_count for d in manifest.documents.values()],
                          dtype=np.int64)
        row_doc = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
        doc_start = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
        return cls(
            name=folder.name,
            manifest=manifest,
            notices=notices,
            passages=LazyPassages(notices, row_doc, doc_start),
            bm25=BM25Index.load(folder),
            doc_bm25=BM25Index.load(folder, "doc_bm25"),
            row_doc=row_doc,
            # Memory-mapped: the vectors are paged in by the searches, not read at open.
            dense=faiss.read_index(str(folder / "dense.faiss"),
                                   faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY),
        )
