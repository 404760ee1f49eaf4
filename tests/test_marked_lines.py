"""Lines holding a mark the question quotes (assistant.marked_lines): a plan's tasks tagged
"即知即改" in its own words, the kinds named together in its principles left out. Written for
this test in wordings of its own."""
from __future__ import annotations

from assistant.marked_lines import lines_marked
from corpus.load import parse_notice

TEXT = """中共屏溪县文化广电旅游局党组关于县委巡察反馈意见的整改方案
一、整改原则
坚持即知即改与建章立制相结合，分类推进（即知即改、限期整改、长期整改）。
二、整改任务
任务1（对应问题1，即知即改）：清理过期宣传展板，3月15日前完成。
任务2（对应问题2，限期整改）：修订公共文化场馆管理制度，6月底前印发。
任务3（对应问题3，即知即改）：退还违规收取的场地使用费1.2万元。
任务4（对应问题4，长期整改）：健全文物安全巡查机制，常态化开展巡查。
任务5（对应问题5，限期整改）：规范志愿服务台账管理工作即知即改、动态更新。
"""


def test_the_lines_holding_a_quoted_mark_are_the_items_tagged_so() -> None:
    notice = parse_notice(TEXT.encode("utf-8"), "屏溪县文广旅局_整改方案.txt")
    mark, found = lines_marked(notice, "屏溪县文广旅局整改方案中，哪些任务属于“即知即改”？")
    assert mark == "即知即改"
    # (a tag of one item's work, beside another verb, counts: "…管理工作即知即改、动态更新")
    assert [e.quote[:3] for e in found] == ["任务1", "任务3", "任务5"]
    # no quoted mark, or a question asking no items: nothing
    assert lines_marked(notice, "屏溪县文广旅局整改方案中，即知即改的任务有哪些？") == ("", [])
    assert lines_marked(notice, "“即知即改”的任务一共有几项？") == ("", [])
