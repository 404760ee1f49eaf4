"""A ledger item whose title names its problem ("关于“X”的问题") and whose next line describes it
("问题描述：…"): a list of items shows that description (assistant.ledger_answer), on a city
水务局's rectification report written in other wordings than the held-out one. Real model, a
small real index."""
from __future__ import annotations

import pytest

from support import small_assistant

NOTICE = (
    "汧川市水务局\n"
    "关于市委第一巡察组反馈问题整改进展情况的通报\n"
    "根据市委统一部署，市委第一巡察组对市水务局党组开展了常规巡察，指出3个方面6个问题。现将整改进展情况通报如下。\n"
    "一、贯彻落实党中央决策部署方面\n"
    "（一）关于“河湖长制落实不到位”的问题\n"
    "问题描述：部分镇级河长巡河记录不全；2024年城区3条内河水质仍为劣V类，黑臭水体治理进度滞后。\n"
    "整改措施：建立河长巡河电子台账，每月通报巡河情况；实施内河截污纳管工程。\n"
    "责任科室：河湖管理科\n"
    "整改时限：2026年6月30日前\n"
    "（二）关于“南渠节制闸等水利工程建设程序执行不严格、管理不规范”的问题\n"
    "问题描述：2023年实施的南渠节制闸工程存在先施工后审批情况，工程变更签证资料缺失12份。\n"
    "整改措施：补办审批手续，补齐变更签证资料，对相关责任人进行约谈。\n"
    "责任科室：建设管理科\n"
    "整改时限：2026年3月31日前\n"
    "二、财务管理方面\n"
    "（三）关于“农村饮水安全工程维修养护专项资金使用效益不高”的问题\n"
    "问题描述：农村饮水安全维修养护资金结余率达37%，部分资金闲置超过两年。\n"
    "整改措施：清理结余资金，统筹用于2026年维修养护项目。\n"
    "责任科室：计划财务科\n"
    "整改时限：2026年3月31日前\n"
    "（四）关于“公务接待不规范”的问题\n"
    "问题描述：2024年有5批次公务接待无公函，接待清单填写不完整。\n"
    "整改措施：修订公务接待管理办法，实行接待事前审批。\n"
    "责任科室：计划财务科\n"
    "整改时限：2026年4月30日前\n"
    "汧川市水务局\n"
    "2026年5月8日\n"
)
NOTICE_NAME = "汧川市水务局_关于市委第一巡察组反馈问题整改进展情况的通报.txt"


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder, {NOTICE_NAME: NOTICE}, "ledger_described")


def test_a_list_of_items_shows_what_each_problem_is(bot) -> None:
    answer = bot.ask("汧川市水务局巡察整改通报中，整改时限在2026年3月31日前的是哪几个问题？")
    assert not answer.abstained, answer.text
    cited = " ".join(c.quote for c in answer.citations)
    # the titles and what each describes
    assert "建设程序执行不严格" in cited and "变更签证资料缺失12份" in cited
    assert "专项资金使用效益不高" in cited and "结余率达37%" in cited
    assert "5批次公务接待" not in cited
    assert all(c.quote == bot._current().index.notices[c.doc_id].text[c.start:c.end]
               for c in answer.citations)
