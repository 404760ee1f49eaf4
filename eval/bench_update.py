"""Time adding one notice to an existing index, split into embedding and index update.

    python -m eval.bench_update --index DIR [--stand-in-vectors]

DIR is an index the run may change (it adds one notice: the smallest shipped notice under a
new name, one line added so it is no duplicate). With --stand-in-vectors the passages get
random unit vectors instead of the e5 encoder's (what an index built with eval.bench's tiled
vectors needs; the embedding time then is not the encoder's). The index update is split into
the steps update_index records (UpdateReport.seconds). eval.bench can call add_one_notice().
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

import corpus
from index.builder import update_index


class StandInVectors:
    """Random unit vectors in place of the encoder; named as what it is."""

    encoder_id = "torch-fp32"

    def __init__(self, dimension: int = 384) -> None:
        self.dimension = dimension
        self.rng = np.random.default_rng(0)

    def encode_passages(self, texts, progress=None) -> np.ndarray:
        vectors = self.rng.normal(size=(len(texts), self.dimension)).astype(np.float32)
        if progress:
            progress(len(texts))
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def add_one_notice(root: Path, embedder, work: Path, tag: str = "") -> dict:
    """Add a notice that is not yet indexed; seconds in total, embedding (the encoder's own
    time) and index update (the rest), with the update's steps."""
    source = min(corpus.shipped_notices_dir().iterdir(), key=lambda p: p.stat().st_size)
    new = work / f"bench-new{tag}-{source.name}"
    # One added line: a byte-identical copy would be rejected as a duplicate of the original.
    new.write_bytes(source.read_bytes() + f"\n本文件为基准测试副本{tag}。\n".encode("utf-8"))
    start = time.perf_counter()
    report = update_index(root, add=[new], embedder_factory=lambda spec: embedder,
                          show_progress=False)
    total = time.perf_counter() - start
    embedding = report.seconds.get("embedding", 0.0)
    return {"total_s": round(total, 2), "embedding_s": round(embedding, 2),
            "index_update_s": round(total - embedding, 2),
            "passages": report.outcomes[0].passages, "index_passages": report.passage_count,
            "steps_s": {k: round(v, 3) for k, v in report.seconds.items()}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--stand-in-vectors", action="store_true")
    parser.add_argument("--tag", default=str(int(time.time())))
    args = parser.parse_args(argv)
    if args.stand_in_vectors:
        embedder = StandInVectors()
    else:
        from index.dense.encoder.embedder import Embedder

        embedder = Embedder.load()
    work = Path(tempfile.mkdtemp(prefix="notices-bench-update-"))
    try:
        print(json.dumps(add_one_notice(args.index, embedder, work, args.tag), ensure_ascii=False))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
