"""Questions that ask for a quantity or a time, and sentences that state one.

"一共招录了多少名消防员?" can only be answered by a sentence with a number of 名; when the
retrieved passages hold none, the notices do not say, however well the words match.

>>> asked_unit("中山市消防救援支队现有多少辆消防车?")
'辆'
>>> states_quantity("已收回99台执法手机", "台"), states_quantity("已收回执法手机", "台")
(True, False)
>>> asked_unit("各市分别是在什么时间段接受巡察的?")
'时间'
"""
from __future__ import annotations

import re

# Measure words a quantity question may ask for, longest first so 万元 wins over 元.
UNITS = ("万元", "亿元", "小时", "家次", "人次", *"个名辆份元人次家台起项条户所支场篇件批天倍宗")
_ASK = re.compile(r"(?:多少|几)\s*(" + "|".join(UNITS) + ")?")
# "When" questions: only a sentence that gives a date can answer them.
TIME = "时间"
_ASK_TIME = re.compile(r"什么时[间候]|何时|哪(?:一)?天|哪(?:一)?年|几月|时间段|起止时间")
_DATE = re.compile(r"\d{4}\s*年|\d{1,2}\s*月\s*\d{0,2}|[一二三四五六七八九十]+月")
_NUMBER = r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千万两]+)\s*(?:多|余)?\s*"


def asked_unit(question: str) -> str | None:
    """The unit a quantity question asks for; "" for a bare 多少; None if it asks none."""
    if _ASK_TIME.search(question):
        return TIME
    m = _ASK.search(question)
    if not m:
        return None
    return m.group(1) or ""


def states_quantity(sentence: str, unit: str) -> bool:
    """Does the sentence give a number (of `unit`, when one is asked)?"""
    if unit == TIME:
        return _DATE.search(sentence) is not None
    if not unit:
        return re.search(r"\d|[一二三四五六七八九十百千]+[个名项%]", sentence) is not None
    return re.search(_NUMBER + re.escape(unit), sentence) is not None
