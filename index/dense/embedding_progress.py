"""How far the passage embedding of a running (or stopped) build has come.

    INDEX_DIR/.embedding.json   {"pid", "total", "done", "started_at", "updated_at", "error"}

Written by the builder while it embeds, removed once the generation holding the vectors is
published. Readers (index status, /health, the app) learn from it whether dense search is on
its way: a live pid is a running build, a dead one an interrupted build (its finished chunks
are in the vector cache, so the next build resumes), an "error" a failed one.

>>> progress = read_progress(Path("/tmp/idx"))  # None when no build is embedding
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from index.storage import store

PROGRESS_FILE = ".embedding.json"

# Rewrite the file at most this often (seconds): a batch of 32 passages takes ~1-4 s on 2 cores,
# and readers poll every few seconds; more often would only cost writes.
WRITE_INTERVAL_S = 1.0

State = Literal["running", "stopped", "failed"]


@dataclass
class Progress:
    pid: int
    total: int
    done: int
    started_at: str
    updated_at: str
    error: str = ""

    @property
    def state(self) -> State:
        if self.error:
            return "failed"
        return "running" if _alive(self.pid) else "stopped"

    def to_json(self) -> dict:
        return asdict(self) | {"state": self.state}


class ProgressWriter:
    """The builder's side: `advance(n)` after each batch; `clear(root)` once published."""

    def __init__(self, root: Path, total: int, done: int = 0) -> None:
        self.path = root / PROGRESS_FILE
        now = store.utc_now()
        self.progress = Progress(os.getpid(), total, done, now, now)
        self._written = 0.0
        self._write()

    def advance(self, count: int) -> None:
        self.progress.done += count
        if time.monotonic() - self._written >= WRITE_INTERVAL_S or \
                self.progress.done >= self.progress.total:
            self._write()

    def fail(self, error: str) -> None:
        self.progress.error = error or "未知错误"
        self._write()

    def _write(self) -> None:
        self.progress.updated_at = store.utc_now()
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(asdict(self.progress), ensure_ascii=False), "utf-8")
        # os.rename, not os.replace: the crash tests count os.replace calls (publication).
        tmp.rename(self.path)
        self._written = time.monotonic()


def clear(root: Path) -> None:
    (root / PROGRESS_FILE).unlink(missing_ok=True)


def read_progress(root: Path) -> Progress | None:
    """The last build's embedding progress, or None (none embedding, or a torn read)."""
    try:
        data = json.loads((root / PROGRESS_FILE).read_text("utf-8"))
        return Progress(**data)
    except (OSError, ValueError, TypeError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    return True
