"""The text the retrievers see for a passage: which notice, where in it, then what it says."""
from __future__ import annotations

from corpus.models import Notice, Passage

# Bump whenever passage_text() changes: stored vectors of other versions are then rebuilt.
PASSAGE_TEXT_VERSION = "2"


def passage_text(notice: Notice, passage: Passage) -> str:
    """Notice title (with the agency when the title lacks it), heading path, passage text.

    Most paragraphs never name their agency or subject (they say 局党委, 我局), so the title
    line is what lets "济宁…森林防火" or a question about one province's policy find them.
    On the external NCP set the title line raised BM25 document R@1 from 0.773 to 0.791
    (eval/README.md, tuning log).
    """
    meta = notice.meta
    head = meta.title if meta.agency and meta.agency in meta.title else f"{meta.agency} {meta.title}"
    return f"{head.strip()}\n{passage.context_text()}"
