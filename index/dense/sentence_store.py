"""Sentence vectors stored at index time, for the assistant's semantic evidence.

The assistant scores each sentence of the passages it reads by the e5 cosine of the question
and the sentence with its headings (assistant/semantic.py). A sentence no earlier question
encoded used to be encoded during the question: the first ask over a freshly built index of
the shipped notices took 1.8 s at load ~1 (16 s at load 6-8), and warm asks of new questions
p95 490 ms (eval/README.md, issue 18, branch `cite`). The builder now encodes the sentences
of every notice it embeds, after its passages, and keeps them here:

    INDEX_DIR/sentence-vectors/<model>--<encoder>/<stamp>.keys.npy     sorted sha256 keys
    INDEX_DIR/sentence-vectors/<model>--<encoder>/<stamp>.vectors.npy  float32 rows, same order

keyed by sha256 of the exact text the model reads (`sentence_text`), so a vector is found
whatever generation, segment or notice the sentence is read from, and never belongs to
another text. Chunks are memory-mapped and looked up by binary search: nothing is loaded
into a dict, at 10^5 passages (~3.3 x 10^5 sentences) the store is ~0.5 GB of pages the
operating system keeps or drops.

The encoder is the one question-time scoring uses (the model's query encoder, ONNX fp32,
with the passage prefix, as assistant/semantic.py always encoded them): a stored vector is
the vector a question would compute, so answers are the same with or without the store, and
an index built before it (no folder) is scored by encoding at question time, as before. The
folder name records model and encoder; a different model reads nothing from it.

>>> store_notices(root, notices, embedder).sentences  # the shipped notices
1555
>>> stored = StoredSentences.open(root, embedder.model_id, sentence_encoder(embedder))
>>> stored.get(sentence_key(sentence_text("现已下发了…", "一、…"))).shape
(384,)
"""
from __future__ import annotations

import hashlib
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from corpus.models import Notice, Passage
from corpus.sentences import Sentence, split_sentences

FOLDER = "sentence-vectors"

# Headings above a passage that count as its sentences' context (what the model reads with
# a sentence, and lexical coverage at a heading's share): the last two (the problem and its
# sub-item); higher levels are too general to tell passages apart.
CONTEXT_HEADINGS = 2

# Sentence texts encoded per forward pass (short texts, length-sorted).
BATCH_SIZE = 32

# Chunks in one folder (one per update that embedded notices) before they are merged into one
# at the next update: each lookup searches every chunk.
MAX_CHUNKS = 16

_KEY = np.dtype("V32")  # sha256 digest as one sortable, searchable value


def sentence_text(sentence: str, context: str) -> str:
    """What the model reads for a sentence: its headings, then the sentence."""
    return f"{context}\n{sentence}" if context else sentence


def passage_sentences(passage: Passage,
                      notice_text: str | None = None) -> tuple[list[Sentence], str]:
    """The citable sentences of a passage and the headings that are their context; with the
    notice's text, a piece of a wide table row is read cell by cell as the whole row is."""
    return (split_sentences(passage.text, passage.start, notice_text) or [],
            " ".join(passage.section[-CONTEXT_HEADINGS:]))


def notice_sentence_texts(notice: Notice) -> list[str]:
    """Every text the assistant may encode for this notice's sentences."""
    texts = []
    for passage in notice.passages:
        sentences, context = passage_sentences(passage, notice.text)
        texts += [sentence_text(s.text, context) for s in sentences]
    return texts


def sentence_key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


def store_folder(root: Path, model_id: str, encoder_id: str) -> Path:
    from index.storage import store

    return root / FOLDER / store.safe_name(f"{model_id}--{encoder_id}")


def sentence_encoder(embedder) -> str | None:
    """The encoder sentences are scored with (the query encoder); None for an embedder that
    has no local backend (Ray workers): its build leaves sentences to question time."""
    query_encoder = getattr(embedder, "_query_encoder", None)
    return query_encoder() if query_encoder is not None and hasattr(embedder, "backend") \
        else None


def encode_sentences(embedder, texts: Sequence[str]) -> np.ndarray:
    """L2-normalised vectors of sentence texts, as question-time scoring encodes them."""
    backend = embedder.backend(sentence_encoder(embedder))
    prefix = embedder.prefixes.get("passage", "")
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    out = np.zeros((len(texts), embedder.dimension), dtype=np.float32)
    for at in range(0, len(order), BATCH_SIZE):
        rows = order[at:at + BATCH_SIZE]
        out[rows] = backend.encode([prefix + texts[i] for i in rows])
    return out


class StoredSentences:
    """The stored sentence vectors of one model and encoder, memory-mapped."""

    def __init__(self, chunks: list[tuple[np.ndarray, np.ndarray]]) -> None:
        self._chunks = chunks

    @classmethod
    def open(cls, root: Path, model_id: str, encoder_id: str) -> "StoredSentences":
        """What the folder holds now (empty for an index built before the store)."""
        return cls.read(store_folder(root, model_id, encoder_id))

    @classmethod
    def read(cls, folder: Path) -> "StoredSentences":
        chunks = []
        for keys_file in sorted(folder.glob("*.keys.npy")) if folder.is_dir() else []:
            vectors_file = keys_file.with_name(keys_file.name.replace(".keys.", ".vectors."))
            try:
                keys = np.load(keys_file, mmap_mode="r")
                vectors = np.load(vectors_file, mmap_mode="r")
            except (OSError, ValueError):
                continue  # written by rename: a chunk is whole or absent
            if len(keys) == len(vectors) and len(keys):
                chunks.append((keys.view(_KEY).reshape(-1), vectors))
        return cls(chunks)

    def __len__(self) -> int:
        return sum(len(keys) for keys, _ in self._chunks)

    def get(self, key: bytes) -> np.ndarray | None:
        probe = np.frombuffer(key, dtype=_KEY)
        for keys, vectors in self._chunks:
            at = int(np.searchsorted(keys, probe[0]))
            if at < len(keys) and keys[at] == probe[0]:
                return np.asarray(vectors[at])
        return None

    def missing(self, texts: Iterable[str]) -> list[str]:
        return [t for t in dict.fromkeys(texts) if self.get(sentence_key(t)) is None]


@dataclass(frozen=True)
class StoreReport:
    sentences: int  # newly encoded and stored
    seconds: float
    bytes: int  # of the whole folder afterwards


def write_chunk(folder: Path, keys: Sequence[bytes], vectors: np.ndarray) -> None:
    """One chunk, sorted by key, renamed into place once whole."""
    folder.mkdir(parents=True, exist_ok=True)
    raw = np.frombuffer(b"".join(keys), dtype=np.uint8).reshape(len(keys), 32)
    order = np.argsort(raw.view(_KEY).reshape(-1), kind="stable")
    name = f"{time.time_ns()}-{uuid.uuid4().hex[:8]}"
    for part, array in (("keys", raw[order]), ("vectors", np.asarray(vectors)[order])):
        partial = folder / f".{name}.{part}.partial.npy"
        np.save(partial, array)
        partial.rename(folder / f"{name}.{part}.npy")


def _merge(folder: Path) -> None:
    """Every chunk of the folder rewritten as one (duplicates kept once)."""
    found: dict[bytes, np.ndarray] = {}
    files = sorted(folder.glob("*.keys.npy"))
    for keys, vectors in StoredSentences.read(folder)._chunks:
        for k, v in zip(keys, vectors):
            found.setdefault(bytes(k), np.asarray(v))
    if found:
        write_chunk(folder, list(found), np.stack(list(found.values())))
    for keys_file in files:
        keys_file.unlink(missing_ok=True)
        keys_file.with_name(keys_file.name.replace(".keys.", ".vectors.")).unlink(
            missing_ok=True)


def store_notices(root: Path, notices: Sequence[Notice], embedder) -> StoreReport | None:
    """Encode and store the sentences of `notices` that the store does not hold yet; None
    when the embedder cannot encode sentences here (sentences then wait for questions)."""
    encoder = sentence_encoder(embedder)
    if encoder is None:
        return None
    began = time.perf_counter()
    folder = store_folder(root, embedder.model_id, encoder)
    for stale in folder.glob(".*.partial.npy") if folder.is_dir() else []:
        stale.unlink(missing_ok=True)  # a writer killed mid-chunk (the writer lock is held)
    texts = StoredSentences.read(folder).missing(
        t for notice in notices for t in notice_sentence_texts(notice))
    if texts:
        write_chunk(folder, [sentence_key(t) for t in texts], encode_sentences(embedder, texts))
        if len(list(folder.glob("*.keys.npy"))) > MAX_CHUNKS:
            _merge(folder)
    size = sum(f.stat().st_size for f in folder.glob("*.npy")) if folder.is_dir() else 0
    return StoreReport(len(texts), time.perf_counter() - began, size)
