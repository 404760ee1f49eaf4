"""Sentence and clause boundaries in Chinese text, as character spans.

>>> text = "一是加强领导。二是强化保障；三是“严格考核。”"
>>> [text[s:e] for s, e in sentence_spans(text, 0, len(text))]
['一是加强领导。', '二是强化保障；', '三是“严格考核。”']
"""
from __future__ import annotations

from corpus.numbering import CLAUSE_ENDS, SENTENCE_ENDS

# Closing quotes and brackets that belong to the sentence their terminator ends.
_CLOSERS = "”’」』】》\"'"


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the sentences of text[start:end], covering it without gaps."""
    return _split(text, start, end, SENTENCE_ENDS)


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the clauses (split at ，、： as well as sentence ends) of text[start:end]."""
    return _split(text, start, end, SENTENCE_ENDS + CLAUSE_ENDS)


def _split(text: str, start: int, end: int, stops: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    begin = i = start
    while i < end:
        if text[i] in stops:
            i += 1
            while i < end and (text[i] in stops or text[i] in _CLOSERS):
                i += 1
            spans.append((begin, i))
            begin = i
        else:
            i += 1
    if begin < end:
        spans.append((begin, end))
    return spans
