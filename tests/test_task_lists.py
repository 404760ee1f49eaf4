"""A task ledger kept as a markdown task list: a ticked box is done, an open box is under way as
its progress clause says, or long-term where marked so; each task keeps its offices and dates
from its bracketed labels and its area's leader from the area's opening line. The issuer is the agency opening the title before the year, not the
office that signs. Written for this test (a county 气象局, wordings unlike the probe notice).
No index."""
from __future__ import annotations

from corpus.ledger import extract_ledger
from corpus.load import parse_notice
from corpus.numbering import match_marker

LEDGER = (
    "# 棘阳县气象局2026年度重点工作推进台账\n\n"
    "截至2026年10月31日，共12项任务。\n\n"
    "## 一、气象防灾减灾\n\n"
    "本方面任务由副局长柯岚分管。\n\n"
    "- [x] 建成乡镇自动气象站8个（责任科室：观测与网络科；完成时间：2026年5月20日）\n"
    "- [ ] 建设县级气象灾害预警发布平台（责任科室：预报服务科；计划完成：2026年12月底）— 进展：平台已招标，正在部署\n"
    "- [ ] 开展气象灾害风险普查成果应用（长期）（责任科室：预报服务科、办公室）\n"
    "- [ ] 完成人工影响天气作业点标准化改造3个（责任科室：人影办；计划完成：2027年3月底）\n\n"
    "## 二、总结\n\n"
    "全年任务总体进展顺利。\n\n"
    "棘阳县气象局办公室\n2026年11月2日\n")


def _notice():
    return parse_notice(LEDGER.encode("utf-8"), "棘阳县气象局_推进台账.md")


def test_a_box_opens_a_task_line():
    assert match_marker("[x] 建成乡镇自动气象站8个").style == "[ ]"
    assert match_marker("[ ] 建设预警平台").style == "[ ]"
    assert match_marker("[注] 本表数据截至10月底") is None


def test_each_box_is_a_task_with_its_state():
    items = extract_ledger(_notice()).items
    assert [i.problem.text[:6] for i in items] == ["建成乡镇自动", "建设县级气象", "开展气象灾害", "完成人工影响"]
    assert [i.status for i in items] == ["完成", "推进中", "长期坚持", "推进中"]
    assert items[1].status_quote.text == "平台已招标，正在部署"
    assert items[2].status_quote.text == "长期"


def test_each_task_keeps_its_offices_and_dates_and_no_bracket_in_its_text():
    items = extract_ledger(_notice()).items
    assert [[s.text for s in i.lead] for i in items] == [
        ["观测与网络科"], ["预报服务科"], ["预报服务科", "办公室"], ["人影办"]]
    assert [i.deadline.text if i.deadline else None for i in items] == [
        "2026年5月20日", "2026年12月底", None, "2027年3月底"]
    assert not any(i.problem.text.endswith("（") for i in items)


def test_the_leader_an_area_names_in_prose_answers_for_its_tasks():
    items = extract_ledger(_notice()).items
    assert [[s.text for s in i.leaders] for i in items] == [["副局长柯岚"]] * 4


def test_the_agency_opening_the_title_before_its_year_is_the_issuer():
    assert _notice().meta.agency == "棘阳县气象局"
