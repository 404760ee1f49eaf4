"""A city bureau's inspection notice that names its counties' bureaus, written in other wordings
than the held-out one (洄州市): a follow-up naming a county's bureau by its place ("石门县局")
is asked of that notice, not refused as an agency the index lacks; a rate the prose states of
a county is answered though the table of problems states no status. Real model, a small real
index."""
from __future__ import annotations

import pytest

from assistant.models import Turn
from support import small_assistant

NOTICE = (
    "洄州市文化和旅游局\n"
    "关于2026年第一季度A级旅游景区安全检查情况的通报\n"
    "各县（区）文化和旅游局：\n"
    "2026年3月，市局组织对全市A级旅游景区开展安全检查，共检查景区36家，发现问题154个。\n"
    "一、检查发现的问题\n"
    "| 县区 | 景区 | 发现问题 | 处理措施 | 整改时限 |\n"
    "| 洄东县 | 云栖峡景区 | 玻璃栈道未按期检测 | 责令停止运营并限期检测 | 2026年4月20日 |\n"
    "| 石门县 | 桃源古镇 | 消防通道被摊位占用 | 责令立即清理 | 2026年4月10日 |\n"
    "| 石门县 | 白鹤湖湿地公园 | 游船救生衣配备不足 | 责令限期补齐 | 2026年4月15日 |\n"
    "二、整改推进情况\n"
    "截至4月30日，全市已整改问题131个，整改完成率为85.1%。"
    "石门县整改进度滞后，问题整改完成率仅为58.3%，居全市末位。\n"
    "三、处理意见\n"
    "由市局分管负责同志对石门县文化和旅游局主要负责人进行约谈，督促其5月31日前完成全部整改。\n"
    "洄州市文化和旅游局\n"
    "2026年5月6日\n"
)
NOTICE_NAME = "洄州市文化和旅游局_关于2026年第一季度A级旅游景区安全检查情况的通报.txt"

FIRST = "洄州市文化和旅游局景区安全检查通报里，石门县的问题整改完成率是多少？"


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder, {NOTICE_NAME: NOTICE}, "units")


def test_a_rate_of_a_county_is_read_from_the_prose(bot) -> None:
    answer = bot.ask(FIRST)
    assert not answer.abstained
    assert "58.3%" in answer.citations[0].quote


def test_a_county_s_bureau_named_by_its_place_is_asked_of_the_notice(bot) -> None:
    first = bot.ask(FIRST)
    answer = bot.ask("那市局对石门县局是怎么处理的？",
                     history=[Turn("user", FIRST), Turn("assistant", first.text)])
    assert not answer.abstained
    assert any("约谈" in c.quote and "石门县" in c.quote for c in answer.citations)


def test_a_unit_named_by_its_place_keeps_the_previous_notices(bot) -> None:
    from dataclasses import replace

    from assistant.followup import Resolved, _within_previous
    from assistant.question import analyse

    ctx = bot._current()
    agency = "洄州市文化和旅游局"
    previous = Resolved(FIRST, agencies=(agency,))
    question = "那市局对石门县局是怎么处理的？"
    analysis = analyse(question, ctx.catalog)

    def within(unit: str):
        return _within_previous(question, replace(analysis, unknown_places=(unit,)), previous,
                                ctx.catalog, ctx.texts)
    kept = within("石门县局")
    assert kept is not None and kept.doc_ids == tuple(ctx.catalog.docs_of(agency))
    assert not kept.analysis.unknown_places
    assert within("石门县") is not None
    assert within("石门县市场监督管理局") is None  # a full department asks for its own notices
    assert within("东岭县局") is None  # a place the notice never names


def test_a_full_agency_the_index_lacks_is_still_refused(bot) -> None:
    first = bot.ask(FIRST)
    answer = bot.ask("石门县市场监督管理局在这次检查里有什么问题？",
                     history=[Turn("user", FIRST), Turn("assistant", first.text)])
    assert answer.abstained


def test_a_list_of_named_districts_and_counties_names_counties() -> None:
    from assistant.quantity import asked_kinds, states_kinds

    kinds = asked_kinds("哪些区县被通报表扬了？")
    assert [k.name for k in kinds] == ["county"]
    assert states_kinds("对东岭区、石门县、青溪区文化和旅游局予以通报表扬。", kinds)
    # levels and wholes name none
    assert not states_kinds("各区县、乡镇要落实属地责任。", kinds)
    assert not states_kinds("全市各县、区要加强巡查。", kinds)


GUIDE = (
    "洄州市文化和旅游局\n"
    "关于《洄州市民宿管理办法》的政策解读\n"
    "一、民宿需要具备哪些条件？\n"
    "开办民宿，应当同时符合下列要求：\n"
    "（一）房屋权属清晰，取得合法产权证明；\n"
    "（二）经营用客房不超过14间，建筑面积不超过800平方米；\n"
    "（三）配备消防器材，安装烟雾报警装置。\n"
    "二、办理时限是多久？\n"
    "材料齐全的，县级文化和旅游部门在5个工作日内办结。\n"
)


def test_a_list_announced_by_a_quote_s_first_line_cites_every_item() -> None:
    from assistant.evidence import span_evidence
    from assistant.listing import announces_list
    from assistant.widening import announced_items
    from corpus import parse_notice

    notice = parse_notice(GUIDE.encode("utf-8"), "洄州市文化和旅游局_民宿政策解读.txt")
    assert announces_list("开办民宿，应当同时符合下列要求：")
    start = notice.text.index("开办民宿")
    # a quote run on into the first two items: the third is cited too, each on its own
    quote = span_evidence(notice, start, notice.text.index("（三）") - 1)
    cited = [e.quote for e in announced_items([quote])]
    assert cited[0] == "开办民宿，应当同时符合下列要求："
    assert [c[:3] for c in cited[1:]] == ["（一）", "（二）", "（三）"]


def test_a_list_of_works_named_where_the_question_looks_is_no_work() -> None:
    from assistant.quantity import named_work

    assert named_work("洄州市重点项目表里，洄江二桥全长多少米？") == ""
    assert named_work("文旅项目清单中的云栖峡索道项目总投资多少？") == "云栖峡索道项目"
    assert named_work("洄江二桥工程什么时候通车？") == "洄江二桥工程"


def test_items_asked_by_a_column_of_their_table_show_its_cells(bot) -> None:
    answer = bot.ask("洄州市文化和旅游局景区安全检查通报里，石门县被点名的景区有哪几个？")
    quotes = [c.quote for c in answer.citations]
    assert "桃源古镇" in quotes and "白鹤湖湿地公园" in quotes
    assert "云栖峡景区" not in quotes  # another county's row


def test_a_number_under_a_header_of_money_per_head_states_money() -> None:
    from assistant.quantity import asked_kinds, states_kinds

    kinds = asked_kinds("三星级民宿的运营经费补助是多少？")
    assert [k.name for k in kinds] == ["money"]
    header = "| 民宿等级 | 补助标准（元/床位） | 备注 |"
    assert states_kinds("| 三星级民宿 | 1500 | 按实际床位核定 |", kinds, header=header)
    assert not states_kinds("| 三星级民宿 | 1500 | 按实际床位核定 |", kinds,
                            header="| 民宿等级 | 床位数（张） | 备注 |")


def test_a_title_joining_a_summary_and_a_plan_is_each_of_its_year() -> None:
    from assistant.catalog import Catalog, DocInfo
    from assistant.models import Filters
    from assistant.question import analyse
    from assistant.scope import scope_of

    doc = DocInfo("d1", "2025年工作总结和2026年工作计划", "洄州市林业局", "2026-01-10",
                  None, "计划")
    catalog = Catalog.of_docs([doc])
    texts = {"d1": "2025年全市完成造林3.2万亩。2026年计划完成造林3.5万亩。"}

    def scope(question: str):
        return scope_of(analyse(question, catalog), Filters(), catalog, texts)
    assert not scope("洄州市林业局2025年工作总结中，全市完成造林多少万亩？").refusal
    assert not scope("洄州市林业局2026年工作计划中，造林目标是多少万亩？").refusal
    assert scope("洄州市林业局2024年工作计划中，造林目标是多少万亩？").refusal


SUMMARY = (
    "洄州市林业局\n"
    "2025年工作总结和2026年工作计划\n"
    "一、2025年工作成效\n"
    "（一）造林绿化稳步推进\n"
    "全年完成造林3.2万亩。\n"
    "（二）森林防火形势平稳\n"
    "全年未发生重大森林火灾。\n"
    "二、存在的问题\n"
    "对照目标要求，仍存在一些困难和问题：\n"
    "1.造林成活率不够高\n"
    "部分地块立地条件差。\n"
    "2.基层护林力量薄弱\n"
    "护林员年龄偏大。\n"
    "三、2026年工作计划\n"
    "（一）持续推进国土绿化\n"
    "计划完成造林3.5万亩。\n"
)


def test_a_section_s_items_are_its_next_level_down_even_skipping_one() -> None:
    from assistant.outline import section_citations
    from corpus import parse_notice

    notice = parse_notice(SUMMARY.encode("utf-8"), "洄州市林业局_2025年工作总结和2026年工作计划.txt")
    head = next(h for h in notice.headings if h.text.startswith("二、"))
    quotes = [c.quote for c in section_citations(notice, head)]
    assert quotes[1:] == ["1.造林成活率不够高", "2.基层护林力量薄弱"]


PROGRESS = (
    "洄州市生态环境局\n"
    "关于污染防治攻坚任务推进情况的通报\n"
    "（一）石门县\n"
    "石门县承担任务12项，已完成9项。\n"
    "石门县滞后任务2项：\n"
    "石门县城污水处理厂提标改造。原定3月底前完成，目前完成工程量的60%。\n"
    "桃源河黑臭水体整治。因征地补偿未谈妥，尚未开工。\n"
    "请石门县于6月底前完成全部滞后任务。\n"
)


def test_a_line_announcing_with_a_colon_is_cited_with_the_lines_it_counts() -> None:
    from assistant.evidence import span_evidence
    from assistant.widening import lines_announced
    from corpus import parse_notice

    notice = parse_notice(PROGRESS.encode("utf-8"), "洄州市生态环境局_推进情况通报.txt")
    start = notice.text.index("石门县滞后任务2项")
    first = span_evidence(notice, start, start + len("石门县滞后任务2项："))
    quotes = [e.quote for e in lines_announced([first])]
    assert len(quotes) == 3
    assert quotes[1].startswith("石门县城污水处理厂") and quotes[2].startswith("桃源河黑臭水体")
    # a sentence ending otherwise announces nothing
    other = span_evidence(notice, notice.text.index("石门县承担"), notice.text.index("石门县承担") + 16)
    assert lines_announced([other]) == []


def test_an_age_band_asked_is_no_year() -> None:
    from assistant.quantity import asked_kinds

    assert "year" not in [k.name for k in asked_kinds("哪个年龄段的老人能领高龄津贴？")]
    assert "year" in [k.name for k in asked_kinds("这项补贴是哪一年开始发的？")]


def test_a_place_no_notice_of_the_named_agency_mentions_is_refused() -> None:
    from assistant.catalog import Catalog, DocInfo
    from assistant.models import Filters
    from assistant.question import analyse
    from assistant.scope import scope_of

    catalog = Catalog.of_docs([DocInfo("d1", "关于污染防治攻坚任务推进情况的通报", "洄州市生态环境局",
                                       "2026-05-06", None, "通报")])
    texts = {"d1": PROGRESS}

    def refusal(question: str) -> str:
        return scope_of(analyse(question, catalog), Filters(), catalog, texts).refusal
    assert "石门县" in analyse("洄州市生态环境局的通报里，石门县完成了多少项任务？", catalog).question
    assert not refusal("洄州市生态环境局的通报里，石门县完成了多少项任务？")
    missing = refusal("洄州市生态环境局的通报里，岱山县完成了多少项任务？")
    assert "岱山县" in missing
    # a word ending like a place names none
    assert not refusal("洄州市生态环境局会不会跟别的城市交流治污经验？")


def test_a_report_due_is_no_date_of_issue() -> None:
    from assistant.issue_date import asks_issue_date

    assert not asks_issue_date("各县的整改报告要在什么时候前报送？")
    assert asks_issue_date("这份工作总结是哪天报送的？")


def test_a_column_of_what_came_of_the_measures_is_the_row_s_status() -> None:
    from support import ledger_items

    text = ("洄州市水利局巡察反馈问题整改台账\n"
            "| 序号 | 反馈问题 | 整改措施 | 责任科室 | 完成时限 | 整改情况 |\n"
            "| 1 | 河道采砂监管不严 | 开展联合执法 | 河湖科 | 2025年9月30日 | 已完成（查处非法采砂3起） |\n"
            "| 2 | 水库安全鉴定滞后 | 委托第三方鉴定 | 工程科 | 2026年3月31日 | 正在推进（已完成2座） |\n"
            "| 3 | 干部作风不实 | 开展作风整顿 | 办公室 | 长期坚持 | 长期坚持 |\n")
    items = ledger_items(text, "洄州市水利局_整改台账.txt")
    assert [i.status for i in items] == ["完成", "推进中", "长期坚持"]
    assert items[0].measures and "联合执法" in items[0].measures[0].text


def test_a_date_and_all_before_it_filters_by_due_before() -> None:
    from assistant.ledger_intent import read_ledger_ask

    asked = read_ledger_ask("水利局整改台账里，完成时限在2025年9月30日及以前的是哪几项问题？", "")
    assert asked is not None and not asked.due_within and asked.due_before.startswith("2025年9月30日")
    asked = read_ledger_ask("水利局整改台账里，完成时限在2025年9月30日的是哪几项？", "")
    assert asked is not None and asked.due_within and asked.due_before == "2025年9月30日"
