"""Passage-encoder throughput, side by side in one run, and as a share of the matmul peak.

    python -m eval.bench_encoder [--passages N] [--configs per-notice-32,sorted-16,...]

Passages are those of the shipped notices (473), in build order. Configurations:
  per-notice-B   the embedder before issue 9: one sentence-transformers call per notice,
                 batches of B in file order (no length sorting across notices)
  sorted-B       Embedder.encode_passages with torch: length-sorted across all passages
  onnx-sorted-B  the same through ONNX Runtime fp32
Configurations alternate over slices of the notices (order reversed every other slice), so
load from other users of a shared machine falls on all of them alike. The machine's peak is the float32 GEMM rate of numpy and torch (2048^2, best of 5); the
share of peak counts the model's FLOPs from the real token counts.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from dataclasses import asdict, dataclass

import numpy as np

import corpus
from index.dense.encoder import embedder as embedder_module
from index.dense.encoder.embedder import Embedder
from index.passage_text import passage_text

GEMM_SIZE = 2048  # large enough to reach the BLAS peak, small enough to take < 1 s
GEMM_REPEATS = 5
DEFAULT_CONFIGS = ("per-notice-32", "sorted-16", "sorted-32", "onnx-sorted-16")
SLICES = 4  # interleaving rounds; each slice is a quarter of the notices' passages


@dataclass
class EncoderRun:
    config: str
    passages: int
    seconds: float
    passages_per_s: float
    gflops: float
    share_of_peak: float


def machine() -> dict:
    model = platform.processor()
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cores": os.cpu_count(), "cpu_model": model, "python": platform.python_version()}


def matmul_peak_gflops() -> dict:
    """Best float32 GEMM rate of numpy and of torch on this machine, in GFLOPS."""
    a = np.random.default_rng(0).standard_normal((GEMM_SIZE, GEMM_SIZE), dtype=np.float32)
    flops = 2 * GEMM_SIZE**3

    def best(fn) -> float:
        fn()
        times = []
        for _ in range(GEMM_REPEATS):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return flops / min(times) / 1e9

    out = {"numpy": best(lambda: a @ a)}
    import torch

    t = torch.from_numpy(a)
    out["torch"] = best(lambda: t @ t)
    return out


def shipped_passages(limit: int | None = None) -> list[list[str]]:
    """Passage texts per shipped notice, in build order."""
    notices = [corpus.load_notice(p) for p in corpus.iter_notice_files([corpus.shipped_notices_dir()])]
    groups = [[passage_text(n, p) for p in n.passages] for n in notices]
    if limit is None:
        return groups
    out, left = [], limit
    for g in groups:
        if left <= 0:
            break
        out.append(g[:left])
        left -= len(out[-1])
    return out


def model_flops(emb: Embedder, texts: list[str]) -> float:
    """Forward-pass FLOPs of a BERT encoder over these texts (dense layers + attention)."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(emb.folder.path / "tokenizer.json"))
    tok.enable_truncation(emb.folder.max_seq_length)
    cfg = json.loads((emb.folder.path / "config.json").read_text(encoding="utf-8"))
    h, ffn, layers = cfg["hidden_size"], cfg["intermediate_size"], cfg["num_hidden_layers"]
    prefix = emb.prefixes.get("passage", "")
    total = 0.0
    for enc in tok.encode_batch([prefix + t for t in texts]):
        n = len(enc.ids)
        per_layer = 2 * n * (4 * h * h + 2 * h * ffn) + 2 * 2 * n * n * h  # dense + QK^T, AV
        total += layers * per_layer
    return total


def run_config(emb: Embedder, config: str, groups: list[list[str]]) -> float:
    """Seconds to encode every passage with this configuration."""
    start = time.perf_counter()
    if config.startswith("per-notice-"):
        batch = int(config.rsplit("-", 1)[1])
        model = emb.backend("torch-fp32").model
        prefix = emb.prefixes.get("passage", "")
        for texts in groups:
            for i in range(0, len(texts), batch):
                model.encode([prefix + t for t in texts[i:i + batch]], batch_size=batch,
                             normalize_embeddings=True, convert_to_numpy=True)
    else:
        encoder = "onnx-fp32" if config.startswith("onnx-") else "torch-fp32"
        batch = int(config.rsplit("-", 1)[1])
        runner = Embedder(emb.model_id, emb.folder, encoder)
        runner._backends = emb._backends  # same loaded backends, other passage encoder
        previous = embedder_module.BATCH_SIZE
        embedder_module.BATCH_SIZE = batch
        try:
            runner.encode_passages([t for g in groups for t in g])
        finally:
            embedder_module.BATCH_SIZE = previous
    return time.perf_counter() - start


def measure(configs: list[str], groups: list[list[str]]) -> tuple[dict, list[EncoderRun]]:
    emb = Embedder.load()
    emb.backend("torch-fp32")
    if any(c.startswith("onnx-") for c in configs):
        emb.backend("onnx-fp32")
    texts = [t for g in groups for t in g]
    flops = model_flops(emb, texts)
    peak = matmul_peak_gflops()
    run_config(emb, "sorted-16", [texts[:16]])  # warm-up: first calls allocate
    slices = _slices(groups, SLICES)
    seconds_of = dict.fromkeys(configs, 0.0)
    for i, part in enumerate(slices):
        for config in (configs if i % 2 == 0 else configs[::-1]):
            seconds_of[config] += run_config(emb, config, part)
    runs = []
    for config in configs:
        seconds = seconds_of[config]
        gflops = flops / seconds / 1e9
        runs.append(EncoderRun(config, len(texts), round(seconds, 2),
                               round(len(texts) / seconds, 2), round(gflops, 1),
                               round(gflops / max(peak.values()), 3)))
        print(f"{config:>16}: {runs[-1].passages_per_s:6.2f} passages/s, "
              f"{gflops:6.1f} GFLOPS, {runs[-1].share_of_peak:.0%} of peak", flush=True)
    return {k: round(v, 1) for k, v in peak.items()}, runs


def _slices(groups: list[list[str]], count: int) -> list[list[list[str]]]:
    """Split the notices' passages into `count` slices of about equal passage count."""
    total = sum(len(g) for g in groups)
    out: list[list[list[str]]] = [[]]
    filled = 0
    for g in groups:
        for start in range(0, len(g), max(1, total // count)):
            chunk = g[start:start + max(1, total // count)]
            if filled >= total / count * len(out) and len(out) < count:
                out.append([])
            out[-1].append(chunk)
            filled += len(chunk)
    return [s for s in out if s]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, help="only the first N passages")
    parser.add_argument("--configs", default=",".join(DEFAULT_CONFIGS))
    args = parser.parse_args(argv)
    groups = shipped_passages(args.passages)
    print(f"machine: {machine()}")
    peak, runs = measure(args.configs.split(","), groups)
    print(f"matmul peak GFLOPS: {peak}")
    base = runs[0].passages_per_s
    for r in runs:
        print(f"{r.config:>16}: {r.passages_per_s / base:.2f}x {runs[0].config}")
    print(json.dumps({"matmul_peak_gflops": peak, "runs": [asdict(r) for r in runs]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
