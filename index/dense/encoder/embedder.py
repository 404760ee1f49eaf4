"""Dense passage and query vectors: one entry point over the torch and ONNX backends.

Passages go through the build's encoder (ONNX Runtime int8 by default for new indexes, or
ONNX Runtime fp32, or sentence-transformers on torch), in length-sorted batches; queries
always go through ONNX Runtime fp32, so the query path never imports torch (fp32 backends
agree to cosine >= 0.9999, int8 to fp32 as tests/test_encoder.py bounds it).

>>> emb = Embedder.load()              # multilingual-e5-small, converted offline on first use
>>> emb.encode_queries(["哪些单位合并了党支部"]).shape
(1, 384)
"""
from __future__ import annotations

import functools
import threading
from typing import Callable, Sequence

import numpy as np

from index import config
from index.dense.encoder.model_folder import ModelFolder, ModelUnavailable, resolve_model

# Passages per forward pass, over length-sorted input. Measured on the shipped notices (473
# passages, 2 shared cores, `python -m eval.bench_encoder`, configurations interleaved): torch
# batch 32 sorted 1.19x and batch 16 sorted 1.00x the old per-notice batch-32 encoding,
# ONNX Runtime batch 16 sorted 1.36x (eval/README.md, encoder throughput).
BATCH_SIZE = 32


class Embedder:
    """The model `model_id`; `encoder_id` names the backend that encodes passages."""

    def __init__(self, model_id: str, folder: ModelFolder, encoder_id: str) -> None:
        if encoder_id not in config.ENCODERS:
            raise ValueError(f"未知的编码器 {encoder_id}, 可选: {', '.join(config.ENCODERS)}")
        self.model_id = model_id  # what the manifest records: the spec as given by the user
        self.folder = folder
        self.encoder_id = encoder_id
        self.prefixes = folder.prefixes
        self._backends: dict[str, object] = {}
        self._lock = threading.Lock()

    @classmethod
    def load(cls, spec: str | None = None, encoder: str | None = None) -> "Embedder":
        """The model for `spec`, shared by every caller in the process; backends load lazily."""
        return _load(config.model_spec(spec), config.encoder_spec(encoder))

    @property
    def dimension(self) -> int:
        return self.folder.dimension

    def encode_passages(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text, in input order.

        Texts are encoded longest first in batches of similar length (less padding);
        `progress(n)` is called after each batch."""
        backend = self.backend(self.encoder_id)
        prefix = self.prefixes.get("passage", "")
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(order), BATCH_SIZE):
            rows = order[start : start + BATCH_SIZE]
            out[rows] = backend.encode([prefix + texts[i] for i in rows])
            if progress:
                progress(len(rows))
        return out

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        prefix = self.prefixes.get("query", "")
        return self.backend(self._query_encoder()).encode([prefix + t for t in texts])

    def prepare_queries(self) -> None:
        """Export and load the query encoder now (set-up, builds) instead of at the first query."""
        self.backend(self._query_encoder())

    def backend(self, encoder_id: str):
        with self._lock:
            if encoder_id not in self._backends:
                self._backends[encoder_id] = _make_backend(encoder_id, self.folder)
            return self._backends[encoder_id]

    def _query_encoder(self) -> str:
        """ONNX unless the model's pooling is one the ONNX backend does not reproduce."""
        return "onnx-fp32" if self.folder.pooling else "torch-fp32"


def _make_backend(encoder_id: str, folder: ModelFolder):
    if encoder_id in ("onnx-fp32", "onnx-int8"):
        from index.dense.encoder.onnx_backend import OnnxBackend

        return OnnxBackend(folder, encoder_id)
    from index.dense.encoder.torch_backend import TorchBackend

    return TorchBackend(folder)


@functools.lru_cache(maxsize=4)
def _load(spec: str, encoder: str) -> Embedder:
    try:
        folder = ModelFolder.read(resolve_model(spec), spec)
    except ModelUnavailable:
        raise
    except Exception as exc:  # a broken conversion or folder: one clear message
        raise ModelUnavailable(f"无法加载向量模型 {spec}: {exc}") from exc
    if not folder.dimension:
        raise ModelUnavailable(f"无法加载向量模型 {spec}: 模型文件夹中没有 config.json。")
    return Embedder(model_id=spec, folder=folder, encoder_id=encoder)
