"""An emergency plan numbered as a technical document ("4 应急响应" over "4.2 Ⅳ级响应"), its
reporting limits in minutes, one hazard's plan not answering for another's; a scoring scheme's
bonus items named by their part's heading, and the scheme named by its title words.
Written for this test (滃源县, 泖川县 in other wordings). No index."""
from __future__ import annotations

from assistant.catalog import Catalog, DocInfo
from assistant.issue_date import names_notice
from assistant.quantity import asked_kinds, states_kinds
from assistant.question import analyse
from assistant.scope import Filters, scope_of
from assistant.widening import _names_part
from corpus.headings import parse_structure

PLAN = ("1 总则\n"
        "1.1 编制目的\n为规范森林火灾应急处置，制定本预案。\n"
        "2 应急响应\n"
        "2.1 Ⅲ级响应\n启动程序：由县森防指办公室主任决定启动。\n"
        "2.2 Ⅱ级响应\n启动程序：由县森防指副总指挥决定启动。\n"
        "2.3 Ⅰ级响应\n启动程序：由县森防指总指挥决定启动。\n"
        "3 附则\n"
        "3.1 实施时间\n本预案自印发之日起施行。\n")


def test_a_decimal_outline_with_chapters_and_roman_levels_nests_every_level():
    structure = parse_structure(PLAN)
    assert [(h.level, h.text) for h in structure.headings[2:7]] == [
        (1, "2 应急响应"), (2, "2.1 Ⅲ级响应"), (2, "2.2 Ⅱ级响应"), (2, "2.3 Ⅰ级响应"), (1, "3 附则")]
    by_text = {PLAN[p.start:p.end]: p.section for p in structure.paragraphs}
    assert by_text["启动程序：由县森防指总指挥决定启动。"] == ("2 应急响应", "2.3 Ⅰ级响应")


def test_a_chapter_needs_its_decimal_sections_and_an_amount_is_no_heading():
    text = "4 应急响应\n各单位要加强值守。\n2 万元由县财政安排。\n"
    assert parse_structure(text).headings == []  # no "4.1 …" follows: no chapter


def test_a_reporting_limit_in_minutes_is_a_duration():
    kinds = asked_kinds("出了险情多长时间之内要往上报?")
    assert [k.name for k in kinds] == ["duration"]
    assert states_kinds("各乡镇应在发现后20分钟内电话报告、2小时内书面报告。", kinds)


def test_a_rule_like_notice_is_named_by_its_title_words_in_order():
    title = "泖川县安全生产委员会关于印发《2026年度村（社区）消防安全考核评分细则》的通知"
    assert names_notice("泖川县村消防安全考核评分细则是哪天印发的?", title)
    assert not names_notice("泖川县森林防火考核细则是哪天印发的?", title)


def test_a_part_is_named_by_a_word_of_its_heading_not_by_a_generic_one():
    assert _names_part("有哪些加分的情形?", "四、加分项目")
    assert not _names_part("有哪些项目?", "四、加分项目")
    assert not _names_part("扣分标准是什么?", "四、加分项目")


def test_one_hazards_emergency_plan_does_not_answer_for_anothers():
    catalog = Catalog.of_docs([DocInfo("d0", "滃源县林业局关于印发《滃源县森林火灾应急预案》的通知",
                                       "滃源县林业局", "2026-03-01", None, None)])

    def refusal(question: str) -> str:
        return scope_of(analyse(question, catalog), Filters(), catalog, {"d0": ""}).refusal

    assert "没有山洪灾害应急预案" in refusal("滃源县山洪灾害应急预案里, 谁负责转移群众?")
    assert not refusal("滃源县森林火灾应急预案里, 谁负责转移群众?")
    assert not refusal("滃源县应急预案里, 谁负责转移群众?")


def test_the_sections_line_labelled_with_what_is_asked_answers_with_its_points():
    from assistant.evidence import span_evidence
    from assistant.widening import labelled_field
    from corpus.load import parse_notice
    text = ("滃源县林业局关于印发《滃源县森林火灾应急预案》的通知\n"
            "1 应急响应\n"
            "1.1 Ⅱ级响应\n"
            "启动条件：过火面积超过10公顷。\n"
            "启动程序：由县森防指副总指挥决定启动。\n"
            "主要措施：\n（1）副总指挥赶赴现场指挥；\n（2）调派专业扑火队伍增援。\n"
            "1.2 Ⅰ级响应\n"
            "启动条件：过火面积超过100公顷。\n"
            "主要措施：在Ⅱ级响应措施基础上，请求市级支援。\n"
            "滃源县林业局\n2026年3月1日\n")
    notice = parse_notice(text.encode("utf-8"), "林业局_预案.txt")
    at = notice.text.index("启动程序：由县森防指副总指挥决定启动。")
    cited = span_evidence(notice, at, at + len("启动程序：由县森防指副总指挥决定启动。"))
    field = labelled_field([cited], "启动Ⅱ级响应以后要采取哪些措施?")
    assert "".join(e.quote for e in field).replace("\n", "") == \
        "主要措施：（1）副总指挥赶赴现场指挥；（2）调派专业扑火队伍增援。"
    assert labelled_field([cited], "Ⅱ级响应由谁决定启动?") == []  # no thing asked by name


STOCK = ("滃源县林业局关于印发《滃源县森林火灾应急预案》的通知\n"
         "县林业局设立扑火物资储备库。扑火物资储备情况见下表。\n"
         "| 物资名称 | 数量 | 存放地点 |\n"
         "| 风力灭火机 | 60台 | 县林业局储备库 |\n"
         "| 二号扑火工具 | 500把 | 各乡镇林业站 |\n"
         "| 高压细水雾灭火机 | 8台 | — |\n"
         "滃源县林业局\n2026年3月1日\n")


def _stock_notice():
    from corpus.load import parse_notice
    return parse_notice(STOCK.encode("utf-8"), "林业局_预案.txt")


def test_a_table_announced_by_the_cited_line_is_answered_with_its_rows():
    from assistant.evidence import span_evidence
    from assistant.widening import announced_items
    notice = _stock_notice()
    at = notice.text.index("县林业局设立扑火物资储备库。")
    cited = span_evidence(notice, at, at + len("县林业局设立扑火物资储备库。"))
    items = [e.quote for e in announced_items([cited])]
    assert items[0].endswith("扑火物资储备情况见下表。")
    assert [q.strip("| ").split("|")[0].strip() for q in items[1:]] == ["风力灭火机", "二号扑火工具", "高压细水雾灭火机"]


def test_a_table_cell_under_a_place_column_states_a_place():
    from assistant.evidence import table_header
    notice = _stock_notice()
    text = notice.text
    row_at = text.index("二号扑火工具")
    header = table_header(text, row_at)
    assert header.split("|")[-2].strip() == "存放地点"
    kinds = asked_kinds("二号扑火工具放在哪里?")
    row = text[row_at:text.index("\n", row_at)]
    assert states_kinds(row, kinds, header=header)
    empty = text[text.index("高压细水雾"):text.index("\n", text.index("高压细水雾"))]
    assert not states_kinds(empty, kinds, header=header)  # an empty cell states nothing
    assert table_header(text, text.index("物资名称")) == ""  # the header row has none above


def test_which_counties_lists_agencies_unless_a_place_is_named():
    catalog = Catalog.of_docs([DocInfo("d0", "森林火灾应急预案", "滃源县林业局", "2026-03-01", None, None),
                               DocInfo("d1", "考核评分细则", "泖川县安全生产委员会", "2026-02-10",
                                       None, None)])
    assert analyse("哪些县要求乡镇配备专职护林员?", catalog).enumerate
    assert analyse("哪些区县的覆盖率还不到一半?", catalog).enumerate
