"""Numbered problem lines, each with its "整改措施：" and "完成时限：" lines, grouped under the
people who raised them, above a closing table that names each problem in short with its person
and a tick for its state: one item per problem line, the table's person and state joined.
Written for this test (a city 档案局's 组织生活会 list, other wordings than the probe notice).
No index."""
from __future__ import annotations

from corpus.ledger import extract_ledger
from corpus.load import parse_notice

LIST = (
    "中共棘州市档案局党组2025年度组织生活会检视问题整改清单\n"
    "会上班子成员共检视问题3个，制定整改措施6条。\n"
    "党组书记、局长 甘棠\n"
    "问题1：调查研究不够深入，2025年到基层档案馆调研仅2次。\n"
    "整改措施：（1）每季度到县级档案馆调研1次；（2）形成调研报告2篇。\n"
    "完成时限：2026年10月底前。\n"
    "问题2：档案数字化推进偏慢，馆藏数字化率仅为41%。\n"
    "整改措施：（1）引入第三方加工；（2）年内数字化率提高到60%。\n"
    "完成时限：2026年12月底前。\n"
    "党组成员、副局长 柯岚\n"
    "问题3：财务报销审核不严，2025年有3笔差旅费超标准报销。\n"
    "整改措施：（1）追回超标准报销费用0.6万元；（2）修订差旅费管理办法。\n"
    "完成时限：2026年3月底前。\n"
    "整改进展一览表\n"
    "| 序号 | 责任领导 | 问题 | 已完成 | 正在推进 |\n"
    "| 1 | 甘棠 | 基层调研不够深入 |  | √ |\n"
    "| 2 | 甘棠 | 档案数字化推进偏慢 |  | √ |\n"
    "| 3 | 柯岚 | 差旅费报销审核不严 | √ |  |\n")


def _items():
    return extract_ledger(parse_notice(LIST.encode("utf-8"), "棘州市档案局_整改清单.txt")).items


def test_each_problem_line_is_an_item_with_its_measures_and_time_limit():
    items = _items()
    assert [i.problem.text[:8] for i in items] == ["调查研究不够深入", "档案数字化推进偏", "财务报销审核不严"]
    assert [i.deadline.text for i in items] == ["2026年10月底前", "2026年12月底前", "2026年3月底前"]
    assert "追回超标准报销费用0.6万元" in items[2].measures[0].text
    assert not any("副局长" in m.text for i in items for m in i.measures)  # a person's line


def test_the_rows_person_and_tick_are_joined_to_their_problem():
    items = _items()
    assert [i.status for i in items] == ["推进中", "推进中", "完成"]
    assert [[s.text for s in i.lead] for i in items] == [["甘棠"], ["甘棠"], ["柯岚"]]


def test_rows_that_name_other_problems_are_kept_as_they_are():
    other = LIST.replace("基层调研不够深入", "公车管理").replace("档案数字化推进偏慢", "食堂管理")
    items = extract_ledger(parse_notice(other.encode("utf-8"), "x.txt")).items
    assert [i.problem.text for i in items][:2] == ["公车管理", "食堂管理"]
