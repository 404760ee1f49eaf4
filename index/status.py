"""What an index folder holds: the live generation's notices and the generations kept.

>>> status = index_status(Path("~/.local/share/notices/index").expanduser())
>>> sorted(status["documents"][0])[:3]
['agency', 'date', 'doc_id']
"""
from __future__ import annotations

from pathlib import Path

from index import store
from index.manifest import Manifest
from index.milvus.selection import backend_status

# How every interface (CLI report, Streamlit upload) names an update's per-file status
# (index.builder.Status); here, not in builder.py, so interfaces need not import faiss for it.
STATUS_LABELS: dict[str, str] = {
    "added": "新增", "replaced": "替换", "skipped": "跳过", "rejected": "拒绝", "removed": "删除",
    "held": "未删除",
}


def index_status(root: Path) -> dict:
    """Plain data (JSON-ready) about the index in `root`; IndexMissing if there is none."""
    folder = store.current_generation(root)
    manifest = Manifest.load(folder)
    documents = []
    for record in manifest.documents.values():
        meta = store.read_notice(folder, record.doc_id).meta
        documents.append({
            "doc_id": record.doc_id,
            "source": record.source,
            "agency": meta.agency,
            "title": meta.title,
            "date": meta.date or meta.written_date,
            "doc_number": meta.doc_number,
            "passages": record.passage_count,
        })
    generations = []
    for kept in store.generations(root):
        try:
            other = Manifest.load(kept)
        except (OSError, ValueError, TypeError, KeyError):
            continue  # a generation of an older layout is not restorable
        generations.append({
            "name": kept.name,
            "current": kept.name == folder.name,
            "built_at": other.built_at,
            "documents": len(other.documents),
            "passages": other.passage_count,
        })
    return {
        "index_dir": str(root),
        "current": folder.name,
        "built_at": manifest.built_at,
        "model": manifest.model_id,
        "dimension": manifest.dimension,
        "passages": manifest.passage_count,
        "documents": documents,
        "generations": generations,
        **backend_status(root),
    }
