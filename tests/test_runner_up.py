"""The runner-up sentence of the first cited passage (assistant/runner_up.py). No index: the
passage and the idf weights are built here, in wordings written for these tests."""
from __future__ import annotations

from assistant.evidence import best_sentence, joined
from assistant.runner_up import runner_up
from tests.support import one_passage_hit, tiny_coverage

LEAD = "3. 扎实推进有奖举报工作。"
TEXTS = [
    # the best sentence right after the lead: the two are joined into one quote
    LEAD + "推行“街道受理、站所核实、区财政兑付”的奖励流程,保护举报人信息。"
    "制作举报奖励宣传海报,在各小区张贴有奖举报告示和举报奖励标准。对查实的举报线索,及时兑现奖励。",
    # the best sentence further on: the lead comes with the sentence after it
    LEAD + "推行“街道受理、站所核实、区财政兑付”的流程。汛期前完成全县32座泵站、18处闸站和"
    "46公里堤防的全面检修,开展城区排水管网清淤疏浚工作,同步更新防汛物资台账和抢险队伍名单,"
    "落实汛期24小时值班值守制度。在各小区张贴有奖举报告示和举报奖励标准,及时兑现奖励。",
]


def test_a_lead_too_short_to_stand_alone_is_never_cited_alone():
    for text in TEXTS:
        hit = one_passage_hit(text, (), "青禾县水务局2025年工作要点", "青禾县水务局")
        scorer = tiny_coverage([text, "修订档案管理办法", "开展防汛检查"])
        terms = scorer.terms("怎样鼓励居民举报, 举报奖励怎么发?")
        first = best_sentence(hit, terms, scorer)
        extra = runner_up(first, terms, scorer, None, share=0.0)
        # (the best sentence right after the lead is quoted from the lead itself: nothing is
        # left outside it for a runner-up)
        assert extra is not None or first.quote.startswith(LEAD)
        assert extra is None or extra.quote == text[extra.start:extra.end]
        quotes = [e.quote for e in joined([first, *([extra] if extra else [])])]
        assert all(q == text[text.index(q):text.index(q) + len(q)] for q in quotes)
        assert LEAD not in quotes, text  # the lead with what it introduces
        assert any(q.startswith(LEAD) and "流程" in q for q in quotes), quotes
