"""A task breakdown by office: one section per office ("## 业务指导科") over numbered tasks whose
closing fields name their problem by number, their time limit and helpers, and whose state is a
bracketed word ("【已办结】"). Written for this test (a county 档案馆 and a city 审计局, wordings
unlike the probe notice). No index."""
from __future__ import annotations

from corpus.ledger import extract_ledger
from corpus.ledger.status import classify
from corpus.load import parse_notice

BREAKDOWN = (
    "# 中共棠溪县档案馆党支部审计反馈问题整改任务清单\n\n"
    "县审计局在2025年度经济责任审计中指出3个问题，馆党支部制定整改任务4项，分解到科室。\n\n"
    "## 问题清单\n\n"
    "- 问题1：档案数字化加工进度滞后，馆藏数字化率仅为38%。\n"
    "- 问题2：库房温湿度监控不到位，部分设备长期故障。\n"
    "- 问题3：公务用车使用登记不规范。\n\n"
    "## 业务指导科\n\n"
    "科室负责人：业务指导科科长柯明远；分管领导：副馆长甘露\n\n"
    "1. 制定数字化加工三年计划，年内完成馆藏档案数字化12万卷（对应问题1；2026年12月底前）【正在办理】\n"
    "2. 对外包加工企业开展季度质量抽检（对应问题1；长期坚持）【常态化】\n\n"
    "## 保管利用科\n\n"
    "分管领导：副馆长石青\n\n"
    "1. 更换库房恒温恒湿设备6台，建立设备巡检台账（对应问题2；2026年3月底前；配合：综合科）【已办结】\n"
    "2. 规范公务用车出车登记，实行一车一档（对应问题3；2026年1月底前）【已办结】\n\n"
    "## 整改督导\n\n"
    "馆长对整改工作负总责，各科室每月5日前报送整改进展。\n")


def _items():
    notice = parse_notice(BREAKDOWN.encode("utf-8"), "棠溪县档案馆_整改任务清单.md")
    return notice, extract_ledger(notice).items


def test_the_issuer_is_the_party_branch_of_the_title():
    notice, _ = _items()
    assert notice.meta.agency == "棠溪县档案馆"


def test_tasks_are_the_items_and_the_listed_problems_are_theirs():
    _, items = _items()
    assert [i.problem.text[:8] for i in items] == ["制定数字化加工三", "对外包加工企业开", "更换库房恒温恒湿",
                                                   "规范公务用车出车"]
    assert [i.of_problem.text[:8] for i in items] == ["档案数字化加工进", "档案数字化加工进", "库房温湿度监控不",
                                                      "公务用车使用登记"]


def test_each_task_keeps_its_state_time_limit_helpers_and_section_office():
    _, items = _items()
    assert [i.status for i in items] == ["推进中", "长期坚持", "完成", "完成"]
    assert [i.status_quote.text for i in items] == ["正在办理", "常态化", "已办结", "已办结"]
    assert [i.deadline.text for i in items] == ["2026年12月底前", "长期坚持", "2026年3月底前", "2026年1月底前"]
    assert [[x.text for x in i.lead] for i in items] == [["业务指导科"]] * 2 + [["保管利用科"]] * 2
    assert [[x.text for x in i.leaders] for i in items] == [["副馆长甘露"]] * 2 + [["副馆长石青"]] * 2
    assert [x.text for x in items[2].helpers] == ["综合科"]
    assert "对应问题" not in items[0].problem.text


def test_a_task_naming_its_own_office_keeps_it():
    text = BREAKDOWN.replace("（对应问题3；2026年1月底前）", "（对应问题3；牵头：综合科；2026年1月底前）")
    items = extract_ledger(parse_notice(text.encode("utf-8"), "x.md")).items
    assert [x.text for x in items[3].lead] == ["综合科"]


def test_a_constant_state_is_long_term_but_a_constant_mechanism_is_no_state():
    assert classify("常态化").status == "长期坚持"
    assert classify("建立常态化机制") is None


def test_a_problem_asked_by_its_number_lists_the_tasks_naming_it():
    from assistant.ledger_intent import read_ledger_ask
    from assistant.ledger_route import answer_ledger

    notice, _ = _items()
    ledger = extract_ledger(notice)
    question = "棠溪县档案馆问题1有哪些整改任务?"
    # a topic scorer that would pick the tasks sharing the question's words
    reply = answer_ledger(read_ledger_ask(question), [notice.doc_id], {notice.doc_id: notice},
                          lambda d: ledger, lambda topic: (lambda text, context: 1.0), question)
    cited = " ".join(c.quote for c in reply.citations)
    assert "数字化加工三年计划" in cited and "季度质量抽检" in cited
    assert "恒温恒湿" not in cited and "一车一档" not in cited


def test_the_tasks_a_named_leader_answers_for():
    from assistant.ledger_intent import read_ledger_ask
    from assistant.ledger_route import answer_ledger

    notice, _ = _items()
    ledger = extract_ledger(notice)
    question = "棠溪县档案馆的整改任务中, 副馆长石青负责哪几项?"
    ask = read_ledger_ask(question)
    assert ask is not None
    reply = answer_ledger(ask, [notice.doc_id], {notice.doc_id: notice}, lambda d: ledger,
                          lambda topic: (lambda text, context: 1.0), question)
    cited = " ".join(c.quote for c in reply.citations)
    assert "恒温恒湿" in cited and "一车一档" in cited
    assert "数字化加工三年计划" not in cited


def test_a_problem_reference_needs_its_verb_in_a_field_but_stands_alone_as_a_field() -> None:
    from corpus.ledger.by_code import is_problem_ref, problem_ref

    line = "建立台账（针对问题3、4；2026年6月底前）"
    assert problem_ref(line, 0, len(line)) == 3
    bare = "完成问题2的复核，涉及问题5"  # the first "问题2" is the task's own words
    assert problem_ref(bare, 0, len(bare)) == 5
    assert is_problem_ref(" 问题3和问题4 ") and is_problem_ref("对应问题12")
    assert not is_problem_ref("问题3整改到位") and not is_problem_ref("配合：综合科")
