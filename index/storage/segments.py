"""Segments: the row indexes (BM25 term counts, FAISS vectors) of a group of notices.

    segments/<name>/
      docs.json                    [[doc_id, passages], ...] in row order
      passages.{data,indices,indptr,lengths}.npy, passages.vocab.json   term counts per passage
      documents.*                  term counts per notice (the document prior)
      dense.faiss                  the passages' vectors: flat, or IVF-SQ8 (ANN_FROM and up)
      dense.vectors.npy            IVF-SQ8 only: the exact vectors its hits are re-scored with
      records.json, files.json     its notices' catalog fields and file sums (schema 5,
                                   index.storage.segment_records; written by the builder)

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
# Dense index kinds, as the manifest records them. HALF (fp16 flat) and IVF (IVF with float32
# lists) were written by earlier versions and are still read; new approximate segments are
# IVF_SQ8: IVF lists of 8-bit scalar-quantised vectors, 4x smaller than float32 (411 against
# 1,564 bytes per row, eval/reports/ann.md), so that 10^6 passages serve in well under
# 3 GB; re-scored (EXACT_VECTORS below) its recall@10 equals float32 lists' at every nprobe
# (same report, 10^5 rows, quiet machine). HNSW was measured too and not chosen: on the same
# vectors it reached 0.83 / 0.93 recall@10 at efSearch 128 / 256 (M=32, inner product) where
# IVF reached 0.97 at nprobe 128, built slower (19 s against 16 s), is held in memory whole
# (FAISS does not memory-map its graph) and is 16% larger than float32 vectors.
FLAT, HALF, IVF, IVF_SQ8 = "flat", "sq-fp16", "ivf-flat", "ivf-sq8"
APPROXIMATE = (IVF, IVF_SQ8)  # kinds whose FAISS index is an IndexIVF

# IVF lists: IVF_LISTS_PER_ROOT x sqrt(rows), the usual rule of thumb (4-16 sqrt(N)); the
# smaller factor keeps k-means cheap. 1,265 lists at 10^5 rows, 4,000 at 10^6.
IVF_LISTS_PER_ROOT = 4
# Share of the lists one query scans: nprobe = ceil(share x nlist). Chosen for recall@10
# >= 0.95 against an exact scan with a margin (eval/bench_ann.py, eval/reports/ann.md: real
# e5 query vectors against real e5 passage vectors and normalised mixtures of them): at
# 10^5 rows, 10% of the lists gave 0.955 (SQ8) / 0.97 (float32), and 0.971 with SQ8
# re-scored as searched (eval/reports/bench.md); at 10^6 (4,000 lists) 0.997 re-scored, in
# 4.6 ms p50 on one thread (same report), so the share could fall there (not yet swept).
# Earlier, on 4,096 real laws vectors alone: 10% of 409 lists 0.97 (eval/README.md third pass).
IVF_PROBE_SHARE = 0.10
# ...and never fewer lists than this: at few lists a share scans too few of them (real e5
# vectors of the shipped notices forced into 87 lists: 0.94 recall@10 at 9 lists, tests/
# test_dense_ann.py; 20% of 105 lists gave 0.95 in eval/README.md's third pass). Segments of
# ANN_FROM rows have 1,265 lists, where the share already scans more than this.
IVF_MIN_PROBE = 24
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
# IVF_SQ8 segments keep their float32 vectors beside the quantised lists (EXACT_VECTORS,
# memory-mapped when opened): the RERANK x k best rows of the quantised scan are re-scored
# exactly, so a hit's score is its exact inner product, a scan of every list ranks as a flat
# index does, and the quantisation costs no recall (eval/reports/ann.md: SQ8 with re-scoring
# against float32 lists at the same nprobe). Only the candidates' rows are read (k x RERANK
# rows of 1.5 KB a query); the file costs disk, not serving memory. 4: the SQ8 error moves
# true top-10 rows at most a few places (the same report), 40 rows re-scored cost ~0.1 ms.
EXACT_VECTORS = "dense.vectors.npy"
RERANK = 4
READ_FLAGS = {kind: faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY for kind in APPROXIMATE}
READ_FLAGS_EXHAUSTIVE = faiss.IO_FLAG_MMAP_IFC | faiss.IO_FLAG_READ_ONLY


@dataclass
class Segment:
    name: str
    doc_ids: list[str]
    counts: list[int]  # passages per notice, in row order
    passages: TermCounts
    documents: TermCounts
    dense: faiss.Index
    exact: np.ndarray | None = None  # float32 rows of an IVF_SQ8 segment (memory-mapped)

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
    index = faiss.IndexIVFScalarQuantizer(faiss.IndexFlatIP(dimension), dimension, lists,
                                          faiss.ScalarQuantizer.QT_8bit,
                                          faiss.METRIC_INNER_PRODUCT)
    index.cp.max_points_per_centroid = IVF_TRAIN_PER_LIST
    index.cp.niter = IVF_TRAIN_ITERATIONS
    index.cp.spherical = True
    index.train(embedded)
    index.add(vectors)
    index.nprobe = min(lists, max(IVF_MIN_PROBE, math.ceil(IVF_PROBE_SHARE * lists)))
    return index, IVF_SQ8, dense_params(index)


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
    write_dense(folder, dense, kind, vectors)
    (folder / "docs.json").write_text(
        json.dumps([[d, c] for d, c in zip(doc_ids, counts)], ensure_ascii=False), "utf-8")
    return len(passage_tokens), kind, params


def write_dense(folder: Path, dense: faiss.Index, kind: str, vectors: np.ndarray) -> None:
    """dense.faiss, and for a quantised kind the exact vectors its searches re-score with."""
    faiss.write_index(dense, str(folder / "dense.faiss"))
    if kind == IVF_SQ8:
        np.save(folder / EXACT_VECTORS, np.ascontiguousarray(vectors, dtype=np.float32))


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
        exact=np.load(seg / EXACT_VECTORS, mmap_mode="r") if kind == IVF_SQ8 else None,
    )
