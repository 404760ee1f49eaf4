"""A passage holding two measures of one topic gives a list both (evidence.best_sentences).

Written for this test: a 工作总结 paragraph whose two training measures are far apart, with a
sentence of another topic between them. No index (lexical coverage only)."""
from __future__ import annotations

from assistant.evidence import best_sentences
from support import one_passage_hit, tiny_coverage

SUMMARY = ("三、强化培训教育。组织全县矿山企业负责人开展安全培训，共培训86人次。"
           "同步修订了值班值守制度，明确节假日带班要求。"
           "为危险作业岗位人员开展安全培训2期，培训132人。")


def _scored(question: str):
    hit = one_passage_hit(SUMMARY, ("三、强化培训教育",), "工作总结", "松溪县应急管理局")
    scorer = tiny_coverage([SUMMARY] + ["工作总结", "值班值守", "安全生产"] * 3)
    return best_sentences(hit, scorer.terms(question), scorer)


def test_two_measures_of_the_topic_are_both_evidence():
    found = _scored("哪些单位开展了安全培训")
    quotes = [e.quote for e in found]
    assert len(found) == 2
    assert any("矿山企业负责人" in q for q in quotes)
    assert any("安全培训2期" in q for q in quotes)
    first, second = found
    assert first.end <= second.start or second.end <= first.start  # never the same words twice
    for e in found:
        assert SUMMARY[e.start:e.end] == e.quote


def test_a_weaker_second_sentence_is_left_out():
    found = _scored("值班值守制度修订了什么")
    assert len(found) == 1
    assert "值班值守制度" in found[0].quote
