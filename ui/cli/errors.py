"""Which exceptions are the user's to fix, shown as one line instead of a traceback."""
from __future__ import annotations

import errno


def describe(exc: Exception) -> str | None:
    from corpus.models import NoticeError
    from index.dense.encoder.model_folder import ModelUnavailable
    from index.dense.encoder.distributed import ClusterUnavailable
    from index.question import QuestionTooLong
    from index.storage.store import IndexIncompatible, IndexMissing, NothingToRestore

    if isinstance(exc, (NoticeError, IndexIncompatible, IndexMissing, ModelUnavailable,
                        NothingToRestore, QuestionTooLong, ClusterUnavailable)):
        return str(exc)
    if isinstance(exc, (FileNotFoundError, PermissionError)):
        return f"无法访问 {exc.filename}: {exc.strerror}"
    if isinstance(exc, OSError) and exc.errno in _WRITE_FAILURES:
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{_WRITE_FAILURES[exc.errno]}{where}, 写入未完成; 当前索引未受影响。"
    return None


_WRITE_FAILURES = {
    errno.ENOSPC: "磁盘空间已满",
    errno.EDQUOT: "磁盘配额已用完",
    errno.EROFS: "索引目录所在的文件系统为只读",
    errno.EACCES: "没有写入索引目录的权限",
}
