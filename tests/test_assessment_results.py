"""An assessment's results by part: a part numbered "（一）" after an earlier part's "1." items,
a deadline of a year's work falling in the next year, a class switched to by name ("那第二类…
呢?"), a person's handling by 约谈. Written in other wordings than the held-out notices'
(沄源县). Real model, a small real index."""
from __future__ import annotations

import pytest

from assistant.followup import _ordinal
from assistant.quantity import asked_kinds, asked_years, states_kinds
from corpus import parse_notice
from support import small_assistant

RESULTS = (
    "沄源县人民政府关于2025年度部门工作实绩考核结果的通报\n"
    "一、考核组织情况\n"
    "（一）考核范围。全县参加考核的部门共21个，分为两类。\n"
    "（二）考核方法。考核采取平时考核、年终考核和群众评议相结合的方式。\n"
    "二、考核结果\n"
    "1.综合服务类部门：县财政局以96.42分位列第一，县审计局以95.18分位列第二。\n"
    "2.执法监管类部门：县市场监督管理局以97.05分位列第一，县应急管理局以94.66分位列第二。\n"
    "三、否决和扣分情况\n"
    "（一）否决情况\n"
    "1.县住房和城乡建设局。2025年6月，该局一名副局长因严重违纪被立案审查，依据考核办法对其实行"
    "党风廉政建设否决，年度考核确定为较差。\n"
    "2.县交通运输局。2025年9月，县域内发生一起较大道路运输事故，依据考核办法对其实行安全生产否决，"
    "年度考核确定为较差。\n"
    "（二）扣分情况\n"
    "1.县文化和旅游局：重点项目进度滞后，扣1.5分。\n"
    "2.县统计局：统计数据报送不及时，扣0.5分。\n"
    "四、有关要求\n"
    "考核确定为较差的部门，要深入查摆原因，于2026年4月15日前向县人民政府书面报告整改措施。\n"
    "县应急管理局局长蒯振宇因辖区安全生产工作被动，被县长约谈。\n"
)
RESULTS_NAME = "沄源县人民政府_2025年度部门工作实绩考核结果通报.md"


def test_a_part_numbered_above_items_seen_earlier_keeps_them_below_it() -> None:
    notice = parse_notice(RESULTS.encode("utf-8"), RESULTS_NAME)
    headings = {h.text: h.level for h in notice.headings}
    assert headings["（一）否决情况"] < headings["1.县住房和城乡建设局"]
    assert headings["（一）考核范围"] == headings["（一）否决情况"]
    deduction = next(p for p in notice.passages if p.text.startswith("1.县文化"))
    assert deduction.section[-2:] == ("三、否决和扣分情况", "（二）扣分情况")


def test_the_year_of_a_year_s_work_is_no_time_asked() -> None:
    question = "沄源县2025年度考核为较差的部门要在什么时间前书面报告整改措施？"
    assert asked_years(question) == (2025,)
    assert asked_years(question, time_asked=True) == ()
    assert asked_years("2025年3月召开了几次会议?", time_asked=True) == (2025,)


def test_a_class_named_in_a_switch_is_no_ordinal() -> None:
    assert _ordinal("那第二类执法监管类部门呢？") is None
    assert _ordinal("第二类是什么？") == 2
    assert _ordinal("第二条具体怎么做？") == 2


def test_a_summons_is_a_handling() -> None:
    kinds = asked_kinds("县应急管理局局长被怎么处理了？")
    assert [k.name for k in kinds] == ["sanction"]
    assert states_kinds("县应急管理局局长蒯振宇因辖区安全生产工作被动，被县长约谈。", kinds)


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder, {RESULTS_NAME: RESULTS}, "assessment")


def test_a_deadline_in_the_year_after_the_work(bot) -> None:
    answer = bot.ask("沄源县2025年度考核为较差的部门要在什么时间前书面报告整改措施？")
    assert not answer.abstained
    assert "2026年4月15日前" in answer.citations[0].quote


def test_the_cases_of_a_part_asked_by_which(bot) -> None:
    answer = bot.ask("沄源县2025年度部门考核中，哪些部门被实行了否决？")
    quotes = " ".join(c.quote for c in answer.citations)
    assert "县住房和城乡建设局" in quotes and "县交通运输局" in quotes


def test_a_score_is_asked_in_points() -> None:
    from assistant.quantity import asked_unit, states_quantity
    assert asked_unit("县财政局的考核得分是多少分？") == "分"
    assert asked_unit("会议要开多少分钟？") == ""
    assert states_quantity("县财政局以96.42分位列第一。", "分")
    assert not states_quantity("较差等次（2个）：县住房和城乡建设局、县交通运输局。", "分")


def test_the_agency_s_own_county_is_passed_over_for_the_town_asked() -> None:
    from assistant.quantity import named_place
    question = "沄源县2025年度考核中，沄口镇的得分是多少分？"
    assert named_place(question) == "沄源县"
    assert named_place(question, skip=lambda place: place == "沄源县") == "沄口镇"
    # the county again with a word before it is no other place
    again = "我在沄源县，按沄源县人社局的新政策一个月最多能补多少钱？"
    assert named_place(again, skip=lambda place: place == "沄源县") == ""


def test_a_whole_asked_by_its_noun_is_no_figure_per_unit() -> None:
    from assistant.counted import NO_GROUP, asked_total, states_total
    assert asked_total("县政府本次发放的奖励资金总额是多少万元？") == NO_GROUP
    assert not states_total("对考核优秀的部门，每个给予奖励经费5万元。", NO_GROUP)
    assert states_total("全年罚没款3862.5万元。", NO_GROUP)
