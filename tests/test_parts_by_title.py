"""A work plan's part asked by its title's words, an item's office asked of a listed heading,
and "由哪个单位配合" as an item's question, not a list over agencies. Written for these tests:
a 青禾县水利局 work plan in 第X部分 parts (no shipped notice is laid out so)."""
from __future__ import annotations

import corpus
from assistant.catalog import Catalog, DocInfo
from assistant.evidence import span_evidence
from assistant.outline import (asked_section, named_part, named_section, part_citations,
                               section_citations)
from assistant.question import analyse

PLAN = "\n".join([
    "青禾县水利局关于印发《2026年全县水利工作要点》的通知",
    "各乡镇水利站：现将工作要点印发给你们。",
    "第一部分 水旱灾害防御",
    "1．修订防汛预案。6月前完成修订。责任股室：防汛股。",
    "2．开展汛前检查。责任股室：防汛股。",
    "第二部分 农村供水保障",
    "3．改造老旧供水管网。改造管网45公里。责任股室：农水股；配合单位：县自来水公司。",
    "4．推进水质检测全覆盖。责任股室：农水股。",
])


CATALOG = Catalog.of_docs([DocInfo("w1", "2026年全县水利工作要点", "青禾县水利局", None, None,
                                   "要点")])


def _plan():
    return corpus.parse_notice(PLAN.encode("utf-8"), "plan.txt")


def test_a_part_named_by_its_titles_words_is_the_one_asked():
    assert asked_section("青禾县在农村供水保障方面有哪些任务?") == "青禾县在农村供水保障"
    assert asked_section("关于水旱灾害防御都安排了哪些工作?")
    assert asked_section("青禾县防汛预案什么时候修订?") is None
    notice = _plan()
    n = named_part(notice, asked_section("青禾县在农村供水保障方面有哪些任务?"))
    assert n == 2
    quotes = [c.quote for c in part_citations(notice, n)]
    assert quotes[0] == "第二部分 农村供水保障" and quotes[1].startswith("3．改造老旧供水管网")
    assert named_part(notice, "河湖长制") is None


def test_a_listed_heading_stands_for_its_items_line():
    notice = _plan()
    head = next(h for h in notice.headings if h.text.startswith("3．"))
    evidence = span_evidence(notice, head.start, head.end)
    assert "配合单位：县自来水公司" in evidence.quote
    assert notice.text[evidence.start:evidence.end] == evidence.quote
    short = span_evidence(notice, head.start, head.start + 2)  # not a heading: as it is
    assert short.quote == "3．"


def test_which_office_partners_an_item_lists_no_agencies():
    assert not analyse("第三条由哪个单位配合?", CATALOG).enumerate
    assert not analyse("这项工作由哪个部门牵头?", CATALOG).enumerate
    assert analyse("哪个单位的供水管网改造得最多?", CATALOG).enumerate


def test_the_places_a_notice_addresses_are_no_list_over_agencies():
    assert not analyse("通知对各地水利部门提出了什么要求?", CATALOG).enumerate
    assert not analyse("要求各县做好哪些防汛准备?", CATALOG).enumerate
    assert analyse("各地在防汛上采取了哪些措施?", CATALOG).enumerate


# A plan laid out in stages and a closing 保障措施 part, written for these tests (白石县).
STAGED = "\n".join([
    "白石县农村公路养护三年行动方案",
    "一、主要目标",
    "到2027年底，全县农村公路优良中等路率达到85%。",
    "二、实施步骤",
    "（一）调查摸底阶段（2025年1月至3月）。各乡镇完成路况普查。",
    "（二）集中整治阶段（2025年4月至2026年12月）。分批实施路面修复。",
    "（三）巩固提升阶段（2027年全年）。建立长效养护机制。",
    "三、工作保障",
    "（一）落实资金投入。县财政每年安排养护资金800万元。",
    "（二）严格考核问效。养护成效纳入乡镇年度考核。",
])


def _staged():
    return corpus.parse_notice(STAGED.encode("utf-8"), "staged.txt")


def test_stages_laid_out_as_headings_are_counted_and_cited():
    from assistant.outline import asked_stages, stage_citations
    assert asked_stages("白石县农村公路养护分几个阶段实施?") == "阶段"
    assert asked_stages("这项工作分哪几个步骤?") == "步骤"
    assert asked_stages("白石县农村公路优良中等路率要达到多少?") is None
    notice = _staged()
    quotes = [c.quote for c in stage_citations(notice, "阶段")]
    assert quotes == ["（一）调查摸底阶段（2025年1月至3月）", "（二）集中整治阶段（2025年4月至2026年12月）",
                      "（三）巩固提升阶段（2027年全年）"]
    assert all(notice.text.find(q) >= 0 for q in quotes)
    assert stage_citations(notice, "环节") == []  # no heading names one: the passages answer


def test_a_part_asked_by_its_title_alone():
    notice = _staged()
    phrase = asked_section("白石县养护行动方案的工作保障有哪些?")
    assert named_part(notice, phrase) == 3
    quotes = [c.quote for c in part_citations(notice, 3)]
    assert quotes == ["三、工作保障", "（一）落实资金投入", "（二）严格考核问效"]
    assert named_part(notice, asked_section("白石县的路面修复有哪些要求?")) is None


def test_several_is_no_count_asked():
    from assistant.quantity import asked_unit
    assert asked_unit("村里寄信要好几天才到, 怎么解决?") is None
    assert asked_unit("十几个乡镇参加了吗?") is None
    assert asked_unit("路面修复要几天?") == "天"


def test_stages_numbered_as_stages_are_counted_whatever_their_names():
    """"第一阶段：调查摸底（…）。…": the marker names the stage; written for this test."""
    from assistant.outline import stage_citations
    text = "\n".join([
        "白石县农村饮水安全巩固提升方案",
        "一、重点任务",
        "（一）改造供水管网。改造管网30公里。",
        "（二）开展水质检测。每季度检测一次。",
        "二、进度安排",
        "第一阶段：调查摸底（2025年3月）。各乡镇上报工程清单。",
        "第二阶段：集中建设（2025年4月至10月）。按月调度。",
        "第三阶段：验收销号（2025年11月至12月）。组织验收。",
    ])
    notice = corpus.parse_notice(text.encode("utf-8"), "plan.txt")
    quotes = [c.quote for c in stage_citations(notice, "阶段")]
    assert [q[:4] for q in quotes] == ["第一阶段", "第二阶段", "第三阶段"]
    assert all(notice.text.find(q) >= 0 for q in quotes)


def test_the_measures_that_guarantee_the_work_are_its_guarantee_part():
    """"靠哪几条措施保证落实?", "有哪些保障措施?": the part titled 工作保障 (or 保障措施)."""
    notice = _staged()
    for question in ("白石县养护行动方案靠哪几条措施来保证落实?", "白石县养护行动方案有哪些保障措施?"):
        assert named_part(notice, asked_section(question)) == 3, question


def test_a_part_of_unnumbered_points_lists_each_points_opening_sentence():
    """Written for this test: a 保障措施 part in "一是…二是…" lines, the third joined to the
    second as a PDF reader may join it."""
    text = "\n".join([
        "白石县2025年农村饮水安全工作方案",
        "一、主要任务",
        "（一）改造供水管网。改造管网30公里。",
        "（二）开展水质检测。每季度检测一次。",
        "二、保障措施",
        "一是加强组织领导。成立工作专班，每月调度一次。",
        "二是落实资金保障。县财政安排资金800万元。三是严格督导考核。纳入年度考核。",
    ])
    notice = corpus.parse_notice(text.encode("utf-8"), "plan.txt")
    part = named_part(notice, asked_section("白石县饮水方案靠哪几条措施保证落实?"))
    quotes = [c.quote for c in part_citations(notice, part)]
    assert quotes == ["二、保障措施", "一是加强组织领导。", "二是落实资金保障。", "三是严格督导考核。"]
    assert all(notice.text.find(q) >= 0 for q in quotes)


def test_an_areas_problems_are_its_section_and_its_run_of_points():
    """Written for this test: a review's areas as sub-headings run into their paragraph
    ("（二）食品安全方面。督查指出的4个问题中，一是…；二是…"), asked by the area and by what the
    review found."""
    text = "\n".join([
        "禾川县市场监督管理局关于督查反馈问题整改复查情况的报告",
        "一、复查工作开展情况",
        "局党组于2025年4月组织了复查。",
        "二、反馈问题整改情况",
        "（一）特种设备方面。督查指出的2个问题中，一是电梯维保不到位的问题，已整改；二是气瓶充装记录缺失的问题，已整改。",
        "（二）食品安全方面。督查指出的3个问题中，一是校园食堂抽检覆盖不足的问题，已整改；二是网络订餐平台入网审查不严的问题，正在整改；三是小作坊登记滞后的问题，需长期坚持。",
        "三、复查发现的新问题和不足",
        "一是个别股室台账不全。二是整改资料归档不及时。",
    ])
    notice = corpus.parse_notice(text.encode("utf-8"), "review.txt")
    phrase = asked_section("禾川县市场监管局食品安全方面的3个问题分别是什么?")
    assert phrase == "禾川县市场监管局食品安全方面"
    assert named_part(notice, phrase) is None
    section = named_section(notice, phrase)
    quotes = [c.quote for c in section_citations(notice, section)]
    assert quotes[0] == "（二）食品安全方面"
    assert [q[:2] for q in quotes[1:]] == ["一是", "二是", "三是"]
    assert "网络订餐平台入网审查不严" in quotes[2]
    part = named_part(notice, asked_section("禾川县市场监管局复查发现了哪些新问题和不足?"))
    assert [c.quote for c in part_citations(notice, part)][1:] == ["一是个别股室台账不全。",
                                                                   "二是整改资料归档不及时。"]
