"""The onnx-int8 passage encoder: its vectors against fp32, its cached model (regenerated
when missing or damaged, the same bytes every time), and which encoder a build uses."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import numpy as np
import pytest

import corpus
from index import config
from index.storage import store
from support import shipped_passages

# Least cosine of an int8 passage vector to the fp32 one. Measured (`python -m
# eval.bench_encoder`, 473 shipped passages, batch 32): min 0.9948, 1st percentile 0.9955; one
# passage alone vs in a batch of 20 (int8 activations are scaled per batch): min 0.9967. 0.99
# leaves room for other texts; per-tensor weight scales (rejected) gave min 0.981.
INT8_MIN_COSINE = 0.99
# int8 must really differ from fp32 (a fallback to the fp32 graph would give 0.99999+).
INT8_MAX_MEAN_COSINE = 0.9995


@pytest.fixture(scope="module")
def int8_embedder():
    from index.dense.encoder.embedder import Embedder

    return Embedder.load(encoder="onnx-int8")


def test_int8_passages_are_close_to_fp32_batched_or_alone(int8_embedder):
    texts = shipped_passages(20)
    texts.append("。".join(texts) * 3)  # longer than 512 tokens: truncated like fp32
    int8 = int8_embedder.encode_passages(texts)
    fp32 = int8_embedder.backend("onnx-fp32").encode(
        [int8_embedder.prefixes["passage"] + t for t in texts])
    cosine = (int8 * fp32).sum(axis=1)
    assert cosine.min() >= INT8_MIN_COSINE
    assert cosine.mean() <= INT8_MAX_MEAN_COSINE
    alone = np.vstack([int8_embedder.encode_passages([t]) for t in texts[:6]])
    assert (alone * int8[:6]).sum(axis=1).min() >= INT8_MIN_COSINE
    np.testing.assert_allclose(np.linalg.norm(int8, axis=1), 1.0, atol=1e-5)


def test_int8_graph_quantises_matmuls_and_keeps_the_embedding_table(int8_embedder):
    import onnx

    from index.dense.encoder.onnx_quantize import ensure_int8

    graph = onnx.load(str(ensure_int8(int8_embedder.folder)), load_external_data=False).graph
    weights = {t.name for t in graph.initializer}
    ops = {node.op_type for node in graph.node}
    # Every MatMul with a weight is quantised; the attention products (activations only) stay.
    assert not [n for n in graph.node if n.op_type == "MatMul" and set(n.input) & weights]
    assert {"MatMulInteger", "DynamicQuantizeMatMul"} & ops
    gathers = {node.input[0] for node in graph.node if node.op_type == "Gather"}
    table = max((t for t in graph.initializer if t.name in gathers),
                key=lambda t: np.prod(t.dims))
    assert table.data_type == onnx.TensorProto.FLOAT and table.dims[0] > 100_000


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_int8_model_is_regenerated_when_damaged_and_is_deterministic(
        int8_embedder, tmp_path, monkeypatch):
    from index.dense.encoder import onnx_export
    from index.dense.encoder.onnx_quantize import MARKER_FILE, ensure_int8, is_intact

    folder = int8_embedder.folder
    export = onnx_export.ensure_onnx(folder)  # the real fp32 export, in the usual cache
    monkeypatch.setenv("NOTICES_CACHE_DIR", str(tmp_path))
    (tmp_path / "onnx").mkdir()
    (tmp_path / "onnx" / export.parent.name).symlink_to(export.parent)
    assert onnx_export.onnx_model_path(folder) == tmp_path / "onnx" / export.parent.name / \
        export.name

    target = ensure_int8(folder)  # missing: generated from the fp32 export
    assert target.is_relative_to(tmp_path) and is_intact(target)
    first = _sha256(target)

    with open(target, "r+b") as f:  # damaged in place, same size
        f.seek(target.stat().st_size // 2)
        f.write(b"\0" * 64)
    assert not is_intact(target)
    assert ensure_int8(folder) == target and is_intact(target)
    assert _sha256(target) == first  # the same bytes again: deterministic

    (target.parent / MARKER_FILE).unlink()  # an interrupted write never published a marker
    assert not is_intact(target)
    shutil.rmtree(target.parent)
    assert not is_intact(target)


def test_encoder_choice_order(monkeypatch):
    monkeypatch.delenv("NOTICES_ENCODER", raising=False)
    assert config.DEFAULT_ENCODER == "onnx-int8" and "onnx-int8" in config.ENCODERS
    assert config.encoder_spec() == "onnx-int8"  # a new index
    assert config.encoder_spec(recorded="torch-fp32") == "torch-fp32"  # an existing one
    monkeypatch.setenv("NOTICES_ENCODER", "onnx-fp32")
    assert config.encoder_spec(recorded="torch-fp32") == "onnx-fp32"
    assert config.encoder_spec("torch-fp32", recorded="onnx-int8") == "torch-fp32"


def test_new_index_builds_with_int8_and_old_index_keeps_its_encoder(
        seed_index, tmp_path, monkeypatch):
    from index.builder import update_index
    from index.search.searcher import Searcher
    from index.storage.manifest import Manifest

    monkeypatch.delenv("NOTICES_ENCODER", raising=False)
    source = sorted(corpus.shipped_notices_dir().iterdir())[0]
    notices = tmp_path / "notices"
    notices.mkdir()
    shutil.copy(source, notices / source.name)
    root = tmp_path / "index"
    update_index(root, add=[notices], sync=True, show_progress=False)
    assert Manifest.load(store.current_generation(root)).encoder == "onnx-int8"
    notice = corpus.load_notice(source)
    hits = Searcher(root).search(notice.passages[0].text[:60], k=3, mode="dense")
    assert hits and hits[0].notice.doc_id == notice.doc_id

    # The seed index was built with torch-fp32 (tests/conftest.py): with no encoder chosen it
    # opens and updates with that encoder, never mixing int8 vectors into it.
    recorded = Manifest.load(store.current_generation(seed_index)).encoder
    assert recorded == "torch-fp32"
    assert Searcher(seed_index).encoder == recorded
    update_index(seed_index, remove=["nothing"], show_progress=False)
    with pytest.raises(store.IndexIncompatible, match="NOTICES_ENCODER"):
        update_index(seed_index, remove=["nothing"], encoder="onnx-int8", show_progress=False)
