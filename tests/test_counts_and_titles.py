"""Figures a report's prose states, asked in ways the ledger or the title's words used to take:
a count of measures ("一共制定了多少条整改措施?"), a value raised or cut to ("压缩到了几个工作日?"),
a plan the report cites by its kind ("党组的整改方案"), and a phone asked of a notice named by
its title. Real model, a small real index; notices written for this test."""
from __future__ import annotations

import pytest

from support import small_assistant

REPORT = (
    "中共峦溪县司法局党组关于县委第一巡察组反馈问题整改进展情况的报告\n"
    "县委巡察办：\n"
    "2025年10月，县委第一巡察组对县司法局党组开展了常规巡察，反馈问题10个。2026年1月8日，局党组印发"
    "《中共峦溪县司法局党组关于县委第一巡察组反馈意见的整改方案》，针对10个问题制定整改措施41条，"
    "明确责任领导和完成时限。\n"
    "一、反馈问题整改落实情况\n"
    "1.公证办理效率不高。整改措施：推行公证事项“最多跑一次”，办理时限由15个工作日压缩至5个工作日。"
    "目前该问题已整改完成。\n"
    "2.人民调解员培训不足。整改措施：分3批轮训全县调解员286人。目前该问题已整改完成。\n"
    "3.社区矫正信息化水平低。整改措施：建设智慧矫正平台，正在开展系统联调。\n"
    "4.法律援助窗口进驻事项少。整改措施：推动法律援助、公证、调解等事项进驻，进驻事项由12项增加至"
    "31项。目前该问题已整改完成。\n"
    "二、下一步工作\n"
    "对尚未完成的问题，局党组将每月调度一次，确保按期销号。\n"
    "中共峦溪县司法局党组\n"
    "2026年5月20日\n"
)
REPORT_NAME = "峦溪县司法局_巡察整改进展情况的报告.txt"
NOTICE = (
    "峦溪县财政局公告\n"
    "2026年第4号\n"
    "峦溪县财政局关于2025年度财政专项资金绩效自评结果的公告\n"
    "根据预算绩效管理有关规定，现将2025年度财政专项资金绩效自评结果公告如下。\n"
    "一、总体情况\n"
    "2025年度共对38个专项资金项目开展绩效自评，自评结果为优的26个，良的9个，中的3个。\n"
    "二、存在的问题\n"
    "部分项目绩效目标设置不够细化，个别项目资金支出进度偏慢。\n"
    "如有异议，请与我局联系。\n"
    "联系电话：0746-3312857。\n"
    "峦溪县财政局\n"
    "2026年4月10日\n"
)
NOTICE_NAME = "峦溪县财政局_2025年度财政专项资金绩效自评结果的公告.txt"


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder, {REPORT_NAME: REPORT, NOTICE_NAME: NOTICE},
                           "counts_titles")


def _quotes(bot, question: str) -> str:
    answer = bot.ask(question)
    assert not answer.abstained, answer.text
    return " ".join(c.quote for c in answer.citations)


def test_a_count_of_measures_is_the_figure_the_prose_states(bot) -> None:
    assert "制定整改措施41条" in _quotes(bot, "峦溪县司法局党组为落实巡察反馈意见，一共制定了多少条整改措施？")


def test_a_plan_the_report_cites_by_its_kind_is_asked_of_the_report(bot) -> None:
    quotes = _quotes(bot, "峦溪县司法局党组的整改方案一共制定了多少条整改措施？")
    assert "制定整改措施41条" in quotes


def test_a_value_raised_or_cut_to_is_a_figure_not_a_count_of_items(bot) -> None:
    assert "压缩至5个工作日" in _quotes(bot, "峦溪县司法局公证办理时限压缩到了几个工作日？")
    assert "增加至31项" in _quotes(bot, "峦溪县司法局法律援助窗口的进驻事项增加到了多少项？")


def test_a_notice_named_by_its_title_is_asked_for_its_phone(bot) -> None:
    quotes = _quotes(bot, "对峦溪县财政局2025年度财政专项资金绩效自评结果的公告有异议，打哪个电话？")
    assert "0746-3312857" in quotes


def test_a_plan_the_report_cites_by_words_of_its_title(bot) -> None:
    quotes = _quotes(bot, "峦溪县司法局党组针对县委第一巡察组反馈意见制定的整改方案，明确了多少条整改措施？")
    assert "制定整改措施41条" in quotes
