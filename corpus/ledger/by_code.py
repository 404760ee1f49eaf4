"""Plans that code each task by its problem and give offices their tasks by code (a "三单"
plan: 问题清单, 任务清单, 责任清单).

"问题2：评标专家管理不严…" is a problem; "2-1 上线评标专家智能抽取…。完成时限：…" its first task;
"信息技术科（分管领导：副主任隗素琴）：牵头2-1、3-2，配合5-1。" names the office leading 2-1 and
3-2 (its leader in the brackets) and helping with 5-1.

>>> text = "问题2：专家管理不严。\\n2-1 上线抽取系统。\\n信息科（分管领导：副主任王青）：牵头2-1，配合1-1。"
>>> task_code(text, text.index("上线"))
(2, 1)
>>> text[slice(*problem_lines(text)[2])]
'专家管理不严。'
>>> duty = duties(text)[(2, 1)]
>>> [text[slice(*s)] for s in duty.leads], [text[slice(*s)] for s in duty.leaders]
(['信息科'], ['副主任王青'])
>>> [text[slice(*s)] for s in duties(text)[(1, 1)].helpers]
['信息科']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# A task's line opens with its code: "2-1 " (problem 2, task 1).
_CODE_LINE = re.compile(r"[ \t\u3000]*(\d{1,2})[-－](\d{1,2})[ \t\u3000]")
# A problem's line: "问题2：…" (its text runs to the line's end).
_PROBLEM_LINE = re.compile(r"^[ \t\u3000]*问题\s*(\d{1,2})\s*[：:][ \t\u3000]*(?P<text>[^\n]+)",
                           re.MULTILINE)
# An office's line of the 责任清单: its name, an optional bracketed leader ("分管领导：副主任X",
# "党支部书记Y"), a colon, then the codes it leads (牵头) and helps with (配合, 协助, 参与).
_DUTY_LINE = re.compile(r"^[ \t\u3000]*(?P<office>[\u4e00-\u9fff]{2,15}?)"
                        r"(?:[（(](?P<note>[^（）()\n]{2,30})[）)])?[：:]"
                        r"(?P<body>[^\n]*?(?:牵头|负责)[^\n]*)$", re.MULTILINE)
_ROLE = re.compile(r"牵头|负责|配合|协助|参与")
_CODE = re.compile(r"(\d{1,2})[-－](\d{1,2})")
# The person in a leader note: after its label ("分管领导：副主任X"), else the whole note
# ("党支部书记Y").
_NOTE_LABEL = re.compile(r"^[^：:]{2,8}[：:]")


@dataclass
class Duty:
    """Who answers for one coded task, as (start, end) spans of the text."""

    leads: list[tuple[int, int]] = field(default_factory=list)
    leaders: list[tuple[int, int]] = field(default_factory=list)
    helpers: list[tuple[int, int]] = field(default_factory=list)


def task_code(text: str, start: int) -> tuple[int, int] | None:
    """The code (problem, task) opening the line that holds `start`, None for none."""
    line = text.rfind("\n", 0, start) + 1
    m = _CODE_LINE.match(text, line)
    return (int(m.group(1)), int(m.group(2))) if m and m.end() <= start + 1 else None


# A task naming its problem(s) by number in its closing fields: "（对应问题5；2025年8月底前）",
# "针对问题3、4". Without the verb ("问题3") it is only a reference when it is a field of its own.
_PROBLEM_REF = re.compile(r"(?P<verb>对应|针对|涉及)?问题\s*(?P<number>\d{1,2})"
                          r"(?:\s*[、和]\s*(?:问题)?\s*\d{1,2})*")


def problem_ref(text: str, start: int, end: int) -> int | None:
    """The number of the (first) problem text[start:end] says it answers ("对应问题5"), None
    for none."""
    for m in _PROBLEM_REF.finditer(text, start, end):
        if m.group("verb"):
            return int(m.group("number"))
    return None


def is_problem_ref(piece: str) -> bool:
    """Whether a field is nothing but a problem reference ("对应问题3、4", "问题2")."""
    return _PROBLEM_REF.fullmatch(piece.strip()) is not None


def problem_lines(text: str) -> dict[int, tuple[int, int]]:
    """Problem number -> the span of its text ("问题2：" left out)."""
    return {int(m.group(1)): m.span("text") for m in _PROBLEM_LINE.finditer(text)}


def duties(text: str) -> dict[tuple[int, int], Duty]:
    """Task code -> the offices leading and helping with it and their leaders."""
    found: dict[tuple[int, int], Duty] = {}
    for m in _DUTY_LINE.finditer(text):
        office = m.span("office")
        leader = _leader(m) if m.group("note") else None
        roles = list(_ROLE.finditer(m.group("body")))
        for k, role in enumerate(roles):
            stop = roles[k + 1].start() if k + 1 < len(roles) else len(m.group("body"))
            codes = _CODE.finditer(m.group("body"), role.end(), stop)
            for code in codes:
                duty = found.setdefault((int(code.group(1)), int(code.group(2))), Duty())
                if role.group(0) in ("牵头", "负责"):
                    duty.leads.append(office)
                    if leader is not None:
                        duty.leaders.append(leader)
                else:
                    duty.helpers.append(office)
    return found


def duty_line(text: str, start: int) -> tuple[int, int] | None:
    """The span of the 责任清单 line holding text[start] (its office, leader, codes), None
    when that line is none."""
    line = text.rfind("\n", 0, start) + 1
    m = _DUTY_LINE.match(text, line)
    return (m.start("office"), m.end()) if m is not None and m.end() > start else None


def _leader(m: re.Match) -> tuple[int, int]:
    start, end = m.span("note")
    label = _NOTE_LABEL.match(m.group("note"))
    return (start + label.end(), end) if label else (start, end)
