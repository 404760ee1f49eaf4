"""A problem's own status line answers what became of it: "…收回来了没有?" cites the status
line of the problem asked, and a date asked of a place the problem names (not its status line)
is read from the status line. A plan's items are asked by a quoted time limit ("时限为“全年持续
推进”") or by their place under a quoted heading, and "这一项由哪个股负责?" then asks that item.
Real model, a small real index of a report and a plan written here in other wordings than the
held-out notices' (蘅塘县, 蘅西镇)."""
from __future__ import annotations

import pytest

from assistant.models import Turn
from support import small_assistant

REPORT = (
    "中共蘅塘县农业农村局党组关于县委第一巡察组反馈意见整改进展情况的通报\n"
    "一、总体情况\n"
    "县委第一巡察组反馈问题4个。截至2026年5月31日，已完成整改2个，部分完成1个，持续推进1个。\n"
    "二、具体问题整改情况\n"
    "问题1：蘅西镇农贸市场违规收取摊位管理费，涉及金额3.6万元。\n"
    "整改措施：责令市场开办方停止收费，逐户核对收费台账。\n"
    "责任领导：副局长闵若川；责任股室：市场信息股；整改时限：2026年4月底前。\n"
    "整改进展：已完成。3.6万元已于2026年4月18日全部退还商户。\n"
    "问题2：农机购置补贴审核不严，向3户不符合条件的农户多发补贴4.2万元。\n"
    "整改措施：全额收回多发的补贴资金，完善补贴申报审核流程。\n"
    "责任领导：副局长闵若川；责任股室：农业机械化股；整改时限：2026年3月底前。\n"
    "整改进展：已完成。多发的4.2万元补贴已全部收回并上缴县财政。\n"
    "问题3：高标准农田建设项目进度滞后，3个片区未按期开工。\n"
    "整改措施：倒排工期，每周调度施工进度。\n"
    "责任领导：局长蒲知远；责任股室：农田建设股；整改时限：2026年9月底前。\n"
    "整改进展：部分完成。2个片区已开工建设；其余1个片区正在办理用地手续。\n"
    "问题4：农技推广队伍专业人才不足。\n"
    "整改措施：通过公开招聘、定向培养补充农技人员。\n"
    "责任领导：局长蒲知远；责任股室：人事股；整改时限：2026年12月底前。\n"
    "整改进展：持续推进。已完成2名农技人员招聘，另有3名正在考察。\n"
    "中共蘅塘县农业农村局党组\n2026年6月5日\n"
)


PLAN = (
    "蘅塘县水利局2026年工作要点\n"
    "（2026年2月10日局务会议审议通过）\n"
    "一、水利工程建设\n"
    "（一）农村供水保障\n"
    "1.新建农村供水工程3处，惠及人口1.2万人。由工程建设股牵头，县水利服务中心配合，2026年9月底前完成。\n"
    "2.完成供水管网改造45公里。责任股室：农村水利股。2026年11月底前完成。\n"
    "（二）河湖管护提升\n"
    "3.深化河湖长制，河湖巡查覆盖率保持100%。（牵头：河湖管理股；时限：全年持续推进）\n"
    "4.清理河道障碍物12处，新建生态护岸8公里。（牵头：河湖管理股；时限：2026年6月底前）\n"
    "5.推进水土保持监管，查处违法违规项目不少于10个。（牵头：水土保持股；时限：全年持续推进）\n"
    "二、防汛能力建设\n"
    "6.建成县水旱灾害防御指挥中心，2026年10月底前投入使用。（牵头：防汛抗旱股）\n"
    "三、工作动态\n"
    "2026年2月6日，县水利局召开智慧水务建设推进会。当日，县智慧水务监测平台正式上线启用。\n"
    "蘅塘县水利局\n2026年2月12日\n"
)


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder,
                           {"蘅塘县农业农村局_巡察整改进展情况的通报.txt": REPORT,
                            "蘅塘县水利局_2026年工作要点.txt": PLAN}, "status")


def test_whether_it_was_done_is_answered_by_the_problems_status_line(bot):
    answer = bot.ask("蘅塘县农业农村局多发的农机补贴钱收回来了没有？")
    assert not answer.abstained, answer.text
    assert "已全部收回并上缴县财政" in answer.citations[0].quote, answer.text


def test_a_date_asked_of_a_place_its_problem_names_is_read_from_the_status_line(bot):
    answer = bot.ask("蘅西镇农贸市场多收的摊位管理费是哪天退还的？")
    assert not answer.abstained, answer.text
    assert any("2026年4月18日" in c.quote for c in answer.citations), answer.text


def test_the_states_the_report_opens_with_are_its_items_states(bot):
    """"部分完成。…" and "持续推进。…" are under way, though their deeds say 已开工/已完成."""
    rows = {row.problem.text[:6]: row.status for row in bot.ledger()
            if row.agency == "蘅塘县农业农村局"}
    assert rows == {"蘅西镇农贸市": "完成", "农机购置补贴": "完成", "高标准农田建": "推进中",
                    "农技推广队伍": "推进中"}, rows


def test_a_quoted_time_limit_names_the_items_that_state_it(bot):
    answer = bot.ask("蘅塘县水利局工作要点中，时限为“全年持续推进”的是哪些任务？")
    quotes = " ".join(c.quote for c in answer.citations)
    assert "深化河湖长制" in quotes and "推进水土保持监管" in quotes, answer.text
    assert "清理河道障碍物" not in quotes and "新建农村供水工程" not in quotes, answer.text


def test_an_item_by_its_place_under_a_quoted_heading_then_its_office_and_timing(bot):
    first = "蘅塘县水利局工作要点“河湖管护提升”下面的第二项是什么？"
    answer = bot.ask(first)
    assert "清理河道障碍物12处" in answer.citations[0].quote, answer.text
    history = [Turn("user", first), Turn("assistant", answer.text)]
    who = bot.ask("这一项由哪个股负责？什么时候完成？", history=history)
    quotes = " ".join(c.quote for c in who.citations)
    assert "河湖管理股" in quotes and "2026年6月底前" in quotes, who.text
    assert "全年持续推进" not in quotes, who.text


def test_a_state_asked_after_a_count_of_another_is_asked_of_the_whole_report(bot):
    """"部分完成的是哪个问题?" after the count of those done: none of the done items is partly
    done, so the report's items are asked, and only the one its status words so is listed."""
    first = "蘅塘县农业农村局巡察反馈的问题，已经完成整改多少个？"
    history = [Turn("user", first), Turn("assistant", bot.ask(first).text)]
    answer = bot.ask("部分完成的是哪个问题？", history=history)
    assert not answer.abstained, answer.text
    quotes = " ".join(c.quote for c in answer.citations)
    assert "高标准农田建设项目进度滞后" in quotes, answer.text
    assert "农技推广队伍" not in quotes and "农机购置补贴" not in quotes, answer.text


def test_a_rating_word_naming_the_problem_asked_about_is_no_rating() -> None:
    from assistant.ledger_intent import read_ledger_ask

    named = read_ledger_ask("蘅塘县农业农村局高标准农田建设进度滞后的问题由谁负责整改？")
    assert named is not None and named.worded == "" and named.statuses == (), named
    assert read_ledger_ask("蘅塘县农业农村局哪些整改任务进度滞后？").worded
    assert read_ledger_ask("哪些进度滞后的问题还没有整改完？").worded


def test_work_planned_or_done_is_no_filter_of_done_items() -> None:
    from assistant.ledger_intent import read_ledger_ask

    either = read_ledger_ask("各单位在河湖管护方面分别部署或完成了哪些工作？")
    assert either is None or "完成" not in either.statuses, either
    assert read_ledger_ask("蘅塘县农业农村局完成了哪些整改？").statuses == ("完成",)


def test_a_count_in_a_group_of_another_size_than_the_ledgers_items_is_not_answered_by_them(bot):
    """The report has 4 problems; "那12条整改措施中已经完成了多少条?" counts measures, whose
    states it never gives: refused, not answered with the problems done. "那4个问题中…" is
    answered from the items."""
    measures = bot.ask("蘅塘县农业农村局那12条整改措施中已经完成了多少条？")
    assert measures.abstained, measures.text
    problems = bot.ask("蘅塘县农业农村局那4个问题中已经完成整改多少个？")
    assert not problems.abstained and problems.ledger, problems.text


def test_an_office_opening_the_question_is_the_office_asked() -> None:
    """"机关党委牵头的工作有哪些?" and "由机关党委牵头的…" name the office (it had read none at
    the question's start, and "由机关党委" with its 由)."""
    from assistant.ledger_intent import read_ledger_ask

    assert read_ledger_ask("机关党委牵头的工作有哪些？").office == "机关党委"
    assert read_ledger_ask("由机关党委牵头的任务有哪些？").office == "机关党委"
    assert read_ledger_ask("由河湖管理股负责哪些任务？").office == "河湖管理股"


def test_the_items_an_office_leads_are_listed(bot):
    answer = bot.ask("河湖管理股牵头的工作有哪些？")
    quotes = " ".join(c.quote for c in answer.citations)
    assert "深化河湖长制" in quotes and "清理河道障碍物" in quotes, answer.text
    assert "推进水土保持监管" not in quotes, answer.text


def test_going_into_service_is_dated_only_by_a_line_saying_so(bot):
    """"什么时候正式投入使用?" of a work whose task gives only its deadline to be built is not
    answered by that deadline; a work said to go into service by a date is."""
    built = bot.ask("蘅塘县水利局新建的农村供水工程什么时候正式投入使用？")
    assert built.abstained, built.text
    used = bot.ask("蘅塘县水旱灾害防御指挥中心什么时候投入使用？")
    assert not used.abstained, used.text
    assert any("2026年10月底前投入使用" in c.quote for c in used.citations), used.text
    # the day given by the sentence before one saying "当日，…启用"
    day = bot.ask("蘅塘县智慧水务监测平台是哪天启用的？")
    assert not day.abstained, day.text
    assert any("2026年2月6日" in c.quote for c in day.citations), day.text
