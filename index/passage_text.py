"""The text the retrievers see for a passage: where it sits, then what it says."""
from __future__ import annotations

from corpus.models import Notice, Passage

# The issuing agency goes in front so that "济宁…森林防火" finds 济宁's passage even when the
# paragraph never names its own agency (most do not: they say 局党委, 我局).
INCLUDE_AGENCY = True


def passage_text(notice: Notice, passage: Passage) -> str:
    """Agency, heading path and passage text, one per line."""
    context = passage.context_text()
    if INCLUDE_AGENCY and notice.meta.agency:
        return f"{notice.meta.agency}\n{context}"
    return context
