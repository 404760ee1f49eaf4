"""Passage vectors through sentence-transformers on PyTorch (the reference encoder).

Imported only by builds: the query path uses the ONNX backend and never loads torch.
"""
from __future__ import annotations

import os
from typing import Sequence

import numpy as np

from index.dense.encoder.model_folder import ModelFolder, ModelUnavailable

ENCODER_ID = "torch-fp32"


class TorchBackend:
    encoder_id = ENCODER_ID

    def __init__(self, folder: ModelFolder) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # a weight-loading bar on every start is noise
        try:
            self.model = SentenceTransformer(str(folder.path), device="cpu")
        except Exception as exc:  # bad folders: one clear message
            raise ModelUnavailable(
                f"无法加载向量模型 {folder.path}: {exc}。请指定本地模型文件夹 (--model 或 NOTICES_MODEL)。"
            ) from exc

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One forward pass over `texts` as given (the caller batches and sorts)."""
        vectors = self.model.encode(list(texts), batch_size=max(1, len(texts)),
                                    normalize_embeddings=True, convert_to_numpy=True)
        return np.asarray(vectors, dtype=np.float32)
