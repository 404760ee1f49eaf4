"""One published generation, opened for searching: its segments' row indexes memory-mapped,
notices and their passages read from disk only when a hit or a caller needs them."""
from __future__ import annotations

import math
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import faiss
import numpy as np

from corpus.models import Notice, Passage
from index.storage import segments, store
from index.lexical.bm25 import BM25Index
from index.storage.manifest import Manifest

if TYPE_CHECKING:
    from index.storage.ledger_store import LedgerView


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

    def __init__(self, notices: LazyNotices, row_docs: list[str], row_doc: np.ndarray,
                 doc_start: np.ndarray) -> None:
        self._notices = notices
        self._ids = row_docs  # notice row -> doc id (masked notices included)
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


class SegmentedDense:
    """Inner-product search over the segments' FAISS indexes, masked rows left out: exact on
    flat segments, approximate on IVF ones (segments.ANN_FROM) unless a filter leaves so few
    of their rows that scanning every list is as cheap (then exact again). A segment with
    exact vectors (`exact`, segments.IVF_SQ8) has its quantised scan's segments.RERANK x k best
    rows re-scored exactly."""

    def __init__(self, parts: Sequence[faiss.Index], dead: Sequence[np.ndarray | None],
                 dimension: int, exact: Sequence[np.ndarray | None] | None = None) -> None:
        self.parts = list(parts)
        self.exact = list(exact) if exact is not None else [None] * len(self.parts)
        self.offsets = np.concatenate([[0], np.cumsum([p.ntotal for p in self.parts])])
        self._dead = [None if d is None or not d.any() else
                      faiss.IDSelectorBatch(np.flatnonzero(d).astype(np.int64)) for d in dead]
        self._not_dead = [None if d is None else faiss.IDSelectorNot(d) for d in self._dead]
        self._live = [p.ntotal - (0 if d is None else int(d.sum())) for p, d in
                      zip(self.parts, dead)]
        self.d = dimension
        self.live = int(sum(self._live))

    def vectors(self) -> np.ndarray:
        """Every row's vector, masked rows included (benchmarks)."""
        blocks = [np.asarray(e) if e is not None else p.reconstruct_n(0, p.ntotal)
                  for p, e in zip(self.parts, self.exact) if p.ntotal]
        return np.vstack(blocks) if blocks else np.zeros((0, self.d), dtype=np.float32)

    @property
    def ntotal(self) -> int:
        """Rows, masked ones included (the row space shared with BM25)."""
        return int(self.offsets[-1])

    def search(self, vector: np.ndarray, k: int, allowed: np.ndarray | None,
               key: np.ndarray) -> list[tuple[int, float]]:
        """The k best (row, score), best first; equal scores by `key` (manifest order)."""
        found: list[tuple[int, float]] = []
        for part, start, not_dead, live, exact in zip(self.parts, self.offsets, self._not_dead,
                                                      self._live, self.exact):
            if part.ntotal == 0:
                continue
            selector, share = not_dead, 1.0
            if allowed is not None:  # allowed rows are live rows
                local = allowed[(allowed >= start) & (allowed < start + part.ntotal)] - start
                if len(local) == 0:
                    continue
                selector = faiss.IDSelectorBatch(local.astype(np.int64))
                share = len(local) / max(1, live)
            depth = k if exact is None else k * segments.RERANK
            scores, rows = part.search(vector, min(depth, part.ntotal),
                                       params=_search_params(part, selector, share))
            rows, scores = rows[0][rows[0] >= 0], scores[0][rows[0] >= 0]
            if exact is not None and len(rows):
                rows = np.sort(rows)  # ascending: the memory-mapped rows are read in order
                # FAISS' own flat scan of the candidates: the same kernel as a flat segment's,
                # so the scores are bit-identical to a flat index of the same vectors.
                candidates = faiss.IndexFlatIP(self.d)
                candidates.add(np.ascontiguousarray(exact[rows], dtype=np.float32))
                scores, best = candidates.search(vector, min(k, len(rows)))
                rows, scores = rows[best[0]], scores[0]
            found += [(int(start + r), float(s)) for r, s in zip(rows, scores)]
        found.sort(key=lambda hit: (-hit[1], key[hit[0]]))
        return found[:k]


def _search_params(part: faiss.Index, selector: faiss.IDSelector | None,
                   share: float) -> faiss.SearchParameters | None:
    """An IVF segment scans its nprobe lists, more when a filter keeps only `share` of its
    rows: nprobe / share lists hold as many allowed rows as an unfiltered search sees, and a
    filter keeping at most nprobe / nlist of the rows scans every list, which is exact."""
    if isinstance(part, faiss.IndexIVF):
        nprobe = min(part.nlist, math.ceil(part.nprobe / share))
        if selector is None:
            return faiss.SearchParametersIVF(nprobe=nprobe)
        return faiss.SearchParametersIVF(sel=selector, nprobe=nprobe)
    return faiss.SearchParameters(sel=selector) if selector is not None else None


@dataclass
class LoadedIndex:
    name: str  # generation folder name, compared with CURRENT to notice publications
    manifest: Manifest
    notices: Mapping[str, Notice]  # the live notices, in manifest order
    passages: Sequence[Passage]  # row order shared by bm25 and dense (masked rows included)
    bm25: BM25Index
    doc_bm25: BM25Index  # one row per notice of the segments (masked ones included)
    row_doc: np.ndarray  # passage row -> notice row of doc_bm25
    dense: SegmentedDense
    doc_ids: list[str]  # notice row -> doc id (masked notices included)
    doc_row: dict[str, int]  # live doc id -> its notice row
    row_key: np.ndarray  # passage row -> position in manifest order: ties break by it, so
    # an index grown by segments ranks exactly like one built in one go
    folder: Path | None = None  # the generation folder (None: an index held in memory)

    @property
    def pending_passages(self) -> int:
        """Live passages whose vectors are not built yet (dense search leaves them out)."""
        return sum(self.manifest.documents[d].passage_count for d in self.manifest.pending
                   if d in self.manifest.documents)

    @property
    def dense_ready(self) -> bool:
        """Every live passage has its vector: dense and hybrid search see the whole index."""
        return not self.manifest.pending

    @classmethod
    def open(cls, root: Path, name: str | None = None) -> "LoadedIndex":
        """The live generation, or the kept generation `name`."""
        folder = store.current_generation(root) if name is None else \
            store.generation_folder(root, name)
        manifest = Manifest.load(folder)
        parts = [segments.load_segment(folder, name,
                                       manifest.dense_types.get(name, segments.FLAT))
                 for name in manifest.segments]
        row_docs: list[str] = []
        counts: list[int] = []
        dead_docs: list[np.ndarray] = []
        dead_rows: list[np.ndarray] = []
        no_vectors: list[np.ndarray] = []  # dead, or live with placeholder vectors (pending)
        pending = set(manifest.pending)
        for part in parts:
            dead = np.array([getattr(manifest.documents.get(d), "segment", None) != part.name
                             for d in part.doc_ids], dtype=bool)
            waiting = np.array([d in pending for d in part.doc_ids], dtype=bool)
            row_docs += part.doc_ids
            counts += part.counts
            dead_docs.append(dead)
            dead_rows.append(np.repeat(dead, part.counts))
            no_vectors.append(np.repeat(dead | waiting, part.counts))
        counts_a = np.array(counts, dtype=np.int64)
        row_doc = np.repeat(np.arange(len(counts_a), dtype=np.int64), counts_a)
        doc_start = np.concatenate([[0], np.cumsum(counts_a)]).astype(np.int64)[:-1]
        live_mask = ~np.concatenate(dead_docs) if dead_docs else np.zeros(0, dtype=bool)
        doc_row = {row_docs[i]: int(i) for i in np.flatnonzero(live_mask)}
        # Canonical order: notices in manifest order, passages in order; masked rows last.
        doc_key_start = np.zeros(len(counts_a), dtype=np.int64)
        position = 0
        for doc_id, record in manifest.documents.items():
            doc_key_start[doc_row[doc_id]] = position
            position += record.passage_count
        row_key = np.arange(len(row_doc), dtype=np.int64) + position  # masked rows
        live_rows = live_mask[row_doc] if len(row_doc) else np.zeros(0, dtype=bool)
        within = np.arange(len(row_doc), dtype=np.int64) - doc_start[row_doc]
        row_key[live_rows] = doc_key_start[row_doc[live_rows]] + within[live_rows]
        notices = LazyNotices(folder, list(manifest.documents))
        return cls(
            name=folder.name,
            manifest=manifest,
            notices=notices,
            passages=LazyPassages(notices, row_docs, row_doc, doc_start),
            bm25=BM25Index([p.passages for p in parts], dead_rows),
            doc_bm25=BM25Index([p.documents for p in parts], dead_docs),
            row_doc=row_doc,
            dense=SegmentedDense([p.dense for p in parts], no_vectors, manifest.dimension,
                                 [p.exact for p in parts]),
            doc_ids=row_docs,
            doc_row=doc_row,
            row_key=row_key,
            folder=folder,
        )

    @cached_property
    def ledger(self) -> "LedgerView":
        """The rectification ledger of this generation (index.storage.ledger_store.LedgerView): its
        stored files, or extraction from its notices where it has none (an older index)."""
        from index.storage.ledger_store import LedgerView

        return LedgerView(self.folder, self.manifest, self.notices)

    def ledger_of(self, doc_id: str):
        """The rectification ledger (corpus.ledger.Ledger) of one live notice of this generation.

        Read from this generation, so a reader never sees a ledger of another generation
        than the passages it cites."""
        return self.ledger.ledger(doc_id)

    def rows_with_vectors(self, allowed: np.ndarray | None) -> np.ndarray:
        """`allowed` (None: every live row) without the rows of notices still pending."""
        pending = set(self.manifest.pending)
        rows = self.rows_of([d for d in self.manifest.documents if d not in pending])
        return rows if allowed is None else np.intersect1d(rows, allowed)

    def rows_of(self, doc_ids: Sequence[str]) -> np.ndarray:
        """Passage rows of these live notices."""
        doc_rows = [self.doc_row[d] for d in doc_ids if d in self.doc_row]
        return np.flatnonzero(np.isin(self.row_doc, doc_rows)).astype(np.int64)
