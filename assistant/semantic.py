"""Semantic evidence: how close a candidate sentence (with its headings) is to the question
in the e5 model's space, beside lexical coverage (relevance.Coverage).

Sentence vectors come from the index, stored when their notice was embedded
(index/dense/sentence_store.py, keyed by the exact text given to the model). A sentence the
index does not hold (an index built before the store, or built on Ray workers) is encoded at
question time by the same encoder, in one batch per question for every such sentence of the
passages it reads, and kept for the generation. The question's vector is the one the dense
search already computed (Searcher.query_vector).

>>> sem = SentenceVectors(embedder, index_folder)
>>> scorer = sem.for_question(searcher.query_vector("东莞应急局怎么防止公众号没人管"))
>>> scorer.prepare([(["定期在局的微信公众号公开发布党建工作动态。"], "党务公开")])
>>> relative(scorer.similarity("定期在局的微信公众号公开发布党建工作动态。", "党务公开"))
0.7...
"""
from __future__ import annotations

import hashlib
import threading
import time
import uuid
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from index.dense.sentence_store import StoredSentences, sentence_text  # noqa: F401 (re-export)

# e5 cosines of a question with Chinese sentences of these notices sit between ~0.72
# (unrelated) and ~0.93 (the answer in other words); `relative` maps that band to 0..1 so it
# can be added to lexical coverage (also a 0..1 share).
COSINE_FLOOR = 0.75
COSINE_CEIL = 0.92

# Sentence texts encoded per forward pass (short texts, length-sorted).
BATCH_SIZE = 32

# Folder (under the index folder) where encoded sentences are kept across processes and
# generations, one .npz chunk per question that encoded new ones, keyed by sha256 of the text
# the model read (so a vector is always the one the encoder would produce again); chunks are
# merged into one when there are more than MAX_CHUNKS.
CACHE = ".sentence-cache"
MAX_CHUNKS = 64

# Sentence vectors kept per generation before the oldest are dropped (384 floats = 1.5 KB
# each: 50 MB at this size; the shipped notices have ~1,600 sentences).
MAX_SENTENCES = 32768


def relative(cosine: float) -> float:
    """The cosine placed in the band [COSINE_FLOOR, COSINE_CEIL] as 0..1."""
    return float(min(1.0, max(0.0, (cosine - COSINE_FLOOR) / (COSINE_CEIL - COSINE_FLOOR))))


class SentenceVectors:
    """Sentence vectors of one generation, encoded on first use."""

    def __init__(self, embedder, folder: Path | None = None) -> None:
        self.embedder = embedder
        self._vectors: dict[bytes, np.ndarray] = {}
        self._lock = threading.Lock()
        # Cost accounting (eval prints it): sentences encoded and seconds spent.
        self.encoded = 0
        self.seconds = 0.0
        self.folder = None
        self.stored = StoredSentences([])  # what the index stored (none: question time)
        if folder is not None:
            self.stored = StoredSentences.open(folder, embedder.model_id,
                                               embedder._query_encoder())
            from index.storage import store

            self.folder = folder / CACHE / store.safe_name(
                f"{embedder.model_id}--{embedder._query_encoder()}")
            self._load()

    @staticmethod
    def key(text: str) -> bytes:
        return hashlib.sha256(text.encode("utf-8")).digest()

    def _load(self) -> None:
        chunks = sorted(self.folder.glob("*.npz")) if self.folder.is_dir() else []
        for chunk in chunks:
            try:
                with np.load(chunk) as data:
                    for k, v in zip(data["keys"], data["vectors"]):
                        self._vectors[bytes(k)] = v
            except (OSError, ValueError, KeyError):
                continue  # a chunk is renamed into place once written: none should be broken
        if len(chunks) > MAX_CHUNKS:
            self._save(self._vectors)
            for chunk in chunks:
                chunk.unlink(missing_ok=True)

    def _save(self, vectors: dict[bytes, np.ndarray]) -> None:
        if self.folder is None or not vectors:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            name = f"{time.time_ns()}-{uuid.uuid4().hex[:8]}"
            partial = self.folder / f"{name}.partial.npz"
            keys = np.array([np.frombuffer(k, dtype=np.uint8) for k in vectors])
            np.savez(partial, keys=keys, vectors=np.stack(list(vectors.values())))
            partial.rename(self.folder / f"{name}.npz")
        except OSError:
            pass  # a read-only index folder: vectors stay in memory for this process

    def for_question(self, query_vector: np.ndarray) -> "SemanticScorer":
        return SemanticScorer(self, np.asarray(query_vector, dtype=np.float32).reshape(-1))

    def ensure(self, texts: Iterable[str]) -> None:
        """Encode (in one pass of batches) the texts not encoded yet."""
        missing = [t for t in dict.fromkeys(texts) if self.key(t) not in self._vectors
                   and self.stored.get(self.key(t)) is None]
        if not missing:
            return
        began = time.perf_counter()
        prefix = self.embedder.prefixes.get("passage", "")
        backend = self.embedder.backend(self.embedder._query_encoder())
        missing.sort(key=len, reverse=True)
        found: dict[bytes, np.ndarray] = {}
        for at in range(0, len(missing), BATCH_SIZE):
            batch = missing[at:at + BATCH_SIZE]
            for text, vector in zip(batch, backend.encode([prefix + t for t in batch])):
                found[self.key(text)] = vector
        with self._lock:
            if len(self._vectors) + len(found) > MAX_SENTENCES:
                self._vectors.clear()
            self._vectors.update(found)
            self.encoded += len(found)
            self.seconds += time.perf_counter() - began
        self._save(found)

    def vector(self, text: str) -> np.ndarray:
        key = self.key(text)
        vector = self._vectors.get(key)
        if vector is None:
            vector = self.stored.get(key)
        if vector is None:
            self.ensure([text])
            vector = self._vectors[self.key(text)]
        return vector


class SemanticScorer:
    """One question against sentences: cosine of the question and the sentence."""

    def __init__(self, vectors: SentenceVectors, query: np.ndarray) -> None:
        self.vectors = vectors
        self.query = query
        self._cache: dict[str, float] = {}

    def prepare(self, passages: Sequence[tuple[Sequence[str], str]]) -> None:
        """Encode at once the sentences about to be scored: (sentence texts, context) pairs."""
        self.vectors.ensure(sentence_text(s, context) for sentences, context in passages
                            for s in sentences)

    def similarity(self, sentence: str, context: str = "") -> float:
        text = sentence_text(sentence, context)
        cosine = self._cache.get(text)
        if cosine is None:
            cosine = float(self.vectors.vector(text) @ self.query)
            self._cache[text] = cosine
        return cosine
