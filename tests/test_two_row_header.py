"""A ledger table whose header spans two rows ("责任分工" over 牵头领导 / 牵头单位 / 配合单位): the
second row names the columns the first leaves without a role. Written for this test (a county
工商联's plan, other wordings than the probe notice). No index."""
from __future__ import annotations

from corpus.ledger import extract_ledger
from corpus.load import parse_notice

PLAN = (
    "中共棘阳县工商业联合会党组巡察整改方案\n"
    "一、整改任务\n"
    "| 序号 | 问题 | 整改措施 | 责任分工 | 责任分工 | 责任分工 | 完成时限 |\n"
    "|  |  |  | 牵头领导 | 牵头单位 | 配合单位 |  |\n"
    "| 1 | 会员服务不到位 | 建立会员企业走访制度 | 柯岚 | 会员服务部 | 办公室 | 2026年6月底前 |\n"
    "| 2 | 商会组织建设滞后 | 新建乡镇商会3个 | 甘棠 | 组织联络部、办公室 | 会员服务部 | 2026年12月底前 |\n"
    "| 3 | 财务报销不规范 | 清退违规报销费用0.4万元 | 柯岚 | 办公室 |  | 立行立改 |\n"
    "中共棘阳县工商业联合会党组\n2026年2月1日\n")


def test_the_second_header_row_names_the_spanned_columns():
    items = extract_ledger(parse_notice(PLAN.encode("utf-8"), "棘阳县工商联_整改方案.txt")).items
    assert [i.problem.text for i in items] == ["会员服务不到位", "商会组织建设滞后", "财务报销不规范"]
    assert [[s.text for s in i.leaders] for i in items] == [["柯岚"], ["甘棠"], ["柯岚"]]
    assert [[s.text for s in i.lead] for i in items] == [["会员服务部"], ["组织联络部", "办公室"], ["办公室"]]
    assert [[s.text for s in i.helpers] for i in items] == [["办公室"], ["会员服务部"], []]
    assert [i.deadline.text for i in items] == ["2026年6月底前", "2026年12月底前", "立行立改"]
