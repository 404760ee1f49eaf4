"""The ledger extractor on the shipped notices and on short notices written in other wordings.

The pattern tests of the variant notices under tests/data/ledger live in
tests/test_ledger_patterns.py; these check the shipped notices' counts against what the
notices state or what a careful reader counts, and each module's rules on minimal texts.
"""
from __future__ import annotations

import doctest
from collections import Counter

import pytest

import corpus
from corpus.ledger import assignment, deadlines, extract, status, tables, totals
from corpus.ledger import check_totals, extract_ledger


def _ledger(name: str):
    notice = corpus.load_notice(corpus.shipped_notices_dir() / name)
    return notice, extract_ledger(notice)


@pytest.mark.parametrize("module", [assignment, deadlines, extract, status, totals])
def test_module_examples(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("name", sorted(p.name for p in corpus.shipped_notices_dir().iterdir()))
def test_every_span_is_the_notice_text(name):
    notice, ledger = _ledger(name)
    assert ledger.items
    for item in ledger.items:
        fields = [item.problem, *item.measures, *item.lead, *item.section]
        fields += [f for f in (item.status_quote, item.deadline) if f is not None]
        for span in fields:
            assert notice.text[span.start:span.end] == span.text and span.text.strip()


def test_jinan_report_counts_match_what_it_states():
    _, ledger = _ledger("000_b11a1ea20a8bf83a.txt")
    counts = Counter(item.status for item in ledger.items)
    assert len(ledger.items) == 26
    assert counts == {"完成": 9, "阶段性成效": 13, "长期坚持": 4}
    check = check_totals(ledger)
    assert check.agrees is True and check.stated["总数"] == 26
    first = ledger.items[0]
    assert first.deadline.text == "2021年12月底前" and first.due_date == "2021-12-31"
    assert first.measures[0].text.startswith("一是理清工作思路")  # the 整改情况: label is cut


def test_dongguan_aimed_at_items_with_sub_measures():
    _, ledger = _ledger("002_312f4fbce6d84a6f.txt")
    assert len(ledger.items) == 28  # 七大方面、28项问题
    assert check_totals(ledger).agrees is True
    law = next(i for i in ledger.items if i.problem.text == "行政执法不规范问题")
    assert len(law.measures) == 4  # its (1)…(4) are measures, not problems
    assert law.status == "未说明"
    card = next(i for i in ledger.items if i.problem.text.startswith("公务卡结算"))
    assert card.status == "推进中" and card.due_date == "2021-09-30"


def test_zhejiang_plan_leads_and_timing():
    _, ledger = _ledger("001_ecc79a59d6b2dddb.txt")
    assert {i.status for i in ledger.items} == {"未说明"}  # a plan states no progress
    by_problem = {i.problem.text: i for i in ledger.items}
    item = by_problem["推进全省应急管理系统开展线上学习"]
    assert [s.text for s in item.lead] == ["人事处", "宣教中心"]
    assert item.deadline.text == "全年实施"
    assert not any(m.text.endswith(("负责)", "实施)")) for i in ledger.items for m in i.measures)


def test_zhongshan_long_term_section():
    _, ledger = _ledger("003_e0255f2b0979fd34.txt")
    long_term = [i for i in ledger.items if i.status == "长期坚持"]
    assert len(long_term) == 3
    assert all(i.status_quote.text == "需长期整改事项" and i.deadline is None for i in long_term)
    assert all("需长期整改事项" in i.section[0].text for i in long_term)


def test_work_plan_labels_inside_parentheses():
    _, ledger = _ledger("004_d68b0da8e0b90ed2.txt")
    # A plan states no progress; the one measure timed "长期坚持" is a long-term item.
    assert [i.status for i in ledger.items if i.status != "未说明"] == ["长期坚持"]
    first = ledger.items[0]
    assert [s.text for s in first.lead] == ["安全生产综合协调科", "危险化学品安全监督管理科",
                                            "安全生产基础科", "市应急管理综合执法支队"]
    flood = [i for i in ledger.items if i.lead and i.lead[0].text == "防汛抗旱科"]
    assert any(i.deadline.text == "6月—9月" and i.due_date == "2022-09-30" for i in flood)
    assert sum(1 for i in ledger.items if i.lead) >= 0.9 * len(ledger.items)


REPORT = """关于某县卫生健康局巡察整改情况的通报
一、整改工作总体情况
县委巡察组反馈了4个方面问题，细化为5项整改任务，已完成整改3个，需长期坚持的1个，正在推进的1个。
二、巡察反馈问题整改落实情况
（一）党建工作不扎实
1.组织生活会质量不高。个别支部批评与自我批评流于形式。
整改措施：修订支部组织生活会规程，开展专题培训。
整改进展：已完成
2.针对党费收缴不规范问题，我们开展了全面清查，补缴党费2.3万元。目前该问题已整改到位。
（二）财务管理不规范
1.公务用车台账不全。
整改措施：建立用车登记制度。
该问题方案待审定，计划于2025年3月底前完成。
2.医疗设备采购论证不足。
整改措施：完善采购论证流程。需长期坚持。
三、需长期整改的问题
（一）基层医疗人才短缺。
一是与医学院校签订定向培养协议。
三、下一步工作打算
继续巩固整改成果。
"""


def test_report_in_other_wording(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    notice = corpus.load_notice(path)
    ledger = extract_ledger(notice)
    got = [(i.problem.text[:6], i.status) for i in ledger.items]
    assert got == [("组织生活会质", "完成"), ("党费收缴不规", "完成"), ("公务用车台账", "推进中"),
                   ("医疗设备采购", "长期坚持"), ("基层医疗人才", "长期坚持")]
    car = ledger.items[2]
    assert car.deadline.text == "2025年3月底前" and car.due_date == "2025-03-31"
    assert ledger.items[1].problem.text == "党费收缴不规范问题"
    check = check_totals(ledger)
    assert check.stated == {"总数": 5, "完成": 2 + 1, "长期坚持": 1, "推进中": 1}
    assert check.agrees is False  # states 3 done, the items say 2
    assert any("完成" in d for d in check.differences)


PLAN = """某市交通运输局2024年整改工作方案
一、总体要求
坚持问题导向，确保整改到位。
二、整改任务
1.规范行政审批流程。压缩审批时限，推行一网通办。（责任单位：行政审批科、法规科；完成时限：2024年6月底前）
2.加强执法队伍建设。开展全员轮训。
责任单位：执法支队
完成时限：9月底前
3.完善安全监管台账（安全科负责，长期坚持）
三、组织保障
各单位要高度重视。
"""


def test_plan_with_labels_on_lines_of_their_own(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    ledger = extract_ledger(corpus.load_notice(path))
    assert [i.problem.text for i in ledger.items] == ["规范行政审批流程", "加强执法队伍建设",
                                                      "完善安全监管台账"]
    first, second, third = ledger.items
    assert [s.text for s in first.lead] == ["行政审批科", "法规科"]
    assert first.due_date == "2024-06-30"
    assert [s.text for s in second.lead] == ["执法支队"] and second.deadline.text == "9月底前"
    assert second.measures[0].text == "开展全员轮训"
    assert [s.text for s in third.lead] == ["安全科"] and third.deadline.text == "长期坚持"
    assert [i.status for i in ledger.items] == ["未说明", "未说明", "长期坚持"]


TABLE = """某区应急管理局巡察整改台账
序号 | 存在问题 | 整改措施 | 责任单位 | 完成时限 | 整改进展 |
1 | 应急预案更新滞后 | 组织修订区级预案 | 预案科 | 2023年6月 | 已完成 |
2 | 物资储备不足 | 补充储备物资 | 物资科、财务科 | 2023年12月底前 | 推进中 |
 | | 建立动态轮换机制 | | | |
3 | 培训覆盖面窄 | 扩大培训范围 | 培训中心 | 长期 | 长期坚持 |
"""


def test_table_rows(tmp_path):
    path = tmp_path / "table.txt"
    path.write_text(TABLE, encoding="utf-8")
    notice = corpus.load_notice(path)
    ledger = extract_ledger(notice)
    assert [(i.problem.text, i.status) for i in ledger.items] == [
        ("应急预案更新滞后", "完成"), ("物资储备不足", "推进中"), ("培训覆盖面窄", "长期坚持")]
    stock = ledger.items[1]
    assert [m.text for m in stock.measures] == ["补充储备物资", "建立动态轮换机制"]
    assert [s.text for s in stock.lead] == ["物资科", "财务科"]
    assert stock.due_date == "2023-12-31"


def test_a_notice_without_a_ledger(tmp_path):
    path = tmp_path / "meeting.txt"
    path.write_text("关于召开安全生产工作会议的通知\n各科室：\n定于5月10日召开会议，请准时参加。\n"
                    "特此通知。\n", encoding="utf-8")
    ledger = extract_ledger(corpus.load_notice(path))
    assert ledger.items == () and check_totals(ledger).agrees is None


AUDIT = """某市审计局关于审计整改情况的报告
一、审计发现问题整改情况
1.预算编制不够细化问题（已完成整改）
整改措施：修订预算管理办法，细化支出科目。
2.政府采购程序不规范问题（正在整改）
整改措施：组织采购人员专题培训。
3.资产管理台账不健全问题
整改措施：开展资产清查。
整改结果：资产台账已建立，该问题已整改到位。
二、下一步工作
持续巩固整改成果。
"""


def test_status_in_parentheses_and_result_labels(tmp_path):
    path = tmp_path / "audit.txt"
    path.write_text(AUDIT, encoding="utf-8")
    ledger = extract_ledger(corpus.load_notice(path))
    assert [(i.problem.text, i.status) for i in ledger.items] == [
        ("预算编制不够细化问题", "完成"), ("政府采购程序不规范问题", "推进中"),
        ("资产管理台账不健全问题", "完成")]
    assert ledger.items[0].status_quote.text == "已完成整改"
    assert [m.text for m in ledger.items[2].measures] == ["开展资产清查"]


HTML = """<html><body><h1>某区应急管理局关于巡察整改情况的通报</h1>
<p>区委巡察组反馈问题共3项，已完成整改1项，正在推进1项，需长期坚持1项。</p>
<table>
<tr><th>序号</th><th>存在问题</th><th>整改措施</th><th>责任单位</th><th>完成时限</th><th>整改进展</th></tr>
<tr><td>1</td><td>应急预案更新滞后</td><td>组织修订区级预案</td><td>预案管理科</td><td>2023年6月底前</td><td>已完成</td></tr>
<tr><td>2</td><td>物资储备不足</td><td>补充储备物资</td><td>物资保障科、财务科</td><td>2023年12月底前</td><td>正在推进</td></tr>
<tr><td>3</td><td>培训覆盖面窄</td><td>扩大培训范围</td><td>培训中心</td><td>长期</td><td>长期坚持</td></tr>
</table><p>某区应急管理局</p><p>2023年8月1日</p></body></html>"""


def test_html_table_through_the_reader(tmp_path):
    path = tmp_path / "table.html"
    path.write_text(HTML, encoding="utf-8")
    ledger = extract_ledger(corpus.load_notice(path))
    assert [(i.problem.text, i.status, i.due_date) for i in ledger.items] == [
        ("应急预案更新滞后", "完成", "2023-06-30"), ("物资储备不足", "推进中", "2023-12-31"),
        ("培训覆盖面窄", "长期坚持", None)]
    check = check_totals(ledger)
    assert check.agrees is True and check.stated["总数"] == 3


def test_docx_table_through_the_reader(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("某县交通运输局整改工作台账")
    document.add_paragraph("一、整改任务清单")
    rows = [["序号", "整改任务", "具体措施", "牵头单位", "时间节点"],
            ["1", "规范行政审批", "压缩审批时限", "审批科", "2024年3月"],
            ["2", "加强执法监督", "开展案卷评查", "法规科、执法大队", "持续推进"]]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("二、工作要求")
    document.add_paragraph("各单位要高度重视。")
    path = tmp_path / "plan.docx"
    document.save(path)
    notice = corpus.load_notice(path)
    ledger = extract_ledger(notice)
    assert [(i.problem.text, [s.text for s in i.lead], i.deadline.text) for i in ledger.items] == [
        ("规范行政审批", ["审批科"], "2024年3月"), ("加强执法监督", ["法规科", "执法大队"], "持续推进")]
    assert all(i.status == "未说明" and i.section[0].text == "一、整改任务清单" for i in ledger.items)


FORESTRY = """中共某县林业局党组关于县委第二巡察组反馈意见整改情况的通报
根据县委统一部署，县委第二巡察组于2023年3月至5月对县林业局党组开展了常规巡察。现将整改情况通报如下。
一、整改工作开展情况
局党组高度重视，成立整改工作领导小组。
二、反馈问题整改落实情况
（一）关于落实党中央决策部署不到位的问题
问题一：林长制落实不够到位。部分乡镇林长巡林记录不全。
整改落实情况：制定林长巡林制度，开展专项督查3次。
整改状态：已办结。
问题二：森林防火宣传不够深入。
整改落实情况：在重点林区新设宣传牌120块。
整改状态：持续推进，计划于2024年3月底前完成。
（二）关于全面从严治党不力的问题
问题三：“三重一大”制度执行不严。
整改落实情况：修订党组议事规则。
整改状态：已取得阶段性成效，预计2023年12月底前全部完成。
问题四：干部队伍老化。
整改落实情况：通过公开招考补充人员。
整改状态：需长期坚持。
三、下一步打算
持续抓好整改。
中共某县林业局党组
2023年9月1日
"""


def test_items_opened_by_labels(tmp_path):
    path = tmp_path / "forestry.txt"
    path.write_text(FORESTRY, encoding="utf-8")
    ledger = extract_ledger(corpus.load_notice(path))
    assert [(i.problem.text[:8], i.status) for i in ledger.items] == [
        ("林长制落实不够到", "完成"), ("森林防火宣传不够", "推进中"), ("“三重一大”制度", "阶段性成效"),
        ("干部队伍老化", "长期坚持")]
    assert ledger.items[1].due_date == "2024-03-31" and ledger.items[2].due_date == "2023-12-31"
    assert ledger.items[0].section[-1].text == "（一）关于落实党中央决策部署不到位的问题"


# A markdown report whose title is a heading naming the rectification, a summary part in prose
# and a table whose open-ended item is due "长期坚持" and reads "持续推进".
TITLED_TABLE = """# 青禾县林业局党组关于县委巡察反馈问题整改落实情况的报告

## 一、整改工作总体情况

局党组召开专题会议3次。对涉及资金的问题，会同县财政局开展核查。

## 二、整改台账

| 序号 | 问题 | 整改措施 | 责任股室 | 完成时限 | 进展 |
| --- | --- | --- | --- | --- | --- |
| 1 | 护林员考勤不实 | 启用巡护打卡系统 | 资源股 | 2025年4月30日前 | 已完成 |
| 2 | 党建责任落实层层衰减 | 签订党建责任书 | 办公室 | 长期坚持 | 持续推进 |

## 三、下一步打算

持续巩固整改成果。
"""


def test_a_titled_report_keeps_its_summary_out_and_reads_long_term_timings(tmp_path):
    path = tmp_path / "forest.md"
    path.write_text(TITLED_TABLE, encoding="utf-8")
    items = extract_ledger(corpus.load_notice(path)).items
    assert [i.problem.text for i in items] == ["护林员考勤不实", "党建责任落实层层衰减"]
    assert [i.status for i in items] == ["完成", "长期坚持"]
    assert items[1].deadline.text == "长期坚持"
