"""A task table's rows listed by a field (lead, timing) show what each task is; items listed by
a topic show the measure on it, one stating the amount when "各多少" is asked; offices split
at 、 keep a name's bracket whole; "完成整改的有几个" counts. Written in other wordings than
the held-out notices' (蘅川市, 蘅溪乡). Real model, a small real index."""
from __future__ import annotations

import pytest

import corpus
from assistant.ledger_intent import read_ledger_ask
from corpus.ledger import extract_ledger
from corpus.ledger.assignment import lead_offices
from support import small_assistant

TASKS = (
    "蘅川市水务局关于印发2026年城乡供水保障重点任务分工的通知\n"
    "各科室、局属各单位：现将2026年城乡供水保障重点任务分工印发给你们，请认真抓好落实。\n"
    "| 序号 | 任务名称 | 工作内容 | 牵头单位 | 配合单位 | 完成时限 |\n"
    "| 1 | 水源地规范化建设 | 完成8个县级以上饮用水水源地规范化整治，水质达标率保持100%。"
    " | 水资源科 | 各县（市、区）水务局 | 2026年9月底前 |\n"
    "| 2 | 农村供水工程维修养护 | 全年维修养护农村供水工程不少于260处，落实管护经费1200万元。"
    " | 农村水利科 | 市财政局、各县（市、区）水务局 | 2026年11月底前 |\n"
    "| 3 | 供水管网漏损治理 | 改造老旧供水管网85公里，城市公共供水管网漏损率控制在9%以内。"
    " | 农村水利科 | 市住房和城乡建设局 | 2026年9月底前 |\n"
    "蘅川市水务局\n2026年3月2日\n"
)
TASKS_NAME = "蘅川市水务局_2026年城乡供水保障重点任务分工.txt"

REPORT = (
    "蘅溪乡人民政府关于县委巡察反馈问题整改情况的报告\n"
    "县委巡察办：县委第二巡察组反馈问题4个，截至2026年4月30日，已完成3个，持续整改1个。现将有关情况报告如下：\n"
    "问题1：危房改造补助发放不规范，向不符合条件的2户发放补助4.6万元。\n"
    "整改措施：逐户核查补助对象，对不符合条件的收回补助资金。\n"
    "整改结果：已收回补助资金4.6万元并退还县财政。\n"
    "整改状态：已完成\n"
    "问题2：乡卫生院药品采购未执行集中采购规定。\n"
    "整改措施：全面执行药品集中采购制度，建立采购台账。\n"
    "整改结果：药品集中采购率提高到98%。\n"
    "整改状态：已完成\n"
    "问题3：村级公益岗位人员管理松散，3名公益岗人员长期不在岗仍领取工资。\n"
    "整改措施：清理不在岗人员，追缴违规领取的工资。\n"
    "整改结果：已解聘3人，追缴工资1.92万元。\n"
    "整改状态：已完成\n"
    "问题4：耕地撂荒整治推进缓慢。\n"
    "整改措施：建立撂荒地台账，引导流转复耕。\n"
    "整改结果：已复耕撂荒地210亩。\n"
    "整改状态：持续整改\n"
    "蘅溪乡人民政府\n2026年5月6日\n"
)
REPORT_NAME = "蘅溪乡人民政府_关于县委巡察反馈问题整改情况的报告.txt"


def test_offices_split_at_the_mark_outside_a_names_bracket() -> None:
    text = "市财政局、各县（市、区）水务局、乡（镇）农业服务中心"
    assert [text[s:e] for s, e in lead_offices(text, 0, len(text))] == [
        "市财政局", "各县（市、区）水务局", "乡（镇）农业服务中心"]
    notice = corpus.parse_notice(TASKS.encode("utf-8"), TASKS_NAME)
    helpers = [[h.text for h in i.helpers] for i in extract_ledger(notice).items]
    assert helpers[1] == ["市财政局", "各县（市、区）水务局"]


def test_a_count_of_done_items_worded_with_de_you() -> None:
    for question in ("蘅溪乡巡察反馈的问题，已经完成整改的有几个？", "已完成的一共有几项？"):
        ask = read_ledger_ask(question)
        assert ask is not None and ask.want == "count" and ask.statuses == ("完成",), question
    assert read_ledger_ask("已完成整改的是哪几个问题？").want != "count"


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder,
                           {TASKS_NAME: TASKS, REPORT_NAME: REPORT, PROSE_NAME: PROSE_PLAN},
                           "task-rows")


def test_tasks_listed_by_their_lead_show_what_each_task_is(bot):
    answer = bot.ask("蘅川市水务局2026年城乡供水保障任务分工中，农村水利科牵头的任务有哪些？")
    quotes = [c.quote for c in answer.citations]
    assert any("全年维修养护农村供水工程不少于260处" in q for q in quotes), answer.text
    assert any("改造老旧供水管网85公里" in q for q in quotes), answer.text
    assert not any("水源地规范化整治" in q for q in quotes), answer.text


def test_tasks_listed_by_their_timing_show_what_each_task_is(bot):
    answer = bot.ask("蘅川市水务局供水保障任务分工里，完成时限是2026年9月底前的有哪些任务？")
    quotes = [c.quote for c in answer.citations]
    assert any("完成8个县级以上饮用水水源地规范化整治" in q for q in quotes), answer.text
    assert any("改造老旧供水管网85公里" in q for q in quotes), answer.text


def test_items_on_a_topic_show_the_amount_each_recovered(bot):
    answer = bot.ask("蘅溪乡巡察整改中，哪些问题收回或追缴了资金？各多少？")
    quotes = [c.quote for c in answer.citations]
    assert any("已收回补助资金4.6万元" in q for q in quotes), answer.text
    assert any("追缴工资1.92万元" in q for q in quotes), answer.text


def test_a_done_count_quotes_the_notices_own_count(bot):
    answer = bot.ask("蘅溪乡巡察反馈的问题，已经完成整改的有几个？")
    assert any("已完成3个" in c.quote for c in answer.citations), answer.text


def test_a_kind_described_by_those_is_no_group_pointed_at(bot):
    answer = bot.ask("蘅川市那些乡下的自来水工程，今年要维修养护多少处？")
    assert not answer.abstained, answer.text
    assert any("不少于260处" in c.quote for c in answer.citations), answer.text


PROSE_PLAN = (
    "蘅川市应急管理局关于印发2026年森林防灭火专项行动方案的通知\n"
    "一、重点任务\n"
    "1．强化火源管控。市林业局牵头，市公安局、各区县人民政府配合，在重点林区入口设立检查站32个，"
    "10月底前完成。\n"
    "2．推进防火道路建设。由市交通运输局负责，市林业局配合，全年新修防火应急道路45公里。\n"
    "3．开展宣传教育。各地要通过短视频、村村响广播等方式开展防火宣传。\n"
    "蘅川市应急管理局\n2026年2月20日\n"
)
PROSE_NAME = "蘅川市应急管理局_2026年森林防灭火专项行动方案.txt"


def test_an_assignment_right_after_a_tasks_title() -> None:
    notice = corpus.parse_notice(PROSE_PLAN.encode("utf-8"), PROSE_NAME)
    items = extract_ledger(notice).items
    assert [[s.text for s in i.lead] for i in items] == [["市林业局"], ["市交通运输局"], []]
    assert [[s.text for s in i.helpers] for i in items][:2] == [
        ["市公安局", "各区县人民政府"], ["市林业局"]]
    assert items[0].deadline is not None and items[0].deadline.text.startswith("10月底前")


def test_a_tasks_content_is_shown_after_its_assigning_clause(bot):
    answer = bot.ask("蘅川市应急管理局森林防灭火专项行动方案中，市林业局牵头的任务有哪些？")
    assert any(c.quote.startswith("在重点林区入口设立检查站32个") for c in answer.citations), answer.text
