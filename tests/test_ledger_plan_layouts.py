"""Plans whose items the ledger must read beside other lists: numbered tasks naming their
offices above an appendix table of projects, and problem areas whose headings carry their
counts ("…方面（3个问题）"). Written for this test in wordings of their own."""
from __future__ import annotations

from corpus.ledger import extract_ledger
from corpus.load import parse_notice

POINTS = """峪川县农业农村局2026年工作要点
一、稳定粮食生产
1.落实粮食播种面积。全年粮食播种面积稳定在42万亩以上。（责任股室：种植业股；配合：县农技中心）
2.推进高标准农田建设。新建高标准农田3.2万亩，10月底前完成竣工验收。（责任股室：农田建设股）
二、推进乡村建设
3.开展人居环境整治。完成农村户厕改造1200户。（责任股室：乡村建设股；配合：各乡镇）
4.加强农业执法。开展农资打假专项行动，立案查处案件不少于20件。（责任股室：综合执法大队）
三、保障措施
各股室要细化工作措施，每季度末向局办公室报送进展情况。
峪川县农业农村局
2026年2月20日
附件：2026年重点项目表
| 项目名称 | 建设内容 | 完成时限 | 责任股室 |
| 峪口灌区改造 | 改造渠道18公里 | 2026年11月 | 农田建设股 |
| 冷链物流中心 | 新建冷库5000吨 | 2026年9月 | 市场信息股 |
| 种业基地 | 建设育秧工厂2座 | 2026年6月 | 种植业股 |
"""

AREAS = """中共峪川县林业局党组关于县委巡察反馈意见的整改方案
一、问题清单
（一）贯彻落实上级决策部署方面（2个问题）
问题1：林长制责任落实不到位，部分村级林长未开展巡林。
问题2：森林督查图斑整改滞后，有12个图斑逾期未销号。
（二）全面从严治党方面（1个问题）
问题3：公务接待管理不规范，3批次接待无公函。
（三）巡察、审计等监督发现问题整改方面（1个问题）
问题4：上轮巡察指出的2个问题整改不彻底。
二、保障措施
加强组织领导，压实整改责任。
"""


def test_numbered_tasks_naming_offices_are_read_beside_an_appendix_table() -> None:
    notice = parse_notice(POINTS.encode("utf-8"), "峪川县农业农村局_2026年工作要点.txt")
    items = extract_ledger(notice).items
    problems = [i.problem.text for i in items]
    assert "落实粮食播种面积" in problems and "加强农业执法" in problems
    assert any("峪口灌区改造" in p for p in problems)
    assert len(items) == 7
    task = next(i for i in items if i.problem.text == "开展人居环境整治")
    assert [s.text for s in task.lead] == ["乡村建设股"] and [s.text for s in task.helpers] == ["各乡镇"]


def test_problem_areas_with_their_counts_are_all_read() -> None:
    notice = parse_notice(AREAS.encode("utf-8"), "峪川县林业局_整改方案.txt")
    items = extract_ledger(notice).items
    assert [i.ordinal for i in items] == [1, 2, 3, 4]
    assert items[0].problem.text.startswith("林长制责任落实不到位")
