"""From retrieved passages to citable sentences: the best sentence of each passage, scored.

>>> ev = best_sentence(hit, scorer.terms("哪些单位合并了党支部"), scorer)
>>> ev.quote
'现已下发了《关于重新调整基层党支部的通知》,将原有的20个党支部整合为9个党支部,…'
"""
from __future__ import annotations

from dataclasses import dataclass

from assistant.models import Citation
from assistant.quantity import states_quantity
from assistant.relevance import Coverage
from assistant.sentences import split_sentences
from index.searcher import Hit

# A best sentence shorter than this is extended by the next sentence of its passage:
# "整改情况:一是积极开展支部整合。" names the measure, the next sentence says what was done.
MIN_QUOTE_CHARS = 20

# Headings above a passage that count as its context when scoring sentences: the last two
# (the problem and its sub-item); higher levels are too general to tell passages apart.
CONTEXT_HEADINGS = 2


class CitationMismatch(AssertionError):
    """A quote that is not the notice's text at its span: never shown to a user."""


@dataclass(frozen=True)
class Evidence:
    hit: Hit
    quote: str
    start: int
    end: int
    coverage: float  # share of the question's weighted terms found (see relevance.Coverage)

    @property
    def agency(self) -> str:
        return self.hit.notice.meta.agency

    def cite(self, n: int) -> Citation:
        """The citation for marker [n]; refuses a quote that is not text[start:end]."""
        notice, passage = self.hit.notice, self.hit.passage
        if notice.text[self.start:self.end] != self.quote or not self.quote:
            raise CitationMismatch(f"{passage.passage_id} [{self.start}:{self.end}]")
        meta = notice.meta
        return Citation(
            n=n, doc_id=notice.doc_id, title=meta.title, agency=meta.agency,
            date=meta.date or meta.written_date, doc_number=meta.doc_number,
            section=tuple(passage.section), passage_id=passage.passage_id, quote=self.quote,
            start=self.start, end=self.end, passage_start=passage.start, passage_end=passage.end,
        )


def best_sentence(hit: Hit, terms: dict[str, float], scorer: Coverage,
                  unit: str | None = None) -> Evidence:
    """The sentence of the hit's passage that covers most of the question; when the question
    asks for a quantity (`unit`, see quantity.py), the best of those that state one."""
    passage = hit.passage
    sentences = split_sentences(passage.text, passage.start) or []
    context = " ".join(passage.section[-CONTEXT_HEADINGS:])
    if not sentences:
        return Evidence(hit, passage.text, passage.start, passage.end, 0.0)
    scored = [(scorer.of(terms, s.text, context), i) for i, s in enumerate(sentences)]
    if unit is not None:
        stating = [item for item in scored if states_quantity(sentences[item[1]].text, unit)]
        scored = stating or [(0.0, i) for _, i in scored]
    coverage, best = max(scored, key=lambda item: (item[0], -item[1]))
    start, end = sentences[best].start, sentences[best].end
    if end - start < MIN_QUOTE_CHARS and best + 1 < len(sentences):
        end = sentences[best + 1].end
        joined = hit.notice.text[start:end]
        coverage = max(coverage, scorer.of(terms, joined, context))
    return Evidence(hit, hit.notice.text[start:end], start, end, coverage)


def number_citations(evidence: list[Evidence]) -> list[Citation]:
    """Citations [1], [2] … in order; the same span cited twice keeps one number."""
    citations: list[Citation] = []
    seen: dict[tuple[str, int, int], int] = {}
    for ev in evidence:
        key = (ev.hit.notice.doc_id, ev.start, ev.end)
        if key not in seen:
            seen[key] = len(citations) + 1
            citations.append(ev.cite(seen[key]))
    return citations
