"""A plan whose tasks are labelled lines ("整改任务N：…" over 整改措施/责任领导/主责科室/配合单位/
整改时限/整改目标), its PDF lines kept apart, and a report in sections by county. Written in
other wordings than the held-out notices' (漪源县, 漪州市). Real model, a small real index."""
from __future__ import annotations

import pytest

from assistant.ledger_intent import read_ledger_ask
from assistant.models import Turn
from assistant.outline import asked_section
from assistant.quantity import asked_kinds, heading_of_place, states_kinds
from corpus.readers import join_wrapped_lines
from support import ledger_items, small_assistant

PLAN = (
    "中共漪源县市场监督管理局党组关于县委巡察反馈意见的整改方案\n"
    "一、整改目标\n"
    "对照反馈的3个问题，细化整改措施12条，2026年9月30日前全部整改到位。\n"
    "二、整改任务\n"
    "整改任务1：食品抽检任务完成率偏低，2025年仅完成年度计划的82%。\n"
    "整改措施：按季度分解抽检任务，每月通报完成进度。\n"
    "责任领导：党组成员、副局长欧阳澈\n"
    "主责科室：食品安全抽检股\n"
    "配合单位：各市场监管所\n"
    "整改时限：2026年6月30日前\n"
    "整改目标：年度抽检任务全部完成，不合格产品核查处置率达到100%。\n"
    "整改任务2：特种设备安全监管存在盲区。\n"
    "整改措施：建立电梯、锅炉等特种设备动态台账。\n"
    "责任领导：党组成员、副局长欧阳澈\n"
    "牵头单位：特种设备安全监察股\n"
    "整改时限：长期坚持\n"
    "整改目标：特种设备定期检验率保持在98%以上。\n"
    "整改任务3：执法案卷归档不及时。\n"
    "整改措施：逐卷清理未归档案卷，实行结案即归档。\n"
    "责任领导：党组书记、局长慕容澄\n"
    "主责科室：法规股\n"
    "整改时限：立行立改\n"
    "整改目标：历年未归档案卷全部归档。\n"
)
PLAN_NAME = "漪源县市场监督管理局_巡察反馈意见整改方案.md"

REPORT = (
    "漪州市人力资源和社会保障局关于2026年上半年就业服务工作督查情况的通报\n"
    "一、各县（区）督查情况\n"
    "（一）漪东县：综合得分90.5分\n"
    "主要做法：建成零工市场3个，上半年帮助灵活就业人员对接岗位2100余人次。\n"
    "存在问题：就业补贴审核周期偏长，平均审核时间为23个工作日。\n"
    "（二）漪西区：综合得分84.2分\n"
    "主要做法：开展“直播带岗”活动12场，发布岗位信息3600个。\n"
    "存在问题：公共就业服务站点覆盖不足，城镇登记失业人员回访率仅为64.8%。\n"
)
REPORT_NAME = "漪州市人力资源和社会保障局_就业服务工作督查情况通报.md"



def test_tasks_labelled_by_number_with_their_fields() -> None:
    items = ledger_items(PLAN, PLAN_NAME)
    assert [i.problem.text[:8] for i in items] == ["食品抽检任务完成", "特种设备安全监管", "执法案卷归档不及"]
    assert [[s.text for s in i.lead] for i in items] == [["食品安全抽检股"], ["特种设备安全监察股"], ["法规股"]]
    assert [s.text for s in items[0].helpers] == ["各市场监管所"]
    # a task's target says what it is to achieve, not that it is done
    assert [i.status for i in items] == ["未说明", "长期坚持", "未说明"]
    assert [i.deadline.text for i in items] == ["2026年6月30日前", "长期坚持", "立行立改"]


def test_a_pdf_keeps_a_title_a_labelled_line_and_a_wrapped_label_apart() -> None:
    lines = ["中共漪源县市场监督管理局党组关于印发《关于县委巡察反馈意见的整改方案》的通知",
             "局机关各股室、各市场监管所：",
             "整改目标：年度抽检任务全部完成，不合格产品核查处置率达到百分之百。",
             "整改任务2：特种设备安全监管存在盲区。",
             "（牵头：特种设备安全监察股；配合：各市场监管所、县特种设备检验所；",
             "时限：2026年9月底前）",
             "配合单位",
             "：各市场监管所"]
    assert join_wrapped_lines(lines) == [
        lines[0], lines[1], lines[2], lines[3], lines[4] + lines[5], "配合单位：各市场监管所"]


def test_items_asked_by_their_leader_or_office_word() -> None:
    # a part's items picked by a field are the ledger's, not the part itself
    assert asked_section("漪源县市场监管局整改方案中，副局长欧阳澈担任责任领导的整改任务有哪些？") is None
    assert asked_section("漪源县市场监管局整改方案中，整改任务有哪些？") == "整改任务"
    ask = read_ledger_ask("第二个任务由哪个科室主责？")
    assert ask is not None and ask.want == "lead"
    # a rating the question quotes the notice with names the problem, asks no rating
    assert read_ledger_ask("整改方案里说执法案卷归档滞后，全县有几个所已经清理完了？") is None or \
        not read_ledger_ask("整改方案里说执法案卷归档滞后，全县有几个所已经清理完了？").worded


def test_a_place_section_names_its_lines() -> None:
    assert heading_of_place("（二）漪西区：综合得分84.2分", "漪西区")
    assert not heading_of_place("（二）漪西区人民医院", "漪西区")
    kinds = asked_kinds("哪几个县（区）的就业补贴审核周期偏长？")
    assert states_kinds("存在问题：就业补贴审核周期偏长。", kinds, heading="（一）漪东县：综合得分90.5分")
    assert states_kinds("综合得分前三名依次为漪东县（90.5分）、漪西区（84.2分）", kinds)
    assert not states_kinds("各县（市、区）要加强就业服务", kinds)


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder, {PLAN_NAME: PLAN, REPORT_NAME: REPORT},
                           "plan-places")


def test_a_leaders_tasks_and_the_office_of_one(bot) -> None:
    answer = bot.ask("漪源县市场监管局整改方案中，副局长欧阳澈担任责任领导的整改任务有哪些？")
    assert "食品抽检任务完成率偏低" in answer.text and "特种设备安全监管" in answer.text, answer.text
    assert "执法案卷归档" not in answer.text, answer.text
    history = [Turn("user", "漪源县市场监管局整改方案中，副局长欧阳澈担任责任领导的整改任务有哪些？"),
               Turn("assistant", answer.text)]
    office = bot.ask("第一个任务由哪个科室主责？", history=history)
    assert "食品安全抽检股" in office.text, office.text
    assert "特种设备安全监察股" not in office.text, office.text


def test_a_figure_of_a_place_stated_in_its_own_section(bot) -> None:
    answer = bot.ask("漪州市人社局督查通报里，漪西区城镇登记失业人员回访率是多少？")
    assert any("回访率仅为64.8%" in c.quote for c in answer.citations), answer.text


def test_a_place_pointed_back_at_holds_for_its_figures(bot) -> None:
    history: list[Turn] = []
    for question in ("漪州市人社局督查通报里，漪东县综合得分是多少？", "那漪西区呢？"):
        history += [Turn("user", question), Turn("assistant", bot.ask(question, history=history).text)]
    own = bot.ask("这个区发布了多少个岗位信息？", history=history)
    assert any("发布岗位信息3600个" in c.quote for c in own.citations), own.text
    other = bot.ask("这个区建成了几个零工市场？", history=history)
    assert other.abstained, other.text  # 漪东县's markets, not 漪西区's
    # with the report named as well: the place still holds
    named = bot.ask("这个区在这份就业服务督查通报里建成了几个零工市场？", history=history)
    assert named.abstained, named.text
