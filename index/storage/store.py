"""On-disk layout of an index folder and atomic publication of generations.

    INDEX_DIR/
      CURRENT                 name of the live generation (replaced atomically)
      .lock                   held by the one writer at a time
      generations/<name>/
        manifest.json
        docs/<doc_id>.json    the cleaned notice with metadata and passages
        tokens/<doc_id>.json  BM25 tokens per passage
        vectors/<doc_id>.npy  dense vectors per passage (float32, row per passage)
        ledger/<doc_id>.json  the notice's rectification ledger (index.storage.ledger_files)
        segments/<name>/      row indexes (term counts, FAISS) of a group of notices
                              (index.storage.segments); immutable, shared between generations
          records.json        catalog fields and facts of the notices whose rows it holds
          files.json          sha256 and size of those notices' files above
                              (index.storage.segment_records, schema 5)

manifest.json lists every notice with the few fields a writer needs (segment, content hash,
passage count, title, agency, source) and the checksums of the files that are not a
notice's own (segments, ledger/SIGNATURE); a notice's catalog fields and file checksums are
in the record files of its segment, so that adding a notice writes and reads what that
notice weighs, not the whole archive.

A writer builds a new generation beside the live one, linking the per-document files of
unchanged notices and the segments still in use (their record files with them), adds a small
segment for what changed, and only then replaces CURRENT. Readers resolve CURRENT once, so
they never see a half-written index.

Damage: opening a generation to read it checks the size of every recorded file (the
notices' from the segments' files.json); a writer checks only the manifest's own files
(segments, record files, small files) and carries the recorded sums of the notices' files it
links, so a damaged notice file stays damaged in every later generation: `index verify`
(sha256 of everything) names it and readers refuse to open it until a build replaces it.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from corpus.models import Heading, Notice, NoticeMeta, Passage
from index.storage import segment_records
from index.storage.file_names import safe_name
from index.storage.manifest import (READABLE_SCHEMAS, REUSABLE_SCHEMAS, SCHEMA_VERSION, Manifest,
                                    read_json)

CURRENT = "CURRENT"
GENERATIONS = "generations"
# Finished generations kept besides the live one: a reader that resolved CURRENT just before a
# publish can still finish loading (needs 1), and `notices index rollback` can restore the
# states before the last few updates (a removal needs --yes/--prune, and is undone this way).
# Unchanged notices are hard links, so an extra generation costs only its row indexes
# (bm25.*, doc_bm25.*, dense.faiss: 1.5 of the 5.0 MB of a generation of the shipped notices).
KEEP_PREVIOUS = 3
# Hard links of kept notices and deletion of old generations run one thread per notice
# folder (docs/, tokens/, vectors/, ...): os.link and os.unlink release the GIL, and links
# into different folders do not wait on one directory's lock. Linking the 55,700 files of
# 13,900 notices (1.16x10^6 passages) took 1.58-2.49 s in one thread and 1.05-1.08 s in four
# (a /tmp micro-benchmark on eval.replicate_index's index, load ~7 on the 2 cores); in
# eval.bench_update, alternating 1 and 4 threads, link_kept took 1.2-1.9 s against 0.8-1.1 s
# and deleting the oldest generation 1.4-2.8 s against 0.8-1.2 s (eval/reports/update.md).
FOLDER_THREADS = 4


class IndexMissing(FileNotFoundError):
    """No index has been published in this folder yet."""


class NothingToRestore(LookupError):
    """No kept generation of that name (or none at all) to roll back to."""


class IndexIncompatible(RuntimeError):
    """The index was built with another schema or model; the message says how to rebuild."""


class IndexDamaged(IndexIncompatible):
    """Files of the live generation are missing or changed; a build replaces it."""


def current_generation(root: Path, check: bool = True,
                       schemas: tuple[int, ...] = READABLE_SCHEMAS,
                       notice_files: bool = True) -> Path:
    pointer = root / CURRENT
    if not pointer.is_file():
        raise IndexMissing(f"索引目录 {root} 中还没有索引。请先运行: notices index build")
    return generation_folder(root, pointer.read_text(encoding="utf-8").strip(), check, schemas,
                             notice_files)


def generation_folder(root: Path, name: str, check: bool = True,
                      schemas: tuple[int, ...] = READABLE_SCHEMAS,
                      notice_files: bool = True) -> Path:
    """A kept generation by name, checked as the live one is (a Milvus reader serves the
    newest generation Milvus has synced, which may be older than CURRENT).

    `check`: sizes of the recorded files (size_mismatches); `notice_files` False leaves out
    the notices' own files (a writer: see the module's docstring)."""
    folder = root / GENERATIONS / name
    version = Manifest.schema_version_of(folder)
    if version not in schemas:
        if version in REUSABLE_SCHEMAS:  # an older layout the next update rewrites in place
            raise IndexIncompatible(
                f"索引格式版本 {version} 较旧, 需要升级到 {SCHEMA_VERSION} (保留全部文档, 不重新计算向量)。"
                f"请运行: notices index compact --index-dir {root}"
            )
        raise IndexIncompatible(
            f"索引格式版本 {version} 与当前程序 ({SCHEMA_VERSION}) 不符。"
            f"请运行: notices index build --index-dir {root}"
        )
    if check:
        damaged = size_mismatches(folder, notice_files)
        if damaged:
            raise IndexDamaged(
                f"索引已损坏 ({'、'.join(damaged[:3])} 缺失或大小不符), 已拒绝使用。"
                f"请运行 notices index verify --index-dir {root} 查看受损文档, "
                f"再运行 notices index build <通报文件或文件夹> --index-dir {root} 重建索引。"
            )
    return folder


def file_sums(folder: Path, linked: dict[str, dict] | None = None) -> dict[str, dict]:
    """sha256 and size of the files of a generation that the manifest itself records: all
    but the manifest and the notices' own files (segment_records.is_notice_path), whose sums
    the segments' files.json hold.

    `linked`: sums recorded by the previous generation for files hard-linked from it. They
    are the same immutable files (the same inodes), so their recorded sums are carried over
    without hashing or even a stat (a damaged file still fails `index verify`: it is checked
    against the sum recorded when it was written). Only new files are read. The notices'
    folders are not walked (at 1.16x10^6 passages they hold 55,000 files)."""
    linked = linked or {}
    sums: dict[str, dict] = {}
    for relative in _walk(str(folder), ""):
        if relative == "manifest.json":
            continue
        known = linked.get(relative)
        if known is not None:
            sums[relative] = known
        else:
            sums[relative] = sums_of(folder / relative)
    return dict(sorted(sums.items()))


def sums_of(path: Path) -> dict:
    return {"sha256": sha256_of(path), "size": path.stat().st_size}


def _walk(top: str, prefix: str) -> Iterator[str]:
    """Relative paths (posix) of the files under `top`, from directory entries only; of the
    notices' folders (segment_records.NOTICE_DIRS) only ledger/SIGNATURE."""
    with os.scandir(top) as entries:
        for entry in entries:
            if not prefix and entry.name in segment_records.NOTICE_DIRS:
                signature = f"{entry.path}{os.sep}SIGNATURE"
                if os.path.isfile(signature):
                    yield f"{entry.name}/SIGNATURE"
            elif entry.is_dir(follow_symlinks=False):
                yield from _walk(entry.path, f"{prefix}{entry.name}/")
            elif entry.is_file(follow_symlinks=False):
                yield f"{prefix}{entry.name}"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def size_mismatches(folder: Path, notice_files: bool = True) -> list[str]:
    """Recorded files that are missing or changed size: the check on open (one os.stat a
    file, on strings: pathlib's per-file overhead tripled its cost). `notice_files` False:
    the manifest's own files only (the segments, their record files, the small files)."""
    data = read_json(folder)
    recorded = segment_records.expected_files(folder, data) if notice_files else \
        data.get("files", {})
    base = f"{folder}{os.sep}"
    damaged = []
    for relative, sums in recorded.items():
        try:
            if os.stat(base + relative).st_size != sums["size"]:
                damaged.append(relative)
        except FileNotFoundError:
            damaged.append(relative)
    return damaged


def current_name(root: Path) -> str | None:
    """Cheap check readers use to notice a new publication."""
    try:
        return (root / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None


@contextmanager
def writer_lock(root: Path, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """One writer per index folder; a second one calls `on_wait` once, then waits its turn."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait()
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def new_generation(root: Path) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    folder = root / GENERATIONS / f".building-{stamp}-{uuid.uuid4().hex[:6]}"
    for sub in ("docs", "tokens", "vectors"):
        (folder / sub).mkdir(parents=True)
    return folder


def publish(root: Path, building: Path, prune: bool = True) -> Path:
    """Rename the finished folder to its final name, then switch CURRENT to it; with `prune`
    delete the generations beyond KEEP_PREVIOUS (prune_generations, which a caller timing
    the publication alone calls after it: the deletion is O(files of a generation))."""
    final = building.with_name(building.name.removeprefix(".building-"))
    os.replace(building, final)
    tmp = root / f"{CURRENT}.{uuid.uuid4().hex[:6]}.tmp"
    tmp.write_text(final.name, encoding="utf-8")
    os.replace(tmp, root / CURRENT)
    if prune:
        _remove_old_generations(root, live=final.name)
    return final


def prune_generations(root: Path) -> None:
    """Delete the finished generations beyond KEEP_PREVIOUS besides the live one."""
    live = current_name(root)
    if live is not None:
        _remove_old_generations(root, live)


def generations(root: Path) -> list[Path]:
    """Finished generations, newest first (by the time they were written)."""
    folder = root / GENERATIONS
    if not folder.is_dir():
        return []
    finished = [p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".building-")]
    return sorted(finished, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def restore(root: Path, name: str | None = None) -> tuple[str, Path]:
    """Publish a copy (hard links) of a kept generation, by default the newest one before
    the live one; returns the restored name and the new live folder.

    Restoring is itself a publication: the generation it replaces stays kept, so a restore
    can be undone the same way, and readers follow it like any update. Call only while
    holding writer_lock (index.builder.rollback takes it and syncs Milvus inside it).
    """
    live = current_name(root)
    kept = [p.name for p in generations(root) if p.name != live]
    if name is None:
        if not kept:
            raise NothingToRestore(f"索引目录 {root} 中没有可恢复的旧版本")
        name = kept[0]
    elif name not in kept:
        shown = "、".join(kept) or "无"
        raise NothingToRestore(f"没有名为 {name} 的旧版本 (可恢复: {shown})")
    source = root / GENERATIONS / name
    building = new_generation(root)
    try:
        for path in source.rglob("*"):
            if path.is_file():
                target = building / path.relative_to(source)
                target.parent.mkdir(parents=True, exist_ok=True)
                link_or_copy(path, target)
        return name, publish(root, building)
    except BaseException:
        discard(building)
        raise


def remove_leftovers(root: Path) -> list[str]:
    """Delete what killed writers left: unfinished `.building-*` folders and CURRENT temp files.

    Call only while holding writer_lock: then no live writer is building anything here.
    """
    removed: list[str] = []
    if (root / GENERATIONS).is_dir():
        for folder in (root / GENERATIONS).glob(".building-*"):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder.name)
    # CURRENT's temp files, and index.dense.embedding_progress's (".embedding.json.<pid>.tmp").
    for tmp in [*root.glob(f"{CURRENT}.*.tmp"), *root.glob(".embedding.json.*.tmp")]:
        tmp.unlink(missing_ok=True)
        removed.append(tmp.name)
    return removed


def discard(building: Path) -> None:
    shutil.rmtree(building, ignore_errors=True)


def _remove_old_generations(root: Path, live: str) -> None:
    finished = [p for p in generations(root) if p.name != live]
    for stale in finished[KEEP_PREVIOUS:]:
        remove_tree(stale)


def remove_tree(folder: Path) -> None:
    """shutil.rmtree, its sub-folders in parallel (FOLDER_THREADS)."""
    try:
        subs = [entry.path for entry in os.scandir(folder) if entry.is_dir(follow_symlinks=False)]
    except FileNotFoundError:
        return
    with ThreadPoolExecutor(FOLDER_THREADS) as pool:
        list(pool.map(lambda path: shutil.rmtree(path, ignore_errors=True), subs))
    shutil.rmtree(folder, ignore_errors=True)


def link_or_copy(src: Path | str, dst: Path | str) -> None:
    """Unchanged per-document files are hard links: no copy, no re-embedding."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


# --- per-document files -------------------------------------------------------------


@dataclass
class DocTokens:
    """BM25 tokens of one notice: per passage, and of the whole document."""

    passages: list[list[str]]
    document: list[str]


def write_doc(folder: Path, notice: Notice, tokens: DocTokens, vectors: np.ndarray) -> None:
    name = safe_name(notice.doc_id)
    _write_json(folder / "docs" / f"{name}.json", notice.to_dict())
    write_tokens(folder, notice.doc_id, tokens)
    np.save(folder / "vectors" / f"{name}.npy", vectors)


def write_tokens(folder: Path, doc_id: str, tokens: DocTokens) -> None:
    _write_json(folder / "tokens" / f"{safe_name(doc_id)}.json", asdict(tokens))


def reuse_docs(src_folder: Path, dst_folder: Path, doc_ids: list[str],
               tokens: bool = True) -> list[str]:
    """Hard-link the files of many notices, one thread per folder (FOLDER_THREADS); returns
    their relative paths."""
    names = [safe_name(doc_id) for doc_id in doc_ids]
    parts = ("docs/%s.json", "vectors/%s.npy") + (("tokens/%s.json",) if tokens else ())
    src, dst = f"{src_folder}{os.sep}", f"{dst_folder}{os.sep}"

    def link_folder(pattern: str) -> list[str]:
        linked = []
        for name in names:
            relative = pattern % name
            link_or_copy(src + relative, dst + relative)
            linked.append(relative)
        return linked

    with ThreadPoolExecutor(min(FOLDER_THREADS, len(parts))) as pool:
        return [relative for chunk in pool.map(link_folder, parts) for relative in chunk]


def read_notice(folder: Path, doc_id: str) -> Notice:
    data = json.loads((folder / "docs" / f"{safe_name(doc_id)}.json").read_text("utf-8"))
    return Notice(
        doc_id=data["doc_id"],
        source=data["source"],
        content_hash=data["content_hash"],
        meta=NoticeMeta(**data["meta"]),
        text=data["text"],
        headings=[Heading(**h) for h in data["headings"]],
        passages=[Passage(**(p | {"section": tuple(p["section"])})) for p in data["passages"]],
    )


def read_tokens(folder: Path, doc_id: str) -> DocTokens:
    data = json.loads((folder / "tokens" / f"{safe_name(doc_id)}.json").read_text("utf-8"))
    return DocTokens(**data)


def read_vectors(folder: Path, doc_id: str) -> np.ndarray:
    return np.load(folder / "vectors" / f"{safe_name(doc_id)}.npy")


def _write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
