"""Ledgers that track each measure (a web page's table whose problem cell spans its measures'
rows, rowspan and colspan) and inspections that rate each task in prose ("此项工作由X副局长负责，
Y股具体承办，Z配合。…考核评定：未按期完成。"). Written for these tests in wordings of their own
(青溪县统计局, 白河县财政局)."""
from __future__ import annotations

from corpus.ledger import extract_ledger
from corpus.load import parse_notice

PAGE = """<html><head><title>青溪县统计局</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a></div>
<div class="article">
<h1>中共青溪县统计局党组关于县委巡察反馈意见整改台账的公示</h1>
<p>县委第二巡察组反馈问题2个，局党组制定整改措施5条，现将整改台账公示如下。</p>
<table>
<tr><th>序号</th><th>反馈问题</th><th>整改措施</th><th>责任人</th><th>完成时间</th><th>进展情况</th></tr>
<tr><td colspan="6">一、统计数据质量方面</td></tr>
<tr><td rowspan="3">1</td><td rowspan="3">基层统计台账不规范，12家企业原始记录缺失</td>
<td>对全县规上企业统计台账开展拉网式核查</td><td rowspan="2">执法股股长许文博</td><td>2025年9月30日</td><td>已完成</td></tr>
<tr><td>编印《企业统计台账填报指引》并组织培训</td><td>2025年10月31日</td><td>阶段性完成（已培训3期）</td></tr>
<tr><td>将台账规范情况纳入年度统计信用评价</td><td>副局长谢安然</td><td>长期</td><td>长期坚持</td></tr>
<tr><td colspan="6">二、干部队伍建设方面</td></tr>
<tr><td rowspan="2">2</td><td rowspan="2">专业统计人员不足</td>
<td>公开遴选统计专业干部2名</td><td>办公室主任洪雨桐</td><td>2025年12月31日</td><td>持续推进</td></tr>
<tr><td>开展统计业务大比武</td><td>办公室主任洪雨桐</td><td>2025年11月30日</td><td>已完成</td></tr>
</table>
<p>青溪县统计局</p><p>2025年11月5日</p>
</div><div class="footer">版权所有</div></body></html>
"""


def _items(text: str, name: str):
    notice = parse_notice(text.encode("utf-8"), name)
    return notice, extract_ledger(notice).items


def test_a_spanned_cell_leaves_a_blank_so_the_columns_stay_in_place():
    notice, _ = _items(PAGE, "青溪县统计局_整改台账.html")
    rows = [line for line in notice.text.splitlines() if "编印《企业统计台账填报指引》" in line]
    assert len(rows) == 1
    cells = [c.strip() for c in rows[0].split("|")]
    # serial, problem and person are spanned from above: blank, the measure in its own column
    assert cells[:3] == ["", "", "编印《企业统计台账填报指引》并组织培训"] and cells[3] == ""


def test_each_measure_of_a_spanning_problem_is_an_item_with_its_own_fields():
    notice, items = _items(PAGE, "青溪县统计局_整改台账.html")
    assert [i.problem.text for i in items] == [
        "对全县规上企业统计台账开展拉网式核查", "编印《企业统计台账填报指引》并组织培训",
        "将台账规范情况纳入年度统计信用评价", "公开遴选统计专业干部2名", "开展统计业务大比武"]
    assert [i.status for i in items] == ["完成", "阶段性成效", "长期坚持", "推进中", "完成"]
    # the person cell spanning two measures answers for both; the third names its own (a
    # 责任人 column is the items' leaders, even with no office column beside it)
    assert [[s.text for s in i.leaders] for i in items[:3]] == [["执法股股长许文博"], ["执法股股长许文博"],
                                                              ["副局长谢安然"]]
    assert not any(i.lead for i in items)
    assert [i.deadline.text for i in items[:2]] == ["2025年9月30日", "2025年10月31日"]
    # the problem heads its measures, under the category row
    assert [h.text for h in items[1].section[-2:]] == ["一、统计数据质量方面", "基层统计台账不规范，12家企业原始记录缺失"]
    assert items[3].section[-1].text == "专业统计人员不足"
    for item in items:
        for span in (item.problem, *item.leaders):
            assert notice.text[span.start:span.end] == span.text


INSPECTION = """白河县财政局关于2025年重点工作任务督查情况的通报
一、总体情况
全年确定重点任务4项，前三季度应完成3项。
二、任务推进情况
（一）上半年任务
1.完成县级预算绩效目标编审。此项工作由钱沐阳副局长负责，预算股具体承办，各预算单位配合。全县86个预算单位全部编报绩效目标。考核评定：按期完成。
2.推进政府采购电子化交易。此项工作由钱沐阳副局长负责，政府采购股具体承办，县公共资源交易中心配合。电子化交易平台因系统对接问题推迟上线。考核评定：未按期完成。
（二）下半年任务
3.开展财会监督专项行动。此项工作由韩知秋总会计师负责，会计监督股具体承办。已检查单位32家。考核评定：按期完成。
4.编制中期财政规划。此项工作由郑怀远局长负责，综合股具体承办。规划初稿已形成。目前进展：正在推进。
白河县财政局
2025年10月20日
"""


def test_a_person_and_an_office_in_one_sentence_are_leader_lead_and_helpers():
    notice, items = _items(INSPECTION, "白河县财政局_督查通报.txt")
    assert [i.problem.text for i in items] == ["完成县级预算绩效目标编审", "推进政府采购电子化交易",
                                               "开展财会监督专项行动", "编制中期财政规划"]
    assert [[s.text for s in i.leaders] for i in items] == [["钱沐阳副局长"], ["钱沐阳副局长"],
                                                            ["韩知秋总会计师"], ["郑怀远局长"]]
    assert [[s.text for s in i.lead] for i in items] == [["预算股"], ["政府采购股"], ["会计监督股"], ["综合股"]]
    assert [s.text for s in items[1].helpers] == ["县公共资源交易中心"]


def test_an_inspection_verdict_closing_a_task_is_its_status():
    _, items = _items(INSPECTION, "白河县财政局_督查通报.txt")
    assert [i.status for i in items] == ["完成", "推进中", "完成", "推进中"]
    assert items[1].status_quote.text.startswith("考核评定：未按期完成")
    # the verdict is no measure of the task
    assert not any("考核评定" in m.text for i in items for m in i.measures)


def test_a_task_not_done_on_time_is_asked_by_its_verdict():
    from assistant.ledger_intent import read_ledger_ask
    from assistant.ledger_route import _worded
    _, items = _items(INSPECTION, "白河县财政局_督查通报.txt")
    for question in ("白河县财政局哪些重点任务没有按期完成?", "白河县财政局有哪几项工作逾期了?"):
        ask = read_ledger_ask(question)
        assert ask is not None and ask.worded, question
        assert [i.problem.text for i in _worded(items, ask.worded)] == ["推进政府采购电子化交易"]


def test_measures_still_in_progress_are_asked_as_the_ledger_words_them():
    from assistant.ledger_intent import read_ledger_ask
    ask = read_ledger_ask("青溪县统计局巡察整改台账里, 哪些整改措施还在持续推进?")
    assert ask is not None and ask.statuses == ("推进中",)
    from assistant.ledger_intent import is_ledger_word
    assert is_ledger_word("持续") and is_ledger_word("持续推进")  # no topic the items must match
    ask = read_ledger_ask("白河县财政局第二季度有哪些重点任务?")
    assert ask is not None and ask.want == "items"


def test_a_field_assigned_in_a_prose_sentence_is_cited_with_that_sentence():
    from assistant.ledger_answer import NoticeLedger, write_reply
    notice, items = _items(INSPECTION, "白河县财政局_督查通报.txt")
    reply = write_reply("helpers", [NoticeLedger(notice, [items[1]], items)])
    assert "配合单位：县公共资源交易中心[2]" in reply.text
    assert reply.citations[1].quote == "此项工作由钱沐阳副局长负责，政府采购股具体承办，县公共资源交易中心配合"
    reply = write_reply("leader", [NoticeLedger(notice, [items[3]], items)])
    assert reply.citations[1].quote == "此项工作由郑怀远局长负责，综合股具体承办"


REPORT_MD = """# 白河县审计局关于巡察反馈问题整改情况的报告

## 一、整改落实情况

### （一）财务管理方面

**问题1：公务接待费用审批不严，部分接待无公函。**

- 整改措施：修订公务接待管理办法，实行无公函不接待。
- 责任科室：办公室
- 完成时限：2025年8月31日
- 整改进度：已完成

**问题2：固定资产账实不符。**

- 整改措施：开展资产清查，补登资产卡片86张。
- 责任科室：财务审计科
- 完成时限：2025年12月31日
- 整改进度：基本完成。剩余12张卡片年底前补登。

白河县审计局
2025年11月20日
"""


def test_a_markdown_report_reads_bold_problems_and_bulleted_labels():
    notice, items = _items(REPORT_MD, "白河县审计局_整改情况报告.md")
    assert "**" not in notice.text and "\n- " not in notice.text
    assert [i.problem.text for i in items] == ["公务接待费用审批不严，部分接待无公函", "固定资产账实不符"]
    assert [[s.text for s in i.lead] for i in items] == [["办公室"], ["财务审计科"]]
    assert [i.status for i in items] == ["完成", "阶段性成效"]
    from assistant.ledger_intent import read_ledger_ask
    assert read_ledger_ask("白河县审计局哪些问题是基本完成的?").statuses == ("阶段性成效",)


def test_a_row_ending_before_the_columns_spanned_from_above_keeps_them_in_place():
    page = ("<html><body><table>"
            "<tr><td>甲</td><td>乙</td><td rowspan='2'>丙</td><td rowspan='2'>丁</td></tr>"
            "<tr><td>戊</td></tr>"
            "<tr><td>己</td><td>庚</td><td>辛</td><td>壬</td></tr>"
            "</table></body></html>")
    notice = parse_notice(page.encode("utf-8"), "白河县_表格.html")
    rows = [line for line in notice.text.splitlines() if "|" in line]
    assert [len([c for c in r.split("|")][:-1]) for r in rows] == [4, 4, 4]
    assert rows[1].split("|")[0].strip() == "戊"


def test_which_bureau_leader_is_a_leader_asked():
    from assistant.ledger_route import wanted_field
    assert wanted_field("这几项分别由哪位局领导负责?") == "leader"
    assert wanted_field("哪位分管领导牵头?") == "leader"
    assert wanted_field("由哪个科室负责?") == "lead"


def test_a_per_measure_ledger_is_counted_and_listed_by_its_problems():
    from assistant.ledger_intent import read_ledger_ask
    from assistant.ledger_problems import asks_problems, by_problem
    from assistant.ledger_route import answer_ledger

    notice, items = _items(PAGE, "青溪县统计局_整改台账.html")
    assert [i.of_problem.text for i in items] == ["基层统计台账不规范，12家企业原始记录缺失"] * 3 + [
        "专业统计人员不足"] * 2
    problems = by_problem(items)
    assert [p.problem.text for p in problems] == ["基层统计台账不规范，12家企业原始记录缺失", "专业统计人员不足"]
    # a problem is as open as its most open measure, quoted from that measure
    assert [p.status for p in problems] == ["阶段性成效", "推进中"]
    assert problems[0].status_quote.text == "阶段性完成（已培训3期）"
    assert [m.text for m in problems[1].measures] == ["公开遴选统计专业干部2名", "开展统计业务大比武"]
    for p in problems:
        for span in (p.problem, p.status_quote, *p.measures, *p.lead):
            assert notice.text[span.start:span.end] == span.text
    assert asks_problems("巡察组反馈了多少个问题?") and not asks_problems("问题有哪些整改措施?")

    def answer(question):
        return answer_ledger(read_ledger_ask(question), [notice.doc_id], {notice.doc_id: notice},
                             lambda d: extract_ledger(notice), lambda topic: None, question)

    assert "共2项" in answer("青溪县统计局巡察反馈了多少个问题?").text
    assert "共5项" in answer("青溪县统计局一共有多少条整改措施?").text
    # the notice's own count of problems is quoted beside the count, not its count of measures
    stated = PAGE.replace("县委第二巡察组反馈问题2个", "县委第二巡察组指出2个方面2个问题")
    notice = parse_notice(stated.encode("utf-8"), "青溪县统计局_整改台账.html")
    reply = answer_ledger(read_ledger_ask("青溪县统计局巡察反馈了多少个问题?"), [notice.doc_id],
                          {notice.doc_id: notice}, lambda d: extract_ledger(notice), lambda topic: None,
                          "青溪县统计局巡察反馈了多少个问题?")
    assert "共2项" in reply.text and "县委第二巡察组指出2个方面2个问题" in reply.text
