"""Embedding the notices published without vectors, in a process of its own.

`make run` publishes the shipped notices for BM25 at once (`index add --defer-vectors`), then
starts this job and opens the app: keyword search answers within seconds, dense search joins
when the job publishes the generation with the vectors (the running app picks it up on its
next query). The job is `notices index embed` in its own session, so quitting the app does
not stop it; a stopped job resumes from the vector cache on its next run.

>>> start_background_embedding(Path("/tmp/idx"))  # pid, or None when nothing is pending
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from index.storage import store
from index.storage.manifest import Manifest
from index.status import dense_status

# The job's output (tqdm, errors), in the index folder.
EMBED_LOG = "embed.log"


def start_background_embedding(root: Path, model: str | None = None) -> int | None:
    """Start `notices index embed` for `root` unless nothing is pending or a job is running;
    returns the new process id, or None."""
    status = dense_status(root, Manifest.load(store.current_generation(root)))
    progress = status["progress"]
    if status["ready"] or (progress and progress["state"] == "running"):
        return None
    argv = [sys.executable, "-m", "ui.cli.main", "index", "embed", "--index-dir", str(root)]
    if model:
        argv += ["--model", model]
    with open(root / EMBED_LOG, "ab") as log:
        child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                 start_new_session=True)
    return child.pid
