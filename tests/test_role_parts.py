"""A report's closing parts asked by their role in everyday words ("还存在哪些问题?", "下一步打算
做什么?", "提了哪几点要求?"): the part so titled, each point cited with the sentence after its
short title; a field asked within such a part is no question about the part. Written in other
wordings than the held-out notices' (蘅川县). Real model, a small real index."""
from __future__ import annotations

import pytest

from assistant.outline import asked_section, asks_role_part
from support import small_assistant

REPORT = (
    "蘅川县自然资源局2025年法治政府建设工作情况报告\n"
    "一、主要工作成效\n"
    "全年办理行政许可事项1286件，按时办结率100%。开展执法检查42次，立案查处违法用地案件17件。\n"
    "二、存在的不足\n"
    "一是执法队伍力量偏弱，全局持证执法人员仅23名。二是部分行政处罚案卷制作不规范，评查发现瑕疵案卷6件。"
    "三是普法宣传形式较为单一，群众参与度不高。\n"
    "三、下一步工作安排\n"
    "（一）充实执法力量。2026年通过公开招录补充执法人员5名，组织全员执法资格培训。\n"
    "（二）规范案卷管理。2026年6月底前修订行政处罚案卷标准，每季度开展一次案卷评查。\n"
    "（三）创新普法方式。开设“自然资源讲堂”短视频专栏，全年推出普法短视频不少于24期。\n"
    "蘅川县自然资源局\n2026年2月10日\n"
)
NAME = "蘅川县自然资源局_2025年法治政府建设工作情况报告.txt"


def test_the_role_asked_in_everyday_words() -> None:
    assert asks_role_part("蘅川县自然资源局自己说还存在哪些不足?")
    assert asks_role_part("下一步打算怎么做?")
    assert asks_role_part("最后提了哪几点要求?")
    assert not asks_role_part("下一步工作安排中，分别由哪些部门牵头?")
    # an area named first is that area's part, not the report's shortcomings
    assert asked_section("在执法监督方面的问题有哪些?") != asked_section("还存在哪些问题?")


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder, {NAME: REPORT}, "role-parts")


def test_the_shortcomings_it_states(bot):
    answer = bot.ask("蘅川县自然资源局自己说法治政府建设还存在哪些不足？")
    quotes = [c.quote for c in answer.citations]
    for point in ("执法队伍力量偏弱", "部分行政处罚案卷制作不规范", "普法宣传形式较为单一"):
        assert any(point in q for q in quotes), answer.text


def test_the_next_steps_with_what_each_does(bot):
    answer = bot.ask("蘅川县自然资源局下一步打算做什么？")
    quotes = [c.quote for c in answer.citations]
    assert any("补充执法人员5名" in q for q in quotes), answer.text
    assert any("每季度开展一次案卷评查" in q for q in quotes), answer.text
    assert any("普法短视频不少于24期" in q for q in quotes), answer.text
