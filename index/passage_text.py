"""The texts the retrievers see: a passage with its context, and a whole notice."""
from __future__ import annotations

from corpus.models import Notice, Passage

# Bump whenever passage_text() changes: stored vectors of other versions are then rebuilt.
PASSAGE_TEXT_VERSION = "3"


def notice_head(notice: Notice) -> str:
    """The title, with the agency in front when the title does not name it."""
    meta = notice.meta
    if not meta.agency or meta.agency in meta.title:
        return meta.title.strip()
    return f"{meta.agency} {meta.title}".strip()


def document_text(notice: Notice) -> str:
    """What the document-level BM25 indexes: the head line and the whole cleaned text."""
    return f"{notice_head(notice)}\n{notice.text}"


def passage_text(notice: Notice, passage: Passage) -> str:
    """Notice title (with the agency when the title lacks it), heading path, passage text.

    Most paragraphs never name their agency or subject (they say 局党委, 我局), so the title
    line is what lets "济宁…森林防火" or a question about one province's policy find them.
    On the external NCP set the title line raised BM25 document R@1 from 0.719 to 0.746 and
    hybrid from 0.712 to 0.735 (eval/README.md, tuning log rows 0a and 1); on the own set it
    cost dense retrieval (R@5 0.907 to 0.866) while hybrid held (0.952 to 0.946).
    """
    return f"{notice_head(notice)}\n{passage.context_text()}"
