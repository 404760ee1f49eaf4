"""Signature blocks are metadata, not passages; bare numbering markers rejoin their text
(issue 8)."""
from __future__ import annotations

import pytest

import corpus
from corpus.dates import is_date_line

# The signature block closing each shipped notice, and the written date read from it
# (004 has none: its date comes from the page header).
SIGNATURES = {
    "000_b11a1ea20a8bf83a": (["中共济南市应急管理局委员会", "2021年7月29日"], "2021-07-29"),
    "001_ecc79a59d6b2dddb": (["浙江省应急管理厅", "2020年3月25日"], "2020-03-25"),
    "002_312f4fbce6d84a6f": (["中共东莞市应急管理局委员会", "2021年9月7日"], "2021-09-07"),
    "003_e0255f2b0979fd34": (["中共中山市应急管理局委员会", "2025年9月12日"], "2025-09-12"),
    "004_d68b0da8e0b90ed2": ([], "2022-03-02"),
}


@pytest.mark.parametrize("doc_id", sorted(SIGNATURES))
def test_signature_block_is_metadata_not_a_passage(doc_id: str) -> None:
    notice = corpus.load_notice(corpus.shipped_notices_dir() / f"{doc_id}.txt")
    block, written = SIGNATURES[doc_id]
    lines = notice.text.split("\n")
    passage_lines = [line for p in notice.passages for line in p.text.split("\n")]
    for line in block:
        assert line in lines  # still in the cleaned text (offsets unchanged) ...
        assert line not in passage_lines  # ... but in no passage
    assert not [line for line in passage_lines if is_date_line(line)]
    assert notice.meta.written_date == written
    assert notice.meta.agency.endswith(("应急管理局", "应急管理厅"))
    for p in notice.passages:
        assert notice.text[p.start:p.end] == p.text


def test_joint_signature_and_one_line_signature() -> None:
    text = ("某某县应急管理局关于防汛工作的通知\n一、加强值守\n汛期实行24小时值班。\n"
            "某某县应急管理局\n某某县水务局\n2023年6月1日\n")
    notice = corpus.parse_notice(text.encode(), "x.txt")
    assert [p.text for p in notice.passages][-1] == "汛期实行24小时值班。"
    assert notice.meta.written_date == "2023-06-01"
    one_line = corpus.parse_notice("关于值班的通知\n各单位要落实值班。\n北京市交通委员会 2020年2月7日"
                                   .encode(), "y.txt")
    assert all("2020年2月7日" not in p.text for p in one_line.passages)
    assert one_line.meta.written_date == "2020-02-07"


@pytest.mark.parametrize("marker", ["7.", "7、", "（三）", "(3)", "三、"])
def test_numbered_item_split_from_its_text_is_rejoined(marker: str) -> None:
    text = f"某市应急管理局2024年工作要点\n一、强化应急准备\n{marker}\n组织开展森林防火专项检查。\n"
    notice = corpus.parse_notice(text.encode(), "x.txt")
    lines = [line for p in notice.passages for line in p.text.split("\n")]
    assert f"{marker}组织开展森林防火专项检查。" in lines
    assert marker not in lines
    for p in notice.passages:
        assert notice.text[p.start:p.end] == p.text
