"""Passages: ids, offsets, full coverage of the body, splitting of long and flattened text."""
from __future__ import annotations

import re

import pytest

import corpus
from corpus.passages import MAX_PASSAGE_CHARS, OVERLAP_SENTENCES, split_paragraph
from corpus.sentences import sentence_spans
from corpus.signature import signature_lines

SHIPPED = [path.stem for path in corpus.iter_notice_files([corpus.shipped_notices_dir()])]


def parse(text: str, name: str = "x.txt") -> corpus.Notice:
    return corpus.parse_notice(text.encode("utf-8"), name)


def lines_with_spans(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def assert_body_covered(notice: corpus.Notice) -> None:
    """Every character of every line is in a passage, unless the line is a heading only or
    belongs to the signature block (metadata)."""
    text = notice.text
    covered = bytearray(len(text))
    for p in notice.passages:
        covered[p.start:p.end] = b"\x01" * (p.end - p.start)
    spans = list(lines_with_spans(text))
    signed = signature_lines([text[start:end] for start, end in spans])
    for number, (start, end) in enumerate(spans):
        missing = [i for i in range(start, end) if not covered[i] and not text[i].isspace()]
        if not missing:
            continue
        if number in signed:
            assert not any(covered[start:end]), f"signature in a passage: {text[start:end]!r}"
            continue
        heading = next((h for h in notice.headings if start <= h.start and h.end <= end), None)
        assert heading is not None, f"text lost: {text[start:end]!r}"
        assert not any(covered[start:end]), f"line partly covered: {text[start:end]!r}"
        rest = text[start:heading.start] + text[heading.end:end]
        assert re.fullmatch(r"[#\s:：。;；]*", rest), f"heading line lost text: {text[start:end]!r}"


@pytest.fixture(scope="module", params=SHIPPED)
def shipped(request) -> corpus.Notice:
    return corpus.load_notice(corpus.shipped_notices_dir() / f"{request.param}.txt")


def test_offsets_ids_and_lengths(shipped) -> None:
    assert shipped.passages
    for ordinal, p in enumerate(shipped.passages):
        assert shipped.text[p.start:p.end] == p.text
        assert p.text == p.text.strip() and p.text
        assert p.ordinal == ordinal and p.doc_id == shipped.doc_id
        assert p.passage_id == f"{shipped.doc_id}#{ordinal:04d}"
        assert len(p.text) <= MAX_PASSAGE_CHARS
    starts = [p.start for p in shipped.passages]
    assert starts == sorted(starts)


def test_every_body_character_is_in_a_passage(shipped) -> None:
    assert_body_covered(shipped)


def test_heading_only_lines_reach_the_passages_below(shipped) -> None:
    in_sections = {h for p in shipped.passages for h in p.section}
    passage_starts = {p.start for p in shipped.passages}
    for h in shipped.headings:
        assert h.text in in_sections or h.start in passage_starts, h.text


def test_ids_are_stable_across_reads() -> None:
    path = corpus.shipped_notices_dir() / f"{SHIPPED[0]}.txt"
    first, second = corpus.load_notice(path), corpus.load_notice(path)
    assert [p.passage_id for p in first.passages] == [p.passage_id for p in second.passages]
    assert [p.text for p in first.passages] == [p.text for p in second.passages]


def _long_paragraph(sentences: int) -> str:
    return "".join(f"第{i}句话讲的是整改措施落实情况和下一步工作安排要求。" for i in range(sentences))


def test_long_paragraph_split_at_sentences_with_overlap() -> None:
    text = "（一）强化组织领导。" + _long_paragraph(40)
    notice = parse("一、总体要求\n" + text + "\n结尾段落。")
    pieces = [p for p in notice.passages if text.find(p.text) >= 0 and p.text in text]
    assert len(pieces) >= 4
    for p in pieces:
        assert len(p.text) <= MAX_PASSAGE_CHARS
        assert p.text.endswith("。")
    for before, after in zip(pieces, pieces[1:]):
        spans = sentence_spans(before.text, 0, len(before.text))
        last = before.text[spans[-OVERLAP_SENTENCES][0]:]
        assert after.text.startswith(last)  # one sentence of overlap
    assert pieces[0].section == ("一、总体要求",)
    assert pieces[1].section == ("一、总体要求", "（一）强化组织领导")  # heading carried on
    assert_body_covered(notice)


def test_split_paragraph_covers_text_without_gaps() -> None:
    text = _long_paragraph(25)
    pieces = split_paragraph(text, 0, len(text))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    for (s1, e1), (s2, e2) in zip(pieces, pieces[1:]):
        assert s2 <= e1 < e2  # overlapping or touching, always moving forward
    assert all(e - s <= MAX_PASSAGE_CHARS for s, e in pieces)


def test_sentence_longer_than_the_limit_is_cut_at_clauses_then_hard() -> None:
    clauses = "，".join(["加强应急值守工作"] * 80) + "。"
    no_punctuation = "应" * (MAX_PASSAGE_CHARS * 3 + 7)
    for text in (clauses, no_punctuation):
        notice = parse(text)
        assert all(len(p.text) <= MAX_PASSAGE_CHARS for p in notice.passages)
        assert_body_covered(notice)


def test_short_fragments_are_merged_but_sentences_stay_alone() -> None:
    notice = parse("一、整改情况\n整改情况：已经合并党支部，调整支部委员，规范组织生活，开展主题党日活动。"
                   "\n此问题已整改完成。\n中共某某市应急管理局委员会\n2021年7月29日")
    texts = [p.text for p in notice.passages]
    assert "此问题已整改完成。" in texts
    # The signature block is metadata, not a passage (issue 8).
    assert not any("中共某某市应急管理局委员会" in t or "2021年7月29日" in t for t in texts)
    assert notice.meta.agency == "某某市应急管理局" and notice.meta.written_date == "2021-07-29"


def test_flattened_document_is_split_into_sections_and_passages() -> None:
    body = "各地要高度重视疫情防控工作，切实加强组织领导，压实各方责任，确保各项措施落实到位。"
    flat = " ".join([
        "某某省卫生健康委员会关于做好疫情防控工作的通知", "各市卫生健康委：", "为做好疫情防控工作，现通知如下。",
        "一、总体要求", body * 3, "二、工作措施", "（一）加强监测。" + body * 6, "（二）强化救治。" + body,
        "第三条 本通知自印发之日起施行。",
        "\u3000\u3000某某省卫生健康委员会", "\u3000\u30002020年2月10日",
    ])
    assert "\n" not in flat
    notice = parse(flat)
    assert notice.meta.title == "某某省卫生健康委员会关于做好疫情防控工作的通知"
    assert notice.meta.written_date == "2020-02-10"
    assert notice.meta.agency == "某某省卫生健康委员会"
    headings = [h.text for h in notice.headings]
    assert headings[:4] == ["一、总体要求", "二、工作措施", "（一）加强监测", "（二）强化救治"]
    assert all(len(p.text) <= MAX_PASSAGE_CHARS for p in notice.passages)
    measures = [p for p in notice.passages if p.text.startswith("（一）加强监测")]
    assert measures and measures[0].section == ("二、工作措施",)
    assert_body_covered(notice)


def test_flattened_text_without_any_break_is_split_by_sentences() -> None:
    text = _long_paragraph(60)
    notice = parse(text)
    assert len(notice.passages) >= 6
    assert all(len(p.text) <= MAX_PASSAGE_CHARS and p.text.endswith("。") for p in notice.passages)
    assert_body_covered(notice)


def test_spaces_inside_ordinary_paragraphs_are_kept() -> None:
    text = "各地要继续擦亮“应急铁军 竭诚为民”党建品牌。\n济应急发〔2022〕1号 关于印发《工作要点》的通知"
    assert parse(text).text.split("\n")[0] == "各地要继续擦亮“应急铁军 竭诚为民”党建品牌。"


def test_an_item_in_labelled_lines_is_one_passage() -> None:
    """Written for this test: each problem line with its measure and the short lines that
    state its office, deadline and progress, never with the next problem."""
    from corpus.headings import parse_structure
    from corpus.passages import build_passages

    text = ("问题1：河道保洁不到位\n整改措施：聘请保洁公司对12条河道每日巡查保洁，建立河长巡河记录。\n"
            "责任股室：河湖管理股\n整改时限：2025年3月31日前\n整改进展：已完成\n"
            "问题2：防汛物资储备不足\n整改措施：新购置编织袋2万条、救生衣300件，入库登记。\n"
            "责任股室：防汛抗旱股\n整改时限：2025年5月31日前\n整改进展：已完成\n")
    passages = build_passages(text, parse_structure(text), "d")
    assert [p.text.split("\n")[0] for p in passages] == ["问题1：河道保洁不到位", "问题2：防汛物资储备不足"]
    assert all(p.text.endswith("整改进展：已完成") for p in passages)
    assert all(text[p.start:p.end] == p.text for p in passages)
