"""Issue 18, conversation and abstention rules written as patterns and checked on wordings
written here (not the own set's): what a person took in hand is not a ledger total. No index."""
from __future__ import annotations

from assistant.ledger_intent import read_ledger_ask


def test_a_count_of_what_a_person_took_in_hand_is_not_a_ledger_total():
    for question in ("他亲自领办了几个问题?", "王局长包保了多少项整改任务?",
                     "分管副局长督办了多少个问题?", "她认领了几项反馈问题?"):
        assert read_ledger_ask(question) is None, question
    # the ledger's own totals are still counts of the ledger
    assert read_ledger_ask("泰安应急局巡察反馈的问题一共有多少项?").want == "count"
    assert read_ledger_ask("已经整改完成了多少项?").want == "count"
    assert read_ledger_ask("督办的问题还有哪些没有整改完成?").want == "status"
