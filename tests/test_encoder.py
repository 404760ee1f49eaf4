"""index/dense/encoder: ONNX query vectors equal sentence-transformers', the query path stays free of
torch, passages come back in input order, and the manifest's encoder is enforced."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index.storage import store
from support import shipped_passages

# Agreement required between the ONNX Runtime fp32 and the torch fp32 encoder (issue 9);
# measured: the smallest cosine over these texts is 0.99999+.
MIN_COSINE = 0.9999
REPO = Path(__file__).resolve().parents[1]


def _questions(n: int) -> list[str]:
    lines = (REPO / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines[:n]]


def test_onnx_queries_agree_with_sentence_transformers(embedder):
    questions = _questions(24)
    onnx = embedder.encode_queries(questions)  # one padded batch
    single = np.vstack([embedder.encode_queries([q]) for q in questions[:4]])  # no padding
    torch_vectors = embedder.backend("torch-fp32").encode(
        [embedder.prefixes["query"] + q for q in questions])
    assert onnx.shape == torch_vectors.shape == (len(questions), embedder.dimension)
    assert (onnx * torch_vectors).sum(axis=1).min() >= MIN_COSINE
    assert (single * torch_vectors[:4]).sum(axis=1).min() >= MIN_COSINE
    np.testing.assert_allclose(np.linalg.norm(onnx, axis=1), 1.0, atol=1e-5)


def test_onnx_passages_agree_including_long_ones(embedder):
    texts = shipped_passages(12)
    texts.append("。".join(texts) * 3)  # longer than 512 tokens: both truncate the same way
    prefixed = [embedder.prefixes["passage"] + t for t in texts]
    onnx = embedder.backend("onnx-fp32").encode(prefixed)
    torch_vectors = embedder.backend("torch-fp32").encode(prefixed)
    assert (onnx * torch_vectors).sum(axis=1).min() >= MIN_COSINE


def test_length_sorted_passages_come_back_in_input_order(embedder):
    texts = shipped_passages(20)
    batched = embedder.encode_passages(texts)
    one_by_one = np.vstack([embedder.encode_passages([t]) for t in texts])
    assert (batched * one_by_one).sum(axis=1).min() >= MIN_COSINE


def test_query_token_ids_equal_the_full_tokenizers(embedder):
    """The piece-table tokenizer of the query path gives the full tokenizer's ids."""
    backend = embedder.backend("onnx-fp32")
    fast = backend.query_tokenizer
    assert fast is not None
    texts = [embedder.prefixes["query"] + q for q in _questions(10_000)]
    texts += [embedder.prefixes["passage"] + t for t in shipped_passages(10_000)]
    texts += ["", "   ", "query:   两个  空格\t和\n换行", "ＡＢＣ１２３ｱｲｳ 全角", "emoji 😀 é e\u0301",
              "党支部" * 300]  # the last is truncated to 512 tokens by both
    assert len(texts) > 500
    for text in texts:
        assert fast.encode([text]) == [backend.tokenizer.encode(text).ids], text[:40]
    batch = texts[:8]
    ids, mask = backend._token_ids(batch)
    full = backend.tokenizer.encode_batch(batch)
    assert ids.tolist() == [e.ids for e in full]
    assert mask.tolist() == [e.attention_mask for e in full]
    # an added token typed in the text is left to the full tokenizer
    assert fast.encode(["query: <s> 和 </s>"]) is None


def _one_shot_search(index_dir: Path, mode: str) -> list[str]:
    """stdout of `notices search` in a fresh process, then the heavy modules it imported
    and whether the full HF tokenizer was loaded."""
    probe = (
        "import sys\n"
        "from ui.cli.main import main\n"
        f"code = main(['search', '哪些单位合并了党支部', '--mode', {mode!r}, '--json',"
        f" '--index-dir', {str(index_dir)!r}])\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'torch', 'sentence_transformers', 'transformers', 'onnxruntime', 'tokenizers'})\n"
        "from index import config\n"
        "from index.dense.encoder.embedder import _load\n"
        "backends = _load(config.model_spec(None), config.encoder_spec(None))._backends\n"
        "full = any('tokenizer' in vars(b) for b in backends.values())\n"
        "print('HEAVY', heavy, 'FULL_TOKENIZER', full, code)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=REPO, env=os.environ | {"HF_HUB_OFFLINE": "1"}, timeout=300)
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout.splitlines()[0])["hits"]
    assert hits and hits[0]["agency"]
    return result.stdout.splitlines()[-1]


def test_one_shot_search_imports_neither_torch_nor_sentence_transformers(seed_index):
    assert _one_shot_search(seed_index, "hybrid") == \
        "HEAVY ['onnxruntime', 'tokenizers'] FULL_TOKENIZER False 0"


def test_one_shot_bm25_search_loads_no_encoder(seed_index):
    assert _one_shot_search(seed_index, "bm25") == "HEAVY [] FULL_TOKENIZER False 0"


def test_manifest_records_encoder_and_refuses_another(seed_index, embedder):
    from index.builder import update_index
    from index.storage.manifest import Manifest
    from index.search.searcher import Searcher

    assert Manifest.load(store.current_generation(seed_index)).encoder == embedder.encoder_id
    with pytest.raises(store.IndexIncompatible, match="编码器"):
        Searcher(seed_index, encoder="onnx-fp32")
    with pytest.raises(store.IndexIncompatible, match="NOTICES_ENCODER"):
        update_index(seed_index, remove=["nothing"], encoder="onnx-fp32", show_progress=False)
