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



SUMMARY = (
    "蘅塘县商务局2025年工作总结和2026年工作打算\n"
    "一、2025年工作回顾\n全年实现社会消费品零售总额86.4亿元，同比增长5.2%。\n"
    "二、2026年工作打算\n"
    "（一）提振县域消费。举办促消费活动20场，发放消费券800万元。此项工作由市场运行股牵头，副局长岑若川分管。\n"
    "（二）发展农村电商。新建村级电商服务站35个。此项工作由电子商务股牵头，分管领导为副局长蓝溪亭。\n"
    "蘅塘县商务局\n2026年1月12日\n"
)


@pytest.fixture(scope="module")
def summary_bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder,
                           {"蘅塘县商务局_2025年工作总结.txt": SUMMARY}, "summary")


def test_who_leads_this_work_is_read_from_the_cited_paragraph(summary_bot):
    """"这项工作由哪位领导分管?" after a figure of one paragraph of a summary (no ledger item
    cited): that paragraph's "此项工作由…分管" sentence, not another paragraph's "分管领导为…"."""
    first = "蘅塘县商务局2026年要举办多少场促消费活动?"
    history = [Turn("user", first), Turn("assistant", summary_bot.ask(first).text)]
    who = summary_bot.ask("这项工作由哪位领导分管?", history=history)
    assert who.resolved.startswith("（一）提振县域消费"), who.resolved  # asked of its line
    assert "岑若川" in who.citations[0].quote, who.text
    assert not any("蓝溪亭" in c.quote and "岑若川" not in c.quote for c in who.citations[:1])
