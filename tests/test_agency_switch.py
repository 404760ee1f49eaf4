"""An agency switch ("那浙江呢?") is answered where a list over every agency would list that
agency for the topic, and refused where its notices do not speak of it (it used to cite the
new agency's best-matching but unrelated sentences). Shipped index, wordings written here."""
from __future__ import annotations

from assistant.models import Turn


def _switch(bot, first: str, second: str):
    answer = bot.ask(first)
    assert not answer.abstained, first
    return bot.ask(second, [Turn("user", first), Turn("assistant", answer.text)])


def test_a_switch_to_an_agency_without_the_topic_is_refused(assistant):
    for first, second, agency in (
            ("济南应急局是怎么把党支部合并起来的?", "那浙江呢?", "浙江省应急管理厅"),
            ("东莞应急局公车使用的问题后来怎么整改的?", "那济宁呢?", "济宁市应急管理局")):
        answer = _switch(assistant, first, second)
        assert answer.abstained and answer.reason == "no_agency_evidence", second
        assert agency in answer.text and not answer.citations


def test_a_switch_to_an_agency_with_the_topic_is_answered_from_its_notice(assistant):
    answer = _switch(assistant, "济南应急局有没有签党风廉政建设责任书?", "那济宁呢?")
    assert not answer.abstained
    assert {c.agency for c in answer.citations} == {"济宁市应急管理局"}
    assert any("责任书" in c.quote for c in answer.citations)


def test_a_date_stated_of_another_document_does_not_answer(assistant):
    answer = assistant.ask("济南市应急局出台政务督查工作办法是在几月几号?")
    assert answer.abstained, answer.text
