"""Problems whose measures each carry their own progress, person and time limit in labelled
lines, one item per measure under its problem (LedgerItem.of_problem), as a table of one row
per measure is read.

>>> text = ("问题1：主业不突出。\\n措施：制定主业管理办法。\\n进展：已完成。\\n责任人：规划科科长甲\\n"
...         "时限：2025年8月底\\n措施：清理非主业企业。\\n进展：推进中。\\n时限：2026年3月底\\n")
>>> runs = measure_runs(text, text.index("措施"), len(text))
>>> [(text[slice(*r.text)], r.reading[0], text[slice(*r.deadline)]) for r in runs]
[('制定主业管理办法。', '完成', '2025年8月底'), ('清理非主业企业。', '推进中', '2026年3月底')]
>>> [text[slice(*s)] for s in runs[0].leaders]
['规划科科长甲']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.ledger.status import classify

# A measure's own line: "措施：…" ("整改措施2：…"), a bullet's dash before it.
_MEASURE = re.compile(r"^[ \t\u3000]*(?:[-*+•][ \t]+)?(?:整改)?措施\s*\d{0,2}\s*[：:][ \t\u3000]*"
                      r"(?P<text>[^\n]+)", re.MULTILINE)
# Its labelled fields on the lines below it.
_FIELD = re.compile(r"^[ \t\u3000]*(?:[-*+•][ \t]+)?(?P<label>整改进展|进展情况|进展|完成情况|"
                    r"责任领导|责任人|责任单位|牵头单位|责任科室|完成时限|整改时限|时限)\s*[：:]"
                    r"[ \t\u3000]*(?P<value>[^\n]+)", re.MULTILINE)
_PROGRESS = ("整改进展", "进展情况", "进展", "完成情况")
_PERSON = ("责任领导", "责任人")
_OFFICE = ("责任单位", "牵头单位", "责任科室")
# A problem with fewer measures lines is read as it was (its labels are the problem's).
MIN_MEASURES = 2


@dataclass
class MeasureRun:
    """One measure and its fields, as (start, end) spans of the text."""

    text: tuple[int, int]
    reading: tuple = ("未说明", None, None)  # (status, quote span, deadline span), as extract's
    leaders: list[tuple[int, int]] = field(default_factory=list)
    leads: list[tuple[int, int]] = field(default_factory=list)
    deadline: tuple[int, int] | None = None


def measure_runs(text: str, start: int, end: int) -> list[MeasureRun]:
    """The measures of text[start:end] each with its fields, [] for fewer than MIN_MEASURES."""
    found = list(_MEASURE.finditer(text, start, end))
    if len(found) < MIN_MEASURES:
        return []
    runs = []
    for k, m in enumerate(found):
        stop = found[k + 1].start() if k + 1 < len(found) else end
        run = MeasureRun(m.span("text"))
        for f in _FIELD.finditer(text, m.end(), stop):
            label, value = f.group("label"), f.span("value")
            if label in _PROGRESS:
                reading = classify(f.group("value"))
                if reading is not None:
                    run.reading = (reading.status, (value[0] + reading.quote[0],
                                                    value[0] + reading.quote[1]), None)
            elif label in _PERSON:
                run.leaders.append(value)
            elif label in _OFFICE:
                run.leads.append(value)
            else:
                run.deadline = value
        runs.append(run)
    return runs
