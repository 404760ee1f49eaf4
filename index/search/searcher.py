"""Questions in, ranked passages out: BM25, dense, or both fused.

>>> searcher = Searcher(Path("~/.local/share/notices/index").expanduser())
>>> hit = searcher.search("哪些单位合并了党支部", k=3)[0]
>>> hit.to_json()["agency"]
'济南市应急管理局'
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Collection, Literal

import faiss
import numpy as np

from corpus.agencies import agency_matches
from corpus.models import Notice, Passage
from index.search import fusion
from index.storage import store
from index.config import DEFAULT_ENCODER, MODES, chosen_encoder, model_spec
from index.search.loaded import LoadedIndex
from index.milvus.selection import open_backend
from index.lexical.tokenizer import Tokenizer
from index.lexical.best import best_k, uses_compiled

Mode = Literal["bm25", "dense", "hybrid"]
Fusion = Literal["rrf", "weighted"]

# How deep each retriever's list goes before fusion. Recall@50 of either retriever alone
# is ~1.0 on the own eval set, so deeper lists only add noise and time.
CANDIDATES = 50

# OpenMP threads FAISS may use for one query. Its worker threads keep spinning after a search
# and starve ONNX Runtime's (and torch's) threads on the 2 cores: measured at 10^4 passages
# (/tmp profiling, `eval.bench` sizes), dense p50 34 ms with FAISS' default 2 threads and
# 13 ms with 1, the flat search itself 1.6 ms -> 0.55 ms (16 ms -> 0.55 ms once torch is
# loaded in the same process, as in the API after an upload). One query's scan is
# memory-bound anyway.
QUERY_THREADS = 1

# Query vectors kept (oldest dropped first): enough for one question's per-agency searches
# and a conversation's recent turns, ~1.5 KB each.
QUERY_VECTOR_CACHE = 256

# Why a question got no hits although the index has passages: it holds no searchable word
# (only punctuation, blanks or stop words such as 哪些/的), and the dense retriever would
# return arbitrary passages for it. Interfaces show it; see Searcher.has_content.
NO_CONTENT_REASON = "问题中没有可检索的词语 (只有标点、空白或虚词), 请换个说法。"

# Said with dense or hybrid results while some notices were published without vectors
# (`index add --defer-vectors`): those passages were searched by their words only.
DENSE_PENDING_NOTE = ("注意: 有 {pending} 个段落的语义检索向量尚未生成, 这些段落本次只按关键词检索 "
                      "(进度见 notices index status)。")


@dataclass(frozen=True)
class Hit:
    rank: int
    score: float
    passage: Passage
    notice: Notice

    def to_json(self) -> dict:
        meta = self.notice.meta
        return {
            "rank": self.rank,
            "score": round(float(self.score), 6),
            "doc_id": self.notice.doc_id,
            "source": self.notice.source,
            "title": meta.title,
            "agency": meta.agency,
            "date": meta.date or meta.written_date,
            "doc_number": meta.doc_number,
            "section": list(self.passage.section),
            "passage_id": self.passage.passage_id,
            "text": self.passage.text,
            "start": self.passage.start,
            "end": self.passage.end,
        }


class Searcher:
    """Reads the live index and follows new publications between queries."""

    def __init__(self, root: Path | None, model: str | None = None, embedder=None,
                 encoder: str | None = None, index: LoadedIndex | None = None) -> None:
        self.root = root  # None: an index given in memory, no folder to follow
        self.model = model_spec(model)
        # The passage encoder asked for; None: whichever the index records (queries go through
        # ONNX fp32 whatever encoded the passages, so any recorded encoder is served).
        self._chosen_encoder = embedder.encoder_id if embedder is not None else \
            chosen_encoder(encoder)
        self.encoder = self._chosen_encoder or DEFAULT_ENCODER
        self.tokenizer = Tokenizer.for_queries()
        self._embedder = embedder
        self._lock = threading.Lock()
        self._vectors: dict[str, np.ndarray] = {}
        self._cache_lock = threading.Lock()
        self.backend = open_backend(root)  # None: candidates from the generation's files
        self.index = index if index is not None else self._open_served()
        self._check_model()
        if self.backend is None and uses_compiled(self.index.bm25):
            from index.lexical import compiled  # imports numba: large indexes only (best.py)

            compiled.warm()  # compile or load the BM25 top-k now, not at the first query

    @classmethod
    def over(cls, index: LoadedIndex, embedder) -> "Searcher":
        """A searcher over an index already in memory (benchmarks of synthetic sizes)."""
        return cls(None, model=index.manifest.model_id, embedder=embedder, index=index)

    def forget_query_vectors(self) -> None:
        """Drop cached query vectors (benchmarks time the encoding of every query)."""
        with self._cache_lock:
            self._vectors.clear()

    def refresh(self) -> bool:
        """Load the newest publication if CURRENT moved; True if it did."""
        if self.root is None:
            return False
        name = self._served_name()
        if name is None or name == self.index.name:
            return False
        with self._lock:
            name = self._served_name()
            if name not in (None, self.index.name):
                self.index = LoadedIndex.open(self.root, name)
                self._check_model()
        return True

    def search(
        self,
        query: str,
        k: int = 10,
        mode: Mode = "hybrid",
        agency: str | None = None,
        fuse: Fusion = "weighted",
        docs: Collection[str] | None = None,
        index: LoadedIndex | None = None,
    ) -> list[Hit]:
        """The k best passages; `agency` and `docs` (notice ids) restrict where to look.

        None for a question without a searchable word (see NO_CONTENT_REASON). Interfaces
        bound what users type with index.question.check_question; internal queries (a
        follow-up joined to the question before it) may be longer. `index` pins one
        generation (several searches answering one request); by default the newest
        publication is used."""
        if mode not in MODES:
            raise ValueError(f"未知的检索模式 {mode}, 可选: {', '.join(MODES)}")
        tokens = self.tokenizer.tokenize(query)
        if not tokens:
            return []
        if index is None:
            self.refresh()
            index = self.index
        allowed = self._allowed_rows(index, agency, docs)
        depth = max(k, CANDIDATES)
        if mode == "bm25":
            ranked = self._bm25(index, tokens, depth, allowed)
        elif mode == "dense":
            ranked = self._dense(index, query, depth, allowed)
        else:
            ranked = self._hybrid(index, query, tokens, depth, allowed, fuse)
        return [
            Hit(rank=i, score=score, passage=index.passages[row],
                notice=index.notices[index.passages[row].doc_id])
            for i, (row, score) in enumerate(ranked[:k], start=1)
        ]

    def dense_note(self, mode: str) -> str:
        """DENSE_PENDING_NOTE when `mode` uses vectors that the live index lacks, else ""."""
        self.refresh()
        pending = self.index.pending_passages
        return DENSE_PENDING_NOTE.format(pending=pending) if mode != "bm25" and pending else ""

    def has_content(self, query: str) -> bool:
        """Whether the question holds a searchable word; without one search() returns []."""
        return bool(self.tokenizer.tokenize(query))

    def _served_name(self) -> str | None:
        """The generation to serve: CURRENT; with Milvus the newest generation it has synced
        whose folder is kept here, so a publication is served once its sync commits."""
        if self.backend is None:
            return store.current_name(self.root)
        name = self.backend.live_name()
        if name is None or not (self.root / store.GENERATIONS / name).is_dir():
            return None
        return name

    def _open_served(self) -> LoadedIndex:
        if self.backend is None:
            return LoadedIndex.open(self.root)
        name = self._served_name()
        if name is None:  # nothing synced yet, or only generations no longer kept here
            raise self.backend.not_synced(store.current_name(self.root))
        return LoadedIndex.open(self.root, name)

    @property
    def embedder(self):
        if self._embedder is None:
            from index.dense.encoder.embedder import Embedder

            self._embedder = Embedder.load(self.model, self.encoder)
        return self._embedder

    def query_vector(self, query: str) -> np.ndarray:
        """The question's e5 vector (1 x dimension), cached like the dense search's own."""
        return self._query_vector(query)

    def _query_vector(self, query: str) -> np.ndarray:
        """One encoding per distinct question: per-agency searches of one question share it."""
        cached = self._vectors.get(query)
        if cached is None:
            cached = self.embedder.encode_queries([query])
            with self._cache_lock:  # API threads share the searcher
                if len(self._vectors) >= QUERY_VECTOR_CACHE:
                    self._vectors.pop(next(iter(self._vectors)))
                self._vectors[query] = cached
        return cached

    def _check_model(self) -> None:
        built_with = self.index.manifest.model_id
        if built_with != self.model:
            raise store.IndexIncompatible(
                f"索引由模型 {built_with} 构建, 当前配置的模型为 {self.model}。"
                f"请运行 notices index build --model {self.model} --index-dir {self.root} "
                f"重建索引, 或改用 --model {built_with}。"
            )
        if self._chosen_encoder is None:
            self.encoder = self.index.manifest.encoder
        if self.index.manifest.encoder != self.encoder:
            raise store.IndexIncompatible(
                f"索引的向量由编码器 {self.index.manifest.encoder} 生成, 当前编码器为 "
                f"{self.encoder}。请运行 notices index build --index-dir {self.root} 重建索引, "
                f"或设置 NOTICES_ENCODER={self.index.manifest.encoder}。"
            )

    def _allowed_rows(self, index: LoadedIndex, agency: str | None,
                      docs: Collection[str] | None) -> np.ndarray | None:
        if not agency and docs is None:
            return None
        # The manifest carries each notice's agency: filtering reads no notice file.
        doc_ids = [d for d, record in index.manifest.documents.items()
                   if (not agency or agency_matches(agency, record.agency))
                   and (docs is None or d in docs)]
        return index.rows_of(doc_ids)

    def _bm25(self, index: LoadedIndex, tokens: list[str], depth: int,
              allowed: np.ndarray | None) -> list[tuple[int, float]]:
        if self.backend is not None:
            return self.backend.bm25(index, tokens, depth, allowed)
        # Exact top-depth with MaxScore pruning: the rows and scores of exhaustive scoring
        # (index.lexical.topk; a passage sharing no term is no hit).
        rows, scores = best_k(index.bm25, tokens, depth, allowed, index.row_key)
        return [(int(r), float(s)) for r, s in zip(rows, scores)]

    def _dense(self, index: LoadedIndex, query: str, depth: int,
               allowed: np.ndarray | None) -> list[tuple[int, float]]:
        if index.dense.live == 0 or (allowed is not None and len(allowed) == 0):
            return []
        vector = self._query_vector(query)
        if self.backend is not None:
            if index.manifest.pending:  # Milvus holds their placeholder vectors: leave them out
                allowed = index.rows_with_vectors(allowed)
            return self.backend.dense(index, vector, depth, allowed)
        faiss.omp_set_num_threads(QUERY_THREADS)  # per calling thread (API worker threads)
        return index.dense.search(vector, depth, allowed, index.row_key)

    def _both(self, index: LoadedIndex, query: str, tokens: list[str], depth: int,
              allowed: np.ndarray | None) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
        """BM25 and dense candidates. On the files backend the dense side (query encoding in
        ONNX Runtime, then FAISS) runs in a second thread while BM25 scores in this one: both
        release the GIL, so on two cores a hybrid query costs about the slower of the two
        instead of their sum (eval/reports/bench.md). Milvus calls stay in one thread."""
        if self.backend is not None:
            return (self._bm25(index, tokens, depth, allowed),
                    self._dense(index, query, depth, allowed))
        with ThreadPoolExecutor(max_workers=1) as pool:
            dense = pool.submit(self._dense, index, query, depth, allowed)
            return self._bm25(index, tokens, depth, allowed), dense.result()

    def _hybrid(self, index: LoadedIndex, query: str, tokens: list[str], depth: int,
                allowed: np.ndarray | None, fuse: Fusion) -> list[tuple[int, float]]:
        lexical, semantic = self._both(index, query, tokens, depth, allowed)
        if fuse == "rrf":
            return fusion.rrf([[r for r, _ in lexical], [r for r, _ in semantic]],
                              key=index.row_key)
        fused = fusion.weighted(dict(lexical), dict(semantic), key=index.row_key)
        doc_scores = (index.doc_bm25.scores(tokens) if self.backend is None else
                      self.backend.document_scores(index, tokens, [r for r, _ in fused]))
        return fusion.with_document_prior(fused, index.row_doc, doc_scores, key=index.row_key)

