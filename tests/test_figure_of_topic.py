"""A figure asked of a topic the notice speaks of clearly is stated only by a sentence about
that topic (abstention.stated_apart): another sentence's date or count is no answer. Real
model, a small real index of a notice written here."""
from __future__ import annotations

import pytest

from assistant import abstention
from support import small_assistant

REPORT = (
    "青禾县市场监督管理局关于巡察整改进展情况的通报\n"
    "根据县委巡察工作统一部署，现将巡察整改进展情况通报如下。\n"
    "一、关于食品安全监管不到位的问题\n"
    "整改情况：一是健全校园食堂联合检查机制，由市场监管、教育两部门每学期联合开展食堂检查，"
    "检查结果纳入学校年度考核。二是加大抽检力度，2024年以来共抽检食品样品560批次，"
    "立案查处违法案件17宗。三是对26家学校食堂供货商开展了专项检查。\n"
    "全县在营食品生产企业85家中，经分级评定为A级的有12家。\n"
    "二、关于信息化建设滞后的问题\n"
    "整改情况：食品安全追溯平台已完成招标，计划于2025年6月底前建成上线。\n"
    "青禾县市场监督管理局\n2025年1月20日\n"
)


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder,
                           {"青禾县市场监督管理局_巡察整改进展情况的通报.txt": REPORT}, "figure")


def test_a_date_of_another_measure_does_not_date_the_topic(bot):
    answer = bot.ask("青禾县校园食堂联合检查机制打算哪一年建好?")
    assert answer.abstained and answer.reason == "not_stated", answer.text


def test_the_topics_own_date_is_answered(bot):
    answer = bot.ask("青禾县的食品安全追溯平台计划什么时候建成?")
    assert not answer.abstained, answer.text
    assert any("2025年6月底前" in c.quote for c in answer.citations), answer.text


def test_a_count_inside_a_numbered_group_is_stated_of_that_group(bot):
    """"那26家供货商…几家": the 12 A-level producers are another group."""
    answer = bot.ask("青禾县那26家供货商检查下来有几家评为A级?")
    assert answer.abstained, answer.text


def test_the_share_separates_a_clear_topic_from_a_figure_about_something_else():
    assert abstention.stated_apart(0.6, 0.2)  # the topic is found, its figure is not
    assert not abstention.stated_apart(0.6, 0.45)  # the figure's sentence is of the topic
    assert not abstention.stated_apart(0.2, 0.05)  # the topic itself is not clearly found


def test_a_heading_naming_another_year_dates_the_figures_below_it(tmp_path_factory, embedder):
    """A 2025 总结 with its part on 2026: "2025年…几个" is not answered from that part."""
    summary = ("柘溪市农业农村局2025年工作总结\n一、2025年工作完成情况\n"
               "全年新建高标准农田4.6万亩。\n"
               "二、2026年工作安排\n"
               "新建高标准农田6万亩，新建农产品产地冷藏库5座。\n"
               "柘溪市农业农村局\n2025年12月20日\n")
    bot = small_assistant(tmp_path_factory, embedder,
                          {"柘溪市农业农村局_2025年工作总结.txt": summary}, "year")
    answer = bot.ask("柘溪市农业农村局2025年新建了多少座冷藏库?")
    assert answer.abstained, answer.text
    answer = bot.ask("柘溪市农业农村局2025年新建了多少亩高标准农田?")
    assert any("4.6万亩" in c.quote for c in answer.citations), answer.text
