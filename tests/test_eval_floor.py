"""Retrieval quality floors on the own question set, with the real model and a real index.

Each floor sits a few points under what the run named beside it measured, so a regression
in corpus/ (cleaning, passages) or index/ (tokens, fusion) fails here before it ships.
If questions are added to eval/questions.jsonl, re-measure with `notices eval` and move
the floors with the new numbers (eval/README.md, tuning log).
"""
from __future__ import annotations

import pytest

from eval.own_set import evaluate_own
from eval.questions import DEFAULT_SET, load_questions

# mode -> (Recall@5, MRR@10, complete recall of need=all questions), over the standalone
# questions of both splits (conversations are scored at answer level only).
# Measured on the set grown by the dev-only batches q365-q491, written blind to the code in
# everyday words (eval/README.md, sessions of 2026-12-05, seventh and eighth: 404 standalone
# questions, 270 scored, 82 need=all), which pulled every mode down (hybrid R@5 0.913 before
# q365, 0.863-0.875 with q365-q451, 0.850 with q452-q491: the fresh-clone index and the
# cached one differ by a question or two). Margins: about 0.025-0.03 for R@5 and MRR (seven
# or eight questions of 270), three questions (0.035) for complete recall.
# With the fifth blind batch q492-q531 (session of 2026-12-06: 290 scored, 94 need=all) every
# mode fell again (hybrid R@5 0.850 -> 0.829); the floors moved to keep the same margins.
# With the sixth q532-q571 (session of 2026-12-06, second: 315 scored) the floors hold with the
# same margins: bm25 0.769 / 0.720 / 0.495, dense 0.736 / 0.697 / 0.224, hybrid 0.829 / 0.813
# / 0.449.
FLOORS: dict[str, tuple[float, float, float]] = {
    "bm25": (0.74, 0.69, 0.44),  # measured 0.766, 0.713, 0.479
    "dense": (0.71, 0.68, 0.19),  # measured 0.743, 0.708, 0.223
    "hybrid": (0.80, 0.78, 0.39),  # measured 0.829, 0.811, 0.426
}


@pytest.fixture(scope="module")
def own_result(searcher):
    return evaluate_own(searcher, load_questions(DEFAULT_SET), modes=list(FLOORS))


def test_every_gold_quote_is_found_in_the_cleaned_text(own_result):
    fatal = [p.message for p in own_result.golds.problems if p.fatal]
    assert not fatal, fatal


@pytest.mark.parametrize("mode", list(FLOORS))
def test_recall_mrr_and_complete_recall_floors(own_result, mode):
    recall5, mrr, complete = FLOORS[mode]
    result = own_result.modes[mode]
    assert result.overall.recall[5] >= recall5
    assert result.overall.mrr >= mrr
    assert result.need_all.complete_rate >= complete


# Abstention at GAP_THRESHOLD, same run: 16/54 unanswerable questions caught (0.296), 13/171
# answerable ones wrongly refused (0.076). Bounds allow two to four questions either way.
# Own set with the 12 dev-only near-miss negatives (q278-q289): still 16 caught, of 66
# (0.242): a near miss asks about a topic the notices cover, so the retrieval-level gap never
# fires on it (the answer level refuses them: eval/README.md). Floor 0.2: three questions.
# With the 15 dev-only near misses q335-q349 (eval/README.md, "session of 2026-12-04, night"):
# 18 caught of 91 (0.198), for the same reason. Floor 0.17: about three questions.
# With the blind batches q365-q451 (250 answerable, 114 negatives): 0.202 caught; answerable
# wrongly refused at retrieval level 0.100-0.128 (everyday wordings leave small dense gaps;
# the answer level does not use this signal). Ceiling 0.15: about five questions.
MIN_ABSTENTION_ON_NEGATIVES = 0.17
MAX_FALSE_ABSTENTION = 0.15


def test_abstention_rates(own_result):
    assert own_result.abstention.abstention_rate >= MIN_ABSTENTION_ON_NEGATIVES
    assert own_result.abstention.false_abstention_rate <= MAX_FALSE_ABSTENTION


# Answer level (eval/answers.py), own set v2 before tuning (eval/README.md): answer recall
# 0.754 (129/171), complete recall of cited quotes 0.483 (14/29), 42/54 unanswerable
# refused, 3/171 answerable refused, 0 citation failures; conversations 67/92 turns right
# (0.728). (On the v1 questions alone this is still run A10: 84/107, 12/17, 11/12, 2/107.)
# Margins: three questions for answer recall, one for complete recall, two for the counts,
# three turns for conversations.
# Raised after issue 18's evidence work (eval/README.md, "Issue 18, dev runs", run E3, both
# splits): answer recall 0.854 (146/171), complete recall 0.586 (17/29), 46/54 refused, 3/171
# answerable refused. After merging the conversation resolver (same README section, "after
# the merge"): 48/54 refused, turns 78/92 (0.848); the rest as E3. Same margins.
ANSWER_FLOORS = {"answer_recall": 0.83, "complete_recall_need_all": 0.55}
MIN_CAUGHT = 46
# On the set grown to 270 answerable questions (session of 2026-12-05, eighth: 5/270 refused
# wrongly, 2 of them dev): the same share as 3/171 with two questions of margin.
MAX_FALSE_ABSTENTIONS = 7
MIN_TURN_ACCURACY = 0.81


@pytest.fixture(scope="module")
def answers(assistant):
    from eval.answers import evaluate_answers

    return evaluate_answers(assistant, load_questions(DEFAULT_SET))


def test_every_citation_is_the_exact_text_of_its_notice(answers):
    assert answers.citations > 100 and answers.citation_failures == 0


def test_answer_level_floors(answers):
    data = answers.to_json()
    for key, floor in ANSWER_FLOORS.items():
        assert data[key] >= floor, (key, data[key])
    assert answers.caught >= MIN_CAUGHT and answers.false_abstentions <= MAX_FALSE_ABSTENTIONS


@pytest.fixture(scope="module")
def dialogues(assistant):
    from eval.answers import evaluate_conversations
    from eval.questions import load_conversations

    return evaluate_conversations(assistant, load_conversations(DEFAULT_SET))


def test_conversation_turn_accuracy_floor(dialogues):
    data = dialogues.to_json()
    assert not [p for p in dialogues.gold.problems if p.fatal]
    assert data["citation_failures"] == 0
    assert data["turn_accuracy"] >= MIN_TURN_ACCURACY, data["wrong_turns"]
