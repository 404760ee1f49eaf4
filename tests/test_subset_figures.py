"""A figure asked of a part of a whole ("其中…有多少?") is answered only by a sentence naming
that part on its own with a figure, not by the whole's figure, a list sharing one figure or a
span of years; a department of an indexed place that the index lacks is no indexed agency.
Written for this test (滁溪县, 渼阳市, in other wordings). No index."""
from __future__ import annotations

from assistant.catalog import Catalog, DocInfo
from assistant.counted import states_subset, subset_named
from assistant.question import analyse


def test_the_part_asked_after_qizhong_is_named_by_its_nouns_or_year():
    # (the nouns that end the part: a verb-like modifier such as 返乡 may be left out)
    assert subset_named("其中返乡创业人员领了多少补贴?") in ("返乡创业人员", "创业人员")
    assert subset_named("其中危化品企业的有几家?") in ("危化品企业", "企业")
    assert subset_named("其中2025年退了多少钱?") == "2025年"
    assert subset_named("其中渔业船舶检查了多少艘?") == "渔业船舶"
    # no part named: the counted thing follows the asking word (assistant.counted_words reads it)
    assert subset_named("其中有几个村被通报了?") == ""
    assert subset_named("全县一共检查了多少家企业?") == ""


def test_a_part_is_stated_by_its_own_figure_wherever_the_sentence_puts_it():
    assert states_subset("全年发放创业补贴386万元，其中返乡创业人员领取补贴152万元。",
                         "返乡创业人员", "万元")
    # the figure before the part's name, in its clause
    assert states_subset("共接到投诉217件，已有36件经危化品企业自行整改后销号。", "危化品企业", "件")
    # the name, then the figure a clause further on
    assert states_subset("渔业船舶专项检查覆盖全部港口，共检查42艘。", "渔业船舶", "艘")


def test_the_wholes_figure_a_shared_figure_or_a_span_states_no_part():
    assert not states_subset("全年发放创业补贴386万元。", "返乡创业人员", "万元")
    # one of a list sharing the figure
    assert not states_subset("对商场、危化品企业和学校开展检查共120家。", "危化品企业", "家")
    # the end of a span of years
    assert not states_subset("2023年至2025年共退回多收费用8.7万元。", "2025年", "万元")
    assert states_subset("共退回多收费用8.7万元，其中2025年3.1万元。", "2025年", "万元")


def _catalog() -> Catalog:
    return Catalog.of_docs([
        DocInfo("d1", "滁溪县文化和旅游局2026年工作要点", "滁溪县文化和旅游局", "2026-02-10", None, "要点"),
        DocInfo("d2", "渼阳市应急管理局关于表彰的通报", "渼阳市应急管理局", "2026-01-20", None, "通报")])


def test_a_department_of_an_indexed_place_the_index_lacks_is_not_the_places_agency():
    catalog = _catalog()
    for question in ("滁溪县档案馆2026年要完成哪些任务?", "滁溪县园林绿化局今年新建几个公园?",
                     "滁溪县残联给多少人发了补贴?"):
        analysis = analyse(question, catalog)
        assert "滁溪县文化和旅游局" not in analysis.agencies, question
    assert analyse("滁溪县文旅局今年要办几场演出?", catalog).agencies == ("滁溪县文化和旅游局",)


def test_a_pdf_lines_colon_or_a_document_number_under_it_ends_a_paragraph():
    from corpus.readers import join_wrapped_lines
    lines = ["渼阳市应急管理局关于表彰2025年度全市防汛抢险先进集体的通报",  # as wide as a full line
             "渼应急〔2026〕4号",
             "各县（区）应急管理局，市防汛抗旱指挥部各成员单位，局机关各科室：",
             "2025年，全市各级各部门认真落实防汛责任，成功应对了8轮强降雨过程，全",
             "年未发生人员伤亡。"]
    assert join_wrapped_lines(lines, full_width=34) == [
        lines[0], lines[1], lines[2], lines[3] + lines[4]]


def test_a_digit_word_alone_names_and_half_a_day_is_a_duration():
    from assistant.quantity import asked_kinds, states_quantity
    assert not states_quantity("组织观摩滁溪镇万亩茶园示范片。", "亩")
    assert states_quantity("全县新增茶园1.2万亩。", "亩")
    assert states_quantity("累计培训三千余人。", "人")
    duration = [k for k in asked_kinds("在滁溪县办个营业执照要多久?") if k.name == "duration"]
    assert duration and duration[0].stated.search("营业执照办理时间压缩至0.5个工作日")
    # people are counted in 名 as well, but not a member's share
    assert states_quantity("参会人员共计47名。", "人")
    assert not states_quantity("各分局派1名业务骨干参加培训。", "人")


def test_a_loss_and_an_events_cause_are_kinds_a_sentence_must_state():
    from assistant.quantity import asked_kinds, named_money, states_money
    kinds = {k.name: k for k in asked_kinds("渼阳市那场山火造成的直接经济损失是多少?")}
    assert "money" in kinds
    assert not states_money("全年共发生森林火灾3起，过火面积12.6公顷。", named_money("直接经济损失是多少"))
    cause = {k.name: k for k in asked_kinds("渼阳市那场山火是什么原因引起的?")}["cause"]
    assert cause.stated.search("经调查，火灾系村民上坟烧纸引起。")
    assert not cause.stated.search("3月27日发生森林火灾，经7小时扑救于当晚扑灭明火。")
    # reasons asked after a list are the items' own sentences, no cause kind
    assert "cause" not in {k.name for k in asked_kinds("滁溪县通报批评了哪些乡镇, 原因是什么?")}


def test_a_rare_first_character_the_tagger_cuts_off_stays_in_the_place_asked():
    analysis = analyse("那岵西区呢？", _catalog())
    assert analysis.unknown_places == ("岵西区",)
    assert analyse("去渼阳市看看有什么新规定", _catalog()).agencies == ("渼阳市应急管理局",)


def test_a_price_asked_is_stated_by_a_sentence_naming_a_price():
    from assistant.quantity import named_money, states_money
    asked = named_money("滁溪县自来水每吨水价是多少钱?")
    assert not states_money("累计投入农村供水保障资金1.37亿元。", asked)
    assert states_money("居民生活用水价格为每吨2.6元。", asked)


def test_a_sentence_going_on_with_qizhong_is_of_what_the_sentence_before_named():
    from assistant.evidence import continued_from
    from corpus.load import parse_notice
    text = ("滁溪县水利局关于供水工程的答复\n"
            "2026年实施甲镇、乙乡供水管网连通工程。其中，乙乡连通工程力争于2026年12月底前完工。\n")
    notice = parse_notice(text.encode("utf-8"), "水利局_答复.txt")
    assert "供水管网" in continued_from(_cite(notice, "其中，乙乡连通工程力争于2026年12月底前完工。"))
    assert continued_from(_cite(notice, "2026年实施甲镇、乙乡供水管网连通工程。")) == ""


def test_a_document_number_line_alone_is_set_aside_like_the_title():
    from assistant.widening import titles_aside
    from corpus.load import parse_notice
    text = ("滁溪县住房和城乡建设局关于一季度安全检查情况的通报\n滁住建〔2026〕8号\n"
            "各乡镇人民政府：\n一季度共检查在建项目42个，检查重点包括深基坑和高支模。\n")
    notice = parse_notice(text.encode("utf-8"), "住建局_通报.txt")
    number = _cite(notice, "滁住建〔2026〕8号")
    body = _cite(notice, "一季度共检查在建项目42个，检查重点包括深基坑和高支模。")
    assert [e.quote for e in titles_aside([number, body])] == [body.quote]


def _cite(notice, sentence: str):
    """The notice's sentence as cited evidence."""
    from assistant.evidence import span_evidence
    start = notice.text.index(sentence)
    return span_evidence(notice, start, start + len(sentence))


def test_a_place_the_tagger_reads_as_single_characters_is_known_by_its_office():
    analysis = analyse("潏溪县档案馆2025年度重点工作推进得怎么样?", _catalog())
    assert analysis.unknown_places and analysis.unknown_places[0].startswith("潏溪县")
    assert analyse("那潏溪县呢?", _catalog()).agencies == ()


def test_a_switch_with_its_own_asking_words_is_no_bare_switch_to_a_document():
    from assistant.followup import _its_document
    catalog = Catalog.of_docs([DocInfo("p", "渼阳市财政局关于下达农村公路养护补助资金的通知",
                                       "渼阳市财政局", "2026-02-01", None, "通知")])
    assert _its_document(analyse("那渼阳市财政局的农村公路养护补助资金呢?", catalog), catalog)
    assert not _its_document(analyse("渼阳市农村公路养护补助资金一共多少?", catalog), catalog)
