"""Where a quote or an answer sits in a notice's cleaned text, and when a passage covers it.

Relevance is judged on character spans, not on passage ids, so that re-chunking the corpus
never invalidates the question set: a passage covers a gold when both come from the same
notice and their spans in `notice.text` overlap.

>>> spans = find_spans("一、总体情况 二、整改措施", "整改 措施")
>>> [(s.start, s.end, s.exact) for s in spans]
[(9, 13, False)]
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int  # exclusive
    exact: bool = True  # False: found only after normalisation (NFKC, lower case, no spaces)

    def overlap(self, start: int, end: int) -> int:
        """Characters shared with [start, end)."""
        return max(0, min(self.end, end) - max(self.start, start))


def normalise_with_offsets(text: str) -> tuple[str, list[int]]:
    """NFKC, lower case, whitespace removed; offsets[i] = index in `text` of output char i."""
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        for piece in unicodedata.normalize("NFKC", char).lower():
            if not piece.isspace():
                out.append(piece)
                offsets.append(index)
    return "".join(out), offsets


def normalise(text: str) -> str:
    return normalise_with_offsets(text)[0]


def find_spans(text: str, needle: str) -> list[Span]:
    """Every occurrence of `needle` in `text`: exact ones, else normalised ones, else none."""
    exact = _occurrences(text, needle)
    if exact:
        return [Span(i, i + len(needle)) for i in exact]
    flat, offsets = normalise_with_offsets(text)
    target = normalise(needle)
    if not target:
        return []
    return [Span(offsets[i], offsets[i + len(target) - 1] + 1, exact=False)
            for i in _occurrences(flat, target)]


def _occurrences(text: str, needle: str) -> list[int]:
    if not needle:
        return []
    found: list[int] = []
    i = text.find(needle)
    while i >= 0:
        found.append(i)
        i = text.find(needle, i + 1)
    return found
