"""A notice's attachments as its closing lines list them, each cited; a figure asked of an
attachment is no question about the list. Written in other wordings than the held-out
notices' (蘅阳县). Real model, a small real index."""
from __future__ import annotations

import pytest

from assistant.attachments import asks_attachments, attachment_spans
from support import small_assistant

NOTICE = (
    "蘅阳县教育局关于举办2026年全县中小学教师信息技术应用能力大赛的通知\n"
    "各乡镇中心学校，县直各学校：\n"
    "为提升教师信息技术应用能力，县教育局决定举办2026年全县中小学教师信息技术应用能力大赛。\n"
    "一、参赛对象\n全县在职在岗中小学教师，每校推荐不超过3名。\n"
    "二、报名方式\n请各校于4月15日前将报名表（附件1）报送县教育局电教站。\n"
    "三、评审办法\n大赛按照评分标准（附件2）组织专家评审，设一等奖10名、二等奖20名。\n"
    "联系人：县教育局电教站 韦思远。\n"
    "附件：1. 2026年全县中小学教师信息技术应用能力大赛报名表\n"
    "2. 大赛作品评分标准\n"
    "3. 往届获奖作品目录\n"
    "蘅阳县教育局\n2026年3月28日\n"
)
NAME = "蘅阳县教育局_关于举办2026年教师信息技术应用能力大赛的通知.txt"


def test_the_forms_of_an_attachment_list() -> None:
    def listed(text: str) -> list[str]:
        return [text[s:e] for s, e in attachment_spans(text)]

    assert listed("正文。\n附件：1．报名表；2．日程安排\n某局\n") == ["报名表", "日程安排"]
    assert listed("正文。\n附件1：申请表\n附件2：承诺书。\n某局\n") == ["申请表", "承诺书"]
    assert listed("正文。\n附件：评分细则\n某局\n") == ["评分细则"]
    # an attachment's own heading page ("附件1" alone, its title below) lists nothing
    assert listed("正文。\n附件1\n2026年度报名表\n| 姓名 | 单位 |\n") == []
    assert listed("附件是指随文印发的材料。\n") == []


def test_the_list_asked_not_a_figure_in_it() -> None:
    assert asks_attachments("这份通知后面附了哪几个附件？")
    assert asks_attachments("附件3是什么？")
    assert not asks_attachments("附件里一等奖有几名？")


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder, {NAME: NOTICE}, "attachments")


def test_the_attachments_of_a_notice(bot):
    answer = bot.ask("蘅阳县教育局的大赛通知有哪些附件？")
    quotes = [c.quote for c in answer.citations]
    assert quotes == ["2026年全县中小学教师信息技术应用能力大赛报名表", "大赛作品评分标准",
                      "往届获奖作品目录"], answer.text


def test_one_attachment_by_its_number(bot):
    answer = bot.ask("蘅阳县教育局大赛通知的附件2是什么？")
    assert [c.quote for c in answer.citations] == ["大赛作品评分标准"], answer.text
