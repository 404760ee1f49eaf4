"""A column of a table ledger asked by its header ("这项督查发现了什么问题?" of a row whose table has
a 督查发现的问题 column): that row's cell, cited, or said to be blank. Written here in other
wordings than the held-out notices' (蘅塘县). Real model, a small real index."""
from __future__ import annotations

import pytest

import corpus
from assistant.ledger_columns import asked_cells, header_asked
from assistant.models import Turn
from corpus.ledger import extract_ledger
from support import small_assistant

TABLE = (
    "蘅塘县人民政府办公室关于2026年上半年民生实事推进情况的督查通报\n"
    "一、推进情况\n"
    "| 序号 | 实事项目 | 责任单位 | 推进情况 | 督查发现的问题 |\n"
    "| 1 | 改造农村危房120户 | 县住房和城乡建设局 | 正在推进。已完工86户 | 部分农户自筹资金不到位 |\n"
    "| 2 | 新增公办幼儿园学位600个 | 县教育局 | 已完成。600个学位全部投用 |  |\n"
    "| 3 | 建设城乡供水一体化管网40公里 | 县水利局 | 正在推进。已铺设管网22公里 | 施工单位人员不足，进度滞后 |\n"
    "二、下步要求\n各责任单位要于7月31日前报送整改情况。\n"
    "蘅塘县人民政府办公室\n2026年7月10日\n"
)
NAME = "蘅塘县人民政府办公室_民生实事督查通报.txt"


def test_a_header_is_named_by_its_words() -> None:
    names = ["序号", "实事项目", "责任单位", "推进情况", "督查发现的问题"]
    assert header_asked("它督查发现了什么问题?", names) == 4
    assert header_asked("第三项的推进情况怎么样?", names, skip={3}) is None  # read already
    assert header_asked("这项谁负责?", names) is None


def test_a_rows_cell_under_the_named_column() -> None:
    notice = corpus.parse_notice(TABLE.encode("utf-8"), NAME)
    items = extract_ledger(notice).items
    assert [i.problem.text for i in items][:1] == ["改造农村危房120户"]
    found = asked_cells("督查发现了什么问题?", items, {notice.doc_id: notice})
    assert [notice.text[c.cell.start:c.cell.end] for c in found] == [
        "部分农户自筹资金不到位", "", "施工单位人员不足，进度滞后"]
    assert asked_cells("由谁负责?", items, {notice.doc_id: notice}) == []


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder, {NAME: TABLE}, "columns")


def test_an_item_followed_up_by_a_column_it_alone_has(bot):
    first = "蘅塘县人民政府办公室督查通报里，县水利局负责哪些民生实事？"
    history = [Turn("user", first), Turn("assistant", bot.ask(first).text)]
    answer = bot.ask("这项督查发现了什么问题？", history=history)
    assert any("施工单位人员不足，进度滞后" in c.quote for c in answer.citations), answer.text
    assert not any("自筹资金" in c.quote for c in answer.citations), answer.text

