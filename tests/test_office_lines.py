"""Lines whose responsibility label names the office a question asks about
(assistant.role_lines), on a county 发改局's 工作要点 written in other wordings than the held-out
ones. Real model, a small real index."""
from __future__ import annotations

import pytest

from assistant.role_lines import lines_of_office
from support import small_assistant

NOTICE = (
    "瀚源县发展和改革局\n"
    "关于印发《瀚源县发展和改革局2026年工作要点》的通知\n"
    "局属各单位、机关各股室：\n"
    "现将《瀚源县发展和改革局2026年工作要点》印发给你们，请认真贯彻落实。\n"
    "一、扩大有效投资\n"
    "1. 全年谋划储备重大项目120个以上，争取中央预算内投资3.2亿元。（牵头单位：投资股；责任单位：县财政局、县自然资源局）\n"
    "2. 推动开工亿元以上项目35个，建立重点项目周调度机制。（牵头单位：重点项目服务中心；责任单位：县住建局）\n"
    "二、优化营商环境\n"
    "3. 开展涉企收费专项清理，全年为企业减负5000万元以上。（牵头单位：价格股；责任单位：县市场监管局、县财政局）\n"
    "4. 完善社会信用体系，归集信用信息80万条。（牵头单位：信用股；责任单位：县大数据中心）\n"
    "三、强化民生保障\n"
    "5. 做好粮食储备轮换，确保地方储备粮1.5万吨足额到位。（牵头单位：粮食股；责任单位：各乡（镇）人民政府、县粮食储备中心、县财政局）\n"
    "瀚源县发展和改革局\n"
    "2026年2月18日\n"
)
NOTICE_NAME = "瀚源县发展和改革局_关于印发2026年工作要点的通知.txt"
# Minutes in markdown: each decision a heading, its body, then its fields on lines of their own.
MINUTES = (
    "# 瀚源县交通运输局局务会议纪要\n\n"
    "瀚源县交通运输局办公室　2026年4月9日\n\n"
    "## 议定事项\n\n"
    "### 1. 加快农村公路危桥改造\n\n"
    "剩余7座危桥须在汛期前完成改造，所需资金从年度养护资金中统筹安排420万元。\n\n"
    "- 牵头单位：公路养护股\n- 配合单位：计划财务股\n\n"
    "### 2. 规范出租车经营秩序\n\n"
    "开展为期三个月的出租车拒载、绕道专项整治，查处结果每月向社会公布。\n\n"
    "- 牵头单位：运输管理股\n- 配合单位：公路养护股、县交通执法大队\n\n"
    "### 3. 推进公路养护市场化改革\n\n"
    "选取2条县道开展养护服务外包试点，试点期一年，年底前形成评估报告。\n\n"
    "- 牵头单位：公路养护股\n- 配合单位：政策法规股\n"
)
MINUTES_NAME = "瀚源县交通运输局_局务会议纪要.md"


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder,
                           {NOTICE_NAME: NOTICE, MINUTES_NAME: MINUTES}, "office_lines")


@pytest.fixture(scope="module")
def notice(bot):
    return next(n for n in bot._current().index.notices.values() if "发展和改革" in n.meta.agency)


def test_the_lines_naming_the_office_in_a_role_label(notice) -> None:
    office, lines = lines_of_office(notice, "瀚源县发改局工作要点中，县财政局作为责任单位参与了哪些工作？")
    assert office == "县财政局"
    # (a bracket inside the value, "各乡（镇）人民政府", does not end it)
    assert [e.quote[:2] for e in lines] == ["1.", "3.", "5."]


def test_no_office_asked_picks_no_lines(notice) -> None:
    # no role asked, an office on one line only, the agency's own words
    assert lines_of_office(notice, "县财政局有哪些工作？") == ("", [])
    assert lines_of_office(notice, "县大数据中心负责哪些工作？") == ("", [])
    assert lines_of_office(notice, "瀚源县发展和改革局牵头了哪些工作？") == ("", [])


def test_an_office_s_items_are_answered_with_their_lines(bot) -> None:
    answer = bot.ask("瀚源县发改局2026年工作要点里，县财政局作为责任单位承担了哪些任务？")
    assert not answer.abstained
    # (the ledger, reading these items with their labels, or the labelled lines: the same
    # three tasks either way, and no other)
    cited = " ".join(c.quote for c in answer.citations)
    assert all(figure in cited for figure in ("3.2亿元", "5000万元", "1.5万吨"))
    assert "35个" not in cited and "80万条" not in cited


def test_the_role_asked_and_the_item_above_a_line_of_fields(bot) -> None:
    minutes = next(n for n in bot._current().index.notices.values() if "交通运输" in n.meta.agency)
    office, lines = lines_of_office(minutes, "瀚源县交通运输局局务会议纪要里，公路养护股牵头的议定事项有哪些？")
    assert office == "公路养护股"
    # the decisions it leads, not the one it helps with, each cited from its body
    assert len(lines) == 2
    assert "420万元" in lines[0].quote and "牵头单位：公路养护股" in lines[0].quote
    assert "养护服务外包试点" in lines[1].quote
    assert not any("出租车" in e.quote for e in lines)
