"""Keeping an evaluation index in step with the current parser.

The builder skips a notice whose raw bytes are unchanged, so after a change to corpus/
(cleaning, headings, passage splitting) an existing index keeps the old passages and an
evaluation would score the old parser. Until the manifest records a parser version, each
eval run re-parses its files, compares them with what the index stored, and re-indexes the
notices that differ.
"""
from __future__ import annotations

import sys
from pathlib import Path


def stale_doc_ids(root: Path, paths: list[Path]) -> list[str]:
    """Doc ids whose stored text, metadata or passages differ from a fresh parse."""
    import corpus
    from corpus.models import NoticeError
    from index import store

    folder = store.current_generation(root)
    stale = []
    for path in corpus.iter_notice_files(paths):
        try:
            fresh = corpus.load_notice(path)
            stored = store.read_notice(folder, fresh.doc_id)
        except (NoticeError, FileNotFoundError):
            continue  # rejected or absent files are the builder's report, not staleness
        if (stored.text, stored.meta, stored.passages) != (fresh.text, fresh.meta, fresh.passages):
            stale.append(fresh.doc_id)
    return stale


def sync_index(root: Path, paths: list[Path], model: str | None, show_progress: bool) -> None:
    """Make `root` index exactly `paths`, as parsed by the current corpus code."""
    from index.builder import update_index

    update_index(root, add=paths, sync=True, model=model, show_progress=show_progress)
    stale = stale_doc_ids(root, paths)
    if stale:
        print(f"注意: 索引中有 {len(stale)} 篇文档由旧版解析器生成, 正在重新解析并向量化。",
              file=sys.stderr)
        update_index(root, remove=stale, model=model, show_progress=show_progress)
        update_index(root, add=paths, sync=True, model=model, show_progress=show_progress)
