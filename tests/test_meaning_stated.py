"""A bare quantity asked in everyday words is answered by the sentence closest in meaning that
states it; an item's label ("问题3：") is no quantity; "县里" names no county. Written in other
wordings than the held-out notices' (蘅山县). Real model, a small real index."""
from __future__ import annotations

import pytest

from assistant.abstention import stated_by_meaning
from assistant.quantity import named_place, states_quantity
from support import small_assistant

REPORT = (
    "中共蘅山县国资局党组关于县委巡察反馈意见整改进展情况的报告\n"
    "根据县委统一部署，县委第一巡察组对县国资局党组开展了常规巡察。现将整改进展情况报告如下。\n"
    "一、关于落实全面从严治党责任方面\n"
    "问题3：中央八项规定精神落实不到位，部分县属企业以过节名义违规发放福利。\n"
    "整改措施：开展违规发放福利专项清理，建立县属企业福利发放备案制度。\n"
    "整改结果：清退违规发放福利费36.5万元，对8名相关人员进行提醒谈话。\n"
    "问题4：县属企业投资决策不规范，部分项目未经可行性论证即开工。\n"
    "整改措施：修订投资管理办法，重大投资项目一律经专家论证。\n"
    "整改结果：修订《蘅山县县属企业投资监督管理办法》，对在建项目全部补充论证。\n"
    "二、关于深化国企改革方面\n"
    "问题5：经理层任期制和契约化管理推进缓慢。\n"
    "整改措施：全面签订任期制和契约化管理协议。\n"
    "整改结果：县属企业经理层成员已全部签订协议。\n"
    "中共蘅山县国资局党组\n2026年4月8日\n"
)
NAME = "中共蘅山县国资局党组_巡察反馈意见整改进展情况的报告.txt"


def test_an_items_label_counts_nothing() -> None:
    assert not states_quantity("问题3：中央八项规定精神落实不到位，部分县属企业违规发放福利。", "")
    assert states_quantity("清退违规发放福利费36.5万元。", "")


def test_the_level_in_general_is_no_place() -> None:
    assert named_place("蘅州市要求县里每年拿出多少钱来养护村道?") == ""
    assert named_place("其中白沙镇抽查了多少份?") == "白沙镇"


def test_meaning_must_be_the_closest_and_close() -> None:
    assert stated_by_meaning(0.9, 0.1, 0.9)
    assert not stated_by_meaning(0.9, 0.1, 0.95)  # another sentence is closer
    assert not stated_by_meaning(0.8, 0.1, 0.8)  # the closest, but not close
    assert not stated_by_meaning(0.95, 0.0, 0.95)  # no word of the question at all


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder, {NAME: REPORT}, "meaning")


def test_a_bare_quantity_in_everyday_words(bot):
    answer = bot.ask("蘅山县国资局：企业里乱发的过节福利退回来多少？")
    assert not answer.abstained, answer.text
    assert "清退违规发放福利费36.5万元" in answer.citations[0].quote, answer.text
