"""The lines of a notice holding a mark the question quotes ("哪些整改任务被列为“立行立改”?",
"哪几项工作被明确要求“长期坚持”?"): the items the notice tags so, each cited in its passage,
when the ledger reads the mark as no status of its items."""
from __future__ import annotations

import re

from assistant.evidence import Evidence, in_passage, line_evidence
from assistant.question import asks_items
from corpus.sentences import sentence_spans

# A short mark in quotes: a tag the notice writes on items, not a title or a sentence.
_QUOTED = re.compile(r"[“\"]([^”\"]{2,8})[”\"]")
# What bounds the clause a mark stands in, and what joins kinds named together.
_CLAUSE_END = "，,。；;：:（）()\n"
_JOINED = re.compile(r"[、与和及]")
# A line up to this long is one item, cited whole; a longer paragraph by the sentence holding
# the mark. As dated_lines.MAX_NUMBERED_CHARS (the probe's numbered items run 100-300).
MAX_ITEM_CHARS = 400
# The most lines cited; more is no mark's share of the notice but the notice.
MAX_LINES = 15


def lines_marked(notice, question: str) -> tuple[str, list[Evidence]]:
    """The mark the question quotes and the notice's lines holding it; ("", []) when the
    question asks no items by a quoted mark or fewer than two lines hold it."""
    if not asks_items(question, what=True):
        return "", []
    text = notice.text
    for mark in _QUOTED.findall(question):
        if mark in notice.meta.title:
            continue  # (the notice named by its title's words, not a mark of its items)
        spans: list[tuple[int, int]] = []
        at = text.find(mark)
        while at >= 0:
            if _among_kinds(text, at, mark):
                at = text.find(mark, at + len(mark))
                continue  # (a kind among kinds, "立行立改、限期整改", names no item)
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if end - start > MAX_ITEM_CHARS:
                start, end = next(((a, b) for a, b in sentence_spans(text, start, end, asides=True)
                                   if a <= at < b), (start, end))
            if (start, end) not in spans:
                spans.append((start, end))
            at = text.find(mark, end)
        if 2 <= len(spans) <= MAX_LINES and all(in_passage(notice, a) for a, _ in spans):
            return mark, [line_evidence(notice, a, b) for a, b in spans]
    return "", []


def _among_kinds(text: str, at: int, mark: str) -> bool:
    """Is the mark one of several kinds named together ("（立行立改、限期整改、长期坚持）", "立行立改
    与长期坚持相结合"), rather than a tag of one item ("…工作长期坚持、常抓不懈")?"""
    start = max((text.rfind(ch, 0, at) for ch in _CLAUSE_END), default=-1) + 1
    ends = [e for e in (text.find(ch, at + len(mark)) for ch in _CLAUSE_END) if e >= 0]
    clause = text[start:min(ends, default=len(text))]
    items = _JOINED.split(clause)
    # (a principle joins kinds: "坚持立行立改与长期坚持相结合")
    return len(items) >= 2 and (mark in items or "相结合" in clause)
