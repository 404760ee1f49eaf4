"""The chat's ledger route claims a question only where a notice in scope has a ledger: a
meeting notice or a policy has none, and "由哪个部门牵头" / "措施是什么" about it ask its text."""
from __future__ import annotations

import pytest

import corpus
from assistant.ledger_intent import read_ledger_ask
from assistant.ledger_route import answer_ledger
from corpus.ledger import extract_ledger
from eval.ledger import ROOT
from eval.ledger_files import materialize


@pytest.fixture(scope="module")
def notices(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("ledger-route")
    loaded = [corpus.load_notice(materialize(ROOT / "tests/data/ledger" / name, folder))
              for name in ("11_市统计局_会议通知.txt", "10_区民政局_巡察整改通报.txt")]
    return {n.doc_id: n for n in loaded}


def _answer(question: str, doc_ids, notices, on_topic: str | None = None):
    """`on_topic`: the word an item must hold to be on the question's topic; None: the
    question's words name no item (as the service's scorer says of "哪些问题已经整改完成")."""
    ask = read_ledger_ask(question)
    assert ask is not None, question  # the ledger intent reads it: the route must decide
    ledgers = {d: extract_ledger(notices[d]) for d in doc_ids}
    scorer = None if on_topic is None else (
        lambda text, context: 1.0 if on_topic in text + context else 0.0)
    return answer_ledger(ask, list(doc_ids), notices, ledgers.__getitem__,
                         lambda topic: scorer, question)


def test_a_notice_without_a_ledger_is_left_to_the_passage_route(notices):
    meeting, report = notices
    assert extract_ledger(notices[meeting]).items == ()
    assert _answer("这些问题由哪个部门牵头整改?", [meeting], notices) is None
    assert _answer("哪些问题已经整改完成?", [meeting], notices) is None


def test_a_notice_with_a_ledger_keeps_the_ledger_answer(notices):
    meeting, report = notices
    # the report lists problems but states no status per item: said plainly, not searched
    reply = _answer("哪些问题已经整改完成?", [report], notices)
    assert reply is not None and reply.abstained and not reply.citations
    reply = _answer("哪些问题已经整改完成?", [meeting, report], notices)
    assert reply is not None and reply.abstained


def test_over_several_notices_only_ledgers_with_items_on_the_topic_answer(notices):
    meeting, report = notices
    word = "养老机构"
    assert any(word in i.problem.text for i in extract_ledger(notices[report]).items)
    reply = _answer(f"{word}方面的问题整改完成了多少个?", [meeting, report], notices, word)
    assert reply is not None and reply.abstained  # the report is on the topic: its silence said
    assert _answer("应急物资方面的问题整改完成了多少个?", [meeting, report], notices,
                   "应急物资储备库") is None  # no item on the topic: the passages answer


def test_a_status_is_named_as_one_not_by_the_adjective():
    assert read_ledger_ask("哪些问题取得了阶段性成效?").statuses == ("阶段性成效",)
    assert read_ledger_ask("哪些整改任务需长期推进?").statuses == ("长期坚持",)
    for question in ("阶段性减免社保费的措施是什么?", "长期护理保险的试点有哪些工作?"):
        ask = read_ledger_ask(question)
        assert ask is None or not ask.statuses, question


def test_an_item_named_by_a_heading_between_passages_is_cited_whole(notices):
    from assistant.ledger_answer import cite

    meeting, report = notices
    notice = notices[report]
    for item in extract_ledger(notice).items:  # "（一）关于…的问题" headings, not in passages
        citation = cite(notice, item.problem, 1, 40)
        assert citation.quote == item.problem.text == notice.text[citation.start:citation.end]
        assert citation.passage_start <= citation.start < citation.end <= citation.passage_end
        passage = next(p for p in notice.passages if p.passage_id == citation.passage_id)
        assert item.problem.text in " ".join(passage.section)  # the passage it heads


def test_an_office_ending_in_ban_is_an_office():
    ask = read_ledger_ask("哪些任务由防汛办牵头?")
    assert ask is not None and ask.want == "items" and ask.office.endswith("防汛办")


def test_when_will_it_be_rectified_asks_a_deadline():
    for question in ("这个问题什么时候整改完?", "资金拨付的问题何时能改完?",
                     "县林业局的整改什么时候全部完成?", "这些任务何时都能落实?"):
        ask = read_ledger_ask(question)
        assert ask is not None and ask.want == "deadline", question


def test_an_agency_switch_after_a_count_still_asks_the_count():
    """"县交通运输局被反馈了几个问题?" then "县林业局呢?" composes "县林业局 被反馈了 问题 多少"
    (the measure word dropped, 多少 last): a count of the ledger, not its list."""
    assert read_ledger_ask("县林业局 被反馈了 问题 多少").want == "count"
    assert read_ledger_ask("反馈的问题多少?").want == "count"
    assert read_ledger_ask("问题涉及资金多少?") is None or \
        read_ledger_ask("问题涉及资金多少?").want != "count"


def test_over_several_notices_a_topic_names_the_notice_whose_item_says_it_all():
    """Held-out wording: "传染病监测预警由哪个科室牵头?" is about the notice whose item says
    传染病, not another notice's items that share only 监测预警."""
    import corpus
    from assistant.ledger_intent import LedgerAsk
    from assistant.ledger_route import answer_ledger
    from corpus.ledger import extract_ledger

    health = corpus.parse_notice((
        "青山区卫生健康委员会2025年工作要点\n一、守牢公共卫生安全底线\n"
        "1.完善传染病监测预警体系，哨点医院数据每日上报。牵头单位：疾病预防控制科；配合单位：区疾控中心。\n"
        "2.开展学校传染病防控专项检查。牵头单位：疾病预防控制科；配合单位：区教育局。\n"
        "青山区卫生健康委员会\n2025年2月18日").encode(), "h.txt")
    safety = corpus.parse_notice((
        "临江市应急管理局2025年工作要点\n一、提升防灾能力\n"
        "1.强化森林火灾监测预警。牵头单位：火灾防治管理科。\n"
        "2.完善地质灾害监测预警。牵头单位：防汛抗旱科。\n"
        "临江市应急管理局\n2025年3月1日").encode(), "s.txt")
    notices = {n.doc_id: n for n in (health, safety)}
    ledgers = {d: extract_ledger(n) for d, n in notices.items()}
    assert all(ledger.items for ledger in ledgers.values())

    def topic_score(topic):  # share of the topic's two words an item says
        return lambda text, context: sum(w in text for w in ("传染病", "监测预警")) / 2

    ask = LedgerAsk(want="lead", topic="传染病监测预警")
    reply = answer_ledger(ask, [safety.doc_id, health.doc_id], notices, ledgers.__getitem__,
                          topic_score, "传染病监测预警由哪个科室牵头?")
    assert {item.doc_id for item in reply.items} == {health.doc_id}


def test_which_county_ranks_highest_is_no_ledger_count():
    """Held-out wording (a 督查通报 ranking counties): "哪个县区完成率最高?" asks a county's
    name, which no ledger records; "整改完成率是多少?" still asks the ledger's count."""
    assert read_ledger_ask("哪个县区完成率最高?") is None
    assert read_ledger_ask("哪几个县完成率超过了80%?") is None
    assert read_ledger_ask("整改完成率是多少?").want == "count"


def test_how_far_an_item_has_got_asks_its_status_not_its_measures():
    """Held-out wording: "第三个问题现在整改得怎么样?" after a list of items asks the status;
    "这个问题是怎么整改的?" asks the measures."""
    from assistant.ledger_route import wanted_field

    assert wanted_field("第三个问题现在整改得怎么样?") == "status"
    assert wanted_field("这一项改得如何了?") == "status"
    assert wanted_field("这个问题是怎么整改的?") == "measures"


def test_the_ledger_asked_noun_first_is_listed():
    """Held-out wording: "市审计局的整改任务有哪些?", "巡察问题都有哪些?" list the ledger as
    "有哪些整改任务" does; a topic's measures are not a ledger list."""
    assert read_ledger_ask("市审计局的整改任务有哪些?").want == "items"
    assert read_ledger_ask("县林业局的巡察问题都有哪些?").want == "items"
    assert read_ledger_ask("防汛的措施有哪些?") is None


def test_a_subject_before_which_offices_lead_it_stays_the_topic():
    """Third probe wording: "规范往来款项这项工作由哪些处室负责?" loses 哪些 to the question's
    topic (an intent word); its subject must not be read as an office, or every item of
    every notice is listed."""
    from assistant.ledger_intent import ledger_topic

    assert ledger_topic("规范往来款项这项工作由处室负责") == "规范往来款项这项工作"
    assert ledger_topic("修订完善各类预案方案由哪个科室负责") == "修订完善各类预案方案"
    assert read_ledger_ask("规范往来款项这项工作由哪些处室负责?",
                           "规范往来款项这项工作由处室负责").topic == "规范往来款项这项工作"


def test_a_work_plans_points_are_listed_as_its_items():
    """Held-out wording: "青山区卫健委有哪些工作要点?" lists the plan's numbered points; a
    plain "要点是什么" of a topic is not a list of the ledger."""
    assert read_ledger_ask("青山区卫健委有哪些工作要点?").want == "items"
    assert read_ledger_ask("区卫健委的工作要点里有哪些重点任务?").want == "items"
    assert read_ledger_ask("防汛工作的要点是什么?") is None


def test_a_topic_the_notices_title_names_is_every_items_topic():
    """Held-out wording: "县医保局的专项整治有哪些任务?" of a 专项整治工作方案 lists its tasks,
    though no task repeats 专项整治."""
    import corpus
    from assistant.ledger_answer import filter_items
    from corpus.ledger import extract_ledger

    plan = corpus.parse_notice((
        "临江县医疗保障局医保基金使用专项整治工作方案\n二、主要任务\n"
        "（一）开展定点医药机构全覆盖检查。责任科室：基金监管股；完成时间：2024年9月30日前。\n"
        "（二）推进医保智能监控系统应用。责任科室：信息股；完成时间：2024年12月31日前。\n"
        "临江县医疗保障局\n2024年3月12日").encode(), "p.txt")
    items = extract_ledger(plan).items
    assert len(items) == 2

    def topic_score(text, context):  # as relevance.Coverage: the context at half weight
        return 1.0 if "专项整治" in text else 0.5 if "专项整治" in context else 0.0

    assert filter_items(items, plan, topic_score=topic_score) == list(items)
    assert read_ledger_ask("县医保局的专项整治有哪些任务?").want == "items"
    assert read_ledger_ask("防汛任务清单里有哪些任务?").want == "items"


def test_which_agency_finished_most_ranks_every_agency_by_its_finished_items(tmp_path):
    loaded = [corpus.load_notice(materialize(ROOT / "tests/data/ledger" / name, tmp_path))
              for name in ("01_市生态环境局_巡察整改通报.txt", "06_县教育局_巡察整改通报.txt",
                           "02_县卫生健康委_整改进展通报.txt")]
    notices = {n.doc_id: n for n in loaded}
    done = {n.meta.agency: sum(i.status == "完成" for i in extract_ledger(n).items)
            for n in loaded}
    assert sum(v > 0 for v in done.values()) >= 2  # a real comparison
    ask = read_ledger_ask("哪个单位完成的整改问题最多?")
    assert ask is not None and ask.ranked == "最多" and ask.statuses == ("完成",)
    assert ask.every_agency
    reply = _answer("哪个单位完成的整改问题最多?", list(notices), notices)
    top = max(done.values())
    leaders = [a for a, n in done.items() if n == top]
    first = reply.text.splitlines()[0]
    assert first.startswith(f"按各通报逐项写明的状态，已整改完成的条目最多的是{'、'.join(leaders)}（{top}项）")
    least = _answer("哪家单位整改完成得最少?", list(notices), notices).text.splitlines()[0]
    assert "最少的是" in least and f"（{min(done.values())}项）" in least
    assert read_ledger_ask("哪个支部党员最多?") is None  # a count of something else


SPARSE = ROOT / "tests/data/ledger_sparse/青禾县水务局_巡察整改通报.txt"


@pytest.fixture(scope="module")
def sparse() -> dict:
    """A rectification report of 7 items: one states it is done, one states a deadline."""
    notice = corpus.load_notice(SPARSE)
    return {notice.doc_id: notice}


def test_whether_all_is_done_asks_the_progress_not_the_done_items():
    for question in ("水务局的巡察问题都整改完了吗?", "整改全部完成了没有?", "反馈问题是否均已整改到位?"):
        ask = read_ledger_ask(question)
        assert ask is not None and ask.want == "progress" and ask.statuses == (), question
    assert read_ledger_ask("这批问题什么时候全部完成?").want == "deadline"
    assert read_ledger_ask("巡察反馈了多少个问题?").want == "count"


def test_progress_over_items_that_mostly_state_no_status_lists_those_that_do(sparse):
    reply = _answer("水务局的整改进展怎么样?", list(sparse), sparse)
    assert reply is not None and not reply.abstained, reply
    assert "共7项" in reply.text and "其中写明整改状态的1项" in reply.text
    assert "其余6项未逐项说明整改状态" in reply.text
    assert [i.problem.text for i in reply.items] == ["河长巡河记录不全问题"]
    notice = next(iter(sparse.values()))
    for c in reply.citations:
        assert notice.text[c.start:c.end] == c.quote


def test_a_deadline_stated_for_one_item_in_seven_lists_that_one(sparse):
    reply = _answer("这些问题什么时候整改完?", list(sparse), sparse)
    assert reply is not None and not reply.abstained, reply
    assert "其中写明完成时限的1项" in reply.text and "其余6项未写明完成时限" in reply.text
    assert "完成时限：2023年10月底前" in [c.quote for c in reply.citations]


def test_which_of_two_named_agencies_finished_more_is_a_ranking():
    ask = read_ledger_ask("交通局和水务局谁的整改完成得多?")
    assert ask.want == "count" and ask.ranked == "最多" and ask.statuses == ("完成",)
    assert read_ledger_ask("两家单位哪家的问题更少?").ranked == "最少"
    assert read_ledger_ask("谁牵头的任务多?").want == "lead"


def test_which_office_leads_most_ranks_the_offices_by_the_items_they_lead():
    ask = read_ledger_ask("哪个科室牵头的任务最多?")
    assert ask.want == "lead" and ask.office_ranked == "最多"
    assert read_ledger_ask("牵头最少的处室是哪个?").office_ranked == "最少"
    assert read_ledger_ask("哪个单位完成的整改最多?").office_ranked == ""
    plan = corpus.load_notice(ROOT / "tests/data/ledger/05_市水务局_防汛任务清单.txt")
    notices = {plan.doc_id: plan}
    reply = _answer("哪个科室牵头的任务最多?", [plan.doc_id], notices)
    assert not reply.abstained, reply.text
    assert "最多的是防汛办（3项）" in reply.text
    assert len(reply.items) == 3
    assert all(any(s.text == "防汛办" for s in item.lead) for item in reply.items)
    for c in reply.citations:
        assert plan.text[c.start:c.end] == c.quote


def test_a_deadline_asked_as_not_before_is_a_due_limit():
    ask = read_ledger_ask("哪些问题要到2023年底才能整改完?")
    assert ask.want == "deadline" and ask.due_before.startswith("2023年底")
    assert read_ledger_ask("哪些任务到9月才能完成?").due_before.startswith("9月")
    assert read_ledger_ask("哪些任务9月底前完成?").due_before == "9月底前"


def test_a_quoted_heading_or_problem_names_its_items_exactly(sparse):
    from assistant.ledger_route import quoted_only

    notice = next(iter(sparse.values()))
    items = list(extract_ledger(notice).items)
    named = quoted_only(items, "“水费收缴不规范”这个问题整改得怎么样?")
    assert [i.problem.text for i in named] == ["水费收缴不规范问题"]
    assert quoted_only(items, "“反馈问题整改情况”里有哪些问题?") == items  # every item's heading
    assert quoted_only(items, "“河道采砂”有关的问题有哪些?") == items  # quotes nothing they hold


def test_names_of_what_an_item_counts_are_no_ledger_ask():
    # the items hold offices, leaders, dates and states, not the names of the firms they count
    assert read_ledger_ask("还没整改完的那3家医院分别叫什么名字?") is None
    assert read_ledger_ask("未销号的两家企业是哪两家公司?") is None
    # a leader's name is a ledger field
    assert read_ledger_ask("还没整改完的问题由哪位局领导负责?") is not None


def test_a_day_asked_before_which_all_is_done_asks_the_deadline():
    # not "is everything done?", which counts the states
    assert read_ledger_ask("档案数字化整改计划在哪一天前全部完成?").want == "deadline"
    assert read_ledger_ask("这些问题几号之前都要整改到位?").want == "deadline"
    assert read_ledger_ask("这些问题都整改完了吗?").want != "deadline"


def test_the_list_and_who_carries_its_items_name_no_topic():
    from assistant.ledger_intent import is_ledger_word
    assert all(is_ledger_word(w) for w in ("今年", "重点", "督查", "督办", "承担", "参与"))
    ask = read_ledger_ask("督查通报中, 市水务局参与的督办事项有哪些?")
    assert ask is not None and ask.office == "市水务局"
