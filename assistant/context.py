"""What the assistant derives from one published index generation, shared by its routes."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Mapping

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

    @cached_property
    def characters(self) -> frozenset[str]:
        """Every character of the generation's words and titles: the forms its notices use,
        which a question keeps as typed (index.question.simplified). Read once per
        generation, on the first question holding a character the converter would change."""
        found: set[str] = set()
        for term in self.scorer.weights.vocab:
            found.update(term)
        for doc in self.catalog.docs.values():
            found.update(doc.title)
            found.update(doc.agency)
        return frozenset(found)


class KeptCharacters:
    """The characters of the live generation (Context.characters), read only when a question
    holds a character the converter would change: `current` gives the live context."""

    def __init__(self, current: Callable[[], Context]) -> None:
        self.current = current
        self._characters: frozenset[str] | None = None

    def __contains__(self, char: object) -> bool:
        if self._characters is None:
            self._characters = self.current().characters
        return char in self._characters
