"""The members of a counted set, asked of a notice written in other wordings than the shipped
and held-out ones (沩川县): a count whose members the notice never lists is refused as not
stated; one whose members follow it, precede it or open the lines below it is answered.
Real model, a small real index."""
from __future__ import annotations

import pytest

from assistant.members import Members, asked_members, lists_members, states_count
from support import small_assistant

REPORT = (
    "沩川县卫生健康局\n"
    "关于县委巡察反馈意见整改情况的报告\n"
    "县委巡察办：\n"
    "根据县委第二巡察组反馈意见，我局逐项抓好整改，现将整改情况报告如下。\n"
    "一、转变工作作风方面\n"
    "局党组召开专题会议剖析作风问题根源，研究出台了改进机关作风的12条措施，推动干部职工提振精气神。\n"
    "针对基层诊疗行为不规范问题，印发医疗质量管理“六个严禁”，即：严禁过度检查、严禁分解收费、"
    "严禁乱开药品、严禁推诿病人、严禁收受红包、严禁违规转诊。\n"
    "二、行业监管方面\n"
    "对医保基金使用不规范的行为开展专项检查，约谈了4家民营医院负责人，追回违规资金38.5万元。\n"
    "对溪口镇卫生院、河湾镇卫生院和石门乡卫生院等3家卫生院的药品管理问题进行了全县通报。\n"
    "三、下一步工作\n"
    "持续巩固整改成果，建立长效机制。\n"
    "沩川县卫生健康局\n"
    "2026年5月20日\n"
)
REPORT_NAME = "沩川县卫生健康局_关于县委巡察反馈意见整改情况的报告.txt"


def test_the_members_asked_are_read_from_the_question() -> None:
    assert asked_members("那12条措施都有哪些？") == Members(12, "条", "措施")
    assert asked_members("约谈的那4家民营医院分别是哪几家？") == Members(4, "家", "民营医院")
    # an ordinal, a count asked itself, an attribute of the members and a quoted name ask none
    assert asked_members("第三条具体是什么？") is None
    assert asked_members("有哪3家卫生院被通报？") is None
    assert asked_members("这3家卫生院最后被罚了什么？") is None
    assert asked_members("针对“一岗双责”问题有哪几条整改措施？") is None


def test_a_count_lists_its_members_after_before_or_below_it() -> None:
    six = Members(6, "个", "严禁")
    assert states_count(REPORT, six) and lists_members(REPORT, six)
    assert lists_members(REPORT, Members(3, "家", "卫生院"))
    assert lists_members("提出3项措施。\n一是压实责任。\n二是强化督查。\n", Members(3, "项", "措施"))
    # members named again by the count ("两类机构指…"), or each saying the slogan's word
    assert lists_members("两类机构可先行复诊。两类机构指发热门诊和定点医院。", Members(2, "类", "机构"))
    assert lists_members("推出“两个做到”。做到挂号不排长队，做到取药不跑两趟。", Members(2, "个", "做到"))
    assert not lists_members(REPORT, Members(12, "条", "措施"))
    assert not lists_members(REPORT, Members(4, "家", "民营医院"))
    # what is said of the counted set is no list of it
    assert not lists_members("对责任不落实、整改不彻底的2个乡镇进行了约谈。", Members(2, "个", "乡镇"))


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder, {REPORT_NAME: REPORT}, "members")


def test_members_the_notice_only_counts_are_not_stated(bot) -> None:
    answer = bot.ask("沩川县卫生健康局出台的改进机关作风的12条措施都有哪些？")
    assert answer.abstained
    assert "没有列出" in answer.text


def test_members_that_follow_their_count_are_answered(bot) -> None:
    answer = bot.ask("沩川县卫生健康局印发的“六个严禁”有哪些？")
    assert not answer.abstained
    assert "严禁过度检查" in answer.citations[0].quote


def test_members_asked_after_a_ledger_answer_are_not_stated_either(bot) -> None:
    from assistant.models import Turn

    first = bot.ask("沩川县卫生健康局的整改报告里有哪些整改事项？")
    assert first.ledger  # a ledger answer: the follow-up goes into its items
    answer = bot.ask("那12条措施都有哪些？",
                     history=[Turn("user", "沩川县卫生健康局的整改报告里有哪些整改事项？"),
                              Turn("assistant", first.text)])
    assert answer.abstained
    assert "没有列出" in answer.text
