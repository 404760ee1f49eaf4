"""Issue 18, branch conv2: follow-up and "what was asked" rules found on the dev
conversations, each checked here on wordings and notices written for the test (not the own
set's). No index."""
from __future__ import annotations

from support import one_passage_hit, tiny_coverage


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
    assert [k.name for k in people] == ["people", "casualty"]
    assert states_kinds("火灾造成3位村民轻伤", people)
    assert not states_kinds("火灾造成村民轻伤", people)
    assert not states_kinds("火灾后3位村民参与清理", people)  # a head count, no casualty
    for question in ("给遇难者家属拨了多少抚恤款?", "一共收了多少罚款?", "发了多少补助费?"):
        assert [k.name for k in asked_kinds(question)] == ["money"], question
    assert asked_kinds("一共发了多少份宣传材料?") == ()


def test_an_ordinal_finds_a_list_that_starts_in_an_earlier_passage_of_the_paragraph():
    from assistant.catalog import Catalog, DocInfo
    from assistant.followup import resolve
    from assistant.models import Answer, Citation, Turn

    catalog = Catalog.of_docs([
        DocInfo("t1", "泰安市应急管理局巡察整改情况通报", "泰安市应急管理局", "2021-05-01", None, None)])
    text = ("(2)复议被撤销的问题。\n针对复议被撤销的案件:一是开展执法培训。二是落实法制审核。"
            "三是组织案卷互评,通报互评结果。四是修订裁量标准。五是聘请法律顾问参与审查。\n下一步计划。")
    cut = text.index("四是")  # the paragraph is cut into two passages here
    quote = "四是修订裁量标准。五是聘请法律顾问参与审查。"
    start = text.index(quote)
    cited = Citation(1, "t1", "", "泰安市应急管理局", None, None, ("(2)复议被撤销的问题",),
                     "t1#1", quote, start, start + len(quote), cut, text.index("\n下一步"))
    recall = lambda earlier: Answer(earlier.text, earlier.text, "", False, [cited], [])  # noqa: E731
    history = [Turn("user", "泰安应急局复议被撤销后怎么整改的?"), Turn("assistant", "…")]
    third = resolve("第三点具体说说", history, catalog, recall, {"t1": text})
    assert third.kind == "ordinal"
    assert text[third.span[1]:third.span[2]] == "三是组织案卷互评,通报互评结果。"


def test_similar_practice_carries_the_cited_practice_without_its_source_agency_year_or_figures():
    from assistant.catalog import Catalog, DocInfo
    from assistant.followup import resolve
    from assistant.models import Answer, Citation, Turn

    taian, weifang, linyi = "泰安市应急管理局", "潍坊市应急管理局", "临沂市应急管理局"
    catalog = Catalog.of_docs([
        DocInfo("t1", "泰安市应急管理局巡察整改情况通报", taian, "2021-05-01", None, None),
        DocInfo("w1", "潍坊市应急管理局2022年工作要点", weifang, "2022-03-02", None, "要点"),
        DocInfo("l1", "临沂市应急管理局巡察整改情况通报", linyi, "2023-05-01", None, None),
    ])
    text = "2021年6月,泰安市应急管理局联合电力公司开展林区高压线路防火隐患排查,整改隐患17处。"
    cited = Citation(1, "t1", "", taian, None, None, (), "t1#0", text, 0, len(text), 0, len(text))
    recall = lambda earlier: Answer(earlier.text, earlier.text, "", False, [cited], [])  # noqa: E731
    history = [Turn("user", "泰安怎么防止电线引起山火?"), Turn("assistant", "…")]

    named = resolve("潍坊有没有类似的做法?", history, catalog, recall)
    assert named.kind == "similar" and named.among_all
    assert "高压线路" in named.text and "隐患排查" in named.text  # the notice's wording
    assert "2021" not in named.text and "17" not in named.text and "泰安" not in named.text
    assert named.analysis.agencies == (weifang,) and named.analysis.years == ()
    assert named.exclude == (taian,)  # not compared with the agency it was cited from

    others = resolve("其他单位有没有类似的做法?", history, catalog, recall)
    assert others.analysis.enumerate and "高压线路" in others.text
    assert others.exclude == (taian,)


def test_who_heads_a_body_the_notice_set_up_is_not_a_ledger_lead_office():
    from assistant.ledger_intent import read_ledger_ask

    for question in ("该局的整改工作领导小组由谁牵头?", "防汛工作专班谁负责?",
                     "巡察整改工作组由谁来牵头?"):
        assert read_ledger_ask(question) is None, question
    # the lead office of the ledger's items is still a ledger question
    assert read_ledger_ask("安全生产专项整治由哪个处室牵头?").want == "lead"
    assert read_ledger_ask("这些问题由谁负责?").want == "lead"


def test_a_figure_asked_of_the_thing_a_follow_up_points_at():
    from assistant.quantity import pointed_subject
    from index.lexical.tokenizer import Tokenizer

    words = Tokenizer().words
    assert pointed_subject(words("这个制度是哪一年出台的?")) == "制度"
    assert pointed_subject(words("那次火灾烧毁了几间房屋?")) == "火灾"
    assert pointed_subject(words("这个工程的总投资是多少?")) == "工程"
    # no demonstrative, or one pointing at a count rather than a thing
    assert pointed_subject(words("罚了多少钱?")) == ""
    assert pointed_subject(words("这几类加起来一共有多少家?")) == ""
    assert pointed_subject(words("那超范围发放的补贴退了多少?")) == ""


def test_a_figure_asked_of_a_group_a_follow_up_points_at():
    from assistant.quantity import pointed_group
    from index.lexical.tokenizer import Tokenizer

    words = Tokenizer().words
    assert pointed_group("这些合作社一共带动了多少农户?", words) == "合作社"
    assert pointed_group("那三个试点村分别投入了多少资金?", words) == "试点"  # its first word
    assert pointed_group("那12条背街小巷改造花了多少钱?", words) == "背街"
    # a count pointed at, not a group named after it; or no demonstrative at all
    assert pointed_group("这几类加起来一共有多少家?", words) == ""
    assert pointed_group("一共带动了多少农户?", words) == ""


def _scorer_for(text: str):
    return tiny_coverage(text.split("。"))


def test_a_sentence_that_only_names_a_problem_is_cited_with_the_measure_after_it():
    from assistant.evidence import best_sentence

    text = ("(5)针对局属单位消防车辆维修费用长期超出预算问题。一是建立审批台账,逐项登记。"
            "二是每季度公开明细。三是年底开展专项审计。\n")
    hit = one_passage_hit(text, ("车辆管理",), "泰安市消防救援支队整改情况", "泰安市消防救援支队")
    scorer = _scorer_for(text)
    evidence = best_sentence(hit, scorer.terms("消防车辆维修费用超出预算后采取了哪些措施?"),
                             scorer)
    assert evidence.quote.startswith("(5)针对局属单位消防车辆维修费用长期超出预算问题。")
    assert "一是建立审批台账" in evidence.quote  # the first measure comes with it
    assert text[evidence.start:evidence.end] == evidence.quote


def test_a_question_asking_a_quantity_reads_every_retrieved_passage():
    from assistant.passage_route import EVIDENCE_PASSAGES, RETRIEVE_K, evidence_hits

    hits = list(range(RETRIEVE_K))
    assert evidence_hits(hits, False, None) == hits[:EVIDENCE_PASSAGES]
    assert evidence_hits(hits, False, "场") == hits  # "搞了几场演练?"
    assert evidence_hits(hits, False, "") == hits  # a bare 多少
    assert evidence_hits(hits, True, None) == hits  # a follow-up


def _turn(question, first):
    from assistant.catalog import Catalog, DocInfo
    from assistant.followup import resolve
    from assistant.models import Answer, Turn

    catalog = Catalog.of_docs([
        DocInfo("t1", "泰安市应急管理局巡察整改情况通报", "泰安市应急管理局", "2021-05-01", None, None),
        DocInfo("w1", "潍坊市应急管理局2022年工作要点", "潍坊市应急管理局", "2022-03-02", None, "要点"),
        DocInfo("l1", "临沂市应急管理局巡察整改情况通报", "临沂市应急管理局", "2023-05-01", None, None),
    ])
    recall = lambda earlier: Answer(earlier.text, earlier.text, "", False, [], [])  # noqa: E731
    return resolve(question, [Turn("user", first), Turn("assistant", "…")], catalog, recall)


def test_other_cities_and_doing_the_same_ask_for_a_similar_practice():
    first = "泰安应急局怎么清查办公设备?"
    for question in ("其他地市呢?", "别的城市有这样做的吗?", "其他市有没有?", "别的局呢?"):
        turn = _turn(question, first)
        assert turn.kind == "similar" and turn.analysis.enumerate, question
        assert "清查办公设备" in turn.text and turn.exclude == ("泰安市应急管理局",), question
    also = _turn("还有哪些单位也这么做?", first)
    assert also.kind == "similar" and also.exclude == ("泰安市应急管理局",)
    named = _turn("潍坊也这样吗?", first)
    assert named.kind == "similar" and named.analysis.agencies == ("潍坊市应急管理局",)
    # "其余的" is still the rest of what the last answer named, "市场" no city
    assert _turn("其余的呢?", first).kind == "elliptic"
    assert _turn("其他市场主体呢?", first).kind != "similar"


def test_this_aspect_beside_an_agency_keeps_the_topic():
    turn = _turn("潍坊有没有这方面的规定?", "泰安应急局怎么清查办公设备?")
    assert turn.kind == "agency" and turn.analysis.agencies == ("潍坊市应急管理局",)
    assert "清查办公设备" in turn.text and "规定" in turn.text
    block = _turn("临沂这一块做了什么?", "泰安应急局怎么清查办公设备?")
    assert block.kind == "agency" and "清查办公设备" in block.text


def test_how_often_is_an_asking_word_not_part_of_the_carried_topic():
    from assistant.quantity import asked_kinds

    turn = _turn("潍坊有没有这方面的安排?", "泰安应急局多久开一次安全形势分析会?")
    assert "多久" not in turn.text and "安全形势分析会" in turn.text
    assert asked_kinds(turn.text) == ()  # the new agency need not state a frequency
