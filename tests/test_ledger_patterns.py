"""Pattern tests of the ledger extractor on the variant notices under tests/data/ledger.

The notices are written in other wordings and layouts than the five shipped ones (other
agencies, status lines, parentheticals, labels on their own lines, long-term headings, tables
in html/docx/pdf, a report without statuses, a notice without a ledger). What a correct
extractor must give comes from the ledger gold (eval/ledger_gold.jsonl, labelled by reading
the notices; rules in eval/LEDGER_GOLD.md) plus the pattern-specific checks below.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import corpus
from corpus.ledger import check_totals, extract_ledger
from eval.ledger import ROOT, load_gold, load_gold_notices
from eval.ledger_files import materialize

VARIANTS = [n for n in load_gold_notices() if n.file.startswith("tests/data/ledger/")]
GOLD = load_gold()


def _ids(notice) -> str:
    return Path(notice.file).name


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("ledger-variants")


def load(name: str, folder: Path):
    notice = corpus.load_notice(materialize(ROOT / "tests/data/ledger" / name, folder))
    return notice, extract_ledger(notice)


def by_problem(ledger, quote: str):
    found = [item for item in ledger.items if quote in item.problem.text]
    assert len(found) == 1, f"{quote}: {len(found)} items hold it"
    return found[0]


def _exact(text: str, span) -> bool:
    return span is None or text[span.start:span.end] == span.text


@pytest.mark.parametrize("gold_notice", VARIANTS, ids=_ids)
def test_variant_items_fields_and_spans(gold_notice, folder) -> None:
    notice, ledger = load(Path(gold_notice.file).name, folder)
    gold = [g for g in GOLD if g.file == gold_notice.file]
    # item count as a careful reader counts
    assert len(ledger.items) == gold_notice.items, [i.problem.text for i in ledger.items]
    # every span is the cleaned text at its offsets
    for item in ledger.items:
        spans = [item.problem, *item.measures, *item.section, *item.lead, item.status_quote,
                 item.deadline]
        assert all(_exact(notice.text, s) for s in spans), item.problem.text
    # the items in the notice's order, each with its fields
    problems = [next((i for i, item in enumerate(ledger.items) if g.problem in item.problem.text), None)
                for g in gold]
    assert None not in problems, [g.problem for g, p in zip(gold, problems) if p is None]
    assert problems == sorted(problems)
    for g in gold:
        item = by_problem(ledger, g.problem)
        if g.measure:
            assert any(g.measure in m.text for m in item.measures), (g.problem, g.measure)
        assert item.status == g.status, (g.problem, item.status)
        if g.status_quote:
            assert item.status_quote is not None and g.status_quote in item.status_quote.text \
                or item.status_quote is not None and item.status_quote.text in g.status_quote, g.problem
        else:
            assert item.status_quote is None, g.problem
        got = item.deadline.text if item.deadline else None
        assert got == g.deadline, (g.problem, got)
        assert sorted(s.text.strip() for s in item.lead) == sorted(g.lead), g.problem


# ------------------------------------------------------------- pattern-specific checks


def test_report_status_wordings_and_its_agreeing_totals(folder) -> None:
    notice, ledger = load("01_市生态环境局_巡察整改通报.txt", folder)
    assert [i.status for i in ledger.items] == ["完成", "阶段性成效", "完成", "完成", "长期坚持", "完成"]
    assert by_problem(ledger, "大气污染防治攻坚力度不够").status_quote.text.startswith("已整改到位")
    # the numbered problem sits under its group heading
    item = by_problem(ledger, "落实“一岗双责”不到位")
    assert any("全面从严治党方面" in s.text for s in item.section)
    assert check_totals(ledger).agrees is True


def test_stated_totals_that_do_not_match_are_reported(folder) -> None:
    _, ledger = load("02_县卫生健康委_整改进展通报.txt", folder)
    statuses = [i.status for i in ledger.items]
    assert statuses.count("完成") == 4 and statuses.count("推进中") == 3
    check = check_totals(ledger)
    assert check.agrees is False  # the notice states 已完成整改5个, its items show 4
    assert check.stated.get("完成") == 5 and check.counted.get("完成") == 4
    assert any("完成" in d for d in check.differences)
    item = by_problem(ledger, "区域全民健康信息平台尚未建成")
    assert item.status == "推进中" and item.deadline.text == "2024年10月底前"
    assert item.due_date == "2024-10-31"


def test_zhendui_items_take_their_numbered_children_as_measures(folder) -> None:
    _, ledger = load("03_区市场监管局_针对问题整改报告.txt", folder)
    assert len(ledger.items) == 6  # the 关于…方面的问题 headings are sections, not items
    platform = by_problem(ledger, "网络订餐平台入网商户资质审核不严")
    assert len(platform.measures) == 2
    assert "约谈辖区3家网络订餐平台负责人" in platform.measures[0].text
    assert "下线无证经营商户47家" in platform.measures[1].text
    assert platform.status == "推进中"
    integrity = by_problem(ledger, "廉政风险防控措施落实不到位")
    assert len(integrity.measures) == 3 and integrity.status == "长期坚持"
    lift = by_problem(ledger, "老旧小区电梯维保质量不高")
    assert lift.status == "阶段性成效" and lift.deadline.text == "2024年3月底前"
    assert by_problem(ledger, "执法人员持证上岗率不高").status == "未说明"


def test_plan_parentheticals_in_other_forms(folder) -> None:
    _, ledger = load("04_省交通运输厅_巡视整改方案.txt", folder)
    bid = by_problem(ledger, "规范重大项目招投标管理")
    assert [s.text for s in bid.lead] == ["建设管理处"] and bid.deadline.text == "2024年6月底前"
    quality = by_problem(ledger, "加强工程质量安全监管")  # 配合单位 is not a lead
    assert [s.text for s in quality.lead] == ["安全监督处"]
    assert quality.deadline.text == "长期坚持"
    roads = by_problem(ledger, "加快农村公路建设进度")
    assert [s.text for s in roads.lead] == ["规划处", "建设管理处"]
    funds = by_problem(ledger, "规范专项资金使用管理")  # （财务科负责，9月底前完成）
    assert [s.text for s in funds.lead] == ["财务处"] and funds.deadline.text == "9月底前"
    assert by_problem(ledger, "整治执法领域不正之风").deadline.text == "持续推进"
    assert all(i.status in ("未说明", "长期坚持") for i in ledger.items)


def test_labels_on_their_own_lines(folder) -> None:
    _, ledger = load("05_市水务局_防汛任务清单.txt", folder)
    checks = by_problem(ledger, "开展汛前检查")
    assert [s.text for s in checks.lead] == ["工程建设管理科"]  # not 配合单位：各水管所
    assert checks.deadline.text == "2024年5月15日前"
    warning = by_problem(ledger, "完善山洪灾害预警发布机制")
    assert sorted(s.text for s in warning.lead) == ["农村水利科", "防汛办"]
    assert warning.deadline.text == "汛期前"
    team = by_problem(ledger, "组建市级防汛抢险突击队")
    assert sorted(s.text for s in team.lead) == ["水政监察支队", "防汛办"]
    # the label lines belong to the item above them, never to the next one
    assert not any("责任单位" in i.problem.text for i in ledger.items)


def test_items_under_a_long_term_heading_are_long_term(folder) -> None:
    _, ledger = load("06_县教育局_巡察整改通报.txt", folder)
    assert [i.status for i in ledger.items] == ["完成", "完成", "长期坚持", "长期坚持", "长期坚持", "推进中"]
    for quote in ("城区学校大班额问题仍然存在", "乡村教师队伍不稳定", "学生心理健康教育力量薄弱"):
        item = by_problem(ledger, quote)
        assert "需长期整改" in item.status_quote.text and item.deadline is None
    assert by_problem(ledger, "校舍安全隐患排查整治不到位").status_quote.text == "正在组织整改"


@pytest.mark.parametrize("name", ["07_市住建局_整改进展公示.html", "08_县农业农村局_整改台账.docx",
                                  "09_县交通运输局_整改进展.pdf"])
def test_table_rows_are_items_with_their_columns(name, folder) -> None:
    notice, ledger = load(name, folder)
    rows = [line for line in notice.text.split("\n") if line.count(" | ") >= 4]
    header, body = rows[0], rows[1:]
    assert "整改措施" in header and len(ledger.items) == len(body)
    for row, item in zip(body, ledger.items):
        cells = [c.strip() for c in row.rstrip("|").split(" | ")]
        assert item.problem.text == cells[1]  # 存在问题 / 问题描述
        assert [m.text for m in item.measures] == [cells[2]]  # 整改措施
        assert item.deadline is not None and item.deadline.text == cells[4]  # 完成时限 / 整改时限
        assert ",".join(s.text for s in item.lead).replace("、", ",") == cells[3].replace("、", ",")
        assert item.status_quote is not None and item.status_quote.text == cells[5]


def test_table_totals_agree(folder) -> None:
    for name in ("07_市住建局_整改进展公示.html", "09_县交通运输局_整改进展.pdf"):
        _, ledger = load(name, folder)
        assert check_totals(ledger).agrees is True, name


def test_a_report_without_statuses_says_nothing_about_status(folder) -> None:
    _, ledger = load("10_区民政局_巡察整改通报.txt", folder)
    assert len(ledger.items) == 4
    for item in ledger.items:
        assert item.status == "未说明" and item.status_quote is None and item.deadline is None
        assert item.measures  # its 整改情况
    assert check_totals(ledger).agrees is None


def test_a_meeting_notice_has_no_ledger(folder) -> None:
    _, ledger = load("11_市统计局_会议通知.txt", folder)
    assert ledger.items == ()
    assert check_totals(ledger).agrees is None


def test_a_total_counted_after_the_handed_over_problems_is_read() -> None:
    """"反馈问题4个" / "发现问题12个" (held-out probe wording) state a total without 共;
    "已整改问题5个" is a status count, not a total."""
    from corpus.ledger.totals import stated_totals

    text = "巡察组进行了巡察，反馈问题4个。截至6月30日，已完成整改2个，需长期坚持2个。"
    assert [(t.status, t.count) for t in stated_totals("d", text, [])] == [
        (None, 4), ("完成", 2), ("长期坚持", 2)]
    assert [(t.status, t.count) for t in stated_totals("d", "督查发现问题12个。", [])] == [(None, 12)]
    assert [(t.status, t.count) for t in stated_totals("d", "已整改问题5个。", [])] == [("完成", 5)]


def test_the_last_point_before_a_closing_paragraph_stops_at_its_labels() -> None:
    """Held-out wording (a 工作要点 with 牵头单位/配合单位 labels on each point's line): the last
    point, followed by an unnumbered closing paragraph, keeps its labels out of its problem as
    the points above do."""
    text = ("某区卫生健康委员会2025年工作要点\n一、提升应急处置能力\n"
            "1.修订突发公共卫生事件应急预案。牵头单位：卫生应急办公室；配合单位：区疾控中心。\n"
            "2.充实卫生应急物资储备。牵头单位：规划财务科；配合单位：卫生应急办公室。\n"
            "各牵头单位要细化任务清单，每季度末报送工作进展。\n")
    items = extract_ledger(corpus.parse_notice(text.encode("utf-8"), "x.txt")).items
    assert [i.problem.text for i in items] == ["修订突发公共卫生事件应急预案", "充实卫生应急物资储备"]
    assert [[lead.text for lead in i.lead] for i in items] == [["卫生应急办公室"], ["规划财务科"]]


def test_a_work_plan_in_bracketed_parts_with_closing_assignments() -> None:
    """A 工作要点 whose parts are whole lines in 【】 ("【一、…】") and whose points name the lead
    in a closing sentence ("由园林科具体负责，各街道配合。"): the parts are sections, not measures of
    the point above; the closing sentence gives the lead (not the assisting offices) and is
    not a measure; a "由3元调整至3.5元" inside a measure assigns nothing."""
    text = ("某区城市管理局2025年工作要点\n【一、市容环境提升】\n"
            "（一）公园绿地。改造提升口袋公园8个。由园林科具体负责，各街道配合。\n"
            "（二）停车收费。路内停车收费标准由每小时3元调整至3.5元。\n"
            "【二、执法规范化】\n"
            "（一）执法记录。执法记录仪配备率达到100%。由执法大队、法制科承办。\n")
    notice = corpus.parse_notice(text.encode("utf-8"), "x.txt")
    items = extract_ledger(notice).items
    assert [i.problem.text for i in items] == ["公园绿地", "停车收费", "执法记录"]
    assert [[s.text for s in i.section] for i in items] == [
        ["【一、市容环境提升】"], ["【一、市容环境提升】"], ["【二、执法规范化】"]]
    assert [[lead.text for lead in i.lead] for i in items] == [["园林科"], [], ["执法大队", "法制科"]]
    assert all("由园林科" not in m.text for m in items[0].measures)
    assert all("【" not in m.text for i in items for m in i.measures)


def test_still_being_handled_is_in_progress() -> None:
    """"仍在办理" / "还在推进" in a status cell are in progress, as 正在推进 is."""
    from corpus.ledger.status import classify_word

    assert classify_word("仍在办理").status == "推进中"
    assert classify_word("还在推进，已走访企业20家").status == "推进中"
    assert classify_word("已销号").status == "完成"


def test_a_state_opening_its_statement_is_the_items_state() -> None:
    """"持续推进。" or "部分完成。" opening a status, with deeds done so far after it, is under
    way (not done for an "已完成" among the deeds); "已办结。" before a share is done; clauses
    joined by commas are still read together."""
    from corpus.ledger.status import classify

    assert classify("持续推进。已完成招录方案报批，5月组织笔试").status == "推进中"
    assert classify("部分完成。2个站点已建成投用；其余1个正在选址").status == "推进中"
    assert classify("已办结。12户商户中，9户已补办许可，3户依法关停").status == "完成"
    assert classify("已取得阶段性成效,长期坚持").status == "长期坚持"
    assert classify("台账清理已完成，系统对接正在推进").status == "推进中"


def test_a_prose_assignment_with_its_timing_after_it() -> None:
    """A work plan whose points close "由X牵头，Y配合，2026年9月底前完成。" or "由X牵头，6月底前完成
    首轮排查。", or state the lead by a label and the timing in a sentence of its own
    ("责任股室：养护股。2026年8月底前完成。"): each point has its lead, helper and deadline."""
    text = ("某县水务局2026年工作要点\n一、工程建设\n"
            "1.建成农村供水保障工程3处。由工程建设股牵头，县水利服务中心配合，2026年9月底前完成。\n"
            "2.开展小型水库安全隐患排查。由运行管理股牵头，6月底前完成首轮排查。\n"
            "3.完成堤防除险加固12公里。责任股室：养护股。2026年8月底前完成。\n"
            "4.修订水资源管理办法，由3项调整为5项指标。\n")
    items = extract_ledger(corpus.parse_notice(text.encode("utf-8"), "x.txt")).items
    assert [[lead.text for lead in i.lead] for i in items] == [
        ["工程建设股"], ["运行管理股"], ["养护股"], []]
    assert [h.text for h in items[0].helpers] == ["县水利服务中心"]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2026年9月底前", "6月底前完成首轮排查", "2026年8月底前", None]
