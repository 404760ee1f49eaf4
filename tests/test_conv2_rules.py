"""Issue 18, branch conv2: follow-up and "what was asked" rules found on the dev
conversations, each checked here on wordings and notices written for the test (not the own
set's). No index."""
from __future__ import annotations


def test_a_count_in_ge_is_answered_by_a_count_in_any_measure_word():
    from assistant.quantity import asked_unit, states_quantity

    unit = asked_unit("潍坊今年要建多少个微型消防站?")
    assert unit == "个"
    for stated in ("建成微型消防站35座", "全市新建消防站12处", "已建成3所培训学校",
                   "共建设二十个消防站"):
        assert states_quantity(stated, unit), stated
    for unstated in ("2022年建成微型消防站", "推进万人大练兵", "投入资金300万元",
                     "覆盖率达到95%"):
        assert not states_quantity(unstated, unit), unstated
    # a named measure word other than 个 still asks for that word
    assert not states_quantity("建成微型消防站35座", asked_unit("一共配了多少辆消防车?"))


def test_a_head_count_may_be_written_in_wei_and_a_sum_named_by_its_purpose_is_money():
    from assistant.quantity import asked_kinds, states_kinds

    people = asked_kinds("这次火灾一共伤了几个人?")
    assert [k.name for k in people] == ["people"]
    assert states_kinds("火灾造成3位村民轻伤", people)
    assert not states_kinds("火灾造成村民轻伤", people)
    for question in ("给遇难者家属拨了多少抚恤款?", "一共收了多少罚款?", "发了多少补助费?"):
        assert [k.name for k in asked_kinds(question)] == ["money"], question
    assert asked_kinds("一共发了多少份宣传材料?") == ()


def test_an_agency_switch_carrying_a_count_may_cover_less_than_a_standalone_question():
    from assistant.abstention import (BARE_QUANTITY_COVERAGE, SWITCH_QUANTITY_COVERAGE,
                                      Signals, should_abstain)

    between = (BARE_QUANTITY_COVERAGE + SWITCH_QUANTITY_COVERAGE) / 2
    assert should_abstain(Signals(None, 0.5, "", between))
    assert not should_abstain(Signals(None, 0.5, "", between, switched=True))
    assert should_abstain(Signals(None, 0.5, "", SWITCH_QUANTITY_COVERAGE / 2, switched=True))
    assert should_abstain(Signals(None, 0.5, "", -1.0, switched=True))  # no number at all
