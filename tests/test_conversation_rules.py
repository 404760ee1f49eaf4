"""Issue 18, conversation and abstention rules written as patterns and checked on wordings
written here (not the own set's): what a person took in hand is not a ledger total. No index."""
from __future__ import annotations

from support import one_passage_hit, tiny_coverage

from assistant.ledger_intent import read_ledger_ask


def _two_agencies():
    """A catalog of two agencies (泰安, 潍坊), as the resolver reads it."""
    from assistant.catalog import Catalog, DocInfo
    return Catalog.of_docs([
        DocInfo("t1", "泰安市应急管理局巡察整改情况通报", "泰安市应急管理局", "2021-05-01", None, None),
        DocInfo("w1", "潍坊市应急管理局2022年工作要点", "潍坊市应急管理局", "2022-03-02", None, "要点"),
    ])


def _no_recall(earlier):
    """The earlier turn's answer, citing nothing."""
    from assistant.models import Answer
    return Answer(earlier.text, earlier.text, "", False, [], [])


def test_a_count_of_what_a_person_took_in_hand_is_not_a_ledger_total():
    for question in ("他亲自领办了几个问题?", "王局长包保了多少项整改任务?",
                     "分管副局长督办了多少个问题?", "她认领了几项反馈问题?"):
        assert read_ledger_ask(question) is None, question
    # the ledger's own totals are still counts of the ledger
    assert read_ledger_ask("泰安应急局巡察反馈的问题一共有多少项?").want == "count"
    assert read_ledger_ask("已经整改完成了多少项?").want == "count"
    assert read_ledger_ask("督办的问题还有哪些没有整改完成?").want == "status"


def test_a_count_named_by_the_kind_of_person_asks_a_head_count():
    from assistant.quantity import asked_kinds, states_kinds

    for question in ("后来又招了多少专业人才?", "一共派出几名工作人员?", "请了多少位专家?",
                     "全年发展了多少党员?"):
        assert [k.name for k in asked_kinds(question)] == ["people"], question
    kinds = asked_kinds("后来又招了多少专业人才?")
    assert states_kinds("通过遴选、招录引进安全工程等专业人才5人", kinds)
    assert not states_kinds("通过遴选、招录引进安全工程等专业人才", kinds)
    assert asked_kinds("建了多少个避难场所?") == ()  # a count of things, no person named


def test_a_bare_quantity_needs_a_sentence_stating_one_that_covers_the_question():
    from assistant.abstention import QUANTITY_COVERAGE, Signals, should_abstain

    assert should_abstain(Signals(None, 0.5, "", QUANTITY_COVERAGE / 2))
    assert not should_abstain(Signals(None, 0.5, "", QUANTITY_COVERAGE * 1.5))
    assert should_abstain(Signals(None, 0.5, "", -1.0))  # no sentence states a number


def test_one_agency_pointed_back_at_with_a_topic_of_its_own_is_a_new_topic_there():
    from assistant.followup import resolve
    from assistant.models import Turn

    catalog = _two_agencies()
    history = [Turn("user", "泰安应急局收回了多少台执法记录仪?"), Turn("assistant", "…")]
    recall = _no_recall
    for question in ("该局在理论学习方面做了什么?", "这个单位的公车管理整改了什么?",
                     "该局还约谈了多少家企业?"):
        turn = resolve(question, history, catalog, recall)
        assert turn.kind == "topic" and turn.doc_ids == ("t1",), question
        assert "执法记录仪" not in turn.text, question  # the old topic is not carried
    # with nothing of its own it still asks about what the last answer named
    back = resolve("该局后来追回了几台?", history, catalog, recall)
    assert back.kind == "elliptic" and "执法记录仪" in back.text


def test_an_agency_switch_still_asks_for_a_quantity_or_a_time():
    from assistant.followup import resolve
    from assistant.models import Turn
    from assistant.quantity import TIME, asked_unit

    catalog = _two_agencies()
    recall = _no_recall

    def switched(first: str) -> str:
        return resolve("那潍坊呢?", [Turn("user", first), Turn("assistant", "…")], catalog,
                       recall).text

    count = switched("泰安应急局今年建成了多少座微型消防站?")
    assert count.startswith("潍坊") and "微型消防站" in count
    assert asked_unit(count) == "" and "座" not in count and "今年" not in count  # any number
    when = switched("泰安应急局什么时候出台了安全生产约谈办法?")
    assert asked_unit(when) == TIME and "时候印发" not in when and "约谈办法" in when
    assert asked_unit(switched("泰安应急局怎样开展安全生产约谈?")) is None


def test_the_runner_up_sentence_of_the_first_passage_is_cited_when_close():
    from assistant.evidence import best_sentence
    from assistant.runner_up import runner_up

    # one item of a plan, in a layout of its own: the measure asked about is its last sentence
    text = ("(三)视频巡查。做好摄像头日常维护,及时清理镜头。每月修剪遮挡镜头的树枝。"
            "升级识别算法,过滤烟囱炊烟造成的误报警信息,减少误报警。\n")
    hit = one_passage_hit(text, ("森林防火",), "泰安市森林防火工作要点", "泰安市应急管理局")
    scorer = tiny_coverage(text.split("。"))
    terms = scorer.terms("视频巡查的摄像头怎么防止误报?")
    first = best_sentence(hit, terms, scorer)
    extra = runner_up(first, terms, scorer, None, share=0.3)
    assert extra is not None and "误报警" in extra.quote and extra.quote not in first.quote
    assert text[extra.start:extra.end] == extra.quote  # cited as the notice writes it
    assert runner_up(first, terms, scorer, None, share=1.01) is None


def test_how_often_asks_a_frequency_and_how_long_a_duration():
    from assistant.quantity import asked_kinds, states_kinds

    for question in ("消防栓隔多长时间检查一次?", "安全培训几个月搞一次?", "督查的频次怎么定的?"):
        assert [k.name for k in asked_kinds(question)] == ["frequency"], question
    # how long, not how often
    assert [k.name for k in asked_kinds("整改要多久才能完成?")] == ["duration"]
    often = asked_kinds("消防栓隔多长时间检查一次?")
    for stated in ("每季度对消防栓开展一次全面检查", "每2个月检查1次", "一年两次组织检查",
                   "定期组织检查"):
        assert states_kinds(stated, often), stated
    for unstated in ("对全市消防栓开展全面检查", "年内检查消防栓3批次", "每个街道配备消防栓"):
        assert not states_kinds(unstated, often), unstated


def test_a_count_a_person_or_role_leads_is_that_persons_share_not_the_ledger_total():
    for question in ("潍坊应急局局长本人牵头了几项整改任务?", "分管副厅长负责多少个反馈问题?",
                     "党组主要负责同志亲自领办几项任务?", "她直接牵头负责了多少项整改事项?"):
        assert read_ledger_ask(question) is None, question
    # an office leading items, or the ledger's own total, is still the ledger's
    assert read_ledger_ask("规划科牵头的整改任务一共有几项?").want == "count"
    assert read_ledger_ask("泰安应急局的整改任务有多少项?").want == "count"


def test_an_agency_switch_to_a_person_keeps_what_was_asked_of_the_person():
    from assistant.followup import resolve
    from assistant.models import Turn

    catalog = _two_agencies()
    recall = _no_recall

    def asked(*questions: str) -> str:
        history = [t for q in questions[:-1] for t in (Turn("user", q), Turn("assistant", "…"))]
        return resolve(questions[-1], history, catalog, recall).text

    direct = asked("泰安应急局的局长一年到企业调研几次?", "潍坊的分管副局长呢?")
    assert direct.startswith("潍坊") and "分管副局长" in direct and "到企业调研几次" in direct
    # the person named in an earlier turn, asked about by a pronoun, then switched
    chained = asked("泰安应急局党组书记亲自包联了哪些企业?", "他主持过几次安全例会?", "潍坊的局长呢?")
    assert "局长" in chained and "主持过几次安全例会" in chained and "包联" not in chained
    # an earlier turn naming no person: its topic, never its agency, goes to the new one
    topic = asked("泰安应急局今年约谈了多少家企业?", "潍坊的局长呢?")
    assert "约谈" in topic and "泰安" not in topic and "局长" in topic
    # a topic, not a person, is a question of its own at the new agency
    assert "调研" not in asked("泰安应急局的局长一年到企业调研几次?", "潍坊的公车管理呢?")


def test_a_similar_practice_question_naming_its_subject_is_searched_by_that_subject():
    from assistant.followup import resolve
    from assistant.models import Answer, Citation, Turn

    catalog = _two_agencies()
    # the last answer's first citation is a neighbouring measure, not the one asked about
    quote = "严格执行财务报销审批制度,规范公务卡结算"
    cited = Citation(1, "t1", "", "泰安市应急管理局", None, None, (), "t1#0", quote, 0, len(quote),
                     0, len(quote))
    def recall(earlier):
        return Answer(earlier.text, earlier.text, "", False, [cited], [])

    history = [Turn("user", "泰安应急局对执法车辆私用是怎么整改的?"), Turn("assistant", "…")]
    own = resolve("别的单位在公车加油卡管理上有没有类似的整改?", history, catalog, recall)
    assert own.kind == "similar" and "加油卡" in own.text and "公务卡" not in own.text
    assert own.exclude == ("泰安市应急管理局",)
    # with no subject of its own, the cited practice is what "类似" points at
    bare = resolve("其他单位有没有类似的做法?", history, catalog, recall)
    assert "公务卡" in bare.text and "执法车辆" in bare.text


def test_a_digit_of_a_numbered_plan_is_answered_by_the_clause_that_counts_it():
    from assistant.catalog import Catalog, DocInfo
    from assistant.followup import resolve
    from assistant.models import Turn
    from assistant.shorthand import asked_digit, explaining_clause

    text = ("2023年,全局围绕“135”工作思路推进各项工作。即:牢牢守住不发生重大事故这一底线,"
            "全面推进“风险排查、隐患治理、执法检查”三项行动,着力打造“队伍、装备、指挥、物资、"
            "宣传”五大保障体系。\n二是其他工作。")
    catalog = Catalog.of_docs([
        DocInfo("t1", "泰安市应急管理局2023年工作要点", "泰安市应急管理局", "2023-02-01", None, "要点"),
        DocInfo("w1", "潍坊市应急管理局巡察整改情况通报", "潍坊市应急管理局", "2022-03-02", None, None),
    ])
    texts = {"t1": text, "w1": "潍坊市应急管理局巡察整改情况。全面开展三项行动。"}
    recall = _no_recall

    first = resolve("泰安应急局“135”工作思路里的“3”是指什么?", [], catalog, recall, texts)
    assert first.span is not None and first.span[0] == "t1"
    assert text[first.span[1]:first.span[2]].startswith("全面推进“风险排查")
    assert text[first.span[1]:first.span[2]].endswith("三项行动")
    history = [Turn("user", "泰安应急局“135”工作思路里的“3”是指什么?"), Turn("assistant", "…")]
    then = resolve("那“五”呢?", history, catalog, recall, texts)
    assert then.span is not None and text[then.span[1]:then.span[2]].endswith("五大保障体系")
    one = explaining_clause(text, "135", "1")
    assert one is not None and text[one[0]:one[1]].endswith("这一底线")
    # a digit not in the plan, or a quoted number that is no plan, is an ordinary question
    assert asked_digit("“135”工作思路里的“4”是指什么?") is None
    assert asked_digit("“12350”举报热线是多少?") is None
    assert resolve("泰安应急局“246”计划里的“2”是什么?", [], catalog, recall, texts).span is None


def test_an_audits_findings_are_listed_from_the_ledger() -> None:
    """"被审计指出了哪些问题?" asks the items of an audit's rectification as "巡察反馈了哪些问题"
    does; a list of problems without any rectification or finding word is not one."""
    assert read_ledger_ask("区财政局被审计指出了哪些问题?").want == "items"
    assert read_ledger_ask("审计发现了哪些问题?").want == "items"
    assert read_ledger_ask("老旧小区改造有哪些问题?") is None


def test_who_found_the_problems_is_not_the_lists_topic() -> None:
    """The finder of the problems (被审计指出, 督查发现的) says where the list comes from; the
    subject words beside it stay the topic."""
    from assistant.ledger_intent import ledger_topic

    assert ledger_topic("被审计指出了哪些问题?").split() == ["哪些问题"]
    assert "资金" in ledger_topic("督查发现的资金方面问题有哪些?")
    assert "督查" not in ledger_topic("督查发现的资金方面问题有哪些?")


def test_the_topic_carried_to_another_agency_ends_before_its_asking_words():
    """"白石县防汛方案的保障措施有哪些?" then "那石门县呢?": the topic is 保障措施, not
    "保障措施有" (the reply named the topic it found nothing on with the 有 left in)."""
    from assistant.question import topic_of

    assert topic_of("防汛方案的保障措施有哪些?") == "防汛方案的保障措施"
    assert topic_of("考核办法都有哪几个?") == "考核办法"
    assert topic_of("有哪些单位修订了采购制度?") == "修订了采购制度"
    assert topic_of("还没有哪些问题整改?") == "还没有问题整改"  # 没有 is not the asking 有


def test_a_field_follow_up_pointing_at_the_thing_just_answered_asks_its_field():
    from assistant.followup import _asks_field
    assert _asks_field("这件事定的完成时限是?")
    assert _asks_field("该项工作由谁负责?")
    assert _asks_field("这个什么时候完成?")
    assert not _asks_field("这件事花了多少钱?")
    assert not _asks_field("水库除险加固什么时候完成?")


def test_who_assists_and_which_leader_are_fields_of_the_item_just_cited():
    from assistant.followup import _asks_field
    assert _asks_field("这项哪些单位配合?")
    assert _asks_field("分管领导是谁?")
    assert _asks_field("由谁协办?")
    assert not _asks_field("这件事有哪些单位参加了?")


def test_how_one_named_problem_was_rectified_is_no_list_of_agencies():
    from assistant.ledger_intent import read_ledger_ask
    assert read_ledger_ask("泰安应急局被指出档案管理混乱,后来是怎么改的?") is None
    ask = read_ledger_ask("哪些单位被指出档案管理问题?")
    assert ask is not None and ask.every_agency


def test_they_asking_which_office_keeps_the_conversations_agency():
    from assistant.followup import resolve
    from assistant.models import Turn

    catalog = _two_agencies()
    history = [Turn("user", "泰安应急局去年建了几个应急物资仓库?"), Turn("assistant", "…")]
    recall = _no_recall
    turn = resolve("他们是跟哪个部门一起建的?", history, catalog, recall)
    assert "泰安市应急管理局" in turn.text and "潍坊" not in turn.text


def test_a_count_inside_another_document_pointed_at_is_no_ledger_count():
    from assistant.ledger_intent import read_ledger_ask
    assert read_ledger_ask("那份指南里定了多少条措施?") is None
    assert read_ledger_ask("这个办法一共有几条?") is None
    assert read_ledger_ask("整改方案里有几项任务?") is not None  # the notice's own items


def test_asking_which_people_of_one_thing_asks_no_several_items():
    from assistant.service import _MANY_ASKED
    assert not _MANY_ASKED.search("要专门给哪些人办班?")
    assert not _MANY_ASKED.search("这次培训请了哪几位专家?")
    assert _MANY_ASKED.search("哪些任务要在年底前完成?")


def test_an_office_and_leader_asked_together_are_fields_of_the_item_just_cited():
    from assistant.followup import _asks_field
    from assistant.ledger_intent import read_ledger_ask
    assert _asks_field("这项由哪个单位负责, 分管领导是谁?")
    assert read_ledger_ask("这项由哪个单位负责, 分管领导是谁?").want == "lead"  # shows both
    assert read_ledger_ask("分管领导是谁?").want == "leader"


def test_a_follow_up_with_a_topic_of_its_own_does_not_point_into_the_listed_items():
    from assistant.ledger_route import points_into_items
    assert points_into_items("其中哪些跟信访有关?")
    assert points_into_items("第二项什么时候完成?")
    assert not points_into_items("下半年要求什么时候完成重新招标?")


def test_this_matter_named_just_before_is_the_questions_own_subject():
    from assistant.followup import resolve
    from assistant.models import Turn

    catalog = _two_agencies()
    history = [Turn("user", "泰安应急局哪些整改任务进度滞后?"), Turn("assistant", "…")]
    recall = _no_recall
    turn = resolve("潍坊应急局把救援车辆换成新能源车这件事是怎么安排的?", history, catalog, recall)
    assert "滞后" not in turn.text and "新能源" in turn.text
    kept = resolve("潍坊应急局这件事是怎么安排的?", history, catalog, recall)
    assert "滞后" in kept.text  # nothing named before it: the earlier topic


def test_a_pronoun_follow_up_keeps_what_it_asks_in_its_focus():
    from assistant.counted import counted_words
    from assistant.followup import resolve
    from assistant.models import Turn
    from assistant.quantity import asked_unit

    history = [Turn("user", "泰安应急局的年轻干部培养做了什么?"), Turn("assistant", "…")]
    turn = resolve("他们列入储备库的35岁以下干部一共有多少人?", history, _two_agencies(), _no_recall)
    assert turn.kind == "pronoun" and turn.doc_ids == ("t1",)
    assert "他们" not in turn.focus and asked_unit(turn.focus) == "人"
    # the cadres set apart by what is said of them before 的 (列入储备库): a head count of other
    # cadres does not answer (counted.py _subject_before)
    assert counted_words(turn.focus, "人") == ("储备库", "干部")
