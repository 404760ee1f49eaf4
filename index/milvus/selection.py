"""Which backend serves an index folder, from index/config.py's settings.

>>> open_backend(Path("/tmp/idx")) is None  # NOTICES_BACKEND unset: the files serve
True
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from index.config import backend_spec, milvus_uri
from index.milvus.layout import MilvusUnavailable


def selected_uri() -> str | None:
    """The Milvus URI when the milvus backend is selected, else None."""
    if backend_spec() != "milvus":
        return None
    uri = milvus_uri()
    if not uri:
        raise MilvusUnavailable("选择了 milvus 后端, 但没有给出地址: 请用 --milvus-uri "
                         "(或环境变量 NOTICES_MILVUS_URI) 指定 .db 文件路径或 http://主机:19530")
    return uri


def open_backend(root: Path | None):
    """MilvusCandidates for `root` when milvus is selected; None: the files serve."""
    uri = selected_uri() if root is not None else None
    if uri is None:
        return None
    from index.milvus.search import MilvusCandidates

    return MilvusCandidates(root, uri, os.environ.get("NOTICES_MILVUS_COLLECTION"))


@contextmanager
def synced_on_exit(root: Path) -> Iterator[None]:
    """After a writer's work (inside its lock), bring the selected Milvus up to the live
    generation: also when nothing changed, so a first run against Milvus fills it."""
    yield
    uri = selected_uri()
    if uri is not None and (root / "CURRENT").is_file():
        from index.milvus.sync import sync_index

        sync_index(root, uri, os.environ.get("NOTICES_MILVUS_COLLECTION"))


def describe(backend) -> dict:
    """What `index status` and /health show about the serving backend."""
    if backend is None:
        return {"backend": "files"}
    return backend.describe() | {"milvus_generation": backend.live_name()}


def backend_status(root: Path) -> dict:
    """describe() of the backend selected for `root` (opens it: Milvus must be reachable)."""
    return describe(open_backend(root))
