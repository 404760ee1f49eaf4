"""A citable sentence never ends or begins inside a short bracketed aside."""
from __future__ import annotations

from corpus.sentences import BRACKET_SPAN, sentence_spans, split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, 0)]


def test_an_aside_with_a_semicolon_stays_one_sentence() -> None:
    text = "推进老旧小区燃气管道改造。（城建处牵头；完成时限：10月底前）"
    assert _texts(text) == ["推进老旧小区燃气管道改造。", "（城建处牵头；完成时限：10月底前）"]


def test_an_aside_inside_a_sentence_keeps_its_sentence_whole() -> None:
    text = "开展河道清障(水务科负责;财务科配合)并按月通报。二是加强值守。"
    assert _texts(text) == ["开展河道清障(水务科负责;财务科配合)并按月通报。", "二是加强值守。"]


def test_an_unclosed_or_long_bracket_splits_as_before() -> None:
    assert _texts("一是(未闭合;二是完成。") == ["一是(未闭合;", "二是完成。"]
    long = "(" + "很长的说明" * (BRACKET_SPAN // 5) + ";下一句)"
    assert len(_texts(long)) == 2


def test_spans_for_passages_still_split_inside_brackets() -> None:
    """Passage and ledger splitting keep their boundaries: only citations read asides."""
    text = "(甲科负责;完成时限:5月底)"
    assert len(sentence_spans(text, 0, len(text))) == 2
    assert len(sentence_spans(text, 0, len(text), asides=True)) == 1


def test_offsets_stay_exact() -> None:
    text = "前言。\n（办公室牵头；全年实施）后续工作。"
    for s in split_sentences(text, 7):
        assert text[s.start - 7:s.end - 7] == s.text
