"""Offices marked in groups and by 协同, roles asked in other words, and what a count asks:
cases counted in 起 or 件, a time limit asked as a number, a thing counted that is no ledger
item, a group's members asked by name, a section's n-th task. Written in other wordings than
the held-out notices' (漪川县, 漪州市). Real model, a small real index for the conversation."""
from __future__ import annotations

import pytest

from assistant.counted import counted_words
from assistant.ledger_intent import read_ledger_ask
from assistant.models import Turn
from assistant.quantity import NAMED_GROUP, asked_kinds, asked_unit, states_kinds, states_quantity
from assistant.question import ENUMERATION
from support import ledger_items, small_assistant

REPORT = (
    "漪川县文化和旅游局关于县委巡察反馈问题整改情况的通报\n"
    "一、整改台账\n"
    "| 序号 | 反馈问题 | 整改措施 | 责任股室 | 完成时限 |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 1 | 文物保护经费使用不规范 | 全面清理经费支出 | 文物股（牵头），财务股、县博物馆（协同） | 2026年3月底前 |\n"
    "| 2 | 公共文化场馆免费开放不到位 | 制定免费开放服务清单 | 公共服务股（牵头），财务股（协同） | 2026年6月底前 |\n"
    "二、其他问题整改情况\n"
    "问题3：乡镇综合文化站长期闲置，部分站点被挪作他用。\n"
    "整改措施：由公共服务股牵头、各乡镇文化站配合，逐站核查使用情况，收回被挪用场地。\n"
    "整改成效：收回被挪用场地5处，恢复开放文化站9个。\n"
    "问题4：旅游市场执法检查频次偏低。\n"
    "整改措施：由执法大队牵头，会同县市场监管局、县公安局开展联合检查。\n"
    "整改成效：开展联合检查14次，查处违规旅行社2家。\n"
)
REPORT_NAME = "漪川县文化和旅游局_关于县委巡察反馈问题整改情况的通报.md"

PLAN = (
    "漪州市交通运输局2026年工作要点\n"
    "第一部分 建设交通基础设施\n"
    "（1）推进国省道改造。完成国省道改造42公里。（牵头：规划建设科；协同：公路事业发展中心；时间节点：10月底前）\n"
    "（2）实施农村公路提质。新改建农村公路120公里。（牵头：农村公路科；协同：各县区交通运输局；时间节点：全年）\n"
    "（3）建设客运枢纽。建成漪州北站综合客运枢纽。（牵头：运输服务科；协同：市城投集团、市公交公司；时间节点：12月底前）\n"
    "第二部分 提升运输服务水平\n"
    "（1）优化城乡公交。新开通城乡公交线路8条。（牵头：运输服务科；协同：市公交公司；时间节点：6月底前）\n"
    "（2）加强行政执法。全年查处交通运输违法案件不少于80件。（牵头：综合执法支队；协同：市公安局交警支队；时间节点：全年）\n"
)
PLAN_NAME = "漪州市交通运输局_2026年工作要点.md"



def test_a_role_mark_closes_a_group_of_offices() -> None:
    rows = ledger_items(REPORT, REPORT_NAME)[:2]
    assert [[s.text for s in i.lead] for i in rows] == [["文物股"], ["公共服务股"]]
    assert [[s.text for s in i.helpers] for i in rows] == [["财务股", "县博物馆"], ["财务股"]]


def test_measures_opening_with_their_assignment() -> None:
    items = ledger_items(REPORT, REPORT_NAME)[2:]
    assert [[s.text for s in i.lead] for i in items] == [["公共服务股"], ["执法大队"]]
    assert [[s.text for s in i.helpers] for i in items] == [
        ["各乡镇文化站"], ["县市场监管局", "县公安局"]]


def test_helpers_labelled_as_working_with_the_lead() -> None:
    items = ledger_items(PLAN, PLAN_NAME)
    assert [s.text for s in items[2].helpers] == ["市城投集团", "市公交公司"]
    assert [s.text for s in items[4].helpers] == ["市公安局交警支队"]


def test_a_role_asked_in_other_words() -> None:
    ask = read_ledger_ask("漪川县文旅局巡察整改中，财务股以配合身份参与了哪些问题的整改？")
    assert ask is not None and (ask.want, ask.office) == ("helpers", "财务股")
    assert "身份" not in ask.topic
    ask = read_ledger_ask("这项任务由哪些部门协同？")
    assert ask is not None and ask.want == "helpers"
    # "由哪些单位协同" asks the item's offices, not a list over every agency
    assert ENUMERATION.search("它由哪些单位协同？") is None
    assert ENUMERATION.search("哪些单位开展了联合检查？") is not None


def test_a_count_of_things_and_a_limit_asked_as_a_number_are_no_ledger_asks() -> None:
    # a count of libraries in 所, whatever state words follow, is a figure of the notice
    assert read_ledger_ask("漪川县有几所图书馆分馆还没有通过评估验收？") is None
    # the items still open are a ledger ask
    assert read_ledger_ask("漪川县文旅局还有哪些问题没有整改完成？") is not None
    # a time limit of the work itself, asked as a number, is no deadline
    ask = read_ledger_ask("漪川县文旅局整改后，审批时限缩短到了多少个工作日？")
    assert ask is None or ask.want != "deadline"
    ask = read_ledger_ask("漪川县文旅局这个问题的整改时限是什么时候？")
    assert ask is not None and ask.want == "deadline"


def test_cases_counted_in_qi_or_jian() -> None:
    assert states_quantity("全年查处交通运输违法案件不少于80件", asked_unit("查处多少起违法案件?"))
    assert states_quantity("共发生交通事故12起", asked_unit("发生了多少件事故?"))
    # files are counted in 宗 as well: no count of incidents
    assert not states_quantity("对52宗行政处罚案卷进行评查", asked_unit("漏报事故一共有多少起?"))


def test_light_verbs_carry_no_subject() -> None:
    assert counted_words("有几个人受到了行政处分？", "个") == ("行政处分",)
    assert counted_words("有几名干部得到了表彰？", "名") == ("干部", "表彰")


def test_a_counted_groups_members_asked_by_name() -> None:
    import re
    question = "被注销的那12家协会具体是哪几家？"
    assert re.search(NAMED_GROUP, question)
    assert [k.name for k in asked_kinds(question)] == ["members"]
    assert not re.search(NAMED_GROUP, "共有3家单位开展了联合检查，是哪几家？")
    # a kind of firm between 哪家 and 公司; a waterworks built is no firm named
    kinds = asked_kinds("漪州北站枢纽由哪家施工单位承建？")
    assert any(k.name == "company" for k in kinds)
    assert not states_kinds("建成漪州北站综合客运枢纽，新建水厂1座", kinds)
    assert states_kinds("由漪州建工集团承建", kinds)


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder, {REPORT_NAME: REPORT, PLAN_NAME: PLAN},
                           "roles-counters")


def test_the_nth_task_of_this_part_and_its_helpers(bot) -> None:
    first = "漪州市交通运输局2026年农村公路提质要新改建多少公里？"
    history = [Turn("user", first), Turn("assistant", bot.ask(first).text)]
    third = "这一部分的第三项任务是什么？"
    answer = bot.ask(third, history=history)
    assert any("建成漪州北站综合客运枢纽" in c.quote for c in answer.citations), answer.text
    history += [Turn("user", third), Turn("assistant", answer.text)]
    helpers = bot.ask("它由哪些单位协同？", history=history)
    assert "市城投集团" in helpers.text and "市公交公司" in helpers.text, helpers.text
    assert "公路事业发展中心" not in helpers.text, helpers.text


def test_how_a_problem_was_handled_shows_what_came_of_it(bot) -> None:
    answer = bot.ask("漪川县文旅局乡镇文化站被挪作他用的问题最后是怎么处理的？")
    quotes = " ".join(c.quote for c in answer.citations)
    assert "收回被挪用场地5处" in quotes, answer.text


def test_a_total_asked_by_its_noun_is_stated_as_a_total() -> None:
    from assistant.counted import asked_total, states_total
    group = asked_total("漪州北站综合客运枢纽的总投资是多少？")
    assert not states_total("争取中央车购税资金2.1亿元、地方政府专项债券3.4亿元", group)
    assert states_total("项目总投资5.5亿元，年内完成主体工程", group)


def test_after_a_side_glance_the_follow_up_returns_to_the_practice_it_names(bot) -> None:
    first = "漪川县文旅局旅游市场执法检查频次偏低的问题是怎么整改的？"
    history = [Turn("user", first), Turn("assistant", bot.ask(first).text)]
    glance = "其他单位有没有类似的联合执法做法？"
    history += [Turn("user", glance), Turn("assistant", bot.ask(glance, history=history).text)]
    answer = bot.ask("查处的违规旅行社有几家？", history=history)
    assert any("查处违规旅行社2家" in c.quote for c in answer.citations), answer.text


def test_a_problem_named_by_its_frequency_asks_no_frequency() -> None:
    assert not any(k.name == "frequency" for k in asked_kinds("执法检查频次偏低的问题是怎么整改的？"))
    assert any(k.name == "frequency" for k in asked_kinds("执法检查的频次是怎么规定的？"))
