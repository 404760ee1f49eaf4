"""index/dense/encoder/distributed.py on a real local Ray cluster: two actors return the local
encoder's vectors in input order, a distributed build publishes one generation equal to a
local one, and bad use (no ray, no cluster, no workers) is refused in Chinese with the index
unchanged."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import corpus
from index.storage import store
from index.builder import update_index
from index.dense.encoder.distributed import ClusterUnavailable, DistributedEmbedder
from index.dense.encoder.embedder import BATCH_SIZE
from index.passage_text import passage_text
from index.verify import verify_index

# Agreement required with the local encoder (the brief: cosine >= 0.9999). The actors run the
# local build's batches on fewer threads, so only float32 summation order may differ: with
# ONNX the 2 one-thread actors gave the local vectors exactly (max |diff| 0.0, 20 passages,
# /tmp script); with torch this test's max |diff| < 1e-5 has held in every run.
MIN_COSINE = 0.9999
REPO = Path(__file__).resolve().parents[1]
WORKERS = 2


def _closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _shipped_texts(per_notice: int) -> list[str]:
    texts: list[str] = []
    for path in corpus.iter_notice_files([corpus.shipped_notices_dir()]):
        notice = corpus.load_notice(path)
        texts += [passage_text(notice, p) for p in notice.passages[:per_notice]]
    return texts


def test_two_actors_return_the_local_vectors_in_input_order(embedder):
    texts = _shipped_texts(per_notice=8)  # 40 passages: with the long one, batches of 32 and 9
    texts.append("。".join(texts[:20]) * 3)  # longer than 512 tokens: truncated alike
    local = embedder.encode_passages(texts)
    done: list[int] = []
    with DistributedEmbedder.start(embedder.model_id, embedder.encoder_id, WORKERS) as remote:
        assert (remote.workers, remote.threads, remote.dimension) == \
            (WORKERS, max(1, (os.cpu_count() or 1) // WORKERS), embedder.dimension)
        vectors = remote.encode_passages(texts, progress=done.append)
    assert vectors.shape == local.shape and vectors.dtype == np.float32
    assert (vectors * local).sum(axis=1).min() >= MIN_COSINE
    assert np.abs(vectors - local).max() < 1e-5  # the same forward passes, not just close
    assert sum(done) == len(texts) and len(done) == -(-len(texts) // BATCH_SIZE)


def test_distributed_build_publishes_one_generation_like_a_local_build(tmp_path, seed_index):
    source = tmp_path / "notices"
    source.mkdir()
    files = corpus.iter_notice_files([corpus.shipped_notices_dir()])[1:3]  # 47 + 48 passages
    for path in files:
        shutil.copy(path, source / path.name)
    root = tmp_path / "index"
    report = update_index(root, add=[source], sync=True, workers=WORKERS, show_progress=False)
    assert report.published and report.count("added") == 2
    assert len(store.generations(root)) == 1 and verify_index(root) == []
    assert not (root / ".vector-cache").exists()  # published: the cache is gone
    built, seeded = store.current_generation(root), store.current_generation(seed_index)
    for path in files:
        ours, theirs = store.read_vectors(built, path.stem), store.read_vectors(seeded, path.stem)
        assert ours.shape == theirs.shape
        assert (ours * theirs).sum(axis=1).min() >= MIN_COSINE


def test_bad_use_is_refused_in_chinese_before_anything_changes(tmp_path, seed_index,
                                                                monkeypatch):
    with pytest.raises(ClusterUnavailable, match="至少为 1"):
        DistributedEmbedder.start("multilingual-e5-small", "torch-fp32", workers=0)
    with pytest.raises(ClusterUnavailable, match="地址 .* 无效"):
        DistributedEmbedder.start("multilingual-e5-small", "torch-fp32", 2, address="nowhere")
    monkeypatch.setitem(sys.modules, "ray", None)  # as if the extra were not installed
    with pytest.raises(ClusterUnavailable, match="未安装 ray"):
        DistributedEmbedder.start("multilingual-e5-small", "torch-fp32", workers=2)
    monkeypatch.delitem(sys.modules, "ray")

    root = tmp_path / "index"
    shutil.copytree(seed_index, root)
    live = store.current_name(root)
    new = tmp_path / "new" / "新通报.txt"
    new.parent.mkdir()
    new.write_text("关于整改情况的通报\n一、加强支部建设\n各支部按月开展组织生活。\n", "utf-8")
    cli = [sys.executable, "-m", "ui.cli.main", "index", "add", str(new),
           "--index-dir", str(root)]
    unreachable = _run(cli + ["--workers", "2", "--ray-address", f"127.0.0.1:{_closed_port()}"])
    assert unreachable.returncode == 2 and "无法连接 Ray 集群" in unreachable.stderr
    no_workers = _run(cli + ["--ray-address", "127.0.0.1:6379"])
    assert no_workers.returncode == 2 and "需要与 --workers N 一起使用" in no_workers.stderr
    zero = _run(cli + ["--workers", "0"])
    assert zero.returncode == 2 and "不是正整数" in zero.stderr
    background = _run(cli[:4] + ["embed", "--background", "--workers", "2", "--index-dir",
                                 str(root)])
    assert background.returncode == 2 and "不能与 --background 同时使用" in background.stderr
    assert store.current_name(root) == live and len(store.generations(root)) == \
        len(store.generations(seed_index))


def test_no_other_command_imports_ray():
    probe = ("import sys\n"
             "import ui.cli.main, index.builder, index.search.searcher, index.dense.encoder.distributed\n"
             "print('ray' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=REPO, timeout=300)
    assert result.stdout.split() == ["False"], result.stderr


def _run(argv: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(argv, capture_output=True, text=True, cwd=REPO, timeout=300,
                          env=os.environ | {"HF_HUB_OFFLINE": "1"})
