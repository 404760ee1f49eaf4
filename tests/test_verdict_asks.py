"""Questions in a 销号 report's words and a town named alone: a withheld verdict asks the work
under way, a town's short name finds its government, a reason asked of one listed item is read
in that item's notice, and "那第三个呢?" asks of the third what was asked of the second.
Written for this test in other wordings than the probe's."""
from __future__ import annotations

from assistant.catalog import Catalog, DocInfo
from assistant.followup import resolve
from assistant.ledger_intent import asks_reason, is_ledger_word, read_ledger_ask
from assistant.ledger_route import same_ask_of
from assistant.models import Turn
from assistant.quantity import named_document
from corpus import agency_matches, agency_places

CATALOG = Catalog.of_docs([DocInfo("d0", "巡察整改进展情况通报", "济南市应急管理局", "2021-07-29", None,
                                   None)])


def test_a_withheld_verdict_asks_the_work_under_way_and_leaves_no_topic():
    for question in ("哪些问题暂缓销号?", "哪几个问题验收没有通过?", "验收时未通过的有哪些?",
                     "哪些问题不予销号?"):
        ask = read_ledger_ask(question, question)
        assert ask is not None and ask.statuses == ("推进中",), question
    # the verdict's words are the asking, no topic an item must match
    assert all(is_ledger_word(w) for w in ("暂缓", "验收", "通过", "不予", "销号"))
    assert not is_ledger_word("宅基地")
    # not yet signed off at all, as before: every open state
    assert set(read_ledger_ask("哪些问题还没销号?").statuses) == {"推进中", "阶段性成效", "长期坚持"}


def test_a_town_is_a_place_of_its_government_but_no_department_is_one():
    assert agency_places("榑川县蒲岭乡人民政府")[:1] == ["榑川县蒲岭乡"]
    assert "蒲岭乡" in agency_places("榑川县蒲岭乡人民政府")
    assert agency_matches("蒲岭乡", "榑川县蒲岭乡人民政府")
    assert agency_matches("东坝街道", "某市某区东坝街道办事处")
    assert not agency_matches("蒲岭乡", "榑川县林业局")
    assert agency_places("某县住房和城乡建设局") == ["某县"]  # 城乡 names no place


def test_a_when_question_names_no_document_by_its_verb_or_its_asking_words():
    assert named_document("巡察组是哪天，反馈巡察意见的?") == "巡察意见"
    assert named_document("哪一天提出审计意见的?") == "审计意见"
    assert named_document("《河道管理办法》是哪天印发的?") == "河道管理办法"[:4]


def test_an_item_named_alone_is_asked_what_the_last_follow_up_asked():
    assert same_ask_of("那第三个呢?", "第二个为什么暂缓销号?") == "第三个为什么暂缓销号?"
    assert same_ask_of("还有第4项呢", "第1项由哪个科室负责?") == "第4项由哪个科室负责?"
    assert same_ask_of("第三个为什么没通过?", "第二个呢") is None  # asks its own question
    assert same_ask_of("那第三个呢?", "这些问题由谁负责?") is None  # no item to swap
    assert asks_reason("第二个为什么暂缓销号?") and not asks_reason("第二个什么时候完成?")


def test_a_reason_of_one_listed_item_is_read_in_its_notice_and_the_next_item_likewise(assistant):
    history, answers = [], []
    for question in ("济南应急局哪些问题需要长期坚持?", "第二条为什么要长期坚持?", "那第三条呢?"):
        answer = assistant.ask(question, history)
        answers.append(answer)
        history += [Turn("user", question), Turn("assistant", answer.text)]
    listed, second, third = answers
    assert len(listed.ledger) == 4
    doc = listed.ledger[1].doc_id
    for answer in (second, third):
        assert not answer.ledger  # not the item's fields again: its notice's passages
        assert answer.abstained or all(c.doc_id == doc for c in answer.citations)
    # the third turn was asked as the second: its reason, of the third item
    resolved = resolve("那第三条呢?", history[:4], CATALOG, lambda earlier: listed)
    assert resolved.text == "第三条为什么要长期坚持?" and resolved.kind == "ledger_items"


def test_a_problem_named_word_for_word_is_answered_with_all_its_measures_in_order(assistant):
    answer = assistant.ask("东莞应急管理局针对行政执法不规范问题采取了哪些整改措施?")
    quoted = "".join(c.quote for c in answer.citations)
    openings = ["(1)目前,存在调查时长", "(2)进一步规范了事故调查报告", "(3)针对局作出的行政处罚",
                "(4)一是加强法律法规学习"]
    assert all(o in quoted for o in openings)
    assert [quoted.index(o) for o in openings] == sorted(quoted.index(o) for o in openings)
    for c in answer.citations:
        assert assistant.document(c.doc_id).text[c.start:c.end] == c.quote


def test_a_bare_label_states_nothing():
    from assistant.evidence import states_nothing
    assert states_nothing("整改措施：") and states_nothing(" 主要做法: ")
    assert not states_nothing("整改措施：建立台账。") and not states_nothing("此问题已整改完成。")


def test_a_person_and_a_date_asked_together_ask_both_fields():
    assert read_ledger_ask("自建房问题的整改责任人是谁? 整改时限是什么时候?").want == "lead_deadline"
    assert read_ledger_ask("这个问题的责任领导是谁?").want == "leader"


def test_a_rate_base_a_threshold_a_date_or_a_cap_per_unit_counts_nothing():
    from assistant.counted import NO_GROUP, states_total
    from assistant.quantity import states_kinds, states_quantity, asked_kinds
    people = asked_kinds("一共救治了多少人?")
    for sentence in ("按户籍人口计算每万人仅有救护车2辆。", "对职工300人以上的企业开展检查。"):
        assert not states_quantity(sentence, "人") and not states_kinds(sentence, people), sentence
    assert states_quantity("全年培训急救员1200人。", "人") and states_kinds("全年培训急救员1200人。", people)
    assert states_quantity("培训300人以上，覆盖全部乡镇。", "人")  # a count "over 300" is still one
    capped = "对2026年内完成改造的3A级以上景区，按每处2万元给予补助，每个景区补助不超过3处。"
    assert not states_total(capped, NO_GROUP)
    assert states_total("全年共下达补助资金86万元。", NO_GROUP)


def test_a_court_decision_asked_is_not_stated_by_a_suit_filed():
    from assistant.outcome import outcome_kinds
    from assistant.quantity import states_kinds
    kinds = outcome_kinds("那起拖欠工程款的官司法院是怎么判的?")
    assert [k.name for k in kinds] == ["verdict"]
    assert not states_kinds("对拖欠的工程款，镇政府已向区人民法院提起诉讼。", kinds)
    assert states_kinds("区人民法院判决被告支付工程款8.6万元。", kinds)
    assert outcome_kinds("法院在哪里?") == ()


def test_a_first_point_cited_brings_the_other_points_of_its_line(assistant):
    answer = assistant.ask("济南应急局怎么解决专业人才太少的问题?")
    quoted = [c.quote for c in answer.citations]
    first = next(i for i, q in enumerate(quoted) if q.startswith("一是加强专业人才力量"))
    later = "".join(quoted[first:])
    assert "二是激励内部人才成长" in later and "三是开展专业技能培训" in later
    assert later.index("二是") < later.index("三是")
