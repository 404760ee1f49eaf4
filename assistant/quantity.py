"""Questions that ask for a quantity, and sentences that state one.

"一共招录了多少名消防员?" can only be answered by a sentence with a number of 名; when the
retrieved passages hold none, the notices do not say, however well the words match.

>>> asked_unit("中山市消防救援支队现有多少辆消防车?")
'辆'
>>> states_quantity("已收回99台执法手机", "台"), states_quantity("已收回执法手机", "台")
(True, False)
"""
from __future__ import annotations

import re

# Measure words a quantity question may ask for, longest first so 万元 wins over 元.
UNITS = ("万元", "亿元", "小时", "家次", "人次", *"个名辆份元人次家台起项条户所支场篇件批天倍宗")
_ASK = re.compile(r"(?:多少|几)\s*(" + "|".join(UNITS) + ")?")
_NUMBER = r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千万两]+)\s*(?:多|余)?\s*"


def asked_unit(question: str) -> str | None:
    """The unit a quantity question asks for; "" for a bare 多少; None if it asks none."""
    m = _ASK.search(question)
    if not m:
        return None
    return m.group(1) or ""


def states_quantity(sentence: str, unit: str) -> bool:
    """Does the sentence give a number (of `unit`, when one is asked)?"""
    if not unit:
        return re.search(r"\d|[一二三四五六七八九十百千]+[个名项%]", sentence) is not None
    return re.search(_NUMBER + re.escape(unit), sentence) is not None
