"""The int8 passage encoder's model: the ONNX export quantised once, into the cache folder.

ONNX Runtime's dynamic quantisation (weights int8 per output channel, activations quantised per
batch at run time) of the MatMul weights only: the word-embedding table is a Gather and stays
fp32, as do LayerNorm, GELU and attention's softmax. Generated offline from the fp32 export
(index/dense/encoder/onnx_export.py), deterministically (same bytes every time: the scales are
the weights' min/max), never committed. A marker written last records the file's size and
SHA-256; a model whose marker is missing or does not match (an interrupted or damaged copy) is
generated again before it is loaded.

Choices measured side by side on the 473 shipped passages (`python -m eval.bench_encoder`,
eval/README.md, int8 encoder): per-channel weights give cosine >= 0.995 to fp32 (per-tensor:
>= 0.981) at the same speed; ONNX Runtime's transformer fusions (BiasGelu, SkipLayerNorm; its
Attention fusion does not match this export) added nothing measurable on top of int8.

>>> path = ensure_int8(ModelFolder.read(resolve_model("multilingual-e5-small")))
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import uuid
from pathlib import Path

from index.dense.encoder.model_folder import ModelFolder
from index.dense.encoder.onnx_export import ensure_onnx, onnx_model_path

QUANTIZER_VERSION = 1  # bump when the quantised graph changes, so old ones are replaced
GRAPH_FILE = "model-int8.onnx"
MARKER_FILE = "int8.json"  # written last: size and sha256 of GRAPH_FILE
OP_TYPES = ("MatMul",)  # the dense layers; Gather (the word-embedding table) stays fp32
PER_CHANNEL = True  # one scale per output column: cosine to fp32 0.995 vs 0.981 per tensor
HASH_CHUNK = 1 << 22


def int8_model_path(folder: ModelFolder) -> Path:
    """Where the quantised model of this folder's export lives (it may not exist yet)."""
    export_dir = onnx_model_path(folder).parent
    return export_dir.with_name(f"{export_dir.name}-int8-v{QUANTIZER_VERSION}") / GRAPH_FILE


def ensure_int8(folder: ModelFolder) -> Path:
    """The quantised model, (re)generated first when missing or not intact."""
    target = int8_model_path(folder)
    if not is_intact(target):
        quantise(ensure_onnx(folder), target)
    return target


def is_intact(target: Path) -> bool:
    """The graph exists and matches the size and SHA-256 its marker recorded."""
    marker = target.parent / MARKER_FILE
    try:
        recorded = json.loads(marker.read_text("utf-8"))
        if target.stat().st_size != recorded["size"]:
            return False
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return _sha256(target) == recorded.get("sha256")


def quantise(source: Path, target: Path) -> None:
    """Quantise the fp32 graph `source` into `target`'s folder, replacing whatever is there;
    published by renaming a complete staging folder."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    folder_out = target.parent
    folder_out.parent.mkdir(parents=True, exist_ok=True)
    staging = folder_out.with_name(f".{folder_out.name}.{uuid.uuid4().hex[:8]}.tmp")
    staging.mkdir()
    root_logger = logging.getLogger()
    level = root_logger.level
    root_logger.setLevel(logging.ERROR)  # "consider pre-processing" advice, in English
    try:
        quantize_dynamic(str(source), str(staging / target.name),
                         op_types_to_quantize=list(OP_TYPES), per_channel=PER_CHANNEL,
                         weight_type=QuantType.QInt8)
        graph = staging / target.name
        (staging / MARKER_FILE).write_text(json.dumps(
            {"size": graph.stat().st_size, "sha256": _sha256(graph),
             "source": source.parent.name, "version": QUANTIZER_VERSION}), "utf-8")
        if folder_out.exists():
            shutil.rmtree(folder_out, ignore_errors=True)  # not intact (checked by the caller)
        try:
            os.replace(staging, folder_out)
        except OSError:  # a concurrent process published its (identical) model first
            if not is_intact(target):
                raise
    finally:
        root_logger.setLevel(level)
        shutil.rmtree(staging, ignore_errors=True)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
