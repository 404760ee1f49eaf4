"""Candidates of one synced generation from Milvus, scored exactly as the file backend does.

The searcher keeps ranking and fusion (index/search/fusion.py) client-side: Milvus returns BM25
candidates (sparse inner product of query idf and stored saturations, then rescored exactly,
see weights.py), dense candidates (exact inner product, FLAT) and the document-level BM25
scores the document prior needs; `allowed` rows become a doc_id filter.

>>> store = MilvusCandidates(Path("/tmp/idx"), "/tmp/idx.milvus.db")
>>> store.bm25(searcher.index, ["党支部"], 50, None)[0][1] > 0
True
"""
from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import faiss
import numpy as np

from index.milvus import layout
from index.storage.store import IndexIncompatible
from index.milvus.layout import NOTICE, PASSAGE, visible
from index.milvus.sync import live_generation, query_all
from index.milvus.weights import (exact_score, growth_bound, idf_value, recovered_tf,
                                  rescaled_bounds)

# BM25 candidates asked of Milvus per candidate kept, in the first, cheap search (scores and
# scalar fields only). Milvus ranks by saturations stored under the avgdl of the generation
# that wrote each row; bounds on the exact scores (weights.rescaled_bounds) then say which
# candidates can reach the top, and the list is asked again RESCORE_GROWTH times deeper when
# the bounds cannot rule out the rows it left out. The answers do not depend on these two
# numbers, only the cost: right after a full sync the bounds are tight (one avgdl), so twice
# the depth is nearly always enough; the first version fetched 4x the depth blindly.
FIRST_DEPTH_FACTOR = 2
RESCORE_GROWTH = 4
# Dense candidates per candidate kept: FLAT is exact, the margin only catches ties at the cut.
DENSE_DEPTH_FACTOR = 2

# Relative rounding slack on Milvus's float32 BM25 scores when bounding exact scores: a
# score sums ~20 positive float32 products (each within ~1e-7 relative), so 1e-4 is a wide
# margin that costs only a few extra rows rescored.
SCORE_SLACK = 1e-4

# Dense scores closer than this are recomputed client-side from the rows' vectors (float32,
# as FAISS does): Milvus's FLAT scores of identical vectors differed by one float32 ulp
# (0.8907543420 vs 0.8907542825, a growing and a sealed segment; tests/test_milvus.py's
# duplicated notice), which broke their tie differently from FAISS's manifest order.
# 1e-6 is ~16 ulps of a cosine near 1.
DENSE_TIE = 1e-6

# Term statistics (term id, document frequencies) kept per generation in the client: a
# generation's term rows never change once its sync committed, so a cached entry is exact.
# Bounded because a province's vocabulary is large: ~200 B per entry (a string key and a
# tuple of three ints, estimated), ~20 MB at this size.
# NCP's 1,262 questions use 8,130 distinct terms (19 per question; counted with
# index/lexical/tokenizer.py), so the cache holds a whole evaluation.
TERM_CACHE = 100_000


class GenerationNotSynced(IndexIncompatible):
    """The generation a reader opened is not (yet) in Milvus."""


@dataclass(frozen=True)
class _Generation:
    name: str
    seq: int
    passages: dict  # size, avgdl, average_idf, row_avgdl ([min, max] of the visible rows)
    notices: dict


class MilvusCandidates:
    """Read side of one index's collections; thread-safe (API threads share it)."""

    def __init__(self, root: Path, uri: str, collection: str | None = None) -> None:
        self.uri = uri
        self.names = layout.names(root, collection)
        self.client = layout.connect(uri)
        self._generations: dict[str, _Generation] = {}
        self._term_stats: dict[str, OrderedDict] = {}  # generation name -> term -> row
        self._rows: dict[str, tuple[dict[str, int], dict[str, int]]] = {}
        self._lock = threading.Lock()

    def describe(self) -> dict:
        return {"backend": "milvus", "milvus_uri": self.uri, "collection": self.names.rows}

    def not_synced(self, name: str | None) -> GenerationNotSynced:
        """The error of a reader that finds no synced generation it can serve."""
        return GenerationNotSynced(
            f"索引版本 {name or '(无)'} 尚未同步到 Milvus ({self.uri}), 索引目录中也没有 Milvus "
            f"已同步的版本。写入程序在持锁期间同步; 若同步中断, 请用 --backend milvus "
            f"--milvus-uri {self.uri} 再运行一次 notices index add (无新文件时只做同步)。")

    def live_name(self) -> str | None:
        """The newest generation the collections hold (what a reader should open)."""
        if not self.client.has_collection(self.names.gens):
            return None
        live = live_generation(self.client, self.names)
        return live["name"] if live else None

    # --- candidates ----------------------------------------------------------------------

    def bm25(self, index, tokens: Sequence[str], depth: int,
             allowed: np.ndarray | None) -> list[tuple[int, float]]:
        """(row, score) best first: exactly index/lexical/bm25.py's scores, ties by row."""
        generation = self._generation(index.name)
        scored = self._best_exact(generation, tokens, depth, PASSAGE, "passages",
                                  self._doc_filter(index, allowed))
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
        query = np.asarray(vector, dtype=np.float32).ravel()
        hits = self.client.search(
            self.names.rows, data=[query.tolist()],
            anns_field="dense", limit=min(depth * DENSE_DEPTH_FACTOR, layout.MAX_LIMIT),
            filter=self._where(generation, PASSAGE, condition),
            output_fields=["passage_id"],
            search_params={"metric_type": "IP"})[0]
        scores = self._untied({h["id"]: float(h["distance"]) for h in hits}, query, depth)
        rows_of = self._row_maps(index)[0]
        # Ties (identical passages) in the file backend's order: manifest order (row_key).
        found = sorted(((rows_of[h["entity"]["passage_id"]], scores[h["id"]]) for h in hits),
                       key=lambda item: (-item[1], index.row_key[item[0]]))
        return found[:depth]

    def document_scores(self, index, tokens: Sequence[str],
                        rows: Sequence[int]) -> np.ndarray:
        """Document BM25 of every notice row that `rows` (passage rows) belong to, and of the
        best-scoring notice (the prior is scaled by the maximum); 0 for the others."""
        generation = self._generation(index.name)
        doc_ids = index.doc_ids  # notice rows of the segments, masked ones included
        needed = sorted({doc_ids[index.row_doc[r]] for r in rows})
        scores = np.zeros(len(doc_ids))
        doc_row = self._row_maps(index)[1]
        found = self._best_exact(generation, tokens, 1, NOTICE, "notices", None)
        if needed:
            query = self._query(generation, tokens, "notices")
            found += self._exact(generation, query, "notices", NOTICE,
                                 layout.one_of("doc_id", needed), len(needed))
        for doc_id, score in found:
            scores[doc_row[doc_id]] = score
        return scores

    # --- internals -----------------------------------------------------------------------

    def _best_exact(self, generation: _Generation, tokens: Sequence[str], keep: int,
                    kind: int, side: str, condition) -> list[tuple[str, float]]:
        """(passage_id, exact score) of every row of `kind` that can be among the `keep`
        best: Milvus's scores bound the exact ones, and only the rows whose bound reaches the
        keep-th lower bound are rescored (their query terms' values fetched)."""
        if condition is False:
            return []
        query = self._query(generation, tokens, side)
        if not query:
            return []
        stats = getattr(generation, side)
        vector = {tid: idf * m for tid, idf, m in query if idf * m > 0}
        if not vector:
            return []
        # The bounds hold for sums of positive weights; a term of idf <= 0 (in more than half
        # of a tiny corpus) makes every returned row a candidate.
        bounded = len(vector) == len(query)
        growth = growth_bound(stats.get("row_avgdl"), stats["avgdl"]) * (1 + SCORE_SLACK)
        limit = min(keep * FIRST_DEPTH_FACTOR, layout.MAX_LIMIT)
        while True:
            hits = self.client.search(
                self.names.rows, data=[vector], anns_field="bm25", limit=limit,
                filter=self._where(generation, kind, condition),
                    output_fields=["passage_id", "length", "avgdl"],
                search_params={"metric_type": "IP"})[0]
            bounds = [(h["id"], *rescaled_bounds(float(h["distance"]), h["entity"]["length"],
                                                 h["entity"]["avgdl"], stats["avgdl"]))
                      for h in hits]
            lows = sorted((low for _, low, _ in bounds), reverse=True)
            cut = lows[keep - 1] * (1 - SCORE_SLACK) if bounded and len(lows) >= keep \
                else -np.inf
            if len(hits) < limit or not bounded or limit == layout.MAX_LIMIT:
                break  # every matching row returned, or no bound to go deeper by
            # Rows Milvus left out score at most the last one returned, so exactly at most
            # that times the growth bound.
            if float(hits[-1]["distance"]) * growth < cut:
                break
            limit = min(limit * RESCORE_GROWTH, layout.MAX_LIMIT)
        rows = {h["id"]: h["entity"] for h, (_, _, high) in zip(hits, bounds)
                if high * (1 + SCORE_SLACK) >= cut}
        return self._exact(generation, query, side, kind, f"pk in {list(rows)}", len(rows),
                           rows)

    def _exact(self, generation: _Generation, query: list[tuple[int, float, float]],
               side: str, kind: int, condition: str, limit: int,
               rows: dict[int, dict] | None = None) -> list[tuple[str, float]]:
        """(passage_id, exact score) of the rows matching `condition`. One search per query
        term, all in one call, with that term alone as the query vector: each hit's score is
        the row's stored saturation of the term, from which its tf is recovered. Cheaper than
        returning the rows' whole sparse vectors (~165 terms a passage, thousands a notice),
        which pymilvus parses in Python. `rows`: pk -> passage_id, length, avgdl when the
        caller has them (then the hits carry no fields, which pymilvus also copies slowly)."""
        if not query or limit == 0:
            return []
        stats = getattr(generation, side)
        results = self.client.search(
            self.names.rows, data=[{tid: 1.0} for tid, _, _ in query], anns_field="bm25",
            limit=min(limit, layout.MAX_LIMIT), filter=self._where(generation, kind, condition),
            output_fields=[] if rows is not None else ["passage_id", "length", "avgdl"],
            search_params={"metric_type": "IP"})
        entities: dict[int, dict] = dict(rows or {})
        tfs: dict[int, list[int]] = {}
        for position, hits in enumerate(results):
            for hit in hits:
                pk = hit["id"]
                entity = entities.get(pk) or entities.setdefault(pk, hit["entity"])
                tfs.setdefault(pk, [0] * len(query))[position] = recovered_tf(
                    float(hit["distance"]), entity["length"], entity["avgdl"])
        pairs = [(idf, m) for _, idf, m in query]
        return [(entities[pk]["passage_id"],
                 exact_score(pairs, [(tf, 0.0) for tf in counts], entities[pk]["length"],
                             stats["avgdl"]))
                for pk, counts in tfs.items()]

    def _query(self, generation: _Generation, tokens: Sequence[str],
               side: str) -> list[tuple[int, float, float]]:
        """(term id, idf, multiplicity) of the question's terms this generation holds, in
        the order of their first occurrence (the file backend's summation order)."""
        stats = getattr(generation, side)
        counts = Counter(tokens)
        terms = self._terms(generation, list(counts), side)
        return [(terms[t][0], idf_value(stats["size"], terms[t][1], stats["average_idf"]),
                 float(m)) for t, m in counts.items() if t in terms]

    def _terms(self, generation: _Generation, terms: list[str],
               side: str) -> dict[str, tuple[int, int]]:
        """term -> (term id, document frequency) of the terms this generation holds; asked
        of Milvus once per generation and term (TERM_CACHE)."""
        if not terms:
            return {}
        cache = self._term_stats.get(generation.name)
        if cache is None:
            with self._lock:  # one generation's cache at a time is enough
                cache = self._term_stats.get(generation.name)
                if cache is None:
                    cache = OrderedDict()
                    self._term_stats = {generation.name: cache}
        known = {t: cache.get(t, False) for t in terms}  # False: not asked yet
        missing = [t for t, row in known.items() if row is False]
        if missing:
            rows = self.client.query(
                self.names.terms,
                filter=f"{layout.one_of('term', missing)} and {visible(generation.seq)}",
                output_fields=["term", "term_id", "df_passages", "df_notices"])
            found = {r["term"]: (r["term_id"], r["df_passages"], r["df_notices"]) for r in rows}
            with self._lock:
                for term in missing:
                    known[term] = cache[term] = found.get(term)  # None: not in the generation
                while len(cache) > TERM_CACHE:
                    cache.popitem(last=False)
        column = 1 if side == "passages" else 2
        return {t: (row[0], row[column]) for t, row in known.items()
                if row is not None and row[column] > 0}

    def _untied(self, scores: dict[int, float], query: np.ndarray,
                depth: int) -> dict[int, float]:
        """Milvus's dense scores with near-ties among the first `depth` recomputed from the
        rows' vectors by FAISS's own flat inner product (DENSE_TIE), as the file backend
        computes them: near-equal passages then rank as they do there."""
        ordered = sorted(scores.items(), key=lambda item: -item[1])
        close = {pk for i, (pk, score) in enumerate(ordered[:depth + 1])
                 for other, other_score in ordered[max(0, i - 1):i + 2]
                 if other != pk and abs(score - other_score) <= DENSE_TIE}
        if not close:
            return scores
        rows = self.client.get(self.names.rows, ids=sorted(close), output_fields=["dense"])
        vectors = np.asarray([row["dense"] for row in rows], dtype=np.float32)
        flat = faiss.IndexFlatIP(vectors.shape[1])
        flat.add(vectors)
        found, positions = flat.search(query.reshape(1, -1), len(rows))
        for score, position in zip(found[0], positions[0]):
            scores[rows[int(position)]["pk"]] = float(score)
        return scores

    def _generation(self, name: str) -> _Generation:
        cached = self._generations.get(name)
        if cached is None:
            rows = self.client.query(self.names.gens, filter=f"name == {layout.literal(name)}",
                                     output_fields=["seq", "stats"])
            if not rows:
                raise self.not_synced(name)
            stats, seq = rows[0]["stats"], rows[0]["seq"]
            sides = {side: stats[side] if stats[side].get("row_avgdl") is not None else
                     stats[side] | {"row_avgdl": self._avgdl_range(seq, kind)}
                     for side, kind in (("passages", PASSAGE), ("notices", NOTICE))}
            cached = _Generation(name, seq, sides["passages"], sides["notices"])
            with self._lock:
                self._generations[name] = cached
        return cached

    def _avgdl_range(self, seq: int, kind: int) -> list[float] | None:
        """[min, max] avgdl of the visible rows, for collections synced before the range was
        recorded: read once per generation (one pass over the rows' scalar field)."""
        values = {r["avgdl"] for r in query_all(self.client, self.names.rows,
                                                f"kind == {kind} and {visible(seq)}", ["avgdl"])}
        return [min(values), max(values)] if values else None

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
