"""Segments: the row indexes (BM25 term counts, FAISS vectors) of a group of notices.

    segments/<name>/
      docs.json                    [[doc_id, passages], ...] in row order
      passages.{data,indices,indptr,lengths}.npy, passages.vocab.json   term counts per passage
      documents.*                  term counts per notice (the document prior)
      dense.faiss                  the passages' vectors: flat, or IVF for big segments (ANN_FROM)

A segment is written once and never changed: later generations hard-link it. An update adds
one small segment for its new or replaced notices; rows of removed or replaced notices stay
in their old segment and are masked out when the index is opened (the manifest says which
segment holds each live notice). BM25 statistics are combined over the live rows of all
segments (index.lexical.bm25), so the scores are those of an index built in one go. Past
MAX_SEGMENTS an update merges the smallest segments into its own; a compaction rewrites
everything into one segment. passages.frontier.* / documents.frontier.* hold the terms'
impact bounds (index.lexical.impact).
"""
from __future__ import annotations

import json
import math
import uuid
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from index.storage import store
from index.lexical.bm25 import TermCounts

SEGMENTS = "segments"

# Automatic merging: an update that would leave more segments than this merges the smallest
# ones into its new segment (index.builder._to_merge); masked rows above this share of all
# rows rewrite the index into one segment (a compaction). Each segment
# costs a FAISS and a BM25 pass per query (~0.1 ms for a small one, measured with
# /tmp profiling at 10^5 passages), and masked rows cost memory and scan time; 16 small
# segments stay well under a millisecond, and a quarter of dead rows costs at most a third
# more scan time. Compaction takes as long as a full build without embedding.
MAX_SEGMENTS = 16
MAX_DEAD_SHARE = 0.25

# Segments of at least this many passages get an approximate index (FAISS IVF, below); smaller
# ones, which every incremental update writes, stay flat (exact). Measured at 3x10^5 rows
# (/tmp profiling, eval/README.md third pass, interleaved, load 18): one single-threaded query
# took 208 ms p50 flat, 190 ms fp16 and 40 ms IVF (nprobe 10%); on a quieter machine the flat
# scan alone took 34 ms, two thirds of the 50 ms budget of a whole hybrid query. At 10^5 the
# flat scan takes ~12 ms quiet, the size from which it uses a quarter of the budget.
ANN_FROM = 100_000
FLAT, HALF, IVF = "flat", "sq-fp16", "ivf-flat"  # HALF: written by earlier versions, still read

# IVF lists: IVF_LISTS_PER_ROOT x sqrt(rows), the usual rule of thumb (4-16 sqrt(N)); the
# smaller factor keeps k-means cheap. 2,190 lists at 3x10^5 rows.
IVF_LISTS_PER_ROOT = 4
# Share of the lists one query scans: nprobe = ceil(share x nlist). Measured on real vectors
# (4,096 laws passages embedded by e5, 400 NCP and 400 laws queries, recall@10 against flat,
# spherical k-means; eval/README.md third pass): at a fixed share recall rises with the number
# of lists (10%: 0.87 / 0.93 / 0.97 at 105 / 204 / 409 lists; 20%: 0.95 / 0.97 / 0.99), so 10%
# of 409 lists already reaches 0.97 and the 2,190 lists of 3x10^5 rows should do better (~0.99
# by that trend; not measurable here on real vectors, see the benchmark). HNSW (M=32) fell
# from 0.99 to 0.95 at efSearch 128 between 2,048 and 4,096 vectors and takes minutes to
# build at 10^5. 10% of a 3x10^5 segment is ~30k vectors per query, a tenth of a flat scan.
IVF_PROBE_SHARE = 0.10
# k-means: FAISS' defaults (256 training points per list, 25 iterations) train for minutes at
# 3x10^5 rows on 2 cores (134 s already with 64 points and 25 iterations, under load); chosen
# for build time, as the real sample is too small to show their effect on recall (it has
# fewer than 64 points per list). Spherical (unit-norm centroids) suits inner-product
# search: +0.01-0.04 recall@10 at the same share with 32 and 52 lists on the real sample.
IVF_TRAIN_PER_LIST = 64
IVF_TRAIN_ITERATIONS = 10
# Fewer training points per list than this and k-means is meaningless: a segment this small
# for its list count gets fewer lists (one list = an exhaustive scan, exact).
IVF_MIN_PER_LIST = 39  # FAISS warns below 39 training points per centroid

# Opening: flat (and fp16) vectors mapped zero-copy (IO_FLAG_MMAP_IFC: with IO_FLAG_MMAP alone
# FAISS 1.15 reads a flat index into memory, 1.1 s and +88 MB for 60k vectors, measured,
# against 0 s and 0 MB), IVF lists memory-mapped (IO_FLAG_MMAP; FAISS refuses IO_FLAG_MMAP_IFC's
# reader for them).
READ_FLAGS = {IVF: faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY}
READ_FLAGS_EXHAUSTIVE = faiss.IO_FLAG_MMAP_IFC | faiss.IO_FLAG_READ_ONLY


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


def dense_index(vectors: np.ndarray, dimension: int) -> tuple[faiss.Index, str, dict]:
    """The FAISS index for one segment's vectors, its type (ANN_FROM) and its parameters."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    # Notices published before their vectors (manifest.pending) hold zero rows: left out of
    # dense search, so they neither count towards ANN_FROM nor train the lists.
    nonzero = np.any(vectors != 0, axis=1)
    embedded = vectors if nonzero.all() else vectors[nonzero]
    if len(embedded) < ANN_FROM:
        index = faiss.IndexFlatIP(dimension)
        if len(vectors):
            index.add(vectors)
        return index, FLAT, {}
    lists = ivf_lists(len(embedded))
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dimension), dimension, lists,
                               faiss.METRIC_INNER_PRODUCT)
    index.cp.max_points_per_centroid = IVF_TRAIN_PER_LIST
    index.cp.niter = IVF_TRAIN_ITERATIONS
    index.cp.spherical = True
    index.train(embedded)
    index.add(vectors)
    index.nprobe = max(1, math.ceil(IVF_PROBE_SHARE * lists))
    return index, IVF, dense_params(index)


def ivf_lists(rows: int) -> int:
    return max(1, min(round(IVF_LISTS_PER_ROOT * math.sqrt(rows)), rows // IVF_MIN_PER_LIST))


def dense_params(index: faiss.Index) -> dict:
    """What the manifest records of a segment's FAISS index (and `index verify` compares)."""
    if isinstance(index, faiss.IndexIVF):
        return {"nlist": int(index.nlist), "nprobe": int(index.nprobe)}
    return {}


def write_segment(building: Path, name: str, doc_ids: list[str],
                  dimension: int) -> tuple[int, str, dict]:
    """The row indexes of `doc_ids`, from their per-document files already in `building`;
    returns its row count, dense index type and that index's parameters."""
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
    dense, kind, params = dense_index(vectors, dimension)
    faiss.write_index(dense, str(folder / "dense.faiss"))
    (folder / "docs.json").write_text(
        json.dumps([[d, c] for d, c in zip(doc_ids, counts)], ensure_ascii=False), "utf-8")
    return len(passage_tokens), kind, params


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


def load_segment(folder: Path, name: str, kind: str) -> Segment:
    """Counts and vectors memory-mapped: opening reads only the small files. `kind` is the
    dense index type the manifest records."""
    seg = folder / SEGMENTS / name
    docs = segment_docs(folder, name)
    return Segment(
        name=name,
        doc_ids=[d for d, _ in docs],
        counts=[c for _, c in docs],
        passages=TermCounts.load(seg, "passages"),
        documents=TermCounts.load(seg, "documents"),
        dense=faiss.read_index(str(seg / "dense.faiss"),
                               READ_FLAGS.get(kind, READ_FLAGS_EXHAUSTIVE)),
    )
