"""Lines due by the date a question asks (assistant.dated_lines), on a county 文旅局's 工作安排
written in other wordings than the held-out ones: short item lines dated in their last
sentence, a paragraph dating several steps, a deadline of the next year. Real model, a small
real index."""
from __future__ import annotations

import pytest

from assistant.dated_lines import lines_due_by
from support import small_assistant

NOTICE = (
    "澄岭县文化和旅游局\n"
    "关于印发《澄岭县文化和旅游局2026年重点工作安排》的通知\n"
    "各股室、局属各单位：\n"
    "现将《澄岭县文化和旅游局2026年重点工作安排》印发给你们，请抓好落实。\n"
    "一、公共文化服务\n"
    "（一）建设城市书房。在县城新区和老城区各选址一处，配置图书不少于8000册。由公共服务股负责，"
    "2026年4月15日前完成选址和装修招标。\n"
    "（二）送戏下乡。组织县剧团和民间文艺队伍开展送戏下乡演出120场，覆盖全部行政村。由艺术股负责，"
    "11月30日前完成全年场次。\n"
    "（三）数字文化馆。完成县文化馆数字化平台升级，上线线上培训课程40门。由县文化馆负责，"
    "于5月31日之前上线运行。\n"
    "二、文物安全\n"
    "开展全县不可移动文物安全隐患排查，对排查出的隐患建立清单，由文物股督促各乡镇于3月20日前报送"
    "排查结果；对存在重大隐患的文物建筑，5月底前完成抢险加固方案编制，9月底前完成加固施工。"
    "县博物馆新馆布展方案须于次年2月底前报县政府审定。\n"
    "三、旅游市场\n"
    "5. 提升智慧旅游服务。建设全县智慧旅游服务平台，整合景区票务、停车、住宿预订、客流监测和投诉受理等功能，"
    "实现A级景区分时预约全覆盖，在重点景区设置客流监测点12个，推出精品旅游线路8条，组织开展“澄岭山水"
    "四季游”系列推介活动不少于6场，并对全县旅游从业人员开展服务礼仪和应急处置培训。平台功能开发于4月底前"
    "完成招标，系统于10月底前上线。（责任股室：资源开发股；配合：县大数据中心；完成时限：10月底前）\n"
    "6. 编制县志文化卷。（责任股室：公共服务股；完成时限：次年1月）\n"
    "（四）旅游厕所提升。新建和改造旅游厕所12座。由资源开发股负责，8月底前完成验收。\n"
    "澄岭县文化和旅游局\n"
    "2026年1月20日\n"
)
NOTICE_NAME = "澄岭县文化和旅游局_2026年重点工作安排.txt"
# Another agency's plan with dated items: a question naming no agency is not answered by
# whichever notice is read first.
OTHER = (
    "澄岭县体育局\n"
    "澄岭县体育局2026年工作要点\n"
    "1. 新建社区多功能运动场6个。由群体股负责，5月20日前完成选址。\n"
    "2. 举办全县职工篮球联赛。由竞赛股负责，4月30日前完成报名。\n"
    "澄岭县体育局\n"
    "2026年1月8日\n"
)
OTHER_NAME = "澄岭县体育局_2026年工作要点.txt"


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder, {NOTICE_NAME: NOTICE, OTHER_NAME: OTHER},
                           "dated_lines")


@pytest.fixture(scope="module")
def notice(bot):
    return next(n for n in bot._current().index.notices.values() if "文化和旅游" in n.meta.agency)


def test_lines_and_sentences_due_by_the_date(notice) -> None:
    when, lines = lines_due_by(notice, "澄岭县文旅局今年哪些工作要在5月底前完成？")
    assert when == "5月底"
    quotes = [e.quote for e in lines]
    # short item lines are cited whole (their task is named in their first sentence)
    assert quotes[0].startswith("（一）建设城市书房") and quotes[1].startswith("（三）数字文化馆")
    # a paragraph is cited by the sentences holding a deadline due: not the one of the next
    # year's February
    assert any(q.startswith("开展全县不可移动文物安全隐患排查") for q in quotes)
    assert not any("送戏下乡" in q or "旅游厕所" in q or "次年2月底" in q for q in quotes)
    # a numbered item is one task, cited whole from its title, though only its first step is due;
    # a deadline labelled in the next year ("完成时限：次年1月") is not due this May
    assert any(q.startswith("5. 提升智慧旅游服务") and q.endswith("10月底前）") for q in quotes)
    assert not any("县志文化卷" in q for q in quotes)
    assert all(notice.text[e.start:e.end] == e.quote for e in lines)


def test_a_date_with_its_year_and_a_day(notice) -> None:
    when, lines = lines_due_by(notice, "2026年8月31日前要完成的有哪些？")
    assert when == "2026年8月31日"
    assert any("旅游厕所" in e.quote for e in lines)
    assert not any("送戏下乡" in e.quote for e in lines)
    # another year asked: nothing of this notice is due in it
    assert lines_due_by(notice, "2025年8月31日前要完成的有哪些？") == ("", [])


def test_no_date_asked_picks_no_lines(notice) -> None:
    assert lines_due_by(notice, "澄岭县文旅局今年有哪些重点工作？") == ("", [])
    # one line due is no list of them
    assert lines_due_by(notice, "哪些工作要在3月20日前完成？") == ("", [])


def test_the_dated_lines_answer_the_question(bot) -> None:
    answer = bot.ask("澄岭县文化和旅游局2026年哪些工作要在5月31日前完成？")
    assert not answer.abstained, answer.text
    cited = " ".join(c.quote for c in answer.citations)
    assert all(task in cited for task in ("城市书房", "数字文化馆", "3月20日前报送")), answer.text
    assert "送戏下乡" not in cited and "旅游厕所" not in cited


def test_no_agency_named_is_no_one_notice_s_list(bot) -> None:
    answer = bot.ask("哪些事情要在5月31日前完成？")  # (no ledger context: "事情")
    assert "限期在" not in answer.text



def test_a_deadline_the_ledger_settled_is_not_due(notice) -> None:
    # the ledger read "5月31日之前" as the item's deadline and found it later (a whole-year
    # task): that line is no longer due; the other item's own dated step still is
    at = notice.text.index("5月31日之前")
    _, lines = lines_due_by(notice, "澄岭县文旅局今年哪些工作要在5月底前完成？", [(at, at + 7)])
    assert not any("数字文化馆" in e.quote for e in lines)
    assert any("城市书房" in e.quote for e in lines)
