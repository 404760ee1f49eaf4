"""A report whose items close their measures with a bracketed mark ("（已整改到位）",
"（力争2026年11月底前完成）", "【常态化推进】", a bracket of fields ending in the progress):
each mark is the item's status. Written for this test in wordings of its own."""
from __future__ import annotations

from corpus.ledger import extract_ledger
from corpus.load import parse_notice

TEXT = """中共栎湾县供销合作社联合社党组关于县委第二巡察组反馈意见整改进展情况的通报
根据县委巡察工作统一部署，现将巡察反馈问题整改进展情况通报如下。
一、巡察反馈问题整改落实情况
问题一：社有资产底数不清，部分门面房出租合同到期未续签。
整改情况：组织专人对社有资产逐项清查登记，重新签订租赁合同11份，租金收入全部纳入财务统一核算（已整改到位）。
问题二：基层供销社改造进度缓慢，2个乡镇基层社仍未恢复经营。
整改情况：与乡镇政府联合制定恢复重建方案，目前河口基层社已完成招商，沙坪基层社正在选址（力争2026年11月底前完成）。
问题三：干部教育培训针对性不强。
整改情况：制定年度培训计划，按季度组织业务培训，将培训情况纳入年度考核【常态化推进】
问题四：财务审批手续不完备。
整改情况：修订财务管理制度，实行“事前审批、事后报账”双签制度。（责任科室：财务审计科；进展：已办结）
问题五：党员教育管理不够严格。
整改情况：建立党员积分管理台账，每月公示积分情况（责任科室：机关党支部）。
中共栎湾县供销合作社联合社党组
2026年6月12日
"""


def test_a_closing_mark_of_the_measures_is_the_item_s_status() -> None:
    notice = parse_notice(TEXT.encode("utf-8"), "栎湾县供销社_巡察整改进展情况.txt")
    items = extract_ledger(notice).items
    assert [i.status for i in items] == ["完成", "推进中", "长期坚持", "完成", "未说明"]
    assert items[0].status_quote.text == "已整改到位"
    assert items[1].status_quote.text == "力争2026年11月底前完成"
    # a bracket of fields gives its progress label's value, never the office
    assert items[3].status_quote.text == "已办结"
    for item in items:
        if item.status_quote is not None:
            assert notice.text[item.status_quote.start:item.status_quote.end] == item.status_quote.text


CANCELLED = """# 岑川县医疗保障局关于市委巡察反馈问题整改销号情况的报告

## 一、整改任务分布

| 责任股室 | 牵头问题数（个） | 已销号（个） | 未销号（个） |
| --- | --- | --- | --- |
| 基金监管股 | 2 | 1 | 1 |
| 待遇保障股 | 1 | 1 | 0 |

## 二、反馈问题整改销号情况

#### 问题1：定点药店违规刷卡问题查处不力【已销号】

- 整改措施：对全县46家定点药店开展飞行检查，追回医保基金12.6万元。
- 责任股室：基金监管股
- 销号时间：2026年4月2日

#### 问题2：医保基金智能监控规则更新滞后【未销号】

- 整改进展：已完成规则库升级招标，系统调试中。
- 责任股室：基金监管股
- 预计完成时限：2026年8月31日前

#### 问题3：异地就医备案办理不便【已销号】

- 整改措施：开通线上备案渠道，办理时限压缩至1个工作日。
- 责任股室：待遇保障股
- 销号时间：2026年3月16日
"""


def test_problems_marked_cancelled_or_not_under_their_headings() -> None:
    notice = parse_notice(CANCELLED.encode("utf-8"), "岑川县医疗保障局_整改销号情况报告.md")
    items = extract_ledger(notice).items
    # the office tally above is no list of problems: its cells are counts
    assert [i.problem.text for i in items] == [
        "定点药店违规刷卡问题查处不力", "医保基金智能监控规则更新滞后", "异地就医备案办理不便"]
    assert [i.status for i in items] == ["完成", "推进中", "完成"]
    assert items[1].status_quote.text == "未销号"
