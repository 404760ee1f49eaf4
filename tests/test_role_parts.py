"""A report's closing parts asked by their role in everyday words ("还存在哪些问题?", "下一步打算
做什么?", "提了哪几点要求?"): the part so titled, each point cited with the sentence after its
short title; a field asked within such a part is no question about the part. Written in other
wordings than the held-out notices' (蘅川县). Real model, a small real index."""
from __future__ import annotations

import pytest

from assistant.outline import asked_section, asks_demands, asks_role_part
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

CASES = (
    "蘅川县纪委监委关于4起侵害群众利益不正之风典型问题的通报\n"
    "近期，县纪委监委查处了一批侵害群众利益的不正之风问题，现将其中4起典型问题通报如下。\n"
    "1.蘅口镇民政办原主任某某违规办理低保问题。某某为亲属违规办理低保，被给予党内警告处分。\n"
    "2.县水务局工作人员某某在项目验收中吃拿卡要问题。某某收受施工方购物卡，被给予政务记过处分。\n"
    "上述问题反映出少数党员干部宗旨意识淡薄。各级党组织要引以为戒，重点抓好如下几项要求。"
    "一要压实监督责任，对民生领域问题线索优先处置。二要畅通投诉渠道，公布举报电话和网络平台。"
    "三要强化警示教育，用身边事教育身边人。\n"
    "中共蘅川县纪委 蘅川县监委\n2026年4月2日\n"
)
CASES_NAME = "蘅川县纪委监委_关于4起侵害群众利益不正之风典型问题的通报.txt"


def test_the_role_asked_in_everyday_words() -> None:
    assert asks_role_part("蘅川县自然资源局自己说还存在哪些不足?")
    assert asks_role_part("下一步打算怎么做?")
    assert asks_role_part("最后提了哪几点要求?")
    assert not asks_role_part("下一步工作安排中，分别由哪些部门牵头?")
    assert asks_demands("通报最后提出了哪些要求?") and not asks_demands("要求什么时候完成?")
    # an area named first is that area's part, not the report's shortcomings
    assert asked_section("在执法监督方面的问题有哪些?") != asked_section("还存在哪些问题?")


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder, {NAME: REPORT, CASES_NAME: CASES},
                           "role-parts")


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


def test_demands_introduced_in_the_text(bot):
    answer = bot.ask("蘅川县纪委监委这份通报最后提了哪几点要求？")
    quotes = [c.quote for c in answer.citations]
    for point in ("压实监督责任", "畅通投诉渠道", "强化警示教育"):
        assert any(point in q for q in quotes), answer.text
    assert not any("违规办理低保" in q for q in quotes), answer.text
