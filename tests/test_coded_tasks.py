"""A "三单" plan: problems numbered "问题N：", tasks coded by their problem ("2-1 …"), and a
责任清单 giving each office its codes. Written for this test in other wordings (a county
medical-insurance bureau, 负责/协助 for 牵头/配合, full-width hyphens). No index."""
from __future__ import annotations

from corpus.ledger import extract_ledger
from corpus.load import parse_notice

PLAN = (
    "桐岭县医疗保障局关于县委巡察反馈意见的整改方案\n"
    "一、问题清单\n"
    "问题1：定点医药机构监管不到位，2025年有4家定点药店串换药品未被及时发现。\n"
    "问题2：医保经办服务不便民，异地就医备案平均办理时长超过3个工作日。\n"
    "问题3：干部作风不实，个别窗口人员服务态度生硬。\n"
    "二、任务清单\n"
    "1-1 对全县126家定点医药机构开展全覆盖检查，追回违规基金。完成时限：2026年4月底前。\n"
    "1-2 上线医保智能监控系统，药品进销存数据实时比对。完成时限：2026年8月底前。\n"
    "2－1 推行异地就医备案“网上办、掌上办”，备案即时办结。完成时限：已于2026年2月10日完成。\n"
    "2－2 在12个乡镇便民服务中心设立医保服务站。完成时限：2026年6月底前。\n"
    "3-1 开展窗口服务作风专项整治，实行服务“好差评”。完成时限：长期坚持。\n"
    "三、责任清单\n"
    "基金监管股（分管领导：副局长邴晓岚）：负责1-1、1-2，协助3-1。\n"
    "经办服务股（分管领导：副局长庾承泽）：负责2-1、2-2。\n"
    "办公室：负责3-1。\n"
    "桐岭县医疗保障局\n2026年1月28日\n")


def _items():
    notice = parse_notice(PLAN.encode("utf-8"), "桐岭县医疗保障局_巡察整改方案.txt")
    return notice, extract_ledger(notice).items


def test_the_tasks_are_the_items_each_under_its_problem():
    notice, items = _items()
    assert [i.problem.text[:8] for i in items] == [
        "对全县126家定", "上线医保智能监控", "推行异地就医备案", "在12个乡镇便民", "开展窗口服务作风"]
    assert items[2].of_problem.text.startswith("医保经办服务不便民")
    assert items[4].of_problem.text.startswith("干部作风不实")
    for item in items:
        for span in (item.problem, item.of_problem, *item.lead, *item.leaders, *item.helpers):
            assert notice.text[span.start:span.end] == span.text


def test_the_duty_list_gives_each_task_its_office_leader_and_helpers():
    _, items = _items()
    assert [s.text for s in items[1].lead] == ["基金监管股"]
    assert [s.text for s in items[1].leaders] == ["副局长邴晓岚"]
    assert [s.text for s in items[3].lead] == ["经办服务股"]
    assert [s.text for s in items[4].lead] == ["办公室"]
    assert [s.text for s in items[4].helpers] == ["基金监管股"]


def test_a_deadline_that_says_it_was_met_is_done_and_long_term_is_long_term():
    _, items = _items()
    assert items[2].status == "完成" and items[2].status_quote.text == "已于2026年2月10日完成"
    assert items[4].status == "长期坚持"
    assert items[0].status == "未说明" and items[0].deadline.text == "2026年4月底前"


def test_a_cooperative_signing_its_report_is_its_agency():
    report = ("黎川市供销合作社联合社2025年工作总结\n一、主要工作\n全年销售总额12.4亿元。\n"
              "黎川市供销合作社联合社\n2025年12月20日\n")
    notice = parse_notice(report.encode("utf-8"), "黎川市供销社_工作总结.txt")
    assert notice.meta.agency == "黎川市供销合作社联合社"


def test_a_cooperatives_and_a_trading_centres_short_names():
    from corpus.agencies import agency_matches
    assert agency_matches("黎川市供销社", "黎川市供销合作社联合社")
    assert agency_matches("桐岭县交易中心", "桐岭县公共资源交易中心")
    assert not agency_matches("桐岭县交易中心", "桐岭县医疗保障局")


def test_an_office_of_the_duty_list_is_cited_with_its_leader_and_tasks():
    from assistant.ledger_answer import _stated_clause
    notice, items = _items()
    lead = items[1].lead[0]
    start, end = _stated_clause(notice.text, lead.start, lead.end)
    assert notice.text[start:end] == "基金监管股（分管领导：副局长邴晓岚）：负责1-1、1-2，协助3-1。"
    leader = items[1].leaders[0]
    assert _stated_clause(notice.text, leader.start, leader.end) == (start, end)


def test_the_nth_problem_gathers_its_tasks():
    from assistant.ledger_problems import by_problem
    _, items = _items()
    problems = by_problem(items)
    assert [p.problem.text[:9] for p in problems] == ["定点医药机构监管不", "医保经办服务不便民", "干部作风不实，个别"]
    second = problems[1]
    assert [m.text[:6] for m in second.measures] == ["推行异地就医", "在12个乡镇"]
    assert [s.text for s in second.lead] == ["经办服务股"]


def test_a_quote_of_a_problem_alone_quotes_each_of_its_tasks():
    from assistant.evidence import span_evidence
    from assistant.ledger_route import cited_items
    from corpus.ledger import extract_ledger as ledger_of_notice
    notice, items = _items()
    quote = "医保经办服务不便民，异地就医备案平均办理时长超过3个工作日。"
    start = notice.text.index(quote)
    citation = span_evidence(notice, start, start + len(quote)).cite(1)
    ledger = ledger_of_notice(notice)
    cited = cited_items([citation], lambda doc_id: ledger)
    assert [i.problem.text[:6] for i in cited] == ["推行异地就医", "在12个乡镇"]


def test_an_areas_labelled_problem_lines_are_its_points():
    from assistant.outline import labelled_lines
    text = ("（二）服务群众方面\n问题3：窗口排队时间长，高峰期超过40分钟。\n"
            "问题4：网上办事指引不清。部分事项说明缺失。\n（三）作风方面\n")
    start = text.index("\n") + 1
    points = labelled_lines(text, start, text.index("（三）"))
    assert [text[s:e] for s, e in points] == ["问题3：窗口排队时间长，高峰期超过40分钟。",
                                              "问题4：网上办事指引不清。"]
    assert labelled_lines("一、目标\n全年完成3项任务。\n问题1：无。\n", 5, 20) == []  # not every line


def test_a_task_is_about_its_problem_too():
    from assistant.ledger_answer import _item_text
    _, items = _items()
    assert "医保经办服务不便民" in _item_text(items[3])  # "在12个乡镇…" names no 经办服务
