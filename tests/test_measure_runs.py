"""A report whose problems list several measures, each with its own progress, person and time
limit in labelled lines (a .md of nested bullets), is one item per measure under its problem.
Written for this test (a county 水利局). No index."""
from __future__ import annotations

from corpus.ledger import extract_ledger
from corpus.load import parse_notice

REPORT = (
    "# 中共桑岭县水利局党组关于县委巡察反馈意见整改进展情况的报告\n\n"
    "## 一、反馈问题整改进展\n\n"
    "### （一）工程建设管理方面\n\n"
    "- 问题1：小型水库除险加固进度滞后，3座水库未按期完工。\n"
    "  - 措施：倒排工期，实行周调度。\n"
    "    - 进展：已完成。3座水库均于2025年10月完工验收。\n"
    "    - 责任人：副局长覃书远，工程建设股股长戈晓岚\n"
    "    - 时限：2025年10月底\n"
    "  - 措施：建立水库工程质量终身责任制。\n"
    "    - 进展：长期坚持。已签订质量终身责任承诺书12份。\n"
    "    - 责任人：工程建设股股长戈晓岚\n"
    "    - 时限：长期\n"
    "- 问题2：河道采砂监管不严。\n"
    "  - 措施：开展非法采砂专项整治。\n"
    "    - 进展：推进中。已查处非法采砂案件6起，剩余2起正在办理。\n"
    "    - 责任人：河湖管理股股长卜雨晴\n"
    "    - 时限：2025年12月底\n"
    "  - 措施：安装采砂船舶视频监控。\n"
    "    - 进展：已完成。12艘采砂船全部安装。\n"
    "    - 责任人：河湖管理股股长卜雨晴\n"
    "    - 时限：2025年9月底\n\n"
    "中共桑岭县水利局党组\n2025年12月1日\n")


def test_each_measure_is_an_item_under_its_problem():
    notice = parse_notice(REPORT.encode("utf-8"), "桑岭县水利局_巡察整改进展.md")
    items = extract_ledger(notice).items
    assert [i.problem.text for i in items] == [
        "倒排工期，实行周调度。", "建立水库工程质量终身责任制。", "开展非法采砂专项整治。",
        "安装采砂船舶视频监控。"]
    assert [i.status for i in items] == ["完成", "长期坚持", "推进中", "完成"]
    assert [i.deadline.text for i in items] == ["2025年10月底", "长期", "2025年12月底", "2025年9月底"]
    assert items[0].of_problem.text.startswith("小型水库除险加固进度滞后")
    assert items[3].of_problem.text.startswith("河道采砂监管不严")
    assert [s.text for s in items[1].leaders] == ["工程建设股股长戈晓岚"]
    for item in items:
        for span in (item.problem, item.of_problem, item.status_quote, item.deadline, *item.leaders):
            assert notice.text[span.start:span.end] == span.text


def test_a_problem_with_one_measure_is_read_as_before():
    text = ("桑岭县水利局整改进展\n问题1：档案管理不规范。\n措施：聘请专业机构整理档案。\n"
            "进展：已完成。\n时限：2025年6月底\n桑岭县水利局\n2025年7月1日\n")
    notice = parse_notice(text.encode("utf-8"), "桑岭县水利局_整改进展.txt")
    items = extract_ledger(notice).items
    assert all(i.of_problem is None for i in items)


def test_who_answers_for_a_measure_naming_only_its_person_is_that_person():
    from assistant.ledger_answer import NoticeLedger, missing_field, write_reply
    notice = parse_notice(REPORT.encode("utf-8"), "桑岭县水利局_巡察整改进展.md")
    ledger = extract_ledger(notice)
    part = NoticeLedger(notice, [ledger.items[2]], list(ledger.items), ledger.totals)
    assert missing_field("lead", (), part) == ""
    reply = write_reply("lead", [part])
    assert "河湖管理股股长卜雨晴" in reply.text and not reply.abstained
