"""Candidates of one synced generation from Milvus, scored exactly as the file backend does.

The searcher keeps ranking and fusion (index/fusion.py) client-side: Milvus returns BM25
candidates (sparse inner product of query idf and stored saturations, then rescored exactly,
see weights.py), dense candidates (exact inner product, FLAT) and the document-level BM25
scores the document prior needs; `allowed` rows become a doc_id filter.

>>> store = MilvusCandidates(Path("/tmp/idx"), "/tmp/idx.milvus.db")
>>> store.bm25(searcher.index, ["党支部"], 50, None)[0][1] > 0
True
"""
from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from index.milvus import layout
from index.store import IndexIncompatible
from index.milvus.layout import NOTICE, PASSAGE, visible
from index.milvus.sync import live_generation
from index.milvus.weights import exact_score, idf_value, recovered_tf

# BM25 candidates asked of Milvus per candidate kept: Milvus ranks by saturations stored
# under the avgdl of the generation that wrote each row, the exact rescoring by today's.
# Right after a full sync both orders agree up to float32 rounding; tests/test_milvus.py
# checks identical top-10s after an add, a replace and a remove at this factor. Not tuned:
# a margin, to be measured on a long history of single-notice updates.
RESCORE_FACTOR = 4


class GenerationNotSynced(IndexIncompatible):
    """The generation a reader opened is not (yet) in Milvus."""


@dataclass(frozen=True)
class _Generation:
    seq: int
    passages: dict  # size, avgdl, average_idf
    notices: dict


class MilvusCandidates:
    """Read side of one index's collections; thread-safe (API threads share it)."""

    def __init__(self, root: Path, uri: str, collection: str | None = None) -> None:
        self.uri = uri
        self.names = layout.names(root, collection)
        self.client = layout.connect(uri)
        self._generations: dict[str, _Generation] = {}
        self._rows: dict[str, tuple[dict[str, int], dict[str, int]]] = {}
        self._lock = threading.Lock()

    def describe(self) -> dict:
        return {"backend": "milvus", "milvus_uri": self.uri, "collection": self.names.rows}

    def live_name(self) -> str | None:
        """The newest generation the collections hold (what a reader should open)."""
        if not self.client.has_collection(self.names.gens):
            return None
        live = live_generation(self.client, self.names)
        return live["name"] if live else None

    # --- candidates ----------------------------------------------------------------------

    def bm25(self, index, tokens: Sequence[str], depth: int,
             allowed: np.ndarray | None) -> list[tuple[int, float]]:
        """(row, score) best first: exactly index/bm25.py's scores, ties by row."""
        generation = self._generation(index.name)
        scored = self._bm25_rows(index, generation, tokens, depth * RESCORE_FACTOR,
                                 PASSAGE, "passages", self._doc_filter(index, allowed))
        rows_of = self._row_maps(index)[0]
        ranked = sorted(((rows_of[key], s) for key, s in scored if s > 0),
                        key=lambda item: (-item[1], index.row_key[item[0]]))
        return ranked[:depth]

    def dense(self, index, vector: np.ndarray, depth: int,
              allowed: np.ndarray | None) -> list[tuple[int, float]]:
        generation = self._generation(index.name)
        condition = self._doc_filter(index, allowed)
        if condition is False:
            return []
        hits = self.client.search(
            self.names.rows, data=[np.asarray(vector, dtype=np.float32).ravel().tolist()],
            anns_field="dense", limit=min(depth * RESCORE_FACTOR, layout.MAX_LIMIT),
            filter=self._where(generation, PASSAGE, condition),
            output_fields=["passage_id"],
            search_params={"metric_type": "IP"})[0]
        rows_of = self._row_maps(index)[0]
        # Ties (identical passages) in the file backend's order: manifest order (row_key).
        found = sorted(((rows_of[h["entity"]["passage_id"]], float(h["distance"])) for h in hits),
                       key=lambda item: (-item[1], index.row_key[item[0]]))
        return found[:depth]

    def document_scores(self, index, tokens: Sequence[str],
                        rows: Sequence[int]) -> np.ndarray:
        """Document BM25 of every notice row that `rows` (passage rows) belong to, and of the
        best-scoring notices (the prior is scaled by the maximum); 0 for the others."""
        generation = self._generation(index.name)
        doc_ids = index.doc_ids  # notice rows of the segments, masked ones included
        needed = sorted({doc_ids[index.row_doc[r]] for r in rows})
        scores = np.zeros(len(doc_ids))
        doc_row = self._row_maps(index)[1]
        found = self._bm25_rows(index, generation, tokens, layout.MAX_LIMIT // 4, NOTICE,
                                "notices", None)
        if needed:
            found += self._bm25_rows(index, generation, tokens, len(needed), NOTICE,
                                     "notices", layout.one_of("doc_id", needed))
        for doc_id, score in found:
            scores[doc_row[doc_id]] = score
        return scores

    # --- internals -----------------------------------------------------------------------

    def _bm25_rows(self, index, generation: _Generation, tokens: Sequence[str], limit: int,
                   kind: int, side: str, condition) -> list[tuple[str, float]]:
        """(passage_id, exact score) of Milvus's best `limit` rows of `kind`."""
        if condition is False:
            return []
        stats = getattr(generation, side)
        counts = Counter(tokens)
        terms = self._terms(generation, list(counts), side)
        query = [(terms[t][0], idf_value(stats["size"], terms[t][1], stats["average_idf"]),
                  float(m)) for t, m in counts.items() if t in terms]
        vector = {tid: idf * m for tid, idf, m in query if idf * m > 0}
        if not vector:
            return []
        hits = self.client.search(
            self.names.rows, data=[vector], anns_field="bm25",
            limit=min(limit, layout.MAX_LIMIT), filter=self._where(generation, kind, condition),
            output_fields=["passage_id", "bm25", "length", "avgdl"],
            search_params={"metric_type": "IP"})[0]
        pairs = [(idf, m) for _, idf, m in query]
        scored = []
        for hit in hits:
            entity = hit["entity"]
            stored, length = entity["bm25"], entity["length"]
            matched = [(recovered_tf(stored[tid], length, entity["avgdl"]) if tid in stored
                        else 0, 0.0) for tid, _, _ in query]
            scored.append((entity["passage_id"],
                           exact_score(pairs, matched, length, stats["avgdl"])))
        return scored

    def _terms(self, generation: _Generation, terms: list[str],
               side: str) -> dict[str, tuple[int, int]]:
        """term -> (term id, document frequency) of the terms this generation holds."""
        if not terms:
            return {}
        field = "df_passages" if side == "passages" else "df_notices"
        rows = self.client.query(
            self.names.terms, filter=f"{layout.one_of('term', terms)} and {visible(generation.seq)}",
            output_fields=["term", "term_id", field])
        return {r["term"]: (r["term_id"], r[field]) for r in rows if r[field] > 0}

    def _generation(self, name: str) -> _Generation:
        cached = self._generations.get(name)
        if cached is None:
            rows = self.client.query(self.names.gens, filter=f"name == {layout.literal(name)}",
                                     output_fields=["seq", "stats"])
            if not rows:
                raise GenerationNotSynced(
                    f"索引版本 {name} 尚未同步到 Milvus ({self.uri})。"
                    f"写入程序在持锁期间同步; 若同步中断, 请用 --backend milvus --milvus-uri "
                    f"{self.uri} 再运行一次 notices index add (无新文件时只做同步)。")
            stats = rows[0]["stats"]
            cached = _Generation(rows[0]["seq"], stats["passages"], stats["notices"])
            with self._lock:
                self._generations[name] = cached
        return cached

    def _row_maps(self, index) -> tuple[dict[str, int], dict[str, int]]:
        """passage_id -> passage row, doc_id -> notice row (doc ids map to themselves on
        notice rows, whose passage_id is the doc id)."""
        maps = self._rows.get(index.name)
        if maps is None:
            live = set(index.doc_row.values())  # masked rows share ids with their successors
            maps = ({p.passage_id: i for i, p in enumerate(index.passages)
                     if int(index.row_doc[i]) in live},
                    dict(index.doc_row))
            with self._lock:
                self._rows = {index.name: maps}  # one generation at a time is enough
        return maps

    @staticmethod
    def _doc_filter(index, allowed: np.ndarray | None):
        """None: no restriction; False: nothing allowed; else a filter expression."""
        if allowed is None:
            return None
        if len(allowed) == 0:
            return False
        docs = sorted({index.doc_ids[i] for i in np.unique(index.row_doc[allowed])})
        return layout.one_of("doc_id", docs)

    @staticmethod
    def _where(generation: _Generation, kind: int, condition) -> str:
        where = f"kind == {kind} and {visible(generation.seq)}"
        return f"{where} and {condition}" if condition else where
