"""Segments: the row indexes (BM25 term counts, FAISS vectors) of a group of notices.

    segments/<name>/
      docs.json                    [[doc_id, passages], ...] in row order
      passages.{data,indices,indptr,lengths}.npy, passages.vocab.json   term counts per passage
      documents.*                  term counts per notice (the document prior)
      dense.faiss                  the passages' vectors

A segment is written once and never changed: later generations hard-link it. An update adds
one small segment for its new or replaced notices; rows of removed or replaced notices stay
in their old segment and are masked out when the index is opened (the manifest says which
segment holds each live notice). BM25 statistics are combined over the live rows of all
segments (index.bm25), so the scores are those of an index built in one go. A compaction
rewrites everything into one segment.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from index import store
from index.bm25 import TermCounts

SEGMENTS = "segments"

# Automatic compaction: an update that would leave more segments than this, or masked rows
# above this share of all rows, rewrites the index into one segment instead. Each segment
# costs a FAISS and a BM25 pass per query (~0.1 ms for a small one, measured with
# /tmp profiling at 10^5 passages), and masked rows cost memory and scan time; 16 small
# segments stay well under a millisecond, and a quarter of dead rows costs at most a third
# more scan time. Compaction takes as long as a full build without embedding.
MAX_SEGMENTS = 16
MAX_DEAD_SHARE = 0.25

# Segments of at least this many passages keep their vectors as float16 (FAISS scalar
# quantizer, still an exhaustive scan), smaller ones as float32 (flat). Measured (/tmp
# profiling, eval/README.md): at 3x10^5 rows one single-threaded query scan takes 34 ms flat
# and 18 ms fp16 (half the bytes to read; 22 ms for 8-bit); on the real NCP vectors (5,244
# passages, 400 NCP questions) fp16 keeps recall@10 0.9995 against flat (8-bit 0.988, HNSW
# M=32 0.977/0.993/0.998 at efSearch 32/64/128). Below 10^5 passages flat takes <= 12 ms and
# stays the default.
HALF_PRECISION_FROM = 100_000
FLAT, HALF = "flat", "sq-fp16"


@dataclass
class Segment:
    name: str
    doc_ids: list[str]
    counts: list[int]  # passages per notice, in row order
    passages: TermCounts
    documents: TermCounts
    dense: faiss.Index

    @property
    def rows(self) -> int:
        return self.passages.rows


def new_name() -> str:
    return uuid.uuid4().hex[:12]


def dense_index(vectors: np.ndarray, dimension: int) -> tuple[faiss.Index, str]:
    """The FAISS index for one segment's vectors, and its type (HALF_PRECISION_FROM)."""
    if len(vectors) >= HALF_PRECISION_FROM:
        index = faiss.IndexScalarQuantizer(dimension, faiss.ScalarQuantizer.QT_fp16,
                                           faiss.METRIC_INNER_PRODUCT)
        kind = HALF
    else:
        index, kind = faiss.IndexFlatIP(dimension), FLAT
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index, kind


def write_segment(building: Path, name: str, doc_ids: list[str],
                  dimension: int) -> tuple[int, str]:
    """The row indexes of `doc_ids`, from their per-document files already in `building`;
    returns its row count and dense index type."""
    folder = building / SEGMENTS / name
    folder.mkdir(parents=True)
    passage_tokens: list[list[str]] = []
    document_tokens: list[list[str]] = []
    vector_blocks: list[np.ndarray] = []
    counts: list[int] = []
    for doc_id in doc_ids:
        tokens = store.read_tokens(building, doc_id)
        passage_tokens.extend(tokens.passages)
        document_tokens.append(tokens.document)
        vector_blocks.append(store.read_vectors(building, doc_id))
        counts.append(len(tokens.passages))
    TermCounts.build(passage_tokens).save(folder, "passages")
    TermCounts.build(document_tokens).save(folder, "documents")
    vectors = np.vstack(vector_blocks) if vector_blocks else np.zeros((0, dimension))
    dense, kind = dense_index(vectors, dimension)
    faiss.write_index(dense, str(folder / "dense.faiss"))
    (folder / "docs.json").write_text(
        json.dumps([[d, c] for d, c in zip(doc_ids, counts)], ensure_ascii=False), "utf-8")
    return len(passage_tokens), kind


def link_segment(previous: Path, building: Path, name: str) -> list[str]:
    """Hard-link an unchanged segment into the new generation; returns its relative paths."""
    source = previous / SEGMENTS / name
    target = building / SEGMENTS / name
    target.mkdir(parents=True)
    linked = []
    for path in sorted(source.iterdir()):
        store.link_or_copy(path, target / path.name)
        linked.append(f"{SEGMENTS}/{name}/{path.name}")
    return linked


def segment_docs(folder: Path, name: str) -> list[tuple[str, int]]:
    data = json.loads((folder / SEGMENTS / name / "docs.json").read_text("utf-8"))
    return [(d, int(c)) for d, c in data]


def load_segment(folder: Path, name: str) -> Segment:
    """Counts and vectors memory-mapped: opening reads only the small files."""
    seg = folder / SEGMENTS / name
    docs = segment_docs(folder, name)
    return Segment(
        name=name,
        doc_ids=[d for d, _ in docs],
        counts=[c for _, c in docs],
        passages=TermCounts.load(seg, "passages"),
        documents=TermCounts.load(seg, "documents"),
        dense=faiss.read_index(str(seg / "dense.faiss"),
                               faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY),
    )
