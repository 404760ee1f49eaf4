"""Vectors through ONNX Runtime with the HF tokenizer: no torch on this path.

Two graphs: the fp32 export (onnx-fp32, queries and fp32 builds) and its int8 quantisation
(onnx-int8, builds; index/dense/encoder/onnx_quantize.py). Tokenisation, mean or CLS pooling
and L2 normalisation reproduce sentence-transformers as the model folder's configuration
says; tests/test_encoder.py checks fp32 (cosine >= 0.9999), tests/test_encoder_int8.py int8.
"""
from __future__ import annotations

import os
from functools import cached_property
from typing import Sequence

import numpy as np

from index.dense.encoder.model_folder import ModelFolder, ModelUnavailable
from index.dense.encoder.onnx_export import INPUT_NAMES, ensure_onnx
from index.dense.encoder.onnx_quantize import ensure_int8
from index.dense.encoder.query_tokenizer import QueryTokenizer

ENCODER_ID = "onnx-fp32"
INT8_ENCODER_ID = "onnx-int8"


class OnnxBackend:
    def __init__(self, folder: ModelFolder, encoder_id: str = ENCODER_ID) -> None:
        if encoder_id not in (ENCODER_ID, INT8_ENCODER_ID):
            raise ValueError(f"not an ONNX encoder: {encoder_id}")
        if folder.pooling not in ("mean", "cls"):
            raise ModelUnavailable(
                f"模型 {folder.path} 的池化方式不受 ONNX 后端支持 (仅支持 mean 与 cls)。"
            )
        import onnxruntime as ort

        self.folder = folder
        self.encoder_id = encoder_id
        # Questions are tokenised from a piece table; the full tokenizer (0.9-4 s to load)
        # only when a text needs it (passages of an onnx-fp32 build, typed special tokens).
        self.query_tokenizer = QueryTokenizer.for_model(folder.path / "tokenizer.json",
                                                        folder.max_seq_length)
        options = ort.SessionOptions()
        options.intra_op_num_threads = _threads()
        options.inter_op_num_threads = 1
        options.log_severity_level = 3  # warnings about unused initialisers are noise
        # Idle worker threads sleep instead of spinning: on this shared 2-core machine spinning
        # raised a query's median from 21 ms to 36 ms (load ~7, measured side by side).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        graph = ensure_int8(folder) if encoder_id == INT8_ENCODER_ID else ensure_onnx(folder)
        self.session = ort.InferenceSession(str(graph), options,
                                            providers=["CPUExecutionProvider"])

    @cached_property
    def tokenizer(self):
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(self.folder.path / "tokenizer.json"))
        tokenizer.enable_truncation(self.folder.max_seq_length)
        pad_id = tokenizer.token_to_id("<pad>")
        tokenizer.enable_padding(pad_id=1 if pad_id is None else pad_id)
        return tokenizer

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One forward pass over `texts` as given (the caller batches and sorts)."""
        ids, mask = self._token_ids(list(texts))
        (states,) = self.session.run(None, dict(zip(INPUT_NAMES, (ids, mask))))
        if self.folder.pooling == "cls":
            pooled = states[:, 0]
        else:
            weights = mask[:, :, None].astype(np.float32)
            pooled = (states * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.clip(norms, 1e-12, None), dtype=np.float32)

    def _token_ids(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """ids and attention mask, padded on the right to the longest text."""
        rows = self.query_tokenizer.encode(texts) if self.query_tokenizer else None
        if rows is None:
            encodings = self.tokenizer.encode_batch(texts)
            return (np.array([e.ids for e in encodings], dtype=np.int64),
                    np.array([e.attention_mask for e in encodings], dtype=np.int64))
        width = max(map(len, rows))
        ids = np.full((len(rows), width), self.query_tokenizer.pad_id, dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for i, row in enumerate(rows):
            ids[i, : len(row)] = row
            mask[i, : len(row)] = 1
        return ids, mask


def _threads() -> int:
    """OMP_NUM_THREADS when set (a Ray actor's share of the CPUs, index/dense/encoder/distributed.py),
    else every CPU."""
    given = os.environ.get("OMP_NUM_THREADS", "")
    return int(given) if given.isdigit() and int(given) > 0 else os.cpu_count() or 1
