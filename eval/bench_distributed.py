"""Distributed passage encoding (index/dense/encoder/distributed.py) against the local encoder,
side by side in one run on one local Ray cluster.

    python -m eval.bench_distributed [--passages N] [--encoder torch-fp32] [--slices 4]

Passages are those of the shipped notices (470), in build order. Configurations:
  local      Embedder.encode_passages in this process, every CPU's thread (the reference)
  ray-1x2    1 actor on all CPUs: the cost of Ray itself (transfer, scheduling), same threads
  ray-1x1    1 actor on one CPU: the rate of one worker with a fixed share of the machine
  ray-2x1    2 actors on one CPU each: 1 -> 2 workers, each with the same share as ray-1x1
(x2 and x1 stand for all CPUs and half of them on another machine.) Every configuration
encodes the same slices of the passages in turn, the order reversed every other slice, so
load from other users of the machine falls on all alike. Start-up is timed apart: the local
cluster's start, each configuration's actors loading the model, and the shutdown.
Writes eval/reports/distributed.json.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from eval.bench_encoder import machine, shipped_passages
from index import config
from index.dense.encoder import distributed
from index.dense.encoder.embedder import Embedder

REPORT = Path(__file__).resolve().parent / "reports" / "distributed.json"
DEFAULT_SLICES = 4  # interleaving rounds, as eval/bench_encoder.py


@dataclass
class Run:
    config: str
    workers: int
    threads: int  # per worker
    start_s: float  # actors loading the model (0 for local: loaded before the run)
    seconds: float
    passages_per_s: float


def measure(texts: list[str], encoder_id: str, slices: int) -> dict:
    cpus = os.cpu_count() or 1
    half = max(1, cpus // 2)
    shapes = {"ray-1x2": (1, cpus), "ray-1x1": (1, half), "ray-2x1": (2, half)}
    load_before = os.getloadavg()
    local = Embedder.load(None, encoder_id)
    local.backend(encoder_id)
    local.encode_passages(texts[:8])  # warm-up: first calls allocate

    started = time.perf_counter()
    distributed.connect(None, cpus=sum(w * t for w, t in shapes.values()))
    cluster_start_s = time.perf_counter() - started
    print(f"local Ray cluster started in {cluster_start_s:.1f} s", flush=True)
    runners, start_s = {"local": local}, {"local": 0.0}
    try:
        for name, (workers, threads) in shapes.items():
            started = time.perf_counter()
            runners[name] = distributed.DistributedEmbedder.start(
                local.model_id, encoder_id, workers, threads=threads)
            start_s[name] = time.perf_counter() - started
            runners[name].encode_passages(texts[:8])  # warm-up, as for local
            print(f"{name}: actors ready in {start_s[name]:.1f} s", flush=True)
        seconds = dict.fromkeys(runners, 0.0)
        names = list(runners)
        size = -(-len(texts) // slices)
        for i in range(slices):
            part = texts[i * size:(i + 1) * size]
            for name in (names if i % 2 == 0 else names[::-1]):
                began = time.perf_counter()
                runners[name].encode_passages(part)
                seconds[name] += time.perf_counter() - began
            print(f"slice {i + 1}/{slices}: " + ", ".join(
                f"{n} {seconds[n]:.1f} s" for n in names), flush=True)
    finally:
        started = time.perf_counter()
        for name, runner in runners.items():
            if name != "local":
                runner.close()
        import ray

        ray.shutdown()
        shutdown_s = time.perf_counter() - started
    runs = [Run(name, *shapes.get(name, (1, cpus)), round(start_s[name], 1),
                round(seconds[name], 1), round(len(texts) / seconds[name], 2))
            for name in names]
    return {"machine": machine(), "encoder": encoder_id, "passages": len(texts),
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
            "cluster_start_s": round(cluster_start_s, 1), "shutdown_s": round(shutdown_s, 1),
            "runs": [asdict(r) for r in runs], "ratios": ratios(runs)}


def ratios(runs: list[Run]) -> dict:
    rate = {r.config: r.passages_per_s for r in runs}
    return {
        # Ray's own cost: same threads as local, so any loss is transfer and scheduling.
        "ray_overhead_share": round(1 - rate["ray-1x2"] / rate["local"], 3),
        # 1 -> 2 workers at a fixed share per worker (ideal 2.0 on free CPUs).
        "speedup_2_workers": round(rate["ray-2x1"] / rate["ray-1x1"], 2),
        # Two processes against one process with two threads on the same CPUs (ideal >= 1.0).
        "two_workers_vs_local": round(rate["ray-2x1"] / rate["local"], 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, help="only the first N passages")
    parser.add_argument("--encoder", default=config.DEFAULT_ENCODER, choices=config.ENCODERS)
    parser.add_argument("--slices", type=int, default=DEFAULT_SLICES)
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args(argv)
    texts = [t for group in shipped_passages(args.passages) for t in group]
    print(f"machine: {machine()}, load average {os.getloadavg()}", flush=True)
    result = measure(texts, args.encoder, args.slices)
    for run in result["runs"]:
        print(f"{run['config']:>8}: {run['passages_per_s']:6.2f} passages/s "
              f"({run['workers']} x {run['threads']} threads, start {run['start_s']} s)")
    print(f"ratios: {result['ratios']}")
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"report: {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
