"""A report laid out as labelled lines (问题N / 整改措施 / 责任股室 / 整改时限 / 整改进展), a
county's offices named 股室: written for this test in wordings of its own."""
from __future__ import annotations

from corpus.ledger import extract_ledger
from corpus.load import parse_notice

TEXT = """青禾县司法局关于县委巡察反馈问题整改情况的报告
县委巡察办：
县委第一巡察组反馈问题3个，现将整改情况报告如下。
问题1：人民调解员培训覆盖不全
整改措施：分两批对全县186名人民调解员开展业务轮训，编印调解案例汇编。
承办科室：人民参与和促进法治股
整改时限：2025年3月31日前
整改进展：已完成
问题2：社区矫正对象走访不及时
整改措施：建立社区矫正对象分级走访台账，每月走访高风险对象一次。
责任股室：社区矫正股
整改时限：2025年9月30日前
整改进展：正在推进，剩余2个司法所8月底前完成台账建设
问题3：普法宣传形式单一
整改措施：开设“法治微课堂”短视频专栏，全年推出普法短视频48期。
责任股室：普法与依法治理股
整改时限：长期坚持
整改进展：持续推进
青禾县司法局
2025年5月6日
"""


def test_labelled_lines_give_each_item_its_office_deadline_and_status():
    notice = parse_notice(TEXT.encode("utf-8"), "青禾县司法局_整改情况报告.txt")
    items = extract_ledger(notice).items
    assert len(items) == 3
    leads = [[s.text for s in item.lead] for item in items]
    assert leads == [["人民参与和促进法治股"], ["社区矫正股"], ["普法与依法治理股"]]
    # the labelled deadline is the item's, not a date in its progress line
    assert [item.deadline.text for item in items] == ["2025年3月31日前", "2025年9月30日前",
                                                       "长期坚持"]
    assert [item.status for item in items] == ["完成", "推进中", "长期坚持"]
    for item in items:  # the label lines are no measures
        assert all("股" not in m.text[:6] and "整改时限" not in m.text for m in item.measures)
        for span in (item.problem, *item.measures, *item.lead, item.deadline):
            assert notice.text[span.start:span.end] == span.text
