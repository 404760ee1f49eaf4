"""A plan numbered as a technical document ("2 重点任务", "2.1 …", "2.1.1 …（责任科室：…）"): each
decimal-numbered task is an item under its section. Written for this test in wordings of its own
(石门县统计局)."""
from __future__ import annotations

from corpus.ledger import extract_ledger
from corpus.load import parse_notice
from corpus.numbering import match_marker

PLAN = """石门县统计局2026年统计工作任务清单

1 总体要求
全年统计工作围绕数据质量这一核心展开。
2 重点任务
2.1 夯实统计基础
2.1.1 完成第五次全国经济普查数据开发，编印普查资料汇编1册。（责任科室：普查中心；完成时限：2026年6月30日前）
2.1.2 推进“一套表”联网直报企业名录库更新，新增入库企业60家。（责任科室：综合科；完成时限：2026年9月30日前）
2.2 提升统计服务
2.2.1 每季度发布全县经济运行分析报告1期。（责任科室：综合科；完成时限：长期坚持）
3 保障措施
全局上下要加强统筹，确保各项任务按期完成。
"""


def test_decimal_numbers_are_markers_by_their_depth():
    assert match_marker("2.1.1 完成第五次全国经济普查").style == "1.1.1"
    assert match_marker("2.1 夯实统计基础").style == "1.1"
    assert match_marker("1.5亿元用于项目建设") is None
    assert match_marker("2.5 万元") is None


def test_each_decimal_task_is_an_item_under_its_section():
    notice = parse_notice(PLAN.encode("utf-8"), "石门县统计局_任务清单.txt")
    items = [i for i in extract_ledger(notice).items if i.lead]
    assert [i.problem.text[:10] for i in items] == ["完成第五次全国经济普", "推进“一套表”联网直",
                                                   "每季度发布全县经济运"]
    assert [[s.text for s in i.lead] for i in items] == [["普查中心"], ["综合科"], ["综合科"]]
    assert items[0].section[-1].text == "2.1 夯实统计基础"
    assert items[2].status == "长期坚持"


def test_a_sections_tasks_are_listed_with_their_whole_first_sentence():
    from assistant.outline import asked_section, named_part, named_section, section_citations

    notice = parse_notice(PLAN.encode("utf-8"), "石门县统计局_任务清单.txt")
    phrase = asked_section("石门县统计局在夯实统计基础方面有哪些任务?")
    # "2 重点任务" is the part (a chapter line over "2.1 …"); 2.1 is a section below it
    assert named_part(notice, phrase) is None
    quotes = [c.quote for c in section_citations(notice, named_section(notice, phrase))]
    assert quotes[0] == "2.1 夯实统计基础"
    assert "编印普查资料汇编1册" in quotes[1] and "新增入库企业60家" in quotes[2]
    assert all(notice.text.find(q) >= 0 for q in quotes)
