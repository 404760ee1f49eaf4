"""Maintainer uploads: the token check and `index add` for files received by the browser.

The uploaded name is untrusted: only its sanitised stem (the notice's doc id) and a
supported suffix are used, inside a fresh temporary folder.
"""
from __future__ import annotations

import hmac
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from corpus import SUPPORTED_SUFFIXES
from index.builder import FileOutcome, UpdateReport, update_index

TOKEN_ENV = "NOTICES_API_TOKEN"
# Doc ids are file stems; 100 characters is far above the shipped ids (20) and keeps
# the stored file names well under file-system limits (255 bytes, 3 per Chinese character).
MAX_STEM_CHARS = 100
_UNSAFE = re.compile(r"[^0-9A-Za-z_\-\u4e00-\u9fff]+")


@dataclass(frozen=True)
class Upload:
    name: str  # as the browser sent it
    data: bytes


def token_configured() -> bool:
    return bool(os.environ.get(TOKEN_ENV))


def token_valid(given: str) -> bool:
    """Constant-time comparison with $NOTICES_API_TOKEN; never true when it is unset."""
    expected = os.environ.get(TOKEN_ENV, "")
    return bool(expected) and hmac.compare_digest(given.encode(), expected.encode())


def safe_file_name(name: str) -> str | None:
    """`stem.suffix` with the stem reduced to letters, digits, Chinese, _ and -; None if unusable."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, suffix = base.rpartition(".")
    suffix = f".{suffix.lower()}" if dot else ""
    stem = _UNSAFE.sub("_", stem).strip("_-")[:MAX_STEM_CHARS]
    if not stem or suffix not in SUPPORTED_SUFFIXES:
        return None
    return stem + suffix


def add_uploads(root: Path, uploads: Sequence[Upload],
                embedder_factory: Callable[[str], object]) -> UpdateReport:
    """Add or replace the uploaded notices; the report names files as uploaded."""
    report = UpdateReport()
    named: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="notices-upload-") as tmp:
        paths = []
        for upload in uploads:
            safe = safe_file_name(upload.name)
            if safe is None:
                report.outcomes.append(FileOutcome(upload.name, "rejected", reason=(
                    "文件名或格式不受支持 (支持: " + " ".join(sorted(SUPPORTED_SUFFIXES)) + ")")))
                continue
            if safe in named:
                report.outcomes.append(FileOutcome(upload.name, "rejected",
                                                   reason=f"与 {named[safe]} 重名"))
                continue
            path = Path(tmp) / safe
            path.write_bytes(upload.data)
            named[safe] = upload.name
            paths.append(path)
        if paths:
            result = update_index(root, add=paths, embedder_factory=embedder_factory,
                                  show_progress=False)
            for o in result.outcomes:
                original = named.get(Path(o.source).name, o.source)
                report.outcomes.append(FileOutcome(original, o.status, o.doc_id, o.passages,
                                                   o.reason))
            report.published = result.published
            report.generation = result.generation
            report.passage_count = result.passage_count
    return report
