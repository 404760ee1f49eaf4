"""Small helpers several test files share (imported by name, like live_server)."""
from __future__ import annotations

from collections.abc import Mapping

import corpus
from index.passage_text import passage_text


class NoReads(Mapping):
    """Notices that must not be read: any access fails the test."""

    def __init__(self, ids):
        self._ids = list(ids)

    def __getitem__(self, doc_id):
        raise AssertionError(f"notice {doc_id} was read")

    def __iter__(self):
        return iter(self._ids)

    def __len__(self):
        return len(self._ids)


def shipped_passages(n: int) -> list[str]:
    """The first `n` passage texts of the shipped notices, spread over all five."""
    texts: list[str] = []
    for path in sorted(corpus.shipped_notices_dir().iterdir()):
        notice = corpus.load_notice(path)
        texts += [passage_text(notice, p) for p in notice.passages[:n // 5 + 1]]
    return texts[:n]
