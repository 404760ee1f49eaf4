"""A report whose problems each carry numbered sub-headings that are its fields ("（1）工作分工。
由副县长X牵头，Y股负责，Z配合。" "（2）主要措施。①…" "（3）当前进展。…"): one item per problem, its
office, leader, measures and state read from them. Written for these tests in wordings of their
own (云岫县自然资源局)."""
from __future__ import annotations

from corpus.ledger import extract_ledger
from corpus.ledger.status import classify
from corpus.load import parse_notice

NOTICE = """云岫县自然资源局关于专项审计发现问题再整改情况的报告

县审计局：
现将专项审计发现问题的再整改情况报告如下。

一、总体情况
审计指出的3个问题已全部制定再整改方案。

二、再整改安排
1.耕地占补平衡指标台账不清问题
（1）工作分工。由副局长柏知远牵头，耕地保护股负责，各乡镇自然资源所配合。
（2）主要措施。①对2021年以来补充耕地项目逐一核对，今年8月底前完成；②建立指标电子台账，实行月度对账。
（3）当前进展。12个项目中已核对9个。
2.违法用地查处不及时问题
（1）工作分工。由副局长卢晚晴负责，执法监察大队具体落实。
（2）主要措施。①对卫片执法发现的图斑实行“周清零”；②对逾期未处置图斑的乡镇进行约谈。
（3）当前进展。图斑处置已全部完成。
3.不动产登记窗口排队时间长问题
（1）工作分工。由局长钟沐阳负责，不动产登记中心承办。
（2）主要措施。增设自助查询机4台，推行“周末不打烊”服务。
（3）当前进展。自助查询机已采购到位，正在调试。

云岫县自然资源局
2025年7月20日
"""


def test_field_sub_headings_make_one_item_with_those_fields():
    notice = parse_notice(NOTICE.encode("utf-8"), "云岫县自然资源局_再整改报告.txt")
    items = [i for i in extract_ledger(notice).items if "问题" in i.problem.text]
    assert [i.problem.text for i in items] == [
        "耕地占补平衡指标台账不清问题", "违法用地查处不及时问题", "不动产登记窗口排队时间长问题"]
    first = items[0]
    assert [s.text for s in first.lead] == ["耕地保护股"]
    assert [s.text for s in first.leaders] == ["副局长柏知远"]
    assert [s.text for s in first.helpers] == ["各乡镇自然资源所"]
    assert any("建立指标电子台账" in m.text for m in first.measures)
    # 9 of 12 checked: still under way; 全部完成: done; 正在调试: under way
    assert [i.status for i in items] == ["推进中", "完成", "推进中"]
    assert items[0].status_quote.text == "12个项目中已核对9个"
    assert [s.text for s in items[1].lead] == ["执法监察大队"]
    for item in items:
        for span in (item.problem, item.status_quote, *item.lead, *item.leaders, *item.measures):
            assert notice.text[span.start:span.end] == span.text


def test_some_of_a_counted_whole_done_is_under_way():
    assert classify("8所学校中已有8所完成整改").status == "完成"
    assert classify("23户中已有15户完成整改").status == "推进中"
    assert classify("全县8所学校里5所已完成").status == "推进中"
