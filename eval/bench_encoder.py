"""Passage-encoder throughput, side by side in one run, and as a share of the matmul peak.

    python -m eval.bench_encoder [--passages N] [--configs per-notice-32,sorted-16,...]

Passages are those of the shipped notices (473), in build order. Configurations:
  per-notice-B   the embedder before issue 9: one sentence-transformers call per notice,
                 batches of B in file order (no length sorting across notices)
  sorted-B       Embedder.encode_passages with torch: length-sorted across all passages
  onnx-sorted-B  the same through ONNX Runtime fp32
  int8-sorted-B  the same through ONNX Runtime int8 (onnx-int8)
Configurations alternate over slices of the notices (order reversed every other slice), so
load from other users of a shared machine falls on all of them alike. The machine's peak is
the float32 GEMM rate of numpy and torch (2048^2, best of 5); the share of peak counts the
model's FLOPs from the real token counts. Each configuration's vectors are compared with the
first sorted fp32 configuration's (cosine per passage: min, 1st percentile, mean), and one
question at a time is encoded through the fp32 and int8 query paths (median ms, interleaved).
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
DEFAULT_CONFIGS = ("sorted-32", "onnx-sorted-32", "int8-sorted-16", "int8-sorted-32",
                   "int8-sorted-64")
ENCODER_OF = {"sorted": "torch-fp32", "onnx-sorted": "onnx-fp32", "int8-sorted": "onnx-int8"}
QUERY_ENCODERS = ("onnx-fp32", "onnx-int8")
SLICES = 4  # interleaving rounds; each slice is a quarter of the notices' passages


@dataclass
class EncoderRun:
    config: str
    passages: int
    seconds: float
    passages_per_s: float
    gflops: float
    share_of_peak: float
    cosine_min: float | None = None  # to the reference configuration's vectors
    cosine_p1: float | None = None
    cosine_mean: float | None = None


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


def run_config(emb: Embedder, config: str, groups: list[list[str]]
               ) -> tuple[float, np.ndarray | None]:
    """Seconds to encode every passage with this configuration, and the vectors (None for
    per-notice, which returns none)."""
    vectors = None
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
        kind, batch = config.rsplit("-", 1)
        runner = Embedder(emb.model_id, emb.folder, ENCODER_OF[kind])
        runner._backends = emb._backends  # same loaded backends, other passage encoder
        previous = embedder_module.BATCH_SIZE
        embedder_module.BATCH_SIZE = int(batch)
        try:
            vectors = runner.encode_passages([t for g in groups for t in g])
        finally:
            embedder_module.BATCH_SIZE = previous
    return time.perf_counter() - start, vectors


def measure(configs: list[str], groups: list[list[str]]) -> tuple[dict, list[EncoderRun]]:
    emb = Embedder.load()
    kinds = {c.rsplit("-", 1)[0] for c in configs}
    if "per-notice" in kinds or "sorted" in kinds:
        emb.backend("torch-fp32")
    for kind in kinds & set(ENCODER_OF):
        emb.backend(ENCODER_OF[kind])
    texts = [t for g in groups for t in g]
    flops = model_flops(emb, texts)
    peak = matmul_peak_gflops()
    for config in configs:  # warm-up: first calls allocate
        run_config(emb, config, [texts[:16]])
    slices = _slices(groups, SLICES)
    seconds_of = dict.fromkeys(configs, 0.0)
    vectors_of: dict[str, list[np.ndarray]] = {c: [] for c in configs}
    for i, part in enumerate(slices):
        for config in (configs if i % 2 == 0 else configs[::-1]):
            seconds, vectors = run_config(emb, config, part)
            seconds_of[config] += seconds
            if vectors is not None:
                vectors_of[config].append(vectors)
    reference = next((c for c in configs if vectors_of[c] and not c.startswith("int8-")), None)
    runs = []
    for config in configs:
        seconds = seconds_of[config]
        gflops = flops / seconds / 1e9
        run = EncoderRun(config, len(texts), round(seconds, 2), round(len(texts) / seconds, 2),
                         round(gflops, 1), round(gflops / max(peak.values()), 3))
        if reference and vectors_of[config]:
            cos = (np.concatenate(vectors_of[config]) *
                   np.concatenate(vectors_of[reference])).sum(axis=1)
            run.cosine_min, run.cosine_p1, run.cosine_mean = (
                round(float(v), 4) for v in (cos.min(), np.percentile(cos, 1), cos.mean()))
        runs.append(run)
        print(f"{config:>16}: {run.passages_per_s:6.2f} passages/s, {gflops:6.1f} GFLOPS, "
              f"{run.share_of_peak:.0%} of peak, cosine to {reference}: min {run.cosine_min} "
              f"p1 {run.cosine_p1} mean {run.cosine_mean}", flush=True)
    return {k: round(v, 1) for k, v in peak.items()}, runs


def query_latency_ms(questions: list[str], encoders=QUERY_ENCODERS) -> dict[str, float]:
    """Median ms to encode one question through each encoder's ONNX backend, interleaved
    (question by question), plus the cosine of the two query vectors (min over questions)."""
    emb = Embedder.load()
    backends = {e: emb.backend(e) for e in encoders}
    prefix = emb.prefixes.get("query", "")
    times: dict[str, list[float]] = {e: [] for e in encoders}
    vectors: dict[str, list[np.ndarray]] = {e: [] for e in encoders}
    for backend in backends.values():
        backend.encode([prefix + questions[0]])  # warm-up
    for i, question in enumerate(questions):
        for e in (encoders if i % 2 == 0 else encoders[::-1]):
            start = time.perf_counter()
            vectors[e].append(backends[e].encode([prefix + question])[0])
            times[e].append(time.perf_counter() - start)
    out = {e: round(1000 * float(np.median(times[e])), 2) for e in encoders}
    if len(encoders) == 2:
        a, b = (np.stack(vectors[e]) for e in encoders)
        out["cosine_min"] = round(float((a * b).sum(axis=1).min()), 4)
    return out


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
    parser.add_argument("--no-queries", action="store_true", help="skip the query latency")
    args = parser.parse_args(argv)
    groups = shipped_passages(args.passages)
    print(f"machine: {machine()}, load average before: {os.getloadavg()}")
    peak, runs = measure(args.configs.split(","), groups)
    queries = None
    if not args.no_queries:
        from eval.questions import DEFAULT_SET, load_questions

        queries = query_latency_ms([q.question for q in load_questions(DEFAULT_SET)])
        print(f"one question, median ms: {queries}")
    print(f"load average after: {os.getloadavg()}")
    print(f"matmul peak GFLOPS: {peak}")
    base = runs[0].passages_per_s
    for r in runs:
        print(f"{r.config:>16}: {r.passages_per_s / base:.2f}x {runs[0].config}")
    print(json.dumps({"matmul_peak_gflops": peak, "runs": [asdict(r) for r in runs],
                      "query_ms": queries, "load_average_after": os.getloadavg()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
