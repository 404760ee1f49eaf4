"""A year's summary report (工作总结) laid out as a county site publishes it, written here for
these tests (石桥县林业局; no shipped notice is laid out so): its problems part has no
numbering, each line opening with a short sentence naming the problem; its leaders' portfolios
are in prose; it is 报送 to the county, not 印发."""
from __future__ import annotations

import corpus
from assistant.issue_date import asks_issue_date, names_notice
from assistant.outline import asked_section, line_leads, named_part, part_citations
from assistant.quantity import asked_kinds, states_kinds

SUMMARY = "\n".join([
    "石桥县林业局2025年工作总结和2026年工作思路",
    "县委、县人民政府：",
    "现将我局2025年工作总结和2026年工作思路报告如下。",
    "一、2025年工作成效",
    "完成人工造林1.2万亩，森林覆盖率达到61.3%。",
    "二、存在的短板和困难",
    "护林员队伍老化。全县护林员平均年龄58岁，巡护能力不足。",
    "林业执法力量不足。全局执法人员仅3人，案件查办周期长。",
    "资金缺口较大。国土绿化项目资金到位率仅为72%。",
    "三、2026年工作思路",
    "局长周立全面负责；副局长吴桐分管资源保护股和执法大队。",
    "石桥县林业局",
    "2025年12月20日",
])


def _notice():
    return corpus.parse_notice(SUMMARY.encode("utf-8"), "summary.txt")


def test_a_part_named_after_the_asking_lists_each_lines_opening_sentence():
    """"总结里提到了哪些短板和困难?" names the part "存在的短板和困难"; its lines, each opening
    with a short sentence, are its points."""
    notice = _notice()
    phrase = asked_section("石桥县林业局2025年工作总结里提到了哪些短板和困难?")
    assert phrase == "短板和困难"
    n = named_part(notice, phrase)
    assert n == 2
    quotes = [c.quote for c in part_citations(notice, n)]
    assert quotes == ["二、存在的短板和困难", "护林员队伍老化。", "林业执法力量不足。", "资金缺口较大。"]
    assert named_part(notice, "问题") is None  # too short to name a part by containment


def test_line_leads_need_every_line_to_open_with_a_short_sentence():
    text = "甲乙丙丁。后面还有很多话。\n这一行没有短句开头而是一直说下去没有停顿的很长的一句话，直到这里。\n"
    assert line_leads(text, 0, len(text)) == []


def test_a_report_is_dated_by_when_it_was_sent_up():
    question = "石桥县林业局2025年工作总结是哪天报送的?"
    assert asks_issue_date(question)
    assert names_notice(question, _notice().meta.title)
    assert not asks_issue_date("石桥县林业局通知的防火数据报送时间是什么时候?")  # an event in it


def test_a_leaders_portfolio_names_the_leader_asked_by_post():
    kinds = asked_kinds("石桥县林业局分管执法大队的是哪位副局长?")
    assert states_kinds("副局长吴桐分管资源保护股和执法大队。", kinds)
    assert not states_kinds("由分管副局长负责执法大队建设。", kinds)
