"""Ledger questions in the ledger's own words: a state as the table words it ("持续整改",
"常态化"), a time limit that is no date ("立行立改"), a period asked as the time limit ("完成时限
是2026年二季度": the items due within it), and an agency named by its abbreviation ("人防办").
Written for this test (a county 审计局's table in other wordings than the probe notice). No index."""
from __future__ import annotations

import corpus
from assistant.ledger_intent import read_ledger_ask
from assistant.ledger_route import answer_ledger
from assistant.question import _abbreviated
from corpus.ledger import extract_ledger

LEDGER = (
    "中共棘阳县审计局党组关于县委巡察反馈问题整改台账的报告\n"
    "一、整改台账\n"
    "| 序号 | 反馈问题 | 整改措施 | 完成时限 | 整改状态 | 责任股室 |\n"
    "| 1 | 审计质量控制不严 | 修订审计业务复核办法，实行三级复核 | 立行立改 | 已销号 | 法规审理股 |\n"
    "|  |  | 每年开展审计项目质量检查，抽查比例不低于20% | 长期 | 持续整改 | 法规审理股 |\n"
    "| 2 | 审计整改跟踪不到位 | 建立审计整改销号台账，逐项对账销号 | 2026年5月31日 | 序时推进 | 综合股 |\n"
    "|  |  | 对2023年以来的审计发现问题开展整改回头看 | 2026年二季度 | 序时推进 | 经济责任审计股 |\n"
    "| 3 | 公务用车管理不规范 | 清退违规使用公车产生的费用0.8万元 | 立行立改 | 已销号 | 办公室 |\n"
    "|  |  | 对审计人员开展专业培训，每年不少于3期 | 2026年2月28日 | 已销号 | 人事股 |\n"
    "中共棘阳县审计局党组\n2026年1月20日\n")


def _reply(question: str):
    notice = corpus.parse_notice(LEDGER.encode("utf-8"), "棘阳县审计局_整改台账.txt")
    ask = read_ledger_ask(question)
    assert ask is not None, question
    ledger = extract_ledger(notice)
    return answer_ledger(ask, [notice.doc_id], {notice.doc_id: notice}, lambda d: ledger,
                         lambda topic: None, question)


def _cited(reply) -> str:
    return " ".join(c.quote for c in reply.citations)


def test_a_state_asked_in_the_tables_words_lists_those_items():
    for question in ("哪些措施属于持续整改?", "哪些整改措施是常态化的?"):
        reply = _reply(question)
        assert "抽查比例不低于20%" in _cited(reply), question
        assert "三级复核" not in _cited(reply), question
    assert read_ledger_ask("如何建立常态化机制?") is None  # a mechanism, no state
    # a measure's own words, as a follow-up's resolved text carries them
    assert read_ledger_ask("在全县开展常态化督导工作,每月督导一次。") is None


def test_corrected_on_the_spot_is_read_from_the_time_limit():
    reply = _reply("哪些措施是立行立改的?")
    cited = _cited(reply)
    assert "三级复核" in cited and "0.8万元" in cited
    assert "销号台账" not in cited and "专业培训" not in cited


def test_a_period_asked_as_the_time_limit_gives_the_items_due_within_it():
    ask = read_ledger_ask("哪些整改措施的完成时限是2026年二季度?")
    assert ask.due_before == "2026年二季度" and ask.due_within
    cited = _cited(_reply("哪些整改措施的完成时限是2026年二季度?"))
    assert "销号台账" in cited and "整改回头看" in cited  # due 2026-05-31 and in the quarter
    assert "专业培训" not in cited  # due in February: before the quarter
    cited = _cited(_reply("哪些任务要在二季度前完成?"))  # by the quarter's end: February too
    assert "专业培训" in cited and "整改回头看" in cited


def test_an_agency_named_by_its_abbreviation():
    assert _abbreviated("人防办有哪些", 0, "人民防空办公室") == 3
    assert _abbreviated("投促局今年", 0, "投资促进局") == 3
    assert _abbreviated("人员不足", 0, "人民防空办公室") == 0  # ends in no agency word
    assert _abbreviated("防办", 0, "人民防空办公室") == 0  # not its first character


def test_the_items_an_office_of_a_county_helps_with_asked_after_the_items():
    ask = read_ledger_ask("县审计局的整改任务中, 哪些需要综合股配合?")
    assert ask.want == "helpers" and "综合股" in ask.office
    assert read_ledger_ask("哪些任务要市教育局配合?").want == "helpers"


def test_an_agency_named_by_its_abbreviation_before_another_agency():
    """"X自然资源局和Y县市场监管局": the first agency's abbreviation ends its mention; the rest of
    the question is no department of the first place."""
    from assistant.catalog import Catalog, DocInfo
    from assistant.question import analyse

    catalog = Catalog.of_docs([
        DocInfo("a", "关于整改情况的报告", "棘州市自然资源和规划局", "2024-12-06", None, "报告"),
        DocInfo("b", "关于整改情况的报告", "柘山县市场监督管理局", "2025-04-10", None, "报告")])
    analysis = analyse("棘州自然资源局和柘山县市场监管局的整改材料哪个发得早?", catalog)
    assert set(analysis.agencies) == {"棘州市自然资源和规划局", "柘山县市场监督管理局"}
    assert analysis.unknown_places == () and "自然资源" not in analysis.topic
