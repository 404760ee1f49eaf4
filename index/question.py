"""Checks on a question before it is searched, shared by every interface.

>>> check_question("哪些单位合并了党支部")
'哪些单位合并了党支部'
>>> check_question(" 濟南應急局合併了多少個黨支部? ")
'济南应急局合并了多少个党支部?'
"""
from __future__ import annotations

from functools import lru_cache

from index.config import MAX_QUESTION_CHARS


class QuestionTooLong(ValueError):
    """The question is longer than MAX_QUESTION_CHARS; the message is Chinese."""


def check_question(question: str) -> str:
    """The question stripped of surrounding blanks and in simplified characters (simplified);
    QuestionTooLong if it is too long."""
    question = simplified(question.strip())
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionTooLong(
            f"问题过长 ({len(question)} 字), 最多 {MAX_QUESTION_CHARS} 字。请只写要问的内容, "
            "不要粘贴整段原文。"
        )
    return question


def simplified(text: str) -> str:
    """`text` in simplified characters: the notices are written in them, and a question typed
    in traditional ones ("濟南應急局合併了多少個黨支部?") met no word of theirs."""
    return _converter().convert(text)


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")
