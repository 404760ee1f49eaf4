"""The runner-up sentence of the passage an answer cites first.

A measure is often written as several sentences of one item, and the one a question asks
about in its own words is not always the best scored ("怎么减少林火监控的误报?": the item's
first sentence, about the cameras, outscores the one that says 屏蔽非林区误报信息). When the
first passage holds a second sentence, outside the cited window, that scores nearly as well,
it is cited too.

>>> extra = runner_up(evidence, terms, scorer, semantic)
>>> extra.quote if extra else None
'按年度计划组织开展业务系统操作培训,…重点落实三项优化:屏蔽非林区误报信息、…'
"""
from __future__ import annotations

from assistant.evidence import (MIN_QUOTE_CHARS, SEMANTIC_WEIGHT, Evidence, passage_sentences,
                               sentence_scores, states_nothing)
from assistant.relevance import Coverage
from assistant.semantic import SemanticScorer

# A runner-up is cited when its score reaches this share of the cited sentence's; it takes the
# second citation slot (passage_route.MAX_CITATIONS stays 3). Swept on the dev split (hybrid, after
# CARRY_ASKING): off 42/45 turns; 0.95, 0.9, 0.8, 0.7, 0.6 all 43/45 (q247#1: 屏蔽非林区误报信息
# at 0.95 of the cited sentence), standalone answer recall 0.907, complete 0.733, negatives
# 27/27 and false refusals 1/86 unchanged at every setting (q035's and q229's gold sentences
# are third in their passage). Chosen: 0.8, the middle of the plateau.
RUNNER_UP_SHARE = 0.8


def runner_up(first: Evidence, terms: dict[str, float], scorer: Coverage,
              semantic: SemanticScorer | None, share: float | None = None) -> Evidence | None:
    """The best sentence of `first`'s passage outside its quote, when it scores at least
    `share` (RUNNER_UP_SHARE) of `first`; None otherwise."""
    share = RUNNER_UP_SHARE if share is None else share
    hit = first.hit
    sentences, context = passage_sentences(hit)
    outside = [s for s in sentences if not (s.start < first.end and first.start < s.end)
               and not states_nothing(s.text)]
    if not outside:  # every sentence is part of the cited window
        return None
    w = SEMANTIC_WEIGHT if semantic is not None else 0.0
    coverage, similarity, combined = sentence_scores(outside, context, terms, scorer, semantic, w)
    i = max(range(len(outside)), key=lambda j: (combined[j], -j))  # the first of the best
    if combined[i] < share * first.rank_score:
        return None
    s = outside[i]
    end = s.end
    if len(s.text) < MIN_QUOTE_CHARS:
        # too short to stand alone (an item's lead "5. 深入推进举报奖励工作。"): with the
        # sentence after it, when that is not cited already (dev conversation q255#1: the
        # lead was cited without the 模式 it introduces)
        after = next((t for t in outside if t.start >= s.end), None)
        if after is not None and hit.notice.text[s.end:after.start].strip() == "":
            end = after.end
    return Evidence(hit, hit.notice.text[s.start:end], s.start, end, coverage[i],
                    similarity[i], combined[i])
