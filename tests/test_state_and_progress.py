"""A ledger table with both a progress column and a state column ("整改进展 | 整改状态"): the
state column gives each row's status, the progress column what was done; one item asked "整改到
什么程度了" shows both. Written in other wordings than the held-out notices' (蘅州市).
Real model, a small real index."""
from __future__ import annotations

import pytest

import corpus
from assistant.models import Turn
from corpus.ledger import extract_ledger
from support import small_assistant

TABLE = (
    "蘅州市档案馆关于市委巡察反馈问题整改进展情况的通报\n"
    "截至2026年5月31日，4个问题中已完成2个，正在推进1个，需长期坚持1个。\n"
    "| 序号 | 反馈问题 | 整改措施 | 责任科室 | 完成时限 | 整改进展 | 整改状态 |\n"
    "| --- | --- | --- | --- | --- | --- | --- |\n"
    "| 1 | 馆藏档案数字化进度滞后，数字化率仅为41% | 分批推进馆藏档案数字化扫描 | 技术保护科 | 2026年12月底前 |"
    " 已完成数字化扫描12.6万卷，数字化率提高到63% | 正在推进 |\n"
    "| 2 | 档案库房温湿度监控设备老化 | 更换库房温湿度监控设备 | 保管利用科 | 2026年3月底前 |"
    " 已更换监控设备36台，实现24小时自动监测 | 已完成 |\n"
    "| 3 | 公务接待管理不规范 | 修订公务接待管理办法 | 办公室 | 立行立改 |"
    " 已修订《蘅州市档案馆公务接待管理办法》 | 已完成 |\n"
    "| 4 | 档案安全责任落实不到位 | 健全档案安全检查制度 | 安全保卫科 | 长期坚持 |"
    " 每季度开展一次档案安全检查 | 长期坚持 |\n"
    "蘅州市档案馆\n2026年6月5日\n"
)
NAME = "蘅州市档案馆_巡察反馈问题整改进展情况的通报.md"


def test_the_state_column_gives_the_status() -> None:
    notice = corpus.parse_notice(TABLE.encode("utf-8"), NAME)
    items = extract_ledger(notice).items
    assert [i.status for i in items] == ["推进中", "完成", "完成", "长期坚持"]
    assert [i.status_quote.text for i in items][:2] == ["正在推进", "已完成"]
    # the progress column is kept as what was done
    assert any("数字化率提高到63%" in m.text for m in items[0].measures)


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder, {NAME: TABLE}, "state-progress")


def test_one_item_asked_how_far_shows_its_progress(bot):
    first = "蘅州市档案馆巡察整改台账中的第一个问题是什么？"
    history = [Turn("user", first), Turn("assistant", bot.ask(first).text)]
    answer = bot.ask("这个问题现在整改到什么程度了？", history=history)
    quotes = [c.quote for c in answer.citations]
    assert "正在推进" in quotes, answer.text
    assert any("数字化率提高到63%" in q for q in quotes), answer.text
    assert not any("更换监控设备" in q for q in quotes), answer.text


def test_counts_stated_within_the_group_named_first() -> None:
    from corpus.ledger.totals import stated_totals
    text = "截至2026年5月31日，12个问题中已完成整改8个，已基本完成2个，正在推进1个，需长期坚持1个。"
    assert [(t.status, t.count) for t in stated_totals("d", text, [])] == [
        (None, 12), ("完成", 8), ("阶段性成效", 2), ("推进中", 1), ("长期坚持", 1)]
    text = "反馈的6个问题中已基本整改到位4个。"
    assert [(t.status, t.count) for t in stated_totals("d", text, [])] == [
        (None, 6), ("阶段性成效", 4)]


ROLES = (
    "蘅州市图书馆巡察整改台账\n"
    "| 序号 | 反馈问题 | 整改措施 | 责任科室 | 完成时限 |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 1 | 违规发放值班补贴3.2万元 | 全额清退 | 财务室 | 2026年3月底前 |\n"
    "| 2 | 政府采购化整为零 | 修订采购管理办法 | 办公室（牵头）、财务室（配合） | 2026年6月底前 |\n"
    "| 3 | 固定资产账实不符 | 开展资产清查 | 财务室（牵头）、采编部（配合） | 2026年9月底前 |\n"
)


def test_an_office_marked_as_assisting_in_a_lead_cell_is_a_helper() -> None:
    from corpus.ledger.assignment import LEADING, lead_roles
    notice = corpus.parse_notice(ROLES.encode("utf-8"), "蘅州市图书馆_巡察整改台账.md")
    items = extract_ledger(notice).items
    assert [[s.text for s in i.lead] for i in items] == [["财务室"], ["办公室"], ["财务室"]]
    assert [[s.text for s in i.helpers] for i in items] == [[], ["财务室"], ["采编部"]]
    third = items[2]
    assert lead_roles(notice.text, [(s.start, s.end) for s in third.lead]) == [LEADING]


def test_how_an_office_leads_is_no_topic() -> None:
    from assistant.ledger_intent import read_ledger_ask
    ask = read_ledger_ask("蘅州市图书馆整改任务里，由财务室单独负责或牵头负责的问题是哪些？")
    assert ask is not None and ask.office == "财务室"
    assert "单独" not in ask.topic
