"""Checks on a question before it is searched, shared by every interface.

>>> check_question("哪些单位合并了党支部")
'哪些单位合并了党支部'
"""
from __future__ import annotations

from index.config import MAX_QUESTION_CHARS


class QuestionTooLong(ValueError):
    """The question is longer than MAX_QUESTION_CHARS; the message is Chinese."""


def check_question(question: str) -> str:
    """The question stripped of surrounding blanks; QuestionTooLong if it is too long."""
    question = question.strip()
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionTooLong(
            f"问题过长 ({len(question)} 字), 最多 {MAX_QUESTION_CHARS} 字。请只写要问的内容, "
            "不要粘贴整段原文。"
        )
    return question
