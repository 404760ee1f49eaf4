"""How a notice is laid out: its top-level parts ("一、…", "二、…"), each heading cited where
the notice writes it.

"济宁市应急局的工作要点一共有几大部分?" asks the document's structure, which no sentence
states: the answer is the count of its outermost headings and the headings themselves (found
using the shipped index: the question was refused as "not stated").

>>> asks_outline("这份整改方案分为哪几个部分?")
True
>>> asks_outline("整改工作分几个阶段推进?")
False
"""
from __future__ import annotations

import bisect
import re

from assistant.models import Citation
from corpus.models import Notice

# "几大部分", "哪几部分", "分为几个部分", "由哪几块组成", "有几章": the parts of the document.
# "几个方面" is left out: notices state such counts themselves ("存在3个方面、8个主要问题"),
# and a stated figure is the passages' business.
_ASKS = re.compile(r"(?:几|哪几)\s*(?:大|个)?\s*(?:部分|板块|大块|章)|分为?(?:几|哪几)\s*(?:大|个)?\s*(?:块|部分)"
                   r"|(?:几|哪几)个?(?:一级)?(?:标题|大标题)")


def asks_outline(question: str) -> bool:
    """Does the question ask what parts a document is made of?"""
    return _ASKS.search(question) is not None


def outline_citations(notice: Notice, first: int = 1) -> list[Citation]:
    """The notice's outermost headings, cited [first], [first + 1], …, in order."""
    if not notice.headings or not notice.passages:
        return []
    top = min(h.level for h in notice.headings)
    starts = [p.start for p in notice.passages]
    citations = []
    for h in (h for h in notice.headings if h.level == top):
        passage = notice.passages[max(0, bisect.bisect_right(starts, h.start) - 1)]
        citations.append(Citation.quoting(notice, first + len(citations), h.start, h.end,
                                          passage.passage_id, h.start, h.end, (h.text,)))
    return citations


def write_outline(notice: Notice, citations: list[Citation]) -> str:
    """"《…》正文分为 N 个部分:" and one line per part."""
    lines = [f"《{notice.meta.title}》正文分为 {len(citations)} 个部分:"]
    lines += [f"{i}. {c.quote} [{c.n}]" for i, c in enumerate(citations, start=1)]
    return "\n".join(lines)
