"""Ledger questions in the chat (the real assistant over the shared seed index) and through
POST /ask on a live server: every matching item listed and cited, follow-ups into the
previous answer, and plain refusals where a notice states no such thing."""
from __future__ import annotations

import pytest

from assistant.models import Turn


def _conversation(bot, questions):
    history, answers = [], []
    for question in questions:
        answer = bot.ask(question, history)
        answers.append(answer)
        history += [Turn("user", question), Turn("assistant", answer.text)]
    return answers


def _check_citations(bot, answer):
    for c in answer.citations:
        notice = bot.document(c.doc_id)
        assert notice.text[c.start:c.end] == c.quote and c.quote
        assert c.passage_start <= c.start < c.passage_end
        assert f"[{c.n}]" in answer.text


def test_open_problems_then_their_offices(assistant):
    first, second = _conversation(assistant, ["济南应急局还有哪些巡察问题没有整改完成?",
                                              "这些问题由哪个处室负责?"])
    assert not first.abstained and len(first.ledger) == 17  # 13 阶段性成效 + 4 长期坚持
    assert {i.status for i in first.ledger} == {"阶段性成效", "长期坚持"}
    assert len(first.citations) == 2 * 17  # each problem and its status line
    _check_citations(assistant, first)
    # The notice names no office per problem: said plainly, nothing else cited.
    assert second.abstained and second.reason == "ledger_unstated"
    assert "未写明牵头" in second.text and not second.citations


def test_done_count_with_the_notices_own_sentence_then_the_rest(assistant):
    done, rest = _conversation(assistant, ["济南应急局已经整改完成了多少个问题?", "剩下的呢?"])
    assert len(done.ledger) == 9 and "9" in done.text
    assert any("已整改完成9个" in c.quote for c in done.citations)  # the notice's own count
    assert len(rest.ledger) == 17
    assert not {i.item_id for i in done.ledger} & {i.item_id for i in rest.ledger}


def test_an_ordinal_points_into_the_last_answer(assistant):
    listed, second = _conversation(assistant, ["济南应急局哪些问题需要长期坚持?", "第二条具体怎么整改的?"])
    assert len(listed.ledger) == 4
    assert [i.item_id for i in second.ledger] == [listed.ledger[1].item_id]
    assert "整改措施" in second.text
    _check_citations(assistant, second)


def test_an_office_and_then_its_deadlines(assistant):
    led, due = _conversation(assistant, ["浙江应急管理厅人事处牵头负责哪些工作?", "这些工作什么时候完成?"])
    assert len(led.ledger) == 8
    assert all(any(s.text == "人事处" for s in i.lead) for i in led.ledger)
    # the office is cited with its role: "人事处牵头" (or "…牵头负责")
    assert any(c.quote.startswith("人事处牵头") for c in led.citations)
    assert [i.item_id for i in due.ledger] == [i.item_id for i in led.ledger]
    assert "全年实施" in due.text


def test_due_before_a_date_and_into_next_year(assistant):
    may = assistant.ask("济宁应急局有哪些工作要在5月底前完成?")
    assert may.ledger and all(i.due_date <= "2022-05-31" for i in may.ledger)
    assert any(i.problem.text == "落实各项防汛抗旱责任制" for i in may.ledger)
    later = assistant.ask("济宁有哪些工作要延续到明年?")
    assert later.ledger and all(i.due_date >= "2023-01-01" for i in later.ledger)


def test_a_problem_across_every_agency(assistant):
    answer = assistant.ask("哪些单位被指出公务用车管理不规范的问题?")
    assert {i.agency for i in answer.ledger} == {"东莞市应急管理局"}
    assert "其余单位" in answer.text and "济南市应急管理局" in answer.text


def test_a_status_no_notice_states_is_refused(assistant):
    answer = assistant.ask("浙江省应急管理厅的整改方案中哪些任务已经完成?")
    assert answer.abstained and answer.reason == "ledger_unstated"
    assert "未逐项说明整改状态" in answer.text and not answer.citations


def test_content_questions_keep_the_passage_route(assistant):
    answer = assistant.ask("哪些单位合并了党支部?")
    assert not answer.ledger and answer.citations[0].agency == "济南市应急管理局"


def test_ledger_questions_through_post_ask(assistant):
    """The API's /ask carries the listed items and their citations, and resolves a follow-up
    from the history the client sends."""
    import httpx
    from live_server import server_thread

    with server_thread(assistant) as url, httpx.Client(base_url=url, timeout=60) as client:
        first = client.post("/ask", json={"question": "东莞应急局还有哪些问题没有整改完成?"}).json()
        assert not first["abstained"] and len(first["ledger_items"]) == 8
        item = first["ledger_items"][0]
        assert set(item) == {"item_id", "doc_id", "agency", "section", "problem", "measures",
                             "status", "status_quote", "deadline", "lead", "leaders", "helpers",
                             "of_problem"}
        assert item["status"] == "推进中" and item["status_quote"]["text"]
        history = [{"role": "user", "content": "东莞应急局还有哪些问题没有整改完成?"},
                   {"role": "assistant", "content": first["answer"]}]
        second = client.post("/ask", json={"question": "第六条什么时候完成?",
                                           "history": history}).json()
        assert [i["item_id"] for i in second["ledger_items"]] == [
            first["ledger_items"][5]["item_id"]]
        assert "2021年9月" in second["answer"]


def test_compare_a_ledger_question_across_agencies(assistant):
    comparison = assistant.compare("各单位还有哪些问题没有整改完成?")
    rows = {r.agency: r for r in comparison.rows}
    assert len(rows["济南市应急管理局"].items) == 17
    assert not rows["浙江省应急管理厅"].has_evidence  # a plan states no progress
    for row in comparison.rows:
        for item in row.items:
            notice = assistant.document(item.citation.doc_id)
            assert notice.text[item.citation.start:item.citation.end] == item.citation.quote
            assert item.text.startswith(item.citation.quote)
    # A content topic keeps the passage comparison.
    content = assistant.compare("各单位在党支部建设方面采取了哪些整改措施?")
    assert any(r.has_evidence for r in content.rows)


def test_a_list_question_with_its_own_subject_is_new_after_a_ledger_question():
    from assistant.catalog import Catalog, DocInfo
    from assistant.followup import resolve
    from assistant.models import Turn

    catalog = Catalog.of_docs([
        DocInfo("t1", "泰安市应急管理局巡察整改情况通报", "泰安市应急管理局", "2021-05-01", None, None),
        DocInfo("w1", "潍坊市应急管理局巡察整改情况通报", "潍坊市应急管理局", "2021-06-01", None, None),
    ])
    history = [Turn("user", "临沂市应急管理局的整改进展如何?"),
               Turn("assistant", "已收录的通报中没有临沂市应急管理局的文件。")]
    fresh = resolve("哪些单位开展了年轻干部轮岗交流?", history, catalog, lambda _: None)
    assert fresh.kind != "ledger_items" and fresh.text == "哪些单位开展了年轻干部轮岗交流?"
    field = resolve("哪些部门配合?", history, catalog, lambda _: None)
    assert field.kind == "ledger_items"


def test_an_items_own_name_before_the_asked_office_keeps_it_as_the_topic():
    """"…由哪个科室负责" ends like an office name; only the asking words go, not the subject
    (the whole run was removed, and every item of the plan was listed)."""
    from assistant.ledger_intent import read_ledger_ask

    ask = read_ledger_ask("泰安的汛前隐患排查由哪个科室负责?")
    assert ask.want == "lead" and "汛前隐患排查" in ask.topic
    both = read_ledger_ask("潍坊的森林防火巡护由哪个处室牵头,要搞到什么时候?")
    assert both.want == "lead_deadline" and "森林防火巡护" in both.topic
    assert read_ledger_ask("办公室牵头的任务有哪些?").office == "办公室"


def test_an_items_office_and_deadline_asked_together_are_one_quote(assistant):
    answer = assistant.ask("济宁的黄河防凌工作由哪个科室负责?什么时候完成?")
    assert not answer.abstained and answer.ledger, answer.text
    _check_citations(assistant, answer)
    assert any("防汛抗旱科" in c.quote and "完成时限" in c.quote for c in answer.citations)


def test_a_bare_field_question_after_an_ordinal_asks_that_item(assistant):
    """"谁负责?" right after "第三条具体是什么?" is asked of that item, not of the first
    question's topic (which listed every item of the plan with its office)."""
    answers = _conversation(assistant, ["济宁2022年森林防灭火有哪些安排?", "第三条具体是什么?",
                                        "哪个科室负责?", "完成时限呢?"])
    item, lead, deadline = answers[1], answers[2], answers[3]
    assert item.citations and not lead.abstained and not deadline.abstained
    assert len(lead.ledger) == 1 and len(deadline.ledger) == 1, lead.text
    cited = item.citations[0]  # the item the answer listed is the one cited before
    assert cited.start <= lead.ledger[0].problem.start < cited.end
    assert any("科" in c.quote for c in lead.citations)
    _check_citations(assistant, lead)


def test_a_field_asked_after_a_passage_answer_is_that_of_the_items_it_cited(assistant):
    """"完成时限是什么时候?" / "哪个科室牵头?" after an answer quoting plan items: each quoted
    item's own deadline and office, not the passages nearest the words, nor every item of a
    loosely matched topic; a notice whose items state no deadline says so for those items."""
    first, deadline, lead = _conversation(assistant, ["济宁应急局今年防汛方面办哪些培训?",
                                                      "完成时限是什么时候?", "哪个科室牵头?"])
    assert not first.abstained and first.citations
    cited = {c.doc_id for c in first.citations}
    for answer, field in ((deadline, "deadline"), (lead, "lead")):
        assert not answer.abstained and answer.ledger
        assert {i.doc_id for i in answer.ledger} <= cited
        for item in answer.ledger:  # every item listed overlaps a citation of the first answer
            end = max(s.end for s in (item.problem, *item.measures, *item.lead, item.deadline)
                      if s is not None)
            assert any(c.doc_id == item.doc_id and c.start < end and item.problem.start < c.end
                       for c in first.citations)
        _check_citations(assistant, answer)
    assert all(i.deadline is not None for i in deadline.ledger)
    assert all(i.deadline.text in deadline.text for i in deadline.ledger)
    assert all(i.lead and i.lead[0].text in lead.text for i in lead.ledger)
    report, when = _conversation(assistant, ["东莞应急局在公车管理上做了哪些整改?",
                                             "什么时候完成?"])
    assert not report.abstained
    assert when.abstained and when.reason == "ledger_unstated" and "东莞" in when.text


def test_a_follow_up_narrows_the_listed_items_by_its_own_topic_or_date(assistant):
    """"其中哪些跟培训有关?" keeps the listed items on 培训 (it listed them all); "其中哪些要在
    5月底前完成?" keeps those due by then (the date was not read without 整改/任务 words)."""
    first, on_topic, none = _conversation(assistant, ["济宁应急局有哪些任务要在6月底前完成?",
                                                      "其中哪些跟培训有关?", "其中哪些跟信访有关?"])
    ids = {i.item_id for i in first.ledger}
    assert on_topic.ledger and {i.item_id for i in on_topic.ledger} < ids
    for item in on_topic.ledger:
        assert "培训" in " ".join([item.problem.text, *(m.text for m in item.measures)])
    assert none.abstained and none.reason == "ledger_empty" and not none.citations
    _, due = _conversation(assistant, ["济宁应急局有哪些任务要在6月底前完成?",
                                       "其中哪些要在5月底前完成?"])
    assert due.ledger and {i.item_id for i in due.ledger} < ids
    assert all(i.due_date is not None and i.due_date[5:] <= "05-31" for i in due.ledger)
    _check_citations(assistant, on_topic)
    _check_citations(assistant, due)


def test_how_many_tasks_a_plan_lists_is_its_items_counted_and_cited(assistant):
    """"有几项任务?" of a plan whose items state no status is answered by its items, each
    cited, and their number; a problem count still needs the notice's own stated total."""
    from assistant.ledger_intent import read_ledger_ask

    assert read_ledger_ask("市水务局的防汛方案一共列了多少条措施?").tasks
    assert not read_ledger_ask("市水务局被反馈了多少个问题?").tasks
    # a qualifier between the measure word and the noun
    assert read_ledger_ask("市水务局今年一共部署了多少项重点任务?").tasks
    assert read_ledger_ask("县林业局方案里有几条主要措施?").tasks
    answer = assistant.ask("浙江应急厅作风建设整改方案一共有几项整改任务?")
    assert not answer.abstained and answer.ledger, answer.text
    assert f"共{len(answer.ledger)}项" in answer.text
    assert len({i.doc_id for i in answer.ledger}) == 1
    _check_citations(assistant, answer)


def test_one_item_asked_shows_its_measures_at_length(assistant):
    from assistant.ledger_answer import ONE_ITEM_MEASURE_CHARS, PROBLEM_QUOTE_CHARS

    listed, one = _conversation(assistant, ["济南应急局哪些问题需要长期坚持?", "第三个具体是怎么整改的?"])
    assert len(listed.ledger) >= 3 and len(one.ledger) == 1
    item = one.ledger[0]
    assert item.item_id == listed.ledger[2].item_id and item.measures
    measure = one.citations[-1]
    assert measure.start == item.measures[0].start
    assert len(measure.quote) > PROBLEM_QUOTE_CHARS * 2 or measure.end == item.measures[0].end
    assert len(measure.quote) <= ONE_ITEM_MEASURE_CHARS
    _check_citations(assistant, one)


def test_a_status_no_item_has_says_what_the_notice_does_say(assistant):
    """"哪些问题仍在推进?" is a status ask (仍在/还在 as well as 正在); where no item has the
    asked status the reply counts the statuses the items do have."""
    from assistant.ledger_intent import read_ledger_ask

    for q in ("青山区卫健委哪些任务仍在推进?", "县林业局还有哪些问题还在办理?"):
        ask = read_ledger_ask(q, q[q.index("哪") - 1:])
        assert ask is not None and ask.statuses == ("推进中",), q
    done = assistant.ask("东莞应急局已经整改完成的问题有哪些?")
    assert done.abstained and "没有写明已整改完成的条目" in done.text
    assert "（共28项：" in done.text and "正在推进8项" in done.text


def test_who_leads_the_whole_rectification_is_read_in_the_prose_where_items_name_none(assistant):
    """东莞's items name no lead office; its prose names the rectification's leading group."""
    answer = assistant.ask("东莞应急局的整改由谁牵头负责?")
    assert not answer.abstained and not answer.ledger, answer.text
    assert "任组长" in answer.citations[0].quote, answer.text


def test_an_item_asked_by_its_place_in_a_named_notice_is_that_item(assistant):
    answer = assistant.ask("济南应急局整改通报里的第三个问题是什么?")
    assert not answer.abstained and len(answer.ledger) == 1, answer.text
    assert answer.ledger[0].ordinal == 3 and "第3个问题" in answer.text  # as it was asked
    assert answer.ledger[0].problem.text.startswith(answer.citations[0].quote)
