"""Passage vectors of an unfinished build, kept so that an interrupted build resumes.

    INDEX_DIR/.vector-cache/<model>--<encoder>/<n>.npz   sha256 of passage text -> vector

A build embeds in chunks and saves each chunk here as soon as it is encoded; a build killed
or interrupted half-way finds these vectors on its next run and embeds only the rest. The
cache is removed once a generation is published (its vectors then live in the generation).
Keys are hashes of the exact text given to the encoder, and the folder is per model and
encoder, so a cached vector is always the one the encoder would produce again.
"""
from __future__ import annotations

import hashlib
import shutil
import uuid
from pathlib import Path
from typing import Sequence

import numpy as np

from index.storage import store

CACHE = ".vector-cache"


class VectorCache:
    def __init__(self, root: Path, model_id: str, encoder_id: str) -> None:
        self.folder = root / CACHE / store.safe_name(f"{model_id}--{encoder_id}")

    @staticmethod
    def key(text: str) -> bytes:
        return hashlib.sha256(text.encode("utf-8")).digest()

    def load(self) -> dict[bytes, np.ndarray]:
        """Every vector saved by earlier, interrupted builds (unreadable chunks are skipped:
        a chunk is renamed into place only once fully written, so none should be)."""
        found: dict[bytes, np.ndarray] = {}
        if not self.folder.is_dir():
            return found
        for chunk in sorted(self.folder.glob("*.npz")):
            if chunk.name.endswith(".tmp.npz"):  # a writer killed mid-chunk; we hold the lock
                chunk.unlink(missing_ok=True)
                continue
            try:
                with np.load(chunk) as data:
                    keys, vectors = data["keys"], data["vectors"]
            except (OSError, ValueError, KeyError):
                continue
            for key, vector in zip(keys, vectors):
                found[bytes(key)] = vector
        return found

    def save(self, keys: Sequence[bytes], vectors: np.ndarray) -> None:
        """One chunk, written beside its final name and renamed into place (os.rename, not
        os.replace: the crash tests count os.replace calls to kill at the publication)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        name = uuid.uuid4().hex
        tmp = self.folder / f"{name}.tmp.npz"
        np.savez(tmp, keys=np.frombuffer(b"".join(keys), dtype=np.uint8).reshape(-1, 32),
                 vectors=vectors)
        tmp.rename(self.folder / f"{name}.npz")

    def clear(self) -> None:
        shutil.rmtree(self.folder.parent, ignore_errors=True)
