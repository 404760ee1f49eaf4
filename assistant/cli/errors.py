"""Which exceptions are the user's to fix, shown as one line instead of a traceback."""
from __future__ import annotations


def describe(exc: Exception) -> str | None:
    from corpus.models import NoticeError
    from index.embedder import ModelUnavailable
    from index.question import QuestionTooLong
    from index.store import IndexIncompatible, IndexMissing, NothingToRestore

    if isinstance(exc, (NoticeError, IndexIncompatible, IndexMissing, ModelUnavailable,
                        NothingToRestore, QuestionTooLong)):
        return str(exc)
    if isinstance(exc, (FileNotFoundError, PermissionError)):
        return f"无法访问 {exc.filename}: {exc.strerror}"
    return None
