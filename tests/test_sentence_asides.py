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


def test_an_aside_alone_is_quoted_with_the_measure_it_qualifies() -> None:
    """"(城建处牵头；完成时限：10月底前)" as the best sentence says who and when of nothing: the
    quote starts at the measure before it; any other best sentence is quoted as before."""
    from assistant.evidence import _window

    sentences = split_sentences("一是排查燃气隐患。推进老旧小区燃气管道改造,年内完成城区三百个小区的管道更换。"
                                "（城建处牵头；完成时限：10月底前）\n二是加强宣传,每季度开展一次燃气安全进社区活动。", 0)
    assert _window(sentences, {2: 1.0}, 2, 1.0) == (1, 2)
    assert _window(sentences, {1: 1.0}, 1, 1.0) == (1, 1)
    assert _window(sentences, {3: 1.0}, 3, 1.0) == (3, 3)


def test_two_quotes_a_clause_apart_in_one_passage_are_quoted_as_one() -> None:
    from assistant.evidence import JOIN_GAP_CHARS, Evidence, joined
    from tests.support import one_passage_hit

    text = ("三是堵住转移资产逃避追缴的口子。与税务部门共享欠缴信息，建立联合核查机制；"
            "配合法院推进失信名单联合惩戒，防止以转移资产规避执行。\n另起一段的措施。")
    hit = one_passage_hit(text, (), "某局通报", "某局")

    def quote(part: str, score: float) -> Evidence:
        start = text.index(part)
        return Evidence(hit, part, start, start + len(part), score, score, score)

    last = quote("配合法院推进失信名单联合惩戒，防止以转移资产规避执行。", 0.9)
    head = quote("三是堵住转移资产逃避追缴的口子。", 0.8)
    other = quote("另起一段的措施。", 0.5)
    merged = joined([last, head, other])
    assert [e.quote for e in merged] == [text[:text.index("\n")], "另起一段的措施。"]
    assert merged[0].quote == text[merged[0].start:merged[0].end]
    assert len(joined([last, head], gap=JOIN_GAP_CHARS)) == 1
    assert len(joined([last, head], gap=5)) == 2  # the clause between is longer than that
