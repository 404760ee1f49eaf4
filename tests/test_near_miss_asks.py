"""Near misses the notice's own words settle: a year asked of a notice whose title names
another, a place given money (给…区), a fee or a voucher asked as money, an addition asked of a
stock, a slogan's "一起", where or who each of a counted group is; and the ledger asks of a
list filed by state ("被列为需要长期坚持", "只是部分完成") and a state opening its statement.
Written for this test (蔺溪市, 岑川县 in other wordings). No index."""
from __future__ import annotations

from assistant.counted import asked_added, asked_class, states_added, states_class
from assistant.evidence import span_evidence
from assistant.ledger_intent import is_ledger_word, read_ledger_ask
from assistant.figure_ask import _own_year
from assistant.quantity import (asked_kinds, named_money, named_place, states_asked_year,
                                states_money, states_quantity)
from corpus.ledger.status import classify
from corpus.load import parse_notice
from corpus.metadata import title_year

NOTICE = ("蔺溪市财政局关于下达2027年城乡供水设施维护资金的通知\n"
          "各县（区）财政局：\n"
          "现将2027年城乡供水设施维护资金下达给你们。本批共下达资金3650万元。\n"
          "2026年，全市共维护供水管网412公里。\n"
          "蔺溪市财政局\n2027年3月2日\n")


def _evidence(sentence: str):
    notice = parse_notice(NOTICE.encode("utf-8"), "蔺溪市财政局_通知.txt")
    start = notice.text.index(sentence)
    return span_evidence(notice, start, start + len(sentence))


def test_a_sentence_naming_no_year_is_of_the_year_its_notices_title_names():
    total = _evidence("本批共下达资金3650万元。")
    assert _own_year(total) == 2027
    assert not states_asked_year(total.quote, (2026,), own_year=_own_year(total))
    assert states_asked_year(total.quote, (2027,), own_year=_own_year(total))
    # a line setting its own year keeps it
    pipes = _evidence("全市共维护供水管网412公里。")
    assert _own_year(pipes) == 2026


def test_a_title_year_is_one_year_the_notice_is_of():
    class Meta:
        def __init__(self, title: str) -> None:
            self.title = title

    assert title_year(Meta("关于下达2027年城乡供水设施维护资金的通知")) == 2027
    assert title_year(Meta("2023年度政府信息公开工作年度报告")) == 2023
    assert title_year(Meta("2026年工作总结和2027年工作计划")) is None  # two years
    assert title_year(Meta("2021—2025年发展规划")) is None  # a span
    assert title_year(Meta("关于2024年以来整改情况的通报")) is None  # a period since
    assert title_year(Meta("2027年3月工作简报")) is None  # a date
    assert title_year(Meta("关于表彰先进集体的通报")) is None


def test_a_place_given_money_is_the_place_asked():
    assert named_place("市里给蔺东区安排了多少万元维护资金?") == "蔺东区"
    assert named_place("省里向岑川县拨付了多少钱?") == "岑川县"
    assert named_place("给社区配了多少名网格员?") == ""  # a common noun, no place


def test_a_fee_or_a_voucher_asked_is_money_the_sentence_names():
    fee = named_money("岑川县居家养老上门服务费每人每月多少元?")
    assert fee and not states_money("对失能老人按每人每月300元给予护理补贴。", fee)
    assert states_money("上门服务费按每人每月40元收取。", fee)
    voucher = named_money("“岑川惠民节”一共发了多少万元消费券?")
    assert voucher and not states_money("全年社会消费品零售总额达到96亿元。", voucher)
    assert states_money("累计发放电子消费券1200万元。", voucher)
    assert named_money("工作经费一共花了多少钱?") == ()  # not asked by its kind before 多少


def test_an_addition_asked_is_not_answered_by_a_stock():
    assert asked_added("岑川县2026年新增了多少张养老床位?")
    assert not states_added("截至2026年底，全县共有养老床位2310张。", True)
    assert states_added("全年新建养老床位180张。", True)
    assert states_added("养老床位增加到2310张。", True)
    assert not asked_added("岑川县一共有多少张养老床位?")
    assert states_added("截至2026年底，全县共有养老床位2310张。", False)


def test_a_slogans_each_one_counts_no_cases():
    assert not states_quantity("坚持发现一起、纠正一起、曝光一起，形成震慑。", "起")
    assert states_quantity("当月发生一起较大交通事故。", "起")


def test_who_or_where_each_of_a_counted_group_is_asks_their_names():
    assert [k.name for k in asked_kinds("那9处临时安置点具体都在哪?")] == ["members"]
    assert [k.name for k in asked_kinds("参加座谈的6位老党员都是谁?")] == ["members"]


def test_a_list_filed_by_state_asks_that_state():
    long_term = read_ledger_ask("岑川县水利局党组的整改台账里，哪些问题被列为需要长期坚持整改?",
                                "党组的整改台账里，哪些问题被列为需要长期坚持整改?")
    assert long_term is not None and long_term.statuses == ("长期坚持",)
    assert all(is_ledger_word(w) for w in ("列为", "部分", "党组", "只是"))
    under_way = read_ledger_ask("哪些问题还没整改好，正在推进或者只是部分完成?")
    assert under_way is not None and under_way.statuses == ("推进中",)
    # asked twice: both lists, every open state
    both = read_ledger_ask("哪些问题还没整改完成，哪些需要长期坚持?")
    assert both is not None and set(both.statuses) == {"阶段性成效", "长期坚持", "推进中"}
    assert read_ledger_ask("哪些问题还没有整改完成?").statuses == ("阶段性成效", "长期坚持", "推进中")


def test_a_state_opening_its_statement_is_not_undone_by_the_share_after_it():
    assert classify("已办结。12户中，8户已补发，其余4户经核查不符合条件。").status == "完成"
    assert classify("12户中已有8户完成补发。").status == "推进中"
    assert classify("已完成，12户中已有8户补发").status == "推进中"  # no full stop: one statement


def test_which_items_are_done_or_still_being_rectified_is_a_list_by_state():
    done = read_ledger_ask("岑川县水利局8个问题中, 哪几个问题的整改已经全部完成?")
    assert done is not None and done.want == "status" and done.statuses == ("完成",)
    working = read_ledger_ask("岑川县水利局巡察反馈的问题里, 哪些目前还处在正在整改阶段?")
    assert working is not None and working.statuses == ("推进中",)
    # whether all is done is the summary by state, not a list
    assert read_ledger_ask("问题都整改完了吗?").want == "progress"


def test_a_class_of_the_thing_counted_is_named_by_the_sentence():
    cls = asked_class("岑川县2026年受理的药品类投诉一共多少件?")
    assert cls == "药品"
    assert not states_class("全年受理投诉举报2316件，办结率98.6%。", cls)
    assert states_class("其中药品类投诉412件。", cls)
    assert asked_class("危险化学品类企业一共有多少家?") == "学品"
    # a pointer or a count of classes names none
    assert asked_class("这类企业一共有多少家?") == asked_class("各类隐患一共多少处?") == ""
    assert asked_class("这几类加起来一共是多少家企业?") == ""


def test_two_places_joined_ask_of_both_and_a_district_named_x_chengqu_is_a_place():
    assert named_place("蔺溪市通报中，蔺东县和濛川县的完成率各是多少?") == ""  # both, not "和濛川县"
    assert named_place("蔺溪市督查中，澧城区有几家单位被通报?") == "澧城区"
    assert named_place("蔺溪市老城区有多少户?") == named_place("主城区改造了多少?") == ""
    assert named_place("岑川高新区在这次考核中得了多少分?") == "岑川高新区"  # a development zone
    # a part of the district named after it is what is asked of
    assert named_place("蔺溪市澧城区桂花坪地区哪天起实行封闭管理?") == ""


PORTAL_PAGE = """<html><head><meta charset="UTF-8"><title>《岑川县老旧小区改造补助办法》政策问答_岑川县人民政府</title></head>
<body><div class="top">岑川县人民政府门户网站</div>
<div class="crumb">当前位置：首页 &gt; 政策解读</div>
<h1>《岑川县老旧小区改造补助办法》政策问答</h1>
<div class="info">发布日期：2027-02-10　来源：岑川县住房和城乡建设局　浏览次数：208</div>
<p>为便于群众理解政策，岑川县住房和城乡建设局对《岑川县老旧小区改造补助办法》中的常见问题解答如下。</p>
<p>问一：哪些小区可以申请补助？</p>
<p>答：2000年底前建成、基础设施老化的住宅小区可以申请。</p>
<p class="foot">主办：岑川县人民政府办公室　承办：岑川县政务服务中心</p>
</body></html>"""


def test_a_portal_page_is_the_departments_whose_source_it_names():
    notice = parse_notice(PORTAL_PAGE.encode("utf-8"), "岑川县_政策问答.html")
    assert "门户网站" not in notice.text  # the portal's name is site chrome
    assert notice.meta.title == "《岑川县老旧小区改造补助办法》政策问答"
    assert notice.meta.doc_type == "问答"
    assert notice.meta.agency == "岑川县住房和城乡建设局"


def test_a_numbered_question_of_a_qa_page_titles_its_answer():
    from corpus.headings import parse_structure
    s = parse_structure("问一：哪些小区可以申请？\n答：2000年底前建成的小区。\n问二：要交哪些材料？\n答：主要包括：申请表；表决结果；设计方案。\n")
    assert [h.text for h in s.headings] == ["问一：哪些小区可以申请", "问二：要交哪些材料"]
    assert s.paragraphs[3].section == ("问二：要交哪些材料",)
    # a plan's problem title is no question of a Q&A
    from corpus.numbering import match_marker
    assert match_marker("问题3：台账管理不规范。") is None


def test_an_answer_announcing_its_items_lists_every_clause():
    from assistant.widening import _clauses
    line = "答：主要包括：补助申请表；业主表决结果及书面协议；房屋权属证明复印件；电梯设计方案和工程预算书。"
    spans = _clauses(line, 0, len(line))
    assert [line[a:b] for a, b in spans][1] == "业主表决结果及书面协议；"
    assert len(spans) == 4
    # a policy's long sentence before its clauses is no such lead
    long_lead = "为进一步加强全市老旧小区改造资金管理，规范资金使用，提高资金效益，现就有关事项规定如下：一是…；二是…；三是…。"
    assert _clauses(long_lead, 0, len(long_lead)) == []


def test_a_question_keeps_the_rare_characters_its_notices_use():
    from index.question import simplified
    assert simplified("那淥坝县呢?") == "那渌坝县呢?"  # the converter's form
    assert simplified("那淥坝县呢?", keep={"淥"}) == "那淥坝县呢?"  # as the notices write it
    assert simplified("濟南應急局合併了多少個黨支部?", keep={"淥"}) == "济南应急局合并了多少个党支部?"


def test_a_county_of_a_tables_notice_is_switched_for_the_one_asked_before():
    from assistant.catalog import Catalog, DocInfo
    from assistant.followup import resolve
    from assistant.models import Answer, Turn

    catalog = Catalog.of_docs([DocInfo("d0", "关于2027年第一季度医保督查情况的通报", "蔺溪市医疗保障局",
                                       "2027-04-20", None, "通报")])
    text = "| 1 | 泖岗县 | 243.5 |\n| 2 | 淥川县 | 158.6 |\n"
    recall = lambda earlier: Answer(earlier.text, earlier.text, "", False, [], [])  # noqa: E731
    history = [Turn("user", "蔺溪市医保局督查通报里，泖岗县追回违规基金多少?"), Turn("assistant", "…")]
    r = resolve("那淥川县呢?", history, catalog, recall, {"d0": text})
    assert "淥川县追回违规基金" in r.text and "泖岗县" not in r.text


def test_a_quarter_dates_an_event_by_its_months_not_a_deadline():
    from assistant.quantity import asked_months, states_asked_month
    assert asked_months("岑川县三季度的“回头看”是哪一天开展的?", quarters=True) == (7, 8, 9)
    assert asked_months("岑川县一季度检查发现了多少条隐患?") == ()  # a figure's period
    assert not states_asked_month("于5月31日前将整改情况书面报县医保局。", (7, 8, 9))
    assert states_asked_month("8月12日开展“回头看”。", (7, 8, 9))
    assert asked_months("哪些任务要在三季度末前完成?", quarters=True) == ()


def test_a_share_asked_before_its_word_is_a_rate_not_money():
    assert [k.name for k in asked_kinds("岑川县改造项目开工后先拨付多少比例的补助?")] == ["rate"]
    assert [k.name for k in asked_kinds("先拨付百分之多少?")] == ["rate"]
    assert [k.name for k in asked_kinds("追回了多少培训补贴?")] == ["money"]


def test_a_short_subject_is_the_titles_when_the_question_names_it_as_the_title_does():
    from assistant.figure_ask import _title_names
    title = "《岑川县既有住宅加装电梯财政补助实施细则》政策问答"
    assert _title_names(title, "电梯", "岑川县加装电梯项目开工后先拨付多少比例的补助?")
    assert not _title_names(title, "电梯", "岑川县电梯维保项目开工后拨付多少?")  # 电梯维保 is not
    assert not _title_names(title, "", "开工后拨付多少?")
    assert _title_names(title, "加装电梯财政补助", "")


def test_a_price_per_piece_asks_a_figure_per_unit():
    from assistant.quantity import states_kinds
    kinds = asked_kinds("岑川县那次接待喝的白酒一瓶多少钱?")
    assert {k.name for k in kinds} == {"money", "per_unit"}
    assert not states_kinds("共饮用白酒6瓶，花费4200元。", kinds)
    assert states_kinds("白酒单价每瓶700元。", kinds)
    assert [k.name for k in asked_kinds("一共花了多少钱?")] == ["money"]


def test_an_office_a_notice_of_its_place_names_is_asked_of_that_notice():
    from assistant.catalog import Catalog, DocInfo
    from assistant.question import analyse
    from assistant.scope import Filters, scope_of

    catalog = Catalog.of_docs([
        DocInfo("j1", "关于3起典型问题的通报", "岑川县纪委监委", "2027-01-10", None, "通报"),
        DocInfo("w1", "2027年工作要点", "蔺溪市文化广电和旅游局", "2027-02-01", None, "要点")])
    texts = {"j1": "1.县交通运输局副局长某某违规收受礼品问题。\n2.与县卫生健康局联合检查问题。\n",
             "w1": "一、文旅融合\n"}
    asked = "岑川县交通运输局副局长收了多少礼品?"
    scope = scope_of(analyse(asked, catalog), Filters(), catalog, texts)
    assert not scope.refusal and scope.doc_ids == ("j1",)
    # an office no notice names is refused, with what is held
    other = scope_of(analyse("岑川县档案馆今年有哪些工作?", catalog), Filters(), catalog, texts)
    assert other.refusal.startswith("已收录的通报中没有岑川县档案馆")
    health = scope_of(analyse("岑川县卫生健康局的整改台账有几项?", catalog), Filters(), catalog, texts)
    assert health.refusal  # an item about another office names it after its opening
