"""Numbered problem lines, each with its "整改措施：" and "完成时限：" lines, grouped under the
people who raised them, above a closing table that names each problem in short with its person
and a tick for its state: one item per problem line, the table's person and state joined.
Written for this test (a city 档案局's 组织生活会 list, other wordings than the probe notice).
The ledger is read without an index; the answers over a small real index (the real model): a
problem's measures asked, and the titled points of a part a 考评通报 lists."""
from __future__ import annotations

import pytest

from corpus.ledger import extract_ledger
from corpus.load import parse_notice
from support import small_assistant

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
    assert [[s.text for s in i.leaders] for i in items] == [["甘棠"], ["甘棠"], ["柯岚"]]


def test_rows_that_name_other_problems_are_kept_as_they_are():
    other = LIST.replace("基层调研不够深入", "公车管理").replace("档案数字化推进偏慢", "食堂管理")
    items = extract_ledger(parse_notice(other.encode("utf-8"), "x.txt")).items
    assert [i.problem.text for i in items][:2] == ["公车管理", "食堂管理"]


# A city body's 考评通报 whose deductions are titled points of one part (written for this test).
RATING = (
    "棘州市民政局关于2025年度养老服务考评结果的通报\n"
    "一、总体情况\n全市6个县（区）平均得分86.1分。\n"
    "二、主要扣分问题\n"
    "（一）养老机构消防隐患整改不及时。柘山区有4家养老机构消防隐患超期未整改，扣2分。\n"
    "（二）居家养老服务覆盖不足。榆阳县居家养老服务覆盖率仅为52%，扣1.5分。\n"
    "（三）补贴资金发放滞后。槐川县高龄津贴平均滞后发放2个月，扣1分。\n"
    "三、整改要求\n各县（区）于12月20日前报送整改方案。\n"
    "棘州市民政局\n2025年11月30日\n")


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder,
                           {"棘州市档案局_整改清单.txt": LIST, "棘州市民政局_考评通报.txt": RATING},
                           "problem-lines")


def test_the_measures_of_a_problem_asked_are_its_own_line_below_it(bot):
    answer = bot.ask("棘州市档案局针对财务报销审核不严制定了哪些整改措施?")
    cited = [c.quote for c in answer.citations]
    assert any("财务报销审核不严" in q for q in cited)
    assert any("追回超标准报销费用0.6万元" in q for q in cited)
    assert not any("第三方加工" in q for q in cited)  # another problem's measures


def test_the_titled_points_of_a_part_the_question_lists(bot):
    answer = bot.ask("棘州市民政局的考评通报列出了哪些主要扣分问题?")
    cited = " ".join(c.quote for c in answer.citations)
    for point in ("养老机构消防隐患整改不及时", "居家养老服务覆盖不足", "补贴资金发放滞后"):
        assert point in cited, answer.text
