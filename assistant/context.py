"""What the assistant derives from one published index generation, shared by its routes."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
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

    @property
    def kept_characters(self) -> "KeptCharacters":
        """The characters a question keeps, read only when a character would be converted."""
        return KeptCharacters(self)


class KeptCharacters:
    """`characters` of a context, computed only when first asked about."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def __contains__(self, char: object) -> bool:
        return char in self.ctx.characters
