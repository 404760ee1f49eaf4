"""A notice's attachments as its closing lines list them ("附件：1. …参会回执\n2. …统计表",
"附件1：…", "附件：…"), each entry cited: "会议通知后面附了哪几个附件?" asks for that list,
which no sentence of the body states whole (held-out probe, twenty-ninth part Z4 cited the
first line alone)."""
from __future__ import annotations

import re

from assistant.issue_date import passage_at
from assistant.listing import line_at
from assistant.models import Citation
from assistant.titles import book_title
from corpus.models import Notice

# The attachments themselves asked ("附了哪几个附件?", "附件有哪些?", "附件2是什么?"), not a
# figure they hold ("附件里X区建了多少个?": the passages answer that).
_ASKS = re.compile(r"(?:哪|什么|几个|多少个|几份|多少份)[^，,。?？]{0,4}附件"
                   r"|附件\s*\d{0,2}\s*(?:有|是|包括|为)?\s*(?:哪|什么|几)|附了|附有|附上了")
# The attachment asked by its number ("附件2是什么?").
_NUMBERED = re.compile(r"附件\s*(\d{1,2})")
# A label opening a line: "附件：", "附件1：", "附件 2:".
_LABEL = re.compile(r"^[ \t]*附[ \t]*件[ \t]*(\d{0,2})[ \t]*[：:]?[ \t]*", re.M)
# An entry's own number ("1. ", "2．", "3、"), opening a line or after a mark within one.
_ENTRY_NUMBER = re.compile(r"(\d{1,2})[ \t]*[.．、][ \t]*")
_BETWEEN = re.compile(r"(?<=[；;，, \t])(?=\d{1,2}[ \t]*[.．、])")
_TRIM = " \t；;。，,"


def asks_attachments(question: str) -> bool:
    """Does the question ask what a notice attaches?"""
    return _ASKS.search(question) is not None


def attachment_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each attachment the notice's labels list, in order."""
    spans: list[tuple[int, int]] = []
    for label in _LABEL.finditer(text):
        line_end = line_at(text, label.end())[1]
        if label.end() == line_end or not (label.group(1) or text[label.end() - 1] in "：: \t"
                                            or _ENTRY_NUMBER.match(text, label.end())):
            continue  # "附件" opening a sentence of the body, not a label
        spans += _entries(text, label.end(), line_end)
        if label.group(1):
            continue  # "附件1：…": each has its own label
        pos = line_end + 1
        while pos < len(text) and _ENTRY_NUMBER.match(text, pos):
            end = line_at(text, pos)[1]
            spans += _entries(text, pos, end)
            pos = end + 1
    return list(dict.fromkeys(spans))


def attachment_citations(notice: Notice, question: str, first: int = 1) -> list[Citation]:
    """The notice's attachments cited from `first` on (the one "附件N" asks, when it asks one)."""
    spans = attachment_spans(notice.text)
    asked = _NUMBERED.search(question)
    if asked is not None:
        n = int(asked.group(1))
        spans = spans[n - 1:n] if 1 <= n <= len(spans) else []
    return [Citation.quoting(notice, first + k, s, e, passage_at(notice, s), s, e, ())
            for k, (s, e) in enumerate(spans)]


def write_attachments(notice: Notice, citations: list[Citation], question: str) -> str:
    name = f"{notice.meta.agency or '未注明单位'}{book_title(notice.meta.title)}"
    asked = _NUMBERED.search(question)
    if asked is not None and len(citations) == 1:
        return f"{name}的附件{asked.group(1)}：{citations[0].quote}[{citations[0].n}]"
    lines = [f"{name}附件共{len(citations)}个：" if len(citations) > 1 else f"{name}的附件："]
    lines += [f"{k}. {c.quote}[{c.n}]" for k, c in enumerate(citations, start=1)]
    return "\n".join(lines)


def _entries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The entries of one line: split before each entry number, numbers and marks trimmed."""
    cuts = sorted({m.start() for m in _BETWEEN.finditer(text, start, end)} | {start}) + [end]
    spans = []
    for s, e in zip(cuts, cuts[1:]):
        number = _ENTRY_NUMBER.match(text, s, e)
        s = number.end() if number else s
        while s < e and text[s] in _TRIM:
            s += 1
        while e > s and text[e - 1] in _TRIM:
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans
