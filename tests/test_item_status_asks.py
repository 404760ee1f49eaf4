"""A problem's own status line answers what became of it: "…收回来了没有?" cites the status
line of the problem asked, and a date asked of a place the problem names (not its status line)
is read from the status line. Real model, a small real index of a report written here in
other wordings than the held-out notices' (蘅塘县, 蘅西镇)."""
from __future__ import annotations

import pytest

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


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder,
                           {"蘅塘县农业农村局_巡察整改进展情况的通报.txt": REPORT}, "status")


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
    rows = {row.problem.text[:6]: row.status for row in bot.ledger()}
    assert rows == {"蘅西镇农贸市": "完成", "农机购置补贴": "完成", "高标准农田建": "推进中",
                    "农技推广队伍": "推进中"}, rows
