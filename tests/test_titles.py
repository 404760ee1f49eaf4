"""A title holding another title is shown with the inner one in 〈〉, never with a stray 》."""
from __future__ import annotations

import doctest

import assistant.titles
from assistant.titles import book_title


def test_a_title_inside_a_title_is_written_in_angle_brackets():
    assert book_title("滁溪县文旅局2026年工作要点") == "《滁溪县文旅局2026年工作要点》"
    assert book_title("《滁溪县供水补贴办法》政策解读") == "《〈滁溪县供水补贴办法〉政策解读》"
    assert book_title("《滁溪县供水补贴办法》") == "《滁溪县供水补贴办法》"
    assert doctest.testmod(assistant.titles).failed == 0
