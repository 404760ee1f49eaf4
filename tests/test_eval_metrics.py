"""Retrieval metrics on hand-made rankings whose scores are known, and span-based relevance."""
from __future__ import annotations

import math

import pytest

from corpus.models import Passage
from eval.gold import LocatedGold, coverage
from eval.metrics import (
    completeness, latency, ndcg, reciprocal_rank, recall_at, score_question, summarise,
)
from eval.ncp import covers
from eval.spans import Span, find_spans

NONE = frozenset()
G0, G1, G2 = frozenset({0}), frozenset({1}), frozenset({2})


def test_recall_any_is_a_hit_once_any_gold_is_in_the_top_k():
    ranking = [NONE, NONE, G1, G0]
    assert recall_at(ranking, 2, "any", 1) == 0.0
    assert recall_at(ranking, 2, "any", 2) == 0.0
    assert recall_at(ranking, 2, "any", 3) == 1.0


def test_recall_all_is_the_share_of_golds_found():
    ranking = [G0, NONE, G2, NONE, NONE, G1]
    assert recall_at(ranking, 3, "all", 1) == pytest.approx(1 / 3)
    assert recall_at(ranking, 3, "all", 5) == pytest.approx(2 / 3)
    assert recall_at(ranking, 3, "all", 10) == 1.0


def test_reciprocal_rank_of_first_relevant_within_depth():
    assert reciprocal_rank([NONE, NONE, G0]) == pytest.approx(1 / 3)
    assert reciprocal_rank([NONE] * 10 + [G0]) == 0.0  # rank 11 is beyond @10
    assert reciprocal_rank([]) == 0.0


def test_ndcg_any_counts_only_the_first_relevant_passage():
    assert ndcg([G0, G1], 2, "any") == 1.0
    assert ndcg([NONE, G0], 1, "any") == pytest.approx(1 / math.log2(3))


def test_ndcg_all_counts_each_gold_once():
    ideal = 1 + 1 / math.log2(3)
    # two passages overlapping the same quote do not count twice
    assert ndcg([G0, G0, NONE, G1], 2, "all") == pytest.approx((1 + 1 / math.log2(5)) / ideal)
    assert ndcg([G1, G0], 2, "all") == 1.0
    # a single passage covering both golds is capped at 1
    assert ndcg([G0 | G1], 2, "all") == 1.0
    assert ndcg([NONE] * 5, 2, "all") == 0.0


def test_score_question_and_summaries():
    complete = score_question([G0, G1], 2, "all")
    partial = score_question([NONE, G1] + [NONE] * 10 + [G0], 2, "all")
    assert complete.complete and complete.found_share == 1.0 and complete.first_rank == 1
    assert not partial.complete and partial.found_share == 0.5 and partial.first_rank == 2
    summary = summarise([complete, partial])
    assert summary.count == 2
    assert summary.recall[1] == pytest.approx((0.5 + 0.0) / 2)
    assert summary.mrr == pytest.approx((1 + 0.5) / 2)
    done = completeness([complete, partial])
    assert done.complete_rate == 0.5 and done.found_share == 0.75


def test_latency_mean_and_nearest_rank_p95():
    result = latency([i / 1000 for i in range(1, 101)])  # 1..100 ms
    assert result.mean_ms == pytest.approx(50.5)
    assert result.p95_ms == pytest.approx(95.0)
    assert latency([]).count == 0


def _passage(doc: str, start: int, end: int, ordinal: int = 0) -> Passage:
    return Passage(f"{doc}#{ordinal:04d}", doc, ordinal, (), "x" * (end - start), start, end)


def test_span_overlap_relevance_is_chunking_proof():
    gold = LocatedGold("a", "quote", (Span(100, 120),))
    whole = _passage("a", 50, 200)
    first_half = _passage("a", 50, 110)  # the quote is cut by a passage boundary
    second_half = _passage("a", 110, 200)
    before = _passage("a", 0, 100)  # touches the quote's start but shares no character
    other_doc = _passage("b", 50, 200)
    assert coverage([whole, first_half, second_half, before, other_doc], [gold]) == [
        G0, G0, G0, NONE, NONE,
    ]


def test_any_occurrence_of_a_repeated_quote_counts():
    golds = [LocatedGold("a", "q", (Span(0, 5), Span(300, 305))),
             LocatedGold("b", "r", (Span(0, 9),))]
    assert coverage([_passage("a", 290, 400), _passage("b", 0, 3)], golds) == [G0, G1]


def test_find_spans_exact_then_normalised():
    text = "一、总体情况\n二、整改措施:共计１２项"
    assert find_spans(text, "整改措施") == [Span(9, 13)]
    assert find_spans(text, "共计12项") == [Span(14, 19, exact=False)]
    assert find_spans(text, "整改 措施") == [Span(9, 13, exact=False)]
    assert find_spans(text, "不存在的引文") == []


def test_ncp_passage_covers_answer_rule():
    short = [Span(100, 120)]
    assert covers(_passage("d", 90, 200), "d", short)  # contains the answer
    assert covers(_passage("d", 110, 200), "d", short)  # half of a cut answer
    assert not covers(_passage("d", 115, 200), "d", short)  # a quarter only
    assert not covers(_passage("e", 90, 200), "d", short)  # other document
    long = [Span(0, 1000)]
    assert covers(_passage("d", 400, 500), "d", long)  # passage inside a long answer
    assert not covers(_passage("d", 960, 1100), "d", long)  # 40 of 140 characters


def test_abstention_rule_on_hand_made_signals():
    from assistant.abstention import GAP_THRESHOLD, Signals, dense_gap, should_abstain

    plateau = [0.90, 0.899, 0.899, 0.898, 0.898, 0.897, 0.897, 0.896, 0.896, 0.895]
    standout = [0.93] + plateau[1:]
    assert should_abstain(Signals(dense_gap(plateau)))  # gap 0.005
    assert not should_abstain(Signals(dense_gap(standout)))  # gap 0.035
    assert should_abstain(Signals(GAP_THRESHOLD - 1e-4))
    assert not should_abstain(Signals(GAP_THRESHOLD))
    assert should_abstain(Signals(dense_gap([])))  # nothing retrieved
    assert not should_abstain(Signals(dense_gap([0.9, 0.7])))  # too few passages to judge


def test_abstention_rates_split_answerable_from_unanswerable():
    from eval.abstain import AbstentionResult

    result = AbstentionResult(
        threshold=0.01,
        gaps={"n1": 0.002, "n2": 0.02, "a1": 0.005, "a2": 0.03, "a3": 0.04, "a4": 0.05},
        answerable_ids=frozenset({"a1", "a2", "a3", "a4"}),
    )
    assert (result.negatives, result.answerable) == (2, 4)
    assert result.abstention_rate == 0.5 and result.false_abstention_rate == 0.25
    assert result.rates(0.03) == (1.0, 0.25)
