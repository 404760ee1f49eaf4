"""A bureau's work briefing (工作简报): its agency from the "编印单位" line (the bureau's office
edits it), its type, a meeting's requirements written "一要…；二要…" and asked "哪几点要求"
(which points, not what time). Written for this test (澂江市, in other wordings). No index."""
from __future__ import annotations

from assistant.outline import enumerated_points
from assistant.quantity import asked_unit
from corpus.load import parse_notice

BRIEFING = ("# 澂江水务工作简报\n\n"
            "**2026年第3期**\n\n"
            "编印单位：澂江市水务局办公室\n\n"
            "印发日期：2026年4月8日\n\n"
            "### 我局召开汛前准备工作会\n\n"
            "4月3日，市水务局召开汛前准备工作会。会议要求，一要抓紧水毁工程修复；二要开展山塘水库隐患排查；"
            "三要落实防汛物资储备。\n")


def test_a_briefings_editing_office_gives_its_bureau_and_its_type():
    notice = parse_notice(BRIEFING.encode("utf-8"), "水务简报.md")
    assert notice.meta.agency == "澂江市水务局"
    assert notice.meta.doc_type == "简报"


def test_requirements_written_yi_yao_are_points_and_which_points_asks_no_time():
    line = "会议要求，一要抓紧水毁工程修复；二要开展山塘水库隐患排查；三要落实防汛物资储备。"
    points = [line[a:b] for a, b in enumerate_points_of(line)]
    assert points == ["一要抓紧水毁工程修复；", "二要开展山塘水库隐患排查；", "三要落实防汛物资储备。"]
    assert asked_unit("工作会对汛前准备提了哪几点要求?") is None
    assert asked_unit("工作会几点开始?") is not None  # a time of day is still asked
    # "一要求" is a word, no point
    assert enumerate_points_of("会议一要求各区县加强值守。") == []


def enumerate_points_of(line: str) -> list[tuple[int, int]]:
    return enumerated_points(line, 0, len(line))


def test_a_table_items_other_cells_name_what_it_is_of():
    from assistant.ledger_answer import _context_text
    from corpus import ledger
    text = ("澂江市应急管理局关于专项检查发现问题限期整改的通知\n"
            "现将存在问题和整改要求通知如下：\n"
            "| 序号 | 被检查单位 | 存在问题 | 整改期限 | 责任人 |\n"
            "| 1 | 澂江鹭洲纸业有限公司 | 配电室未配备绝缘防护用品 | 2026年5月10日 | 副总经理丁若川 |\n"
            "| 2 | 澂江青禾食品有限公司 | 冷库门内侧未设置紧急开门装置 | 2026年5月20日 | 总经理柏文韬 |\n"
            "澂江市应急管理局\n2026年4月20日\n")
    notice = parse_notice(text.encode("utf-8"), "应急局_整改通知.txt")
    items = ledger.extract_ledger(notice).items
    item = next(i for i in items if "紧急开门装置" in i.problem.text)
    assert "澂江青禾食品有限公司" in _context_text(item, notice)
    assert "澂江鹭洲纸业有限公司" not in _context_text(item, notice)
