"""A ledger item's field its row does not record but its own text states ("9月底前全部上线"):
a follow-up asking it is answered from the item's passages, not refused. Real model, a small
real index of a notice written here."""
from __future__ import annotations

import pytest

from assistant.models import Turn
from support import small_assistant

PLAN = (
    "白石县政务服务管理局关于印发《白石县政务服务管理局2025年工作要点》的通知\n"
    "各乡镇人民政府，局机关各股室：\n现将《2025年工作要点》印发给你们，请认真抓好落实。\n"
    "一、深化政务服务改革\n"
    "1. 新推出“高效办成一件事”集成服务12项，9月底前全部上线，累计达到30项。（责任单位：审批股）\n"
    "2. 推进乡镇便民服务中心标准化建设，年内完成8个乡镇改造。（责任单位：基层股）\n"
    "二、加强作风建设\n"
    "1. 开展窗口服务“好差评”专项治理，差评整改率保持100%。（责任单位：办公室）\n"
    "白石县政务服务管理局\n2025年2月18日\n"
)


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder,
                           {"白石县政务服务管理局_2025年工作要点.txt": PLAN}, "item")


def test_when_an_item_is_due_is_read_from_its_own_text(bot):
    first = "白石县政务服务管理局今年要新推出多少项“一件事”集成服务?"
    history = [Turn("user", first), Turn("assistant", bot.ask(first).text)]
    who = "这项谁负责?"
    history += [Turn("user", who), Turn("assistant", bot.ask(who, history=list(history)).text)]
    when = bot.ask("什么时候完成?", history=history)
    assert not when.abstained, when.text
    assert any("9月底前全部上线" in c.quote for c in when.citations), when.text

