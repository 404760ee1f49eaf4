"""A question about a problem of a "三单" plan is answered with the problem and its tasks,
which the plan lists apart from it. Real model, a small real index of the plan written in
tests/test_coded_tasks.py."""
from __future__ import annotations

import pytest

from support import small_assistant
from test_coded_tasks import PLAN


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder,
                           {"桐岭县医疗保障局_巡察整改方案.txt": PLAN}, "tasks")


def test_a_problem_is_answered_with_its_tasks(bot):
    answer = bot.ask("桐岭县医保局异地就医备案办得慢, 是怎么整改的?")
    quotes = [c.quote for c in answer.citations]
    assert not answer.abstained, answer.text
    assert any("医保经办服务不便民" in q for q in quotes), answer.text
    assert any(q.startswith("推行异地就医备案") for q in quotes), answer.text
    assert any(q.startswith("在12个乡镇便民服务中心") for q in quotes), answer.text
