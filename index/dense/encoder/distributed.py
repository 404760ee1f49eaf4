"""Passage vectors from N Ray actors, each with its own encoder: the initial build of a large
archive spread over workers (`notices index build --workers N [--ray-address HOST:PORT]`).

>>> with DistributedEmbedder.start("multilingual-e5-small", "torch-fp32", workers=2) as emb:
...     emb.encode_passages(["一是积极开展支部整合。", "二是规范组织生活。"]).shape
(2, 384)

The builder uses it in place of the local Embedder (index/builder.py): it still saves every
chunk to the vector cache and publishes one generation, so an interrupted distributed build
resumes like a local one. The texts are cut into exactly the local encoder's batches (longest
first, BATCH_SIZE each) and every batch goes to whichever actor is free, longest first, so
each vector comes from the same forward pass a local build would run (tests/test_distributed.py
compares them). Without an address a cluster is started on this machine and stopped at the
end; with one (`ray start --head` on a head node, `ray start --address ...` on the others) the
actors are placed over the cluster's nodes, each node needing this package and the model.

ray is imported only here and only when a build asks for workers: searches and every other
command never load it (optional extra `distributed`).
"""
from __future__ import annotations

import logging
import os
import socket
from collections import deque
from typing import Callable, Sequence

import numpy as np

from index.dense.encoder.embedder import BATCH_SIZE, Embedder

# Batches queued per actor: the next one is already waiting in the actor while one is encoded,
# so no driver round trip (milliseconds) idles it between batches (seconds each).
IN_FLIGHT = 2

# Chunk of the build (saved to the vector cache at once) per worker, in batches: the chunk's
# last batch leaves the other workers idle, at most 1/16 of the chunk's time. At 2 workers this
# is the local build's chunk (EMBED_CHUNK = 1024 = 2 x 16 x 32).
BATCHES_PER_WORKER = 16

# Ray's shared-memory object store of a local cluster: it only carries texts (a few KB per
# batch) and vectors (48 KB per batch), so 128 MB instead of Ray's default of 30% of RAM
# (7 GB of this shared 24 GB machine).
LOCAL_OBJECT_STORE_BYTES = 128 * 2**20

# Seconds to wait for every actor to load its model: measured 10-25 s per actor on this
# loaded 2-core machine (eval/README.md, distributed encoding); longer means the cluster
# cannot place the actors (too few free CPUs) or a node lacks the package or the model.
ACTOR_START_TIMEOUT_S = 600

# Seconds for the TCP check of a given cluster address: Ray itself retries an unreachable
# address for minutes, printing English warnings.
CONNECT_TIMEOUT_S = 5


class ClusterUnavailable(RuntimeError):
    """Distributed encoding cannot run (ray missing, cluster unreachable, bad worker count);
    the message is Chinese and says what to do."""


class DistributedEmbedder:
    """Embeds passages on `workers` Ray actors; the interface the builder uses of Embedder
    (model_id, encoder_id, dimension, encode_passages, prepare_queries), plus close()."""

    def __init__(self, model_id: str, encoder_id: str, dimension: int, actors: list,
                 threads: int, owns_cluster: bool) -> None:
        self.model_id = model_id
        self.encoder_id = encoder_id
        self.dimension = dimension
        self.threads = threads  # per actor
        self._actors = actors
        self._owns_cluster = owns_cluster
        # The builder's chunk: BATCHES_PER_WORKER batches for every worker.
        self.chunk_size = len(actors) * BATCHES_PER_WORKER * BATCH_SIZE

    @classmethod
    def start(cls, spec: str, encoder_id: str, workers: int, address: str | None = None,
              threads: int | None = None) -> "DistributedEmbedder":
        """Connect to the cluster at `address` (or start one here), start `workers` actors of
        `threads` CPU threads each (default: an even share of the cluster's CPUs, at most one
        node's) and wait until every actor has loaded the model."""
        if workers < 1:
            raise ClusterUnavailable(f"工作进程数必须至少为 1 (--workers {workers})。")
        ray = _import_ray()
        owns_cluster = connect(address, cpus=workers if threads is None else workers * threads)
        try:
            threads = threads or _threads_per_worker(ray, workers)
            worker = ray.remote(num_cpus=threads)(EncoderWorker)
            actors = [worker.remote(spec, encoder_id, threads) for _ in range(workers)]
            dimensions = _wait_for_actors(ray, actors, address)
        except BaseException:
            if owns_cluster:
                ray.shutdown()
            raise
        return cls(spec, encoder_id, dimensions[0], actors, threads, owns_cluster)

    @property
    def workers(self) -> int:
        return len(self._actors)

    def encode_passages(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        """L2-normalised float32 vectors in input order, as Embedder.encode_passages; the
        local encoder's batches, each sent to the next free actor."""
        import ray

        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        queue = deque(order[start:start + BATCH_SIZE] for start in range(0, len(order), BATCH_SIZE))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        pending: dict = {}  # ObjectRef -> (actor, rows)

        def submit(actor) -> None:
            rows = queue.popleft()
            pending[actor.encode.remote([texts[i] for i in rows])] = (actor, rows)

        for _ in range(IN_FLIGHT):
            for actor in self._actors:
                if queue:
                    submit(actor)
        try:
            while pending:
                (ref,), _ = ray.wait(list(pending), num_returns=1)
                actor, rows = pending.pop(ref)
                out[rows] = ray.get(ref)
                if progress:
                    progress(len(rows))
                if queue:
                    submit(actor)
        except ray.exceptions.RayError as exc:
            why = "工作节点内存不足, Ray 终止了工作进程" if isinstance(
                exc, ray.exceptions.OutOfMemoryError) else _first_line(exc)
            raise ClusterUnavailable(
                f"分布式向量化中断: {why}。已完成的段落向量已保存在索引目录的 "
                f".vector-cache 中, 重新运行同一命令会接着向量化其余段落。") from exc
        return out

    def prepare_queries(self) -> None:
        """The query encoder is this machine's (searches never go through the cluster)."""
        Embedder.load(self.model_id, self.encoder_id).prepare_queries()

    def close(self) -> None:
        """Stop the actors, and the cluster if it was started for this build."""
        import ray

        for actor in self._actors:
            ray.kill(actor)
        self._actors = []
        if self._owns_cluster:
            ray.shutdown()

    def __enter__(self) -> "DistributedEmbedder":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


class EncoderWorker:
    """One Ray actor: its own Embedder on `threads` CPU threads (a plain class, made a Ray
    actor by DistributedEmbedder.start, so that importing this module needs no ray)."""

    def __init__(self, spec: str, encoder_id: str, threads: int) -> None:
        os.environ["OMP_NUM_THREADS"] = str(threads)  # read by torch and ONNX Runtime at load
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        self.embedder = Embedder.load(spec, encoder_id)
        self.embedder.backend(encoder_id)  # load the model now: start() waits for it
        if encoder_id == "torch-fp32":
            import torch

            torch.set_num_threads(threads)

    def dimension(self) -> int:
        return self.embedder.dimension

    def encode(self, texts: list[str]) -> np.ndarray:
        """One batch, sorted longest first by the driver: Embedder.encode_passages keeps its
        order and encodes it as one forward pass, as the local build does."""
        return self.embedder.encode_passages(texts)


def connect(address: str | None, cpus: int) -> bool:
    """Join the Ray cluster at `address`, or start one on this machine with at least `cpus`
    CPUs (its real count if larger). True when this call started a cluster (the caller stops
    it); a process already connected keeps its cluster."""
    ray = _import_ray()
    if ray.is_initialized():
        return False
    quiet = {"logging_level": logging.ERROR, "log_to_driver": False}  # Ray logs in English
    if address is None:
        # Ray's memory monitor kills actors once the whole machine passes 95% of its memory,
        # other users' processes included: on this shared machine it killed both actors of
        # tests/test_distributed.py (08:45 UTC) while they held ~1 GB. The kernel's OOM
        # killer stays the limit for a cluster started here.
        os.environ.setdefault("RAY_memory_monitor_refresh_ms", "0")
        ray.init(address="local", num_cpus=max(cpus, os.cpu_count() or 1),
                 include_dashboard=False, object_store_memory=LOCAL_OBJECT_STORE_BYTES, **quiet)
        return True
    _check_reachable(address)
    try:
        ray.init(address=address, **quiet)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise ClusterUnavailable(_unreachable(address, _first_line(exc))) from exc
    return False


def _import_ray():
    try:
        import ray
    except ImportError:
        raise ClusterUnavailable(
            "未安装 ray, 无法多进程向量化 (--workers)。请安装可选依赖: "
            "pip install 'notices[distributed]' (即 ray 2.60), 或去掉 --workers 在本进程向量化。"
        ) from None
    return ray


def _check_reachable(address: str) -> None:
    """A TCP connection to HOST:PORT (or ray://HOST:PORT), so that a wrong address fails in
    seconds with a Chinese message; "auto" (a cluster started on this machine) is left to Ray."""
    if address == "auto":
        return
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        raise ClusterUnavailable(
            f"Ray 集群地址 {address} 无效: 应为 主机:端口 (ray start --head 打印的地址, "
            f"如 10.0.0.5:6379), ray://主机:10001 或 auto。")
    try:
        socket.create_connection((host, int(port)), timeout=CONNECT_TIMEOUT_S).close()
    except OSError as exc:
        raise ClusterUnavailable(_unreachable(address, exc.strerror or str(exc))) from exc


def _unreachable(address: str, why: str) -> str:
    return (f"无法连接 Ray 集群 {address} ({why})。请确认集群已用 ray start --head 启动且地址"
            f"正确, 或去掉 --ray-address (及 NOTICES_RAY_ADDRESS) 在本机启动。")


def _threads_per_worker(ray, workers: int) -> int:
    """An even share of the cluster's CPUs, at most the CPUs of its smallest node (an actor
    runs on one node), at least 1."""
    nodes = [n["Resources"].get("CPU", 0) for n in ray.nodes() if n.get("Alive")]
    total = sum(nodes)
    smallest = min((c for c in nodes if c), default=1)
    return max(1, int(min(total // workers, smallest)))


def _wait_for_actors(ray, actors: list, address: str | None) -> list[int]:
    """Every actor's vector dimension, once its model is loaded; a model that fails to load
    on a worker, or actors the cluster cannot place, end with a Chinese message."""
    try:
        return ray.get([actor.dimension.remote() for actor in actors],
                       timeout=ACTOR_START_TIMEOUT_S)
    except ray.exceptions.GetTimeoutError as exc:
        where = f"集群 {address}" if address else "本机"
        raise ClusterUnavailable(
            f"{len(actors)} 个工作进程在 {ACTOR_START_TIMEOUT_S} 秒内未能全部启动: "
            f"{where}的空闲 CPU 可能不足, 或节点上缺少 notices 软件包或向量模型。") from exc
    except ray.exceptions.RayError as exc:
        raise ClusterUnavailable(f"工作进程无法加载向量模型: {_first_line(exc)}") from exc


def _first_line(exc: BaseException) -> str:
    """Ray's errors carry whole remote tracebacks; the last line names the cause."""
    lines = [line for line in str(exc).strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else type(exc).__name__
