"""A ledger table whose status is a mark ticked in one of several status columns ("| 已办结 |
整改中 | 需长期推进 |" with "●" in one): the ticked column's header is the row's status, cited
at the header. Written for these tests in wordings of their own (石岭县人力资源和社会保障局)."""
from __future__ import annotations

from corpus.ledger import extract_ledger
from corpus.load import parse_notice

NOTICE = """# 石岭县人力资源和社会保障局巡察整改清单

截至2025年9月底，6个问题中已办结3个，整改中2个，需长期推进1个。

| 编号 | 存在问题 | 主要措施 | 牵头股室 | 办结时限 | 已办结 | 整改中 | 需长期推进 |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 1 | 就业补贴审核把关不严 | 对2023年以来补贴资金逐笔复核 | 就业股 | 2025年6月 | ● | | |
| 2 | 社保待遇资格认证滞后 | 推行“静默认证”，按月比对数据 | 社保股 | 2025年12月 | | ● | |
| 3 | 劳动仲裁案件积压 | 增设仲裁庭1个，实行繁简分流 | 仲裁院 | 2025年8月 | ✔ | | |
| 4 | 技能培训质量不高 | 建立培训机构星级评价 | 职业能力建设股 | 2025年11月 | | √ | |
| 5 | 窗口服务效率低 | 推行“一窗通办” | 政务服务股 | 2025年5月 | √ | | |
| 6 | 作风建设长效机制不健全 | 每季度开展明察暗访 | 办公室 | 长期 | | | √ |

石岭县人力资源和社会保障局
2025年10月8日
"""


def test_the_ticked_column_names_each_rows_status():
    notice = parse_notice(NOTICE.encode("utf-8"), "石岭县人社局_巡察整改清单.md")
    items = extract_ledger(notice).items
    assert [i.problem.text for i in items][:2] == ["就业补贴审核把关不严", "社保待遇资格认证滞后"]
    assert [i.status for i in items] == ["完成", "推进中", "完成", "推进中", "完成", "长期坚持"]
    # the status is cited at the header of the ticked column, a span of the notice
    for item in items:
        quote = item.status_quote
        assert notice.text[quote.start:quote.end] == quote.text
    assert [i.status_quote.text for i in items[:2]] == ["已办结", "整改中"]
    assert [s.text for s in items[3].lead] == ["职业能力建设股"]


def test_counts_under_status_headers_are_no_ticks_and_no_ledger():
    # a tally by township: "已办结 | 整改中" hold numbers, there is no office or deadline column
    text = """石岭县各乡镇整改进度统计

| 乡镇 | 问题数 | 已办结 | 整改中 |
| --- | --- | --- | --- |
| 东岭镇 | 12 | 10 | 2 |
| 西岭乡 | 8 | 8 | 0 |
"""
    assert extract_ledger(parse_notice(text.encode("utf-8"), "石岭县_统计.md")).items == ()
