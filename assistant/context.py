"""What the assistant derives from one published index generation, shared by its routes."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from assistant.catalog import Catalog
from assistant.relevance import Coverage
from assistant.semantic import SentenceVectors
from index.search.loaded import LoadedIndex


@dataclass(frozen=True)
class Context:
    """What is derived from one published generation: rebuilt when a new one is live."""

    name: str
    catalog: Catalog
    scorer: Coverage
    texts: Mapping[str, str]  # doc id -> cleaned text, read when a question needs it
    # Every search of one request reads this generation, so an answer never mixes the
    # catalog of one publication with the passages of the next (found by the load test).
    index: LoadedIndex
    sentences: SentenceVectors | None  # None: the generation has no dense vectors

    def ledger_of(self, doc_id: str):
        """The ledger of one notice of this generation (corpus.ledger.Ledger)."""
        return self.index.ledger_of(doc_id)
