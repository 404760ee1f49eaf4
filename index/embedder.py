"""Dense passage and query vectors from a local sentence-transformers model.

>>> emb = Embedder.load()              # multilingual-e5-small, converted offline on first use
>>> emb.encode_queries(["哪些单位合并了党支部"]).shape
(1, 384)
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from index import config

# Passages per forward pass: 32 kept peak memory under 1.5 GB and was as fast as 64 on 2 cores.
BATCH_SIZE = 32

# e5 models were trained with these prefixes; omitting them costs retrieval quality.
E5_PREFIXES = {"query": "query: ", "passage": "passage: "}


class ModelUnavailable(RuntimeError):
    """The requested model cannot be loaded here (no hub access, missing folder)."""


@dataclass
class Embedder:
    model_id: str  # what the manifest records: the spec as given by the user
    model: object  # sentence_transformers.SentenceTransformer
    prefixes: dict[str, str]

    @classmethod
    def load(cls, spec: str | None = None) -> "Embedder":
        """The model for `spec`, loaded once per process and shared by every caller."""
        return _load(config.model_spec(spec))

    @property
    def dimension(self) -> int:
        return int(self.model.get_embedding_dimension())

    def encode_passages(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text; `progress(n)` after each batch."""
        prefix = self.prefixes.get("passage", "")
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(texts), BATCH_SIZE):
            batch = [prefix + t for t in texts[start : start + BATCH_SIZE]]
            out[start : start + len(batch)] = self._encode(batch)
            if progress:
                progress(len(batch))
        return out

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        prefix = self.prefixes.get("query", "")
        return self._encode([prefix + t for t in texts])

    def _encode(self, texts: list[str]) -> np.ndarray:
        vectors = self.model.encode(
            texts, batch_size=BATCH_SIZE, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vectors, dtype=np.float32)


@functools.lru_cache(maxsize=2)
def _load(spec: str) -> Embedder:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # a weight-loading bar on every start is noise
    path = resolve_model(spec)
    try:
        model = SentenceTransformer(str(path), device="cpu")
    except Exception as exc:  # hub errors, bad folders: one clear message
        raise ModelUnavailable(
            f"无法加载向量模型 {spec}: {exc}。请指定本地模型文件夹 (--model 或 NOTICES_MODEL)。"
        ) from exc
    return Embedder(model_id=spec, model=model, prefixes=_prefixes(spec, model))


def resolve_model(spec: str) -> Path | str:
    """The default name maps to the offline conversion; a folder is used as is."""
    if spec == config.DEFAULT_MODEL:
        from index.e5_convert import materialise_e5

        return materialise_e5(config.cache_dir() / "models" / config.DEFAULT_MODEL)
    folder = Path(spec).expanduser()
    if folder.is_dir():
        return folder
    return spec  # a hub name: works only if already in the local Hugging Face cache


def _prefixes(spec: str, model: object) -> dict[str, str]:
    """The model's own prompts if it declares them, else e5's by name, else none."""
    prompts = getattr(model, "prompts", None) or {}
    if "query" in prompts or "passage" in prompts:
        return {k: prompts.get(k, "") for k in ("query", "passage")}
    if "e5" in spec.lower():
        return dict(E5_PREFIXES)
    return {}
