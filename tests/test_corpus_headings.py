"""Heading tree levels and section paths: shipped notices, skipped levels, items, laws."""
from __future__ import annotations

import pytest

import corpus
from corpus.headings import parse_structure


def load(stem: str) -> corpus.Notice:
    return corpus.load_notice(corpus.shipped_notices_dir() / f"{stem}.txt")


def passage_starting(notice: corpus.Notice, prefix: str) -> corpus.Passage:
    return next(p for p in notice.passages if p.text.startswith(prefix))


def parse(text: str) -> corpus.Notice:
    return corpus.parse_notice(text.encode("utf-8"), "x.txt")


@pytest.fixture(scope="module")
def n000() -> corpus.Notice:
    return load("000_b11a1ea20a8bf83a")


@pytest.fixture(scope="module")
def n002() -> corpus.Notice:
    return load("002_312f4fbce6d84a6f")


def test_levels_follow_numbering_styles(n000) -> None:
    levels = {h.text: h.level for h in n000.headings}
    assert levels["一、整改工作基本情况"] == 1
    assert levels["(一)提高政治站位,统一思想认识"] == 2
    assert levels["1.统领全局能力不足,应急体系“四梁八柱”搭建尚不牢固"] == 3
    assert levels["(1)思想转变不到位,履职重心存在偏差"] == 4


def test_status_lines_carry_the_problem_they_answer(n000) -> None:
    status = [p for p in n000.passages if p.text == "此问题已整改完成。"]
    raw = (corpus.shipped_notices_dir() / "000_b11a1ea20a8bf83a.txt").read_text(encoding="utf-8")
    assert len(status) == raw.count("\n此问题已整改完成。\n") == 9
    assert len({p.section for p in status}) == 9  # each names its own problem
    first = status[0]
    assert first.section == (
        "二、市委巡察组反馈意见整改进展情况",
        "(一)贯彻落实习近平总书记重要指示批示精神不够有力,推动应急管理系统转型升级成效不显著,"
        "应急管理体系和能力现代化建设存在较大短板",
        "1.统领全局能力不足,应急体系“四梁八柱”搭建尚不牢固",
        "(4)驾驭能力不到位,党委核心作用弱化",
    )
    assert first.context_text().endswith("(4)驾驭能力不到位,党委核心作用弱化\n此问题已整改完成。")
    rectification = passage_starting(n000, "整改情况:一是理清工作思路")
    assert rectification.section[-1] == "(1)思想转变不到位,履职重心存在偏差"


def test_leading_heading_paragraph_is_one_passage(n000) -> None:
    p = passage_starting(n000, "(一)提高政治站位,统一思想认识。收到")
    assert p.section == ("一、整改工作基本情况",)  # its own heading is inside its text
    heading = next(h for h in n000.headings if h.text == "(一)提高政治站位,统一思想认识")
    assert n000.text[heading.start:heading.end] == heading.text
    assert heading.start == p.start


def test_section_path_in_002(n002) -> None:
    p = passage_starting(n002, "1.针对“三重一大”决策制度执行不到位问题")
    assert p.section == (
        "二、盯住巡察反馈指出的问题,逐条逐项真改实改,巡察整改工作取得阶段性成效",
        "(一)党委班子领导作用发挥不充分",
    )


def test_heading_glued_to_its_first_item_is_split(n002) -> None:
    assert "(七)干部任用管理不够规范" in [h.text for h in n002.headings]
    p = passage_starting(n002, "1.针对选人用人程序不严谨问题")
    assert p.section[-1] == "(七)干部任用管理不够规范"


def test_yi_shi_er_shi_are_not_headings() -> None:
    notice = load("003_e0255f2b0979fd34")
    assert not [h for h in notice.headings if h.text.startswith(("一是", "二是", "三是"))]
    p = passage_starting(notice, "一是扎实推进综合行政执法改革")
    assert p.section[-1].startswith("(1)持续深化镇街综合行政执法改革")


def test_number_without_period_continuing_a_list() -> None:
    notice = load("004_d68b0da8e0b90ed2")
    levels = {h.text: h.level for h in notice.headings}
    assert levels["5 建立市应对生产安全事故灾害现场指挥部工作机制"] == levels["4. 规范专业应急救援队伍建设"]


@pytest.mark.parametrize("stem", [
    "000_b11a1ea20a8bf83a", "001_ecc79a59d6b2dddb", "002_312f4fbce6d84a6f",
    "003_e0255f2b0979fd34", "004_d68b0da8e0b90ed2",
])
def test_heading_offsets_and_sections(stem: str) -> None:
    notice = load(stem)
    assert notice.headings
    for h in notice.headings:
        assert notice.text[h.start:h.end] == h.text
        assert h.level >= 1
    texts = {h.text for h in notice.headings}
    for p in notice.passages:
        assert set(p.section) <= texts


def test_skipped_level_keeps_hierarchy() -> None:
    notice = parse("一、甲\n1.子项甲\n正文一。\n二、乙\n(一)中项乙\n1.子项乙\n正文二。\n(二)中项丙\n正文三。")
    levels = {h.text: h.level for h in notice.headings}
    assert levels == {"一、甲": 1, "二、乙": 1, "(一)中项乙": 2, "(二)中项丙": 2,
                      "1.子项甲": 3, "1.子项乙": 3}
    sections = {p.text: p.section for p in notice.passages}
    assert sections["正文一。"] == ("一、甲", "1.子项甲")
    assert sections["正文二。"] == ("二、乙", "(一)中项乙", "1.子项乙")
    assert sections["正文三。"] == ("二、乙", "(二)中项丙")


def test_unusual_nesting_is_followed_as_written() -> None:
    notice = parse("1.总体要求\n（一）加强领导\n正文一。\n（二）强化保障\n正文二。\n2.工作措施\n正文三。")
    sections = {p.text: p.section for p in notice.passages}
    assert sections["正文二。"] == ("1.总体要求", "（二）强化保障")
    assert sections["正文三。"] == ("2.工作措施",)


def test_list_items_are_not_headings() -> None:
    text = ("第十条 有下列情形之一的，不予奖励：\n（一）弄虚作假的；\n（二）不按规定报告的；\n"
            "（三）拒不整改的。\n有前款第三项情形的，依法处理。")
    notice = parse(text)
    assert [h.text for h in notice.headings] == ["第十条 有下列情形之一的，不予奖励"]
    last = notice.passages[-1]
    assert last.text == "有前款第三项情形的，依法处理。"
    assert last.section == ("第十条 有下列情形之一的，不予奖励",)
    assert any("（二）不按规定报告的；" in p.text for p in notice.passages)


def test_numbered_sentence_is_heading_and_passage() -> None:
    notice = parse("一、总体要求\n1.作风建设整治韧劲不足。\n整改情况：已完成。\n2.财务管理不规范。\n整改情况：已规范。")
    assert "1.作风建设整治韧劲不足" in [h.text for h in notice.headings]
    assert any(p.text == "1.作风建设整治韧劲不足。" for p in notice.passages)
    p = next(p for p in notice.passages if p.text == "整改情况：已规范。")
    assert p.section == ("一、总体要求", "2.财务管理不规范")


def test_long_leading_sentence_is_cut_at_a_clause() -> None:
    first = "（一）" + "，".join(["加强组织领导压实整改责任"] * 8) + "。后文。"
    structure = parse_structure(first)
    heading = structure.headings[0].text
    assert len(heading) <= 60 and heading.startswith("（一）加强组织领导") and first.startswith(heading)


def test_laws_layout() -> None:
    text = "\n\n".join([
        "# 某某省安全生产条例", "2016年1月1日 某某省人民代表大会常务委员会通过", "<!-- INFO END -->",
        "## 第一章 总则", "第一条 为了加强安全生产工作，制定本条例。",
        "第二条 本条例适用于本省行政区域。", "法律另有规定的，从其规定。",
        "## 第二章 生产经营单位的安全生产保障", "### 第一节 一般规定",
        "第三条 生产经营单位应当具备安全生产条件：", "（一）建立安全生产责任制；", "（二）设置安全生产管理机构。",
        "## 第三章 附则", "第四条 本条例自公布之日起施行。",
    ])
    notice = corpus.parse_notice(text.encode("utf-8"), "law.md")
    assert "INFO END" not in notice.text
    sections = {p.text: p.section for p in notice.passages}
    assert sections["第一条 为了加强安全生产工作，制定本条例。"] == ("第一章 总则",)
    assert sections["法律另有规定的，从其规定。"] == ("第一章 总则", "第二条 本条例适用于本省行政区域")
    assert sections["第三条 生产经营单位应当具备安全生产条件："] == (
        "第二章 生产经营单位的安全生产保障", "第一节 一般规定")
    assert sections["第四条 本条例自公布之日起施行。"] == ("第三章 附则",)
    items = next(p for p in notice.passages if p.text.startswith("（一）"))
    assert items.text == "（一）建立安全生产责任制；\n（二）设置安全生产管理机构。"  # short items merged
    assert items.section[-1] == "第三条 生产经营单位应当具备安全生产条件"
    assert notice.passages[0].text.startswith("某某省安全生产条例")  # title, without "# "
    levels = {h.text: h.level for h in notice.headings}
    assert levels["第一章 总则"] == 1 and levels["第一节 一般规定"] == 2
    assert levels["第一条 为了加强安全生产工作，制定本条例"] == 3


def test_plain_text_chapters_and_articles() -> None:
    notice = parse("第一章 总则\n第一条 为了规范管理，制定本办法。\n第二章 附则\n第二条 本办法自印发之日起施行。")
    sections = {p.text: p.section for p in notice.passages}
    assert sections["第二条 本办法自印发之日起施行。"] == ("第二章 附则",)


def test_a_work_plan_in_parts_of_numbered_tasks() -> None:
    """Written for this test: 第X部分 parts over "1．" tasks, numbered on through the parts."""
    text = "\n".join([
        "青禾县2026年水利工作要点", "一年来，全县水利工作稳步推进。",
        "第一部分 水旱灾害防御", "1．修订防汛预案。责任股室：防汛股。",
        "2．开展汛前检查。责任股室：防汛股。",
        "第二部分水资源管理", "3．落实取水许可。责任股室：水资源股。",
    ])
    notice = corpus.parse_notice(text.encode("utf-8"), "plan.txt")
    levels = {h.text: h.level for h in notice.headings}
    assert levels["第一部分 水旱灾害防御"] == levels["第二部分水资源管理"] == 1
    sections = {p.text: p.section for p in notice.passages}
    assert sections["3．落实取水许可。责任股室：水资源股。"][0] == "第二部分水资源管理"
