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
from corpus.sentences import Sentence, split_sentences
from index.searcher import Hit

# A best sentence shorter than this is extended by the next sentence of its passage:
# "整改情况:一是积极开展支部整合。" names the measure, the next sentence says what was done.
MIN_QUOTE_CHARS = 20

# Neighbouring sentences covering at least this share of the best one's coverage join its
# quote, up to MAX_QUOTE_CHARS: "一是开展支部整合。" and "将原有的20个党支部整合为9个…" tie,
# and the gold is as often the second as the first. Own set: see eval/README.md, answer level.
NEAR_BEST = 0.8
MAX_QUOTE_CHARS = 200

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
        scored = [item for item in scored if states_quantity(sentences[item[1]].text, unit)]
        if not scored:  # nothing here answers "how many" or "when": no evidence, no window
            first = sentences[0]
            return Evidence(hit, first.text, first.start, first.end, 0.0)
    coverage, best = max(scored, key=lambda item: (item[0], -item[1]))
    first, last = _window(sentences, dict((i, c) for c, i in scored), best, coverage)
    start, end = sentences[first].start, sentences[last].end
    if end - start > len(sentences[best].text):
        coverage = max(coverage, scorer.of(terms, hit.notice.text[start:end], context))
    return Evidence(hit, hit.notice.text[start:end], start, end, coverage)


def _window(sentences: list[Sentence], scores: dict[int, float], best: int,
            coverage: float) -> tuple[int, int]:
    """Grow the best sentence by neighbours that cover nearly as much (a measure and what
    was done under it), and by the next sentence when the best is too short to stand alone."""
    first = last = best
    near = NEAR_BEST * coverage
    while True:
        length = sentences[last].end - sentences[first].start
        after = last + 1 if last + 1 < len(sentences) else None
        before = first - 1 if first > 0 else None
        if after is not None and length < MIN_QUOTE_CHARS:
            last = after
        elif after is not None and scores.get(after, -1) >= near and \
                sentences[after].end - sentences[first].start <= MAX_QUOTE_CHARS:
            last = after
        elif before is not None and scores.get(before, -1) >= near and \
                sentences[last].end - sentences[before].start <= MAX_QUOTE_CHARS:
            first = before
        else:
            return first, last


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
