"""Tables whose rows are records of sentences (a 公示 of complaints handled, nine cells a row):
a row too long for one passage is read cell by cell, its later pieces know what the row is of,
and a list question asking one column is answered from every row. Also: a table naming a
thing beside its problem, a title ending in 说明, a numbered run-in title as its line's label.
Written in other wordings than the held-out notices' (沄水县, 沄州市). Real model, a small real
index."""
from __future__ import annotations

import pytest

from assistant.evidence import line_label
from corpus import parse_notice
from corpus.ledger.tables import header_roles, split_cells
from corpus.sentences import WIDE_ROW_CHARS, split_sentences
from support import ledger_items, small_assistant


def _row(n: int, code: str, problem: str, town: str, kind: str, found: str, verdict: str,
         handled: str, held: str) -> str:
    return f"| {n} | {code} | {problem} | {town} | {kind} | {found} | {verdict} | {handled} | {held} |\n"


PUBLIC = (
    "沄水县城市管理局关于市环境问题专项督查交办投诉件办理结果的公示\n"
    "一、办理概况\n"
    "专项督查期间，我局共承办交办投诉件5件，均已办结。\n"
    "二、逐件办理结果\n"
    "| 序号 | 交办编号 | 投诉内容 | 所在乡镇 | 问题类别 | 核查结果 | 是否属实 | 处理结果 | 问责情况 |\n"
    + _row(1, "YS-0301-02",
           "群众投诉：沄北镇沄河路一处夜市排档每天营业到深夜，炭火烧烤产生大量浓烟，排档摊主大声喧哗，"
           "楼上住户长期无法入睡，多次向社区反映没有结果。",
           "沄北镇", "大气、噪声",
           "3月2日晚，县城市管理局执法中队会同沄北镇人民政府赶赴现场核查。经查，该夜市共有排档摊位17个，"
           "其中9个摊位使用木炭明火烧烤，未安装任何油烟净化设施，现场烟气较大；22时后仍有11个摊位营业，"
           "夜间噪声监测值为61分贝，超过标准限值。",
           "属实",
           "一是对9个使用木炭明火烧烤的摊主分别处以罚款，合计罚款1.8万元；二是督促全部摊位改用电烤炉并"
           "统一安装油烟净化器；三是将夜市营业时间调整为22时前结束，由镇网格员每晚巡查。",
           "沄北镇分管城管工作的副镇长甄思远对夜市日常监管失位，给予诫勉谈话。")
    + _row(2, "YS-0301-07",
           "群众投诉：沄南镇沄溪村一家石材切割作坊没有任何降尘措施，切割时粉尘满天飞，废水直接排到门前的"
           "水沟里，沟里全是白色泥浆，附近菜地都被污染了。",
           "沄南镇", "大气、水",
           "3月3日，县城市管理局会同县生态环境局、沄南镇人民政府开展现场核查。经查，该作坊为沄南镇磐固"
           "石材加工厂，未办理环评手续，切割工位无喷淋降尘设施，沉淀池容积不足，部分切割废水未经沉淀排入"
           "村内沟渠，沟渠淤积石粉泥浆约40立方米。",
           "属实",
           "一是对磐固石材加工厂未批先建行为立案查处，罚款6.5万元，并责令停产；二是督促其新建三级沉淀池"
           "和喷淋降尘设施，完成后方可恢复生产；三是组织清理沟渠淤积泥浆约40立方米，对受影响菜地予以补偿。",
           "沄南镇村镇建设办公室主任褚明川对辖区小作坊排查不到位，给予诫勉谈话。")
    + _row(3, "YS-0308-01",
           "群众投诉：沄州高速出口附近一处建筑工地晚上还在浇筑混凝土，搅拌车和振捣器的声音很大，附近小区"
           "居民晚上睡不好觉，希望管一管夜间施工。",
           "城关镇", "噪声",
           "3月9日至10日，县城市管理局连续两晚开展夜间巡查。经查，该工地为城关镇安置小区二期项目，3月8日"
           "夜间因连续浇筑底板混凝土施工至凌晨1时，已于3月6日取得夜间施工许可并张贴公告，其余时段未发现"
           "夜间违规施工行为，夜间噪声监测值为54分贝。",
           "部分属实",
           "一是约谈施工单位项目负责人，要求合理安排工序，确需夜间连续作业的提前三天公告周边居民；二是督促"
           "工地在临近小区一侧加装隔声屏障80米；三是将该工地纳入夜间施工重点巡查名单；"
           "四是要求施工单位在工地出入口设置夜间施工信息公示牌，公开项目负责人姓名和投诉电话。",
           "无")
    + _row(4, "YS-0308-05",
           "群众投诉：沄西乡沄口村废品收购站露天焚烧废旧电线和塑料，黑烟很呛人，刺鼻的气味飘到村小学，"
           "孩子们上课都得关着窗户，家长们非常担心孩子的身体健康。",
           "沄西乡", "大气",
           "3月9日，县城市管理局会同沄西乡人民政府现场核查。经查，该收购站经营者为剥取铜线，在后院露天"
           "焚烧废旧电线皮和塑料包装，现场留有焚烧残渣约2立方米，周边50米范围内植被有明显熏黑痕迹，"
           "经营者对焚烧行为供认不讳。",
           "属实",
           "一是依法对经营者露天焚烧行为处以罚款0.8万元；二是责令立即清运焚烧残渣，交由有资质单位处置；"
           "三是督促收购站配备剥线机，禁止以焚烧方式处理废旧电线；四是由乡综合执法队每周开展一次专项巡查。",
           "沄西乡综合行政执法队队长冷一帆对辖区废品收购站巡查流于形式，给予诫勉谈话。")
    + _row(5, "YS-0315-03",
           "群众投诉：沄东街道沄江花园小区旁边的河道里漂着很多垃圾，还有人往河里倒装修垃圾，河水发臭，"
           "夏天蚊虫特别多，小区业主多次拨打热线电话也没人来处理。",
           "沄东街道", "固体废物",
           "3月16日，县城市管理局会同县水利局、沄东街道办事处现场核查。经查，沄江花园小区东侧河道约300米"
           "范围内漂浮生活垃圾较多，河道边坡有倾倒的装修垃圾约15立方米，系小区部分装修户雇用的运输车辆"
           "夜间偷倒所致，河道保洁承包单位未按合同约定每日清捞。",
           "属实",
           "一是对偷倒装修垃圾的2辆运输车辆驾驶人分别处以罚款，合计0.6万元；二是督促河道保洁单位三日内"
           "清捞漂浮垃圾、清运装修垃圾，并扣减其当季保洁经费；三是在河道沿线增设监控探头3个。",
           "沄东街道城市管理办公室副主任宓秋实对河道保洁监督不力，给予诫勉谈话。")
    + "三、下步工作\n"
    "对已办结的投诉件开展回头看，防止问题反弹。\n"
)
PUBLIC_NAME = "沄水县城市管理局_督查交办投诉件办理结果公示.md"

ACCOUNTS = (
    "沄州市文化广电旅游局2025年度部门决算公开说明\n"
    "一、“三公”经费支出决算情况说明\n"
    "1.公务用车运行维护费。2025年度预算为26.40万元，支出决算为19.75万元，完成预算的74.8%。"
    "主要用于执法执勤车辆的燃料、维修和保险支出。与上年相比减少3.12万元，主要原因是严格执行"
    "公务用车使用管理规定，压减车辆出行次数。\n"
    "2.因公出国（境）费。本部门2025年度无因公出国（境）支出。\n"
)
ACCOUNTS_NAME = "沄州市文化广电旅游局_2025年度部门决算公开说明.md"

LEDGER = (
    "沄州市水利局关于河道问题整改情况的通报\n"
    "| 序号 | 河道名称 | 问题描述 | 责任单位 | 整改时限 | 整改进展 |\n"
    "| 1 | 沄河（北段） | 河道管理范围内堆放砂石约600立方米 | 沄北镇人民政府 | 2026年4月30日 | 已完成 |\n"
    "| 2 | 沄溪（南段） | 沿岸生活垃圾随意倾倒 | 沄南镇人民政府 | 2026年5月31日 | 正在整改 |\n"
)
LEDGER_NAME = "沄州市水利局_河道问题整改情况通报.md"


def test_a_wide_row_is_read_cell_by_cell_and_a_short_row_whole() -> None:
    notice = parse_notice(PUBLIC.encode("utf-8"), PUBLIC_NAME)
    rows = [line for line in notice.text.split("\n") if line.count("|") > 8]
    assert len(rows) == 6 and all(len(r) > WIDE_ROW_CHARS for r in rows[1:])
    wide = split_sentences(rows[1], 0)
    assert len(wide) > 5 and not any("|" in s.text for s in wide)
    header = split_sentences(rows[0], 0)
    assert len(header) == 1 and header[0].text.count("|") == 10


def test_a_wide_row_s_later_pieces_carry_what_the_row_is_of() -> None:
    notice = parse_notice(PUBLIC.encode("utf-8"), PUBLIC_NAME)
    row = notice.text.index("| 2 | YS-0301-07")
    pieces = [p for p in notice.passages if row <= p.start and p.end <= notice.text.index("\n", row)]
    assert len(pieces) >= 2
    assert "群众投诉：沄南镇沄溪村" in pieces[0].text  # the first piece holds it itself
    assert all(p.section[-1].startswith("群众投诉：沄南镇沄溪村一家石材切割作坊") for p in pieces[1:])
    # the passages' own sentences, read with the notice's text, never cross a cell either
    from index.dense.sentence_store import passage_sentences
    for p in pieces:
        assert not any("|" in s.text for s in passage_sentences(p, notice.text)[0])


def test_a_cell_is_labelled_by_its_row_and_a_line_by_its_run_in_title() -> None:
    notice = parse_notice(PUBLIC.encode("utf-8"), PUBLIC_NAME)
    fine = notice.text.index("罚款6.5万元")
    assert "磐固石材加工厂" in line_label(notice.text, fine)
    text = "1.公务用车运行维护费。2025年度预算为26.40万元，支出决算为19.75万元。"
    assert line_label(text, text.index("2025")) == "公务用车运行维护费"
    assert line_label("一、加强党的建设，提高站位。二是…", 15) == ""


def test_a_thing_named_beside_its_problem_is_no_problem() -> None:
    header = "| 序号 | 河道名称 | 问题描述 | 责任单位 | 整改时限 | 整改进展 |"
    roles = header_roles(header, split_cells(header, 0, len(header)))
    assert roles[3] == "problem" and roles[2] == "category"
    items = ledger_items(LEDGER, LEDGER_NAME)
    assert [i.problem.text for i in items] == ["河道管理范围内堆放砂石约600立方米", "沿岸生活垃圾随意倾倒"]
    assert items[0].section[-1].text == "沄河（北段）"
    # a hazard list: the hazard is the problem, the company its heading
    hazards = "| 序号 | 企业名称 | 所在乡镇 | 隐患描述 | 整改时限 | 整改状态 |"
    roles = header_roles(hazards, split_cells(hazards, 0, len(hazards)))
    assert roles[4] == "problem" and roles[2] == "category"
    # a project's name beside what is built stays the problem ("项目名称 | 建设内容")
    plan = "| 序号 | 项目名称 | 建设内容 | 责任单位 | 完成时限 |"
    assert header_roles(plan, split_cells(plan, 0, len(plan)))[2] == "problem"


def test_a_title_ending_in_shuoming_is_the_title() -> None:
    meta = parse_notice(ACCOUNTS.encode("utf-8"), ACCOUNTS_NAME).meta
    assert meta.title == "沄州市文化广电旅游局2025年度部门决算公开说明"
    assert meta.doc_type == "说明"


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder,
                           {PUBLIC_NAME: PUBLIC, ACCOUNTS_NAME: ACCOUNTS, LEDGER_NAME: LEDGER},
                           "wide-tables")


def test_a_column_asked_is_answered_from_every_row(bot) -> None:
    answer = bot.ask("沄水县城市管理局办理投诉件时，哪些干部被给予了诫勉谈话？")
    quotes = [c.quote for c in answer.citations]
    for person in ("甄思远", "褚明川", "冷一帆", "宓秋实"):
        assert any(person in q for q in quotes), person
    assert not any("|" in q for q in quotes)


def test_a_figure_in_a_later_cell_of_the_row_naming_its_subject(bot) -> None:
    answer = bot.ask("沄水县磐固石材加工厂被罚款多少？")
    assert not answer.abstained
    assert "罚款6.5万元" in answer.citations[0].quote


def test_a_figure_after_a_run_in_title_is_quoted_with_it(bot) -> None:
    answer = bot.ask("沄州市文化广电旅游局2025年公务用车运行维护费支出决算是多少？")
    assert not answer.abstained
    quote = answer.citations[0].quote
    assert quote.startswith("1.公务用车运行维护费。") and "19.75万元" in quote


def test_a_place_named_by_the_row_of_the_cell_stating_the_figure(bot) -> None:
    answer = bot.ask("沄水县沄北镇那个夜市排档的摊主一共被罚了多少钱？")
    assert not answer.abstained
    assert "合计罚款1.8万元" in answer.citations[0].quote


def test_a_second_question_after_a_count_is_not_what_is_counted() -> None:
    from assistant.counted import counted_words
    assert counted_words("那个作坊最后罚了多少钱、又让它做了什么？", "") == ()
    assert counted_words("一共覆盖了多少个镇街、村居？", "个") == ("镇街", "村居")


def test_works_in_general_are_no_named_work() -> None:
    from assistant.quantity import named_work
    assert named_work("哪些投诉件还有工程没完成？计划什么时候完成？") == ""
    assert named_work("沄河堤防加固工程什么时候完工？") == "沄河堤防加固工程"


def test_an_amount_in_a_column_of_money() -> None:
    from assistant.quantity import asked_kinds, states_kinds
    kinds = asked_kinds("沄州市文化广电旅游局重点绩效评价中，文物保护项目涉及多少资金？")
    header = "| 项目名称 | 资金金额（万元） | 评价得分 | 评价等级 |"
    assert [k.name for k in kinds] == ["money"]
    assert states_kinds("文物保护项目 | 2,310.50 | 90.2 | 优 |", kinds, header=header)
    assert not states_kinds("文物保护项目 | — | 90.2 | 优 |", kinds, header=header)
