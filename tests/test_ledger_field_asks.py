"""Ledger questions that name the deadline field as written ("计划完成时间写的是…") or ask which
items a person leads with the noun said first ("整改任务里, 某某牵头的有哪几项?"). Written for
this test (滁溪县, in other wordings). No index."""
from __future__ import annotations

from assistant.ledger_intent import ledger_topic, read_ledger_ask


def test_a_deadline_field_as_written_filters_by_that_period_and_is_no_topic():
    ask = read_ledger_ask("滁溪县图书馆工作台账里完成时间写的是2026年6月底的任务有哪些?")
    assert ask is not None and ask.due_before == "2026年6月底" and ask.due_within
    assert "时间" not in ask.topic and "写" not in ask.topic
    assert "时间节点" not in ledger_topic("时间节点标为9月底的重点任务")


def test_which_items_asked_after_the_list_is_named_is_a_ledger_listing():
    ask = read_ledger_ask("滁溪县民政局的巡察整改任务里, 郗明远牵头的有哪几项?")
    assert ask is not None and ask.want == "items"
    # no list of the ledger's: not a ledger question
    assert read_ledger_ask("滁溪县这次体育比赛有哪几项?") is None


def test_a_deadline_field_said_to_be_a_timing_asks_the_items_of_that_timing():
    ask = read_ledger_ask("滁溪县文旅局重点任务中, 完成时限是2026年9月底前的有哪几项?")
    assert ask is not None and ask.due_before == "2026年9月底" and ask.due_within
    ask = read_ledger_ask("滁溪县文旅局哪些任务要在9月底前完成?")
    assert ask is not None and ask.due_before == "9月底前" and not ask.due_within


def test_a_ledger_question_of_a_year_no_notice_in_scope_is_of_is_refused():
    from assistant.catalog import Catalog, DocInfo
    from assistant.question import analyse
    from assistant.scope import other_year_ledger
    catalog = Catalog.of_docs([
        DocInfo("t", "滁溪县文旅局关于2025年度重点任务推进情况的督查通报", "滁溪县文化和旅游局",
                "2025-10-20", None, "通报"),
        DocInfo("u", "中共滁溪县民政局党组关于巡察整改进展情况的通报", "滁溪县民政局",
                "2025-01-15", None, "通报")])

    def refusal(question: str) -> str:
        analysis = analyse(question, catalog)
        return other_year_ledger(analysis, tuple(catalog.docs_of(analysis.agencies[0])), catalog)

    assert "2024年" in refusal("滁溪县文旅局2024年度重点任务有几项没有按期完成?")
    assert refusal("滁溪县文旅局2025年度重点任务有几项没有按期完成?") == ""
    # a notice dated early in a year reports on the year before
    assert refusal("滁溪县民政局2024年的巡察整改情况怎么样?") == ""
    assert "2021年" in refusal("滁溪县民政局2021年的巡察整改情况怎么样?")
    # a later year the notice's text plans for
    analysis = analyse("滁溪县文旅局2026年的重点任务有哪几项?", catalog)
    texts = {"t": "……2026年，重点抓好以下工作：……"}
    assert other_year_ledger(analysis, ("t",), catalog, texts) == ""
    assert "2026年" in other_year_ledger(analysis, ("t",), catalog, {"t": "……"})


def test_an_office_named_with_its_role_or_a_modal_is_the_office_asked() -> None:
    from assistant.ledger_intent import read_ledger_ask

    asked = read_ledger_ask("工作要点中，市城管执法支队作为责任单位承担了哪些任务？", "")
    assert asked is not None and (asked.want, asked.office) == ("items", "市城管执法支队")
    asked = read_ledger_ask("今年的工作要点里，法规科要负责哪些工作？", "")
    assert asked is not None and asked.office == "法规科"
    asked = read_ledger_ask("这项任务的责任单位是哪个？", "")
    assert asked is not None and asked.want == "lead"
