"""What an index folder holds: the live generation's notices and the generations kept.

>>> status = index_status(Path("~/.local/share/notices/index").expanduser())
>>> sorted(status["documents"][0])[:3]
['agency', 'date', 'doc_id']
"""
from __future__ import annotations

from pathlib import Path

from index.storage import store
from corpus.ledger.totals import TOTAL_KEY
from index.config import MODES
from index.dense.embedding_progress import read_progress
from index.storage.manifest import Manifest
from index.milvus.selection import backend_status

# How every interface (CLI report, Streamlit upload) names an update's per-file status
# (index.builder.Status); here, not in builder.py, so interfaces need not import faiss for it.
STATUS_LABELS: dict[str, str] = {
    "added": "新增", "replaced": "替换", "skipped": "跳过", "rejected": "拒绝", "removed": "删除",
    "held": "未删除", "vectorized": "补全向量",
}


def summary_line(report) -> str:
    """One line of counts for an update report (index.builder.UpdateReport); "补全向量" only
    when an update embedded notices published without vectors."""
    counts = [f"{label} {report.count(status)}" for status, label in STATUS_LABELS.items()
              if status != "vectorized" or report.count(status)]
    state = "已发布新索引" if report.published else "索引未改变"
    refreshed = getattr(report, "ledger_refreshed", 0)
    ledger = f" 整改台账: {refreshed} 份未变化的通报已重新提取。" if refreshed else ""
    return f"{', '.join(counts)}。{state}, 共 {report.passage_count} 个段落。{ledger}"


def dense_status(root: Path | None, manifest: Manifest) -> dict:
    """Whether dense search sees every passage, and if not how far its vectors have come.

    `modes`: the retrieval modes that find something (dense needs at least one vector);
    `message`: one Chinese sentence for interfaces, empty when everything is ready."""
    pending_docs = [d for d in manifest.pending if d in manifest.documents]
    pending = sum(manifest.documents[d].passage_count for d in pending_docs)
    progress = read_progress(root) if root is not None and pending else None
    with_vectors = manifest.passage_count - pending
    return {
        "ready": not pending,
        "modes": list(MODES) if with_vectors else ["bm25"],
        "pending_documents": len(pending_docs),
        "pending_passages": pending,
        "progress": progress.to_json() if progress else None,
        "message": _dense_message(pending, progress),
    }


def _dense_message(pending: int, progress) -> str:
    if not pending:
        return ""
    until = "完成前这些段落只参与关键词检索。"
    if progress is None:
        return f"有 {pending} 个段落尚未生成语义检索向量, 请运行 notices index embed; {until}"
    if progress.state == "running":
        return (f"语义检索向量生成中: {progress.done}/{progress.total} 个段落 "
                f"(notices index status 查看进度); {until}")
    if progress.state == "failed":
        return (f"语义检索向量生成失败 ({progress.error}), 请运行 notices index embed 重试; "
                f"{until}")
    return (f"语义检索向量生成已中断 (完成 {progress.done}/{progress.total}), 请运行 "
            f"notices index embed 继续 (已完成的部分不会重做); {until}")


def ledger_totals(documents: list[dict], stored: bool) -> dict:
    """The ledger's items over all notices and how many notices agree with their own totals
    (`stored`: False for an index written before the ledger, extracted on the fly)."""
    checks = [d["ledger"] for d in documents]
    return {"items": sum(c["items"] for c in checks), "stored": stored,
            "agree": sum(c["agrees"] is True for c in checks),
            "disagree": sum(c["agrees"] is False for c in checks),
            "unchecked": sum(c["agrees"] is None for c in checks)}


def index_status(root: Path) -> dict:
    """Plain data (JSON-ready) about the index in `root`; IndexMissing if there is none."""
    from index.storage.ledger_store import LedgerView

    folder = store.current_generation(root)
    manifest = Manifest.load(folder)
    ledger = LedgerView(folder, manifest)
    documents = []
    for record in manifest.documents.values():
        meta = store.read_notice(folder, record.doc_id).meta
        check = ledger.check(record.doc_id)
        documents.append({
            "doc_id": record.doc_id,
            "source": record.source,
            "agency": meta.agency,
            "title": meta.title,
            "date": meta.date or meta.written_date,
            "doc_number": meta.doc_number,
            "passages": record.passage_count,
            "ledger": {"items": check.counted.get(TOTAL_KEY, 0), "agrees": check.agrees,
                       "differences": list(check.differences)},
        })
    generations = []
    for kept in store.generations(root):
        try:
            other = Manifest.load(kept, catalog=False)
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
        "dense": dense_status(root, manifest),
        "ledger": ledger_totals(documents, ledger.stored),
        **backend_status(root),
    }
