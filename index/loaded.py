"""One published generation read fully into memory, ready to search."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from corpus.models import Notice, Passage
from index import store
from index.bm25 import BM25Index
from index.manifest import Manifest


@dataclass
class LoadedIndex:
    name: str  # generation folder name, compared with CURRENT to notice publications
    manifest: Manifest
    notices: dict[str, Notice]
    passages: list[Passage]  # row order shared by bm25 and dense
    bm25: BM25Index
    doc_bm25: BM25Index  # one row per notice, in manifest order
    row_doc: np.ndarray  # passage row -> notice row of doc_bm25
    dense: faiss.Index

    @classmethod
    def open(cls, root: Path) -> "LoadedIndex":
        folder = store.current_generation(root)
        manifest = Manifest.load(folder)
        notices = {doc_id: store.read_notice(folder, doc_id) for doc_id in manifest.documents}
        passages = [p for n in notices.values() for p in n.passages]
        doc_row = {doc_id: i for i, doc_id in enumerate(notices)}
        return cls(
            name=folder.name,
            manifest=manifest,
            notices=notices,
            passages=passages,
            bm25=BM25Index.load(folder),
            doc_bm25=BM25Index.load(folder, "doc_bm25"),
            row_doc=np.array([doc_row[p.doc_id] for p in passages], dtype=np.int64),
            dense=faiss.read_index(str(folder / "dense.faiss")),
        )
