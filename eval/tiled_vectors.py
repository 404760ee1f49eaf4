"""Tiled vectors: real sample vectors repeated with Gaussian noise, for eval/milvus_compare.py's
backend comparison (where only the agreement of two backends over the same vectors matters).
Not for approximate-search recall: the scale benchmark uses mixtures of real vectors instead
(eval/bench_data.py), because noisy copies of a few seeds form tight clusters."""
from __future__ import annotations

from pathlib import Path

import numpy as np

import corpus
from index.dense.encoder.embedder import Embedder
from index.passage_text import passage_text

# Spread of the tiled vectors around their seed (per dimension, before normalising): keeps
# tiled rows distinct (cosine ~0.9 to their seed) so that FAISS has no exact ties.
TILE_NOISE = 0.015


class TiledVectors:
    """Stands in for the encoder in the big build: seed vectors from real passages, repeated
    with noise. Named as what it is; never used by the product."""

    encoder_id = "torch-fp32"

    def __init__(self, seed: np.ndarray, real: Embedder) -> None:
        self.seed = seed
        self.real = real
        self.dimension = seed.shape[1]
        self.rng = np.random.default_rng(0)

    def encode_passages(self, texts, progress=None) -> np.ndarray:
        rows = self.seed[np.arange(len(texts)) % len(self.seed)]
        noisy = rows + self.rng.normal(0, TILE_NOISE, rows.shape).astype(np.float32)
        if progress:
            progress(len(texts))
        return noisy / np.linalg.norm(noisy, axis=1, keepdims=True)

    def prepare_queries(self) -> None:
        self.real.prepare_queries()


def sample_texts(files: list[Path], count: int) -> list[str]:
    """`count` real passage texts spread evenly over the corpus files."""
    step = max(1, len(files) // max(1, count))
    texts: list[str] = []
    for path in files[::step]:
        try:
            notice = corpus.load_notice(path)
        except corpus.NoticeError:
            continue
        texts += [passage_text(notice, p) for p in notice.passages[:3]]
        if len(texts) >= count:
            break
    return texts[:count]
