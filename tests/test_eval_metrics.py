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


# --- answer level: outcomes per split, conversations asked with their history ----------


class _FakeNotice:
    def __init__(self, text):
        self.text = text


class _FakeAssistant:
    """Answers from a script keyed by question; records the history of each call."""

    TEXT = "甲单位建设了二十个站。乙单位没有说明投资。"

    def __init__(self, script):
        from types import SimpleNamespace

        self.script = script  # question -> (start, end) cited in TEXT, or None: refuse
        self.calls = []
        self.searcher = SimpleNamespace(
            index=SimpleNamespace(notices={"d": _FakeNotice(self.TEXT)}))

    def ask(self, question, history=()):
        from assistant.models import Answer, Citation

        self.calls.append((question, [(t.role, t.content) for t in history]))
        span = self.script.get(question)
        if span is None:
            return Answer(question, question, "未找到", True, [], [])
        start, end = span
        quote = self.TEXT[start:end]
        citation = Citation(1, "d", "t", "a", None, None, (), "d#0000", quote, start, end, 0,
                            len(self.TEXT))
        return Answer(question, question, f"{quote}[1]", False, [citation], [])


def test_answer_outcomes_split_into_dev_and_test():
    from eval.answers import evaluate_answers
    from eval.questions import Gold, Question

    questions = [
        Question("a", "建了几个站?", "fact", "any", (Gold("d", "二十个站"),), "dev"),
        Question("b", "投资多少?", "negative", "any", (), "dev"),
        Question("c", "乙单位呢?", "fact", "any", (Gold("d", "乙单位"),), "test"),
        Question("e", "丙单位?", "negative", "any", (), "test"),
    ]
    bot = _FakeAssistant({"建了几个站?": (0, 11), "乙单位呢?": (0, 11), "丙单位?": (11, 21)})
    result = evaluate_answers(bot, questions)
    dev, test = result.subset("dev").to_json(), result.subset("test").to_json()
    assert (dev["answer_recall"], dev["negative_precision"], dev["false_abstentions"]) == (1.0, 1.0, 0)
    assert (test["answer_recall"], test["negative_precision"]) == (0.0, 0.0)
    assert test["misses"] == ["c"] and test["uncaught_negative_ids"] == ["e"]
    assert result.to_json()["citation_exactness"] == 1.0 and result.citation_failures == 0
    assert result.subset("all") is result and result.answerable == 2


def test_conversation_turns_are_asked_with_the_history_and_judged_per_turn():
    from eval.answers import evaluate_conversations
    from eval.questions import Conversation, ConversationTurn, Gold

    conversation = Conversation("q9", (
        ConversationTurn("甲单位建了几个站?", "any", (Gold("d", "二十个站"),)),
        ConversationTurn("乙单位呢?", "any", (Gold("d", "乙单位"),), "agency_switch"),
        ConversationTurn("投资多少?", "any", (), "near_miss"),
    ), "test")
    bot = _FakeAssistant({"甲单位建了几个站?": (0, 11), "乙单位呢?": (11, 21)})
    result = evaluate_conversations(bot, [conversation])
    assert [o.right for o in result.outcomes] == [True, True, True]
    assert [o.id for o in result.outcomes] == ["q9#1", "q9#2", "q9#3"]
    assert bot.calls[0][1] == []
    assert bot.calls[2][1] == [("user", "甲单位建了几个站?"), ("assistant", "甲单位建设了二十个站。[1]"),
                               ("user", "乙单位呢?"), ("assistant", "乙单位没有说明投资。[1]")]
    data = result.subset("test").to_json()
    assert (data["turns"], data["turn_accuracy"], data["conversations_all_right"]) == (3, 1.0, 1)
    assert data["by_kind"]["near_miss"] == {"turns": 1, "right": 1, "accuracy": 1.0}
    assert result.subset("dev").to_json()["turns"] == 0


def test_a_refused_answerable_turn_and_an_answered_refusal_are_wrong():
    from eval.answers import evaluate_conversations
    from eval.questions import Conversation, ConversationTurn, Gold

    conversation = Conversation("q8", (
        ConversationTurn("甲单位建了几个站?", "any", (Gold("d", "二十个站"),)),
        ConversationTurn("投资多少?", "any", (), "near_miss"),
    ), "dev")
    bot = _FakeAssistant({"投资多少?": (11, 21)})  # refuses the first, answers the second
    data = evaluate_conversations(bot, [conversation]).to_json()
    assert data["turns_right"] == 0 and data["false_refusals"] == 1
    assert data["wrong_turns"] == ["q8#1", "q8#2"]


def test_split_assignment_is_stratified_and_never_moves_a_record():
    from eval.split import assign_splits

    records = [{"id": f"q{i:03d}", "type": t} for i, t in enumerate(["fact"] * 5 + ["negative"] * 4)]
    first = assign_splits([dict(r) for r in records])
    again = assign_splits([dict(r) for r in records])
    assert [r["split"] for r in first] == [r["split"] for r in again]  # fixed seed
    for t in ("fact", "negative"):
        splits = [r["split"] for r in first if r["type"] == t]
        assert abs(splits.count("dev") - splits.count("test")) <= 1
    kept = assign_splits([{"id": "x", "type": "fact", "split": "test"}] + [dict(records[0])])
    assert kept[0]["split"] == "test" and kept[1]["split"] == "dev"


def test_ncp_copies_of_one_text_are_one_document(tmp_path):
    """A benchmark that holds a text twice under two ids: the index keeps it once, so the
    loader keeps the smallest id and points the copy's questions at it."""
    import json

    from eval.ncp import load_ncp

    docs = [{"docid": "b2", "text": "同一份通知的全文。"}, {"docid": "a1", "text": "同一份通知的全文。"},
            {"docid": "c3", "text": "另一份通知。"}]
    questions = [{"id": "1", "question": "问题一", "docid": "b2", "answer": "全文"},
                 {"id": "2", "question": "问题二", "docid": "c3", "answer": "另一份"}]
    for name, rows in (("documents.jsonl", docs), ("questions.jsonl", questions)):
        (tmp_path / name).write_text(
            "\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    kept, asked = load_ncp(tmp_path)
    assert sorted(kept) == ["a1", "c3"]
    assert [q.docid for q in asked] == ["a1", "c3"]


def test_a_lists_agencies_are_counted_cited_with_gold_without_and_missed():
    from types import SimpleNamespace

    from assistant.models import Answer, Citation
    from eval.answers import AnswerResult, _outcome
    from eval.gold import LocatedGold
    from eval.spans import Span

    text = "甲局建站。乙局修路。丙局植树。"
    notices = {d: SimpleNamespace(text=text, meta=SimpleNamespace(agency=a))
               for d, a in (("d1", "甲局"), ("d2", "乙局"), ("d3", "丙局"))}

    def cite(n, doc, agency, start, end):
        return Citation(n, doc, "t", agency, None, None, (), f"{doc}#0", text[start:end],
                        start, end, 0, len(text))

    located = [LocatedGold("d1", "甲局建站", (Span(0, 4),)),
               LocatedGold("d2", "乙局修路", (Span(5, 9),))]
    answer = Answer("q", "q", "…", False, [cite(1, "d1", "甲局", 0, 5),
                                           cite(2, "d3", "丙局", 10, 15)], [])
    listed = _outcome("q", "dev", "all", True, located, answer, notices, 0.0)
    assert (listed.agencies_right, listed.agencies_without_gold, listed.agencies_missed) == (1, 1, 1)
    one = _outcome("q", "dev", "any", True, located, answer, notices, 0.0)
    assert (one.agencies_right, one.agencies_without_gold, one.agencies_missed) == (0, 0, 0)
    summary = AnswerResult.of([listed, one]).to_json()
    assert summary["list_agency_precision"] == 0.5 and summary["list_agencies_missed"] == 1
