"""Sentences of a passage with their character spans in the notice's cleaned text.

A citation quotes one sentence (or two adjacent ones), so its span must come from here:
`notice.text[s.start:s.end] == s.text` for every sentence returned.

>>> [s.text for s in split_sentences("一是整合支部。二是选优配强书记；三是…", 100)]
['一是整合支部。', '二是选优配强书记；', '三是…']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Sentence ends: full stops, question and exclamation marks, semicolons, line breaks.
# Commas are not ends: a clause alone rarely carries who did what.
_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』)）]?|\n|$)")
_CONTENT = re.compile(r"[\w\u4e00-\u9fff]")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # in the notice's cleaned text
    end: int


def split_sentences(text: str, offset: int) -> list[Sentence]:
    """The sentences of `text`, which starts at `offset` of the notice; blanks trimmed."""
    out: list[Sentence] = []
    for m in _SENTENCE.finditer(text):
        raw = m.group(0)
        if not _CONTENT.search(raw):
            continue
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        start = offset + m.start() + lead
        out.append(Sentence(body, start, start + len(body)))
    return out
