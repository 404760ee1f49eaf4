"""A discipline commission's notice of cases ("1.X局副局长Y违规…问题。…。2025年6月，Y受到…处分。"):
its sanctions asked as such, a case's place named only by its lead sentence, the commission's
name when it signs with the supervisory commission, its conclusion after the last case not
sectioned under it, and the questions around it (a pointer "这几起" asks no count, a pronoun is
no term, "从哪个单位" asks no list). Written for this test (岷川县, 澄源县 in other wordings).
No index."""
from __future__ import annotations

from assistant.catalog import Catalog, DocInfo
from assistant.evidence import item_lead_of, span_evidence
from assistant.figure_ask import _in_place
from assistant.quantity import asked_kinds, asked_unit, context_year, states_kinds, states_quantity
from assistant.question import analyse
from corpus.headings import parse_structure
from corpus.load import parse_notice

NOTICE = ("中共岷川县纪委 岷川县监委关于4起违规问题的通报\n"
          "2024年以来，全县纪检监察机关持续纠治“四风”。全年共查处相关问题27起。现将其中4起典型问题通报如下。\n"
          "1.县水务局原副局长甘若舟违规收受礼金问题。2023年春节期间，甘若舟收受管理服务对象礼金0.8万元。"
          "2025年6月，甘若舟受到政务警告处分，违纪所得被收缴。\n"
          "2.鹭江镇副镇长池月明公车私用问题。2025年国庆期间，池月明驾驶公务用车办理私事。"
          "2025年11月，池月明受到诫勉谈话处理。\n"
          "3.县市场监管局科员冼子谦违规吃喝问题。2025年5月，冼子谦接受企业宴请。2025年9月，冼子谦受到党内警告处分。\n"
          "4.县交通局股长尤嘉树填表报数过多问题。2025年，尤嘉树向乡镇下发表格40份。2025年12月，尤嘉树被责令作出书面检查。\n"
          "以上问题，暴露出一些党员干部纪律意识淡薄。\n"
          "一是压实责任。各单位要切实履行主体责任。\n"
          "中共岷川县纪委 岷川县监委\n2026年2月10日\n")


def _notice():
    return parse_notice(NOTICE.encode("utf-8"), "纪委监委_通报.txt")


def _evidence(sentence: str):
    notice = _notice()
    start = notice.text.index(sentence)
    return span_evidence(notice, start, start + len(sentence))


def test_a_sanction_asked_is_stated_by_the_sentence_giving_it_not_by_the_case():
    kinds = asked_kinds("那个开公车办私事的干部最后怎么处理的?")
    assert [k.name for k in kinds] == ["sanction"]
    assert [k.name for k in asked_kinds("鹭江镇副镇长受了什么处分?")] == ["sanction"]
    assert states_kinds("2025年11月，池月明受到诫勉谈话处理。", kinds)
    assert states_kinds("2025年12月，尤嘉树被责令作出书面检查。", kinds)
    assert not states_kinds("2025年国庆期间，池月明驾驶公务用车办理私事。", kinds)
    # what became of things, or measures of handling, are not a sanction of a person
    assert asked_kinds("对超标配备的公车是怎么处理的?") == ()
    assert asked_kinds("对擅自转移物资的企业会做哪些处理?") == ()


def test_a_case_is_of_the_place_its_lead_sentence_names():
    sanction = _evidence("2025年11月，池月明受到诫勉谈话处理。")
    assert item_lead_of(sanction) == "2.鹭江镇副镇长池月明公车私用问题。"
    assert _in_place(sanction, "鹭江镇")
    assert not _in_place(_evidence("2025年9月，冼子谦受到党内警告处分。"), "鹭江镇")
    lead = _evidence("2.鹭江镇副镇长池月明公车私用问题。")
    assert item_lead_of(lead) == ""  # a lead sentence opens its item


def test_a_discipline_and_a_supervisory_commission_signing_together_are_one_agency():
    assert _notice().meta.agency == "岷川县纪委监委"


def test_the_paragraphs_after_a_flat_list_of_cases_are_not_its_last_cases():
    notice = _notice()
    structure = parse_structure(notice.text)
    sections = {notice.text[p.start:p.end][:6]: p.section for p in structure.paragraphs}
    assert sections["以上问题，暴"] == ()
    assert sections["一是压实责任"] == ()
    # a list whose items have paragraphs of their own keeps them
    text = "前言。\n1.甲问题。甲做了事。\n2.乙问题。乙做了事。\n补充说明乙。\n3.丙问题。丙做了事。\n丙的说明。"
    last = parse_structure(text).paragraphs[-1]
    assert text[last.start:last.end] == "丙的说明。" and last.section == ("3.丙问题",)


def test_a_pointer_at_cases_asks_no_count():
    assert asked_unit("岷川县通报的这几起问题里, 哪些人被诫勉谈话?") is None
    assert asked_unit("那几个干部分别是什么职务?") is None
    assert asked_unit("岷川县查处了几起违规吃喝问题?") == "起"


def test_since_a_year_sets_the_year_of_the_sentences_after_it():
    text = _notice().text
    at = text.index("全年共查处相关问题27起")
    assert context_year(text, at, None) == 2024


def test_sheets_of_forms_are_counted_in_copies():
    assert states_quantity("2025年，尤嘉树向乡镇下发表格40份。", asked_unit("一共发了多少张表?"))


def test_where_a_person_came_from_asks_no_list_of_agencies():
    catalog = Catalog.of_docs([DocInfo("d0", "关于4起违规问题的通报", "岷川县纪委监委", "2026-02-10",
                                       None, None),
                               DocInfo("d1", "工作要点", "澄源县统计局", "2026-01-05", None, None)])
    assert not analyse("她是从哪个单位调过来的?", catalog).enumerate
    assert analyse("哪个单位合并了党支部?", catalog).enumerate


def test_a_discipline_body_of_a_place_the_index_holds_only_other_agencies_of_is_not_theirs():
    catalog = Catalog.of_docs([DocInfo("d0", "关于4起违规问题的通报", "岷川县纪委监委", "2026-02-10",
                                       None, None),
                               DocInfo("d1", "工作要点", "澄源县统计局", "2026-01-05", None, None)])
    asked = analyse("澄源县纪委监委通报了哪些违规吃喝问题?", catalog)
    assert "澄源县统计局" not in asked.agencies
    assert asked.unknown_places == ("澄源县纪委监委",)
    # without any discipline body indexed, one named is a source of requirements, not an agency
    alone = Catalog.of_docs([DocInfo("d1", "工作要点", "澄源县统计局", "2026-01-05", None, None)])
    assert "澄源县统计局" in analyse("澄源县纪委要求统计局做了哪些整改?", alone).agencies


def test_a_list_announced_is_answered_with_its_items_and_counted_from_them():
    from assistant.followup import _ordinal
    from assistant.listing import announces_list
    from assistant.widening import announced_items
    intro = _evidence("现将其中4起典型问题通报如下。")
    assert announces_list(intro.quote)
    cited = [e.quote for e in announced_items([intro])]
    # each case is cited by its line, which its lead sentence opens (span_evidence)
    assert cited[0] == intro.quote and len(cited) == 5
    assert [q.split("。")[0] for q in cited[1:]] == [
        "1.县水务局原副局长甘若舟违规收受礼金问题", "2.鹭江镇副镇长池月明公车私用问题",
        "3.县市场监管局科员冼子谦违规吃喝问题", "4.县交通局股长尤嘉树填表报数过多问题"]
    # a sentence on the announcing line counts as the announcement; one elsewhere does not
    assert len(announced_items([_evidence("全年共查处相关问题27起。")])) == 5
    assert announced_items([_evidence("以上问题，暴露出一些党员干部纪律意识淡薄。")]) == []
    assert _ordinal("第三起是什么时候发生的?") == 3


def test_a_later_citations_list_does_not_displace_a_better_first_citation():
    from dataclasses import replace
    from assistant.widening import announced_items
    notice = _notice()

    def cite(sentence: str):
        start = notice.text.index(sentence)
        return span_evidence(notice, start, start + len(sentence))

    first = replace(cite("一是压实责任。"), score=0.85)
    intro = cite("现将其中4起典型问题通报如下。")
    assert announced_items([first, replace(intro, score=0.6)]) == []
    assert len(announced_items([first, replace(intro, score=0.9)])) == 5
