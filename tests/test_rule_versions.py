"""A notice about one rule (a 征求意见 公告 over its draft) states its dates of that rule without
naming it in every sentence, but the rule in force is not its revision, and a consultation's
dates are not when the rule takes effect. A kind of thing listed ("河塘等危险水域") is no place.
Written for this test (a county's 供水条例 in other wordings). No index."""
from __future__ import annotations

from assistant.catalog import Catalog, DocInfo
from assistant.evidence import span_evidence
from assistant.figure_ask import _of_subject
from assistant.question import analyse
from corpus.load import parse_notice

NOTICE = ("榑川县水利局关于公开征求《榑川县农村供水管理办法（修订草案）》意见的公告\n"
          "为做好修订工作，现公开征求社会各界意见。\n"
          "一、意见反馈时间：2026年4月1日至2026年4月30日。\n"
          "二、现行《榑川县农村供水管理办法》自2015年3月1日起施行，部分条款已不适应实际。\n"
          "榑川县水利局\n2026年3月28日\n")


def _evidence(sentence: str):
    notice = parse_notice(NOTICE.encode("utf-8"), "水利局_公告.txt")
    start = notice.text.index(sentence)
    return span_evidence(notice, start, start + len(sentence))


def test_a_date_of_the_rule_the_notice_is_about_need_not_name_it():
    feedback = _evidence("一、意见反馈时间：2026年4月1日至2026年4月30日。")
    assert _of_subject(feedback, "农村供水", "农村供水管理办法意见反馈到哪天截止?")
    # not when the rule takes effect: that act is not the consultation's
    assert not _of_subject(feedback, "农村供水", "修订后的农村供水管理办法从哪天开始施行?")


def test_the_rule_in_force_is_not_its_revision():
    current = _evidence("二、现行《榑川县农村供水管理办法》自2015年3月1日起施行，部分条款已不适应实际。")
    assert not _of_subject(current, "农村供水", "修订后的农村供水管理办法从哪天开始施行?")
    assert _of_subject(current, "农村供水", "农村供水管理办法是哪天开始施行的?")


def test_a_kind_of_thing_listed_is_no_place_but_listed_places_are():
    catalog = Catalog.of_docs([DocInfo("d0", "巡察整改情况", "榑川县水利局", "2026-03-28", None, None)])
    assert analyse("哪些地方在河塘等危险水域装了警示牌?", catalog).unknown_places == ()
    assert analyse("柘阳县等地有没有类似做法?", catalog).unknown_places != ()


def test_the_notices_own_title_and_an_attachments_title_are_set_aside_for_what_is_stated():
    from assistant.widening import titles_aside
    title = _evidence("榑川县水利局关于公开征求《榑川县农村供水管理办法（修订草案）》意见的公告")
    feedback = _evidence("一、意见反馈时间：2026年4月1日至2026年4月30日。")
    assert titles_aside([title, feedback]) == [feedback]
    assert titles_aside([title]) == [title]  # alone, it is still the answer
    notice = parse_notice((NOTICE.replace("榑川县水利局\n", "附件：1.修订草案\n榑川县水利局\n")
                           ).encode("utf-8"), "水利局_公告.txt")
    start = notice.text.index("附件：1.修订草案")
    attachment = span_evidence(notice, start, start + len("附件：1.修订草案"))
    assert titles_aside([attachment, feedback]) == [feedback]


def test_bracketed_numbers_inside_a_line_are_its_points():
    from assistant.outline import enumerated_points
    line = "二、反馈方式：（一）电子邮件：请发送至xx@yy.cn；（二）信函：请寄至县水利局；（三）电话：0000-1234567。"
    points = [line[a:b] for a, b in enumerated_points(line, 0, len(line))]
    assert points == ["（一）电子邮件：请发送至xx@yy.cn；", "（二）信函：请寄至县水利局；", "（三）电话：0000-1234567。"]
    assert len(enumerated_points("（一）加强组织领导。成立专班。", 0, 14)) == 1  # one point: no list


def test_a_frequency_asked_reads_every_retrieved_passage_as_a_time_does():
    from assistant.passage_route import EVIDENCE_PASSAGES, RETRIEVE_K, evidence_hits
    from assistant.quantity import asked_kinds
    assert [k.name for k in asked_kinds("燃气公司上门查安全，以后多久来一次?")] == ["frequency"]
    ranked = list(range(RETRIEVE_K))  # positions of a search's hits, best first
    assert evidence_hits(ranked, False, None, deep=True) == ranked
    assert evidence_hits(ranked, False, None) == ranked[:EVIDENCE_PASSAGES]


def test_things_counted_by_their_own_measure_word_are_counts():
    from assistant.quantity import asked_unit, states_quantity
    unit = asked_unit("仓库里最多能放几个灭火器罐子?")
    assert states_quantity("每个仓库存放的气瓶不得超过3瓶。", unit)
    assert states_quantity("配备灭火器12只、应急灯6张。", unit)
    assert not states_quantity("仓库应当保持通风。", unit)


def test_a_leader_named_after_the_post_with_what_he_leads_is_a_person_stated():
    from assistant.quantity import asked_kinds, states_kinds
    kinds = asked_kinds("由哪位副局长牵头办理?")
    assert states_kinds("明确由分管副局长聂清和牵头、规划科具体承办。", kinds)
    assert states_kinds("局长岑若水主持召开专题会议。", kinds)
    assert not states_kinds("明确由分管副局长牵头、规划科具体承办。", kinds)  # no name
    # who answers for a problem is no name asked of someone else ("那个驾驶员叫什么名字?")
    assert not states_kinds("该问题由局办公室牵头，分管副局长韦某某负责。", asked_kinds("那个驾驶员叫什么名字?"))


def test_a_place_in_a_ranking_is_a_kind_of_its_own_not_a_count_of_people():
    from assistant.quantity import asked_kinds, asked_unit, states_kinds
    question = "县林业局在全市年度考核中排第几名?"
    kinds = asked_kinds(question)
    assert [k.name for k in kinds] == ["rank"] and asked_unit(question) is None
    assert states_kinds("在全市年度综合考核中位列第2名。", kinds)
    assert states_kinds("全县9个乡镇中，白沙乡排名末位。", kinds)
    assert not states_kinds("领导小组由局长任组长，成员5名。", kinds)


REPLY = ("榑川县水利局关于县政协第12号提案的答复\n"
         "针对农村供水管网老化问题，我局采取了以下措施。\n"
         "一是实施管网改造。2025年改造老旧管网46公里。\n"
         "二是建立巡查制度。每月巡查一次主干管网。\n"
         "三是落实维修资金。县财政安排维修资金80万元。\n"
         "榑川县水利局\n2026年5月8日\n")


def test_points_on_lines_of_their_own_are_listed_when_the_first_is_cited():
    from assistant.widening import points_of
    notice = parse_notice(REPLY.encode("utf-8"), "水利局_提案答复.txt")
    start = notice.text.index("一是实施管网改造")
    first = span_evidence(notice, start, notice.text.index("\n", start))
    quoted = [e.quote for e in points_of(first)]
    assert quoted[0].startswith("一是实施管网改造。2025年改造")  # the cited line as it was
    assert quoted[1:] == ["二是建立巡查制度。", "三是落实维修资金。"]
    later = notice.text.index("二是建立巡查制度")
    second = span_evidence(notice, later, notice.text.index("\n", later))
    assert points_of(second) == []  # a later point cited first answers on its own


def test_cases_asked_in_times_are_counted_in_jian_or_qi_too():
    from assistant.quantity import asked_unit, states_quantity
    unit = asked_unit("县水利局被申请了几次行政复议?")
    assert unit == "次"
    assert states_quantity("全年被申请行政复议3件，均维持原行政行为。", unit)
    assert states_quantity("发生涉水安全事故2起。", unit)
    assert not states_quantity("全年召开专题会议。", unit)


def test_titles_stay_when_the_evidence_spans_several_notices():
    from assistant.widening import titles_aside
    title = _evidence("榑川县水利局关于公开征求《榑川县农村供水管理办法（修订草案）》意见的公告")
    other = parse_notice(REPLY.encode("utf-8"), "水利局_提案答复.txt")
    start = other.text.index("一是实施管网改造")
    elsewhere = span_evidence(other, start, other.text.index("\n", start))
    assert titles_aside([title, elsewhere]) == [title, elsewhere]
