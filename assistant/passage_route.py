"""The passage routes: an answer cited from the sentences of searched passages, for one scope
(`single`), every agency in scope (`enumeration`, `per_agency`) or the named agencies' part of
an answer over all of them (`among_all`). The service picks the route; the ledger and
structure routes live beside this one.
"""
from __future__ import annotations

import re
from dataclasses import replace
from types import SimpleNamespace
from typing import Callable, Sequence

from assistant import abstention
from assistant.catalog import Catalog
from assistant.context import Context
from assistant.counted import (asked_added, asked_batch, asked_class, asked_total,
                              counted_words, names_a_batch, states_added, states_batch,
                              states_class, states_counted, states_subset, states_total,
                              subset_named)
from assistant.evidence import (Evidence, best_sentence, best_sentences, continued_from,
                                figure_coverage, item_lead_of, item_opens, joined,
                                number_citations,
                                passage_sentences, prepare,
                                same_measure, score_passage, span_evidence, states_asked,
                                with_stated_kind)
from assistant.followup import Resolved
from assistant.ledger_route import cited_items
from assistant.listing import line_at
from assistant.members import Members, asked_members, lists_members, states_count
from assistant.models import AgencyGroup, Answer, Filters
from assistant.outcome import outcome_kinds, states_outcome_in
from assistant.quantity import (TIME, asked_kinds, asked_months, asked_post, asked_rate,
                                asked_unit, asked_years, context_year, given_figures,
                                heading_of_place, named_document, named_money, named_place,
                                named_work, names_other_work, pointed_group, pointed_subject,
                                states_asked_month, states_asked_year, states_money,
                                states_new_quantity,
                                states_place, states_quantity, states_subject)
from assistant.question import Analysis
from assistant.relevance import Coverage, without_name
from assistant.replies import groups_of, refusal
from assistant.runner_up import runner_up
from assistant.scope import Scope, scope_of
from assistant.semantic import SemanticScorer
from assistant.titles import book_title
from assistant.widening import (MEASURES_ASK, announced_items, first_of_points, item_points,
                                labelled_field, measures_named, phrase_items,
                                measures_of, section_items, sibling_cells, sibling_items, tasks_of,
                                titles_aside, within_any)
from assistant.writer import NO_ANSWER, UNCONFIRMED, write_enumeration, write_groups
from corpus.agencies import department_forms
from corpus.ledger.tables import is_table_line
from corpus.metadata import plan_year, title_year
from index.search.searcher import Hit, Searcher

# Passages retrieved for a question; `retrieved` in the answer lists them.
RETRIEVE_K = 10
# Passages whose best sentence may be cited in a single-scope answer, and the most
# citations such an answer carries. The own set's gold sits in the top 5 for 95% of the
# answerable questions (hybrid R@5 0.953); more citations made answers long without
# covering more gold (eval/README.md, answer level).
EVIDENCE_PASSAGES = 5
# Passages the dense search ranks first within a question's scope (its agency's notices) that
# the fused ranking left below EVIDENCE_PASSAGES, read as well: asked in everyday words, the
# topic's words match every passage of the notice alike, and only the e5 ranking singles out the
# one answering ("老小区建充电桩, 政府给不给钱?" -> "…每个充电桩位200元的标准给予一次性补助",
# dense 1st, fused 9th). Session of 2026-12-06, seventh: 0 / 1 / 2 / 3 on the dev split gave
# answer recall 0.852 / 0.848 / 0.848 / 0.848 (q548's gold sentence cited 4th, after a rescued
# one, of three shown), the rest identical; held-out probe parts 1-26 939 -> 943 of 1,100 at 2
# (parts 17, 19 and 26; none lower). 2: the probe's gain at the cost of one dev question.
DENSE_RESCUE = 2
MAX_CITATIONS = 3

# A question asking which ones (not how many): its answer lists every point of a line.
_WHICH_ONES = re.compile(r"哪些|哪几")
# A past event a standalone question points at ("那次演练", "那场座谈会").
_THAT_EVENT = re.compile(r"那(?:次|场|批|起)")
# A count of places of one level ("要延伸到多少个乡镇?", "对几个镇街挂牌督办?"): the figure counts
# that level in its own clause, not "逐步延伸至乡镇" beside "11个地市" (dev conversation q480#4).
_LEVELS_COUNTED = re.compile(r"(?:多少|几)个?(?:乡镇|镇街|街道|村|社区|区县|县区|县|地市)")
# A count of part of a group the question names with its number: "…56个风险点里,高风险的有几个?",
# "那7名干部当中,有几位…".
_SUBSET = re.compile(r"(?:里|中|当中|其中)[,，]?[^,，。?？]{0,12}(?:几|多少)")

# Passages searched per agency when a question asks about every agency, and the most
# sentences cited for one agency. Swept on the dev split (issue 18, after the E runs;
# eval/README.md; the passages re-swept below): 4 / 3 (before) answer recall 0.884,
# complete 0.600 (9/15), 247 citations; 5 / 4 0.895, 0.667 (10/15), 257; 6 / 4 and 6 / 5
# no further gain (265 citations at 6 / 5).
# An agency whose notice lists several measures of the topic with nearly equal scores
# (中山's four 意识形态 measures) had its fourth, the gold, cut.
# Re-swept on the grown dev split (27 lists, 12 in everyday words): 5 / 6 complete 0.556,
# 7 0.593, 8 and 10 0.630 (answer recall 0.842 -> 0.860; agencies kept and wrongly cited
# unchanged): an everyday wording ranks an agency's gold passage 6th-8th (济南's 谈心谈话,
# 轮岗交流, in its longest notice).
PER_AGENCY_PASSAGES = 8
# Deeper when the question asks for a quantity or a time: only passages stating one can
# answer, and the words of "在什么时间段接受巡察" rank the opening line that gives the dates
# below passages that merely say 巡察 (own set q002: 济南's dates were 9th).
PER_AGENCY_UNIT_PASSAGES = 10
# Citations per agency re-swept on the dev split grown by two batches written blind (session
# of 2026-12-05, seventh; 46 lists): 4 complete 0.652 (702 citations), 5 0.652, 6 0.717
# (833), 7 and 8 0.717 (875, 893); agencies cited with and without gold unchanged at every
# setting. An agency's gold measure was its 5th-6th best sentence in three lists asked in
# everyday words (济宁's 谈心谈话, 中山's 党建与业务融合). Chosen: 6, the start of the plateau.
PER_AGENCY_CITATIONS = 6


# Whether the sentences cited for a follow-up (a question the resolver rewrote into the
# carried topic's words, "中山 固定资产盘点 在做") are scored with e5 similarity too, or by
# lexical coverage alone. Chosen on the dev conversations (eval/README.md, "Issue 18, dev
# runs", after the merge): off, 45 dev turns either way. Branch conv2, 88 dev turns (15
# conversations added): on 81 / off 80 (q266#3, "整改得好不好跟什么挂钩?": the everyday words
# meet 纳入…绩效考评 in meaning only), no turn lost, standalone questions unaffected.
SEMANTIC_FOLLOW_UPS = True

# Whether a passage's best sentence for a figure is chosen among those stating it as the
# question qualifies it (a total, an addition, a class, a month …), when one does. Without it
# the passage's best sentence by coverage may be its title, which fails the check and loses the
# passage (NCP: "总投资额为多少?" was refused beside the body's "…总投资超过200亿元").
# Dev split: see eval/README.md, session of 2026-12-07, fourteenth.
PREFER_FITTING = True

# Whether a figure's sentence below the topic's best sentence, when that is a headline (a line
# with no sentence end) of the same measure (one notice, same headings, no item opening
# between), counts the headline's coverage in the abstention signals. Not any topic sentence
# of the measure: dev near miss q324 ("协议期限是几年?") was answered by the 建造周期 of the
# paragraph whose first sentence names the 协议. Dev split: eval/README.md, session of
# 2026-12-07, fourteenth.
FIGURE_UNDER_HEADLINE = True

# Whether a figure's sentence is of a work its paragraph named before it (and no other work
# named since): _named_earlier. Dev split: eval/README.md, session of 2026-12-07, fourteenth.
SUBJECT_IN_PARAGRAPH = True

# Whether the coverage floor of the abstention signals counts a figure sentence's coverage with
# its context (figure_coverage), as the figure's own signal does. Dev split: eval/README.md,
# session of 2026-12-07, fourteenth.
COVERAGE_WITH_CONTEXT = True

# A word of a named work this rare (idf; ~1.5% of passages or fewer on the shipped index) is
# what a sentence stating the work's figure names (茅湾涌, 培训基地); commoner words (防洪,
# 工程) are not. Dev: q323 refused, the answerable figures of named works (q026, q224, q241)
# kept at 4.0.
WORK_WORD_IDF = 4.0

# Whether a figure asked by a follow-up about the last answer must be stated, in the
# figure's own clause, of what the follow-up counts (assistant.counted: the words after
# 多少/几). Dev conversations, branch conv3: near-miss turns q274#3, q328#3, q333#3 were
# answered with the earlier figure; with the rule they are refused, no answerable turn lost.
COUNTED_IN_CLAUSE = True

# Members of a counted set asked ("那10条具体措施都有哪些?") where the notice states the count
# and lists none (assistant.members): refused as not stated (dev conversation q481#3 was
# answered with the count's own sentence).
UNLISTED_MEMBERS = True


class PassageRoutes:
    """The passage routes over one searcher; each call reads the generation of its Context."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher

    def single(self, ctx: Context, resolved: Resolved, scope: Scope, mode: str) -> Answer:
        hits = self.searcher.search(ctx.scorer.with_synonyms(resolved.text), k=RETRIEVE_K,
                                    mode=mode, docs=scope.doc_ids, index=ctx.index)
        if resolved.focus:  # the earlier topic's passages, then those of the follow-up's words
            seen = {h.passage.passage_id for h in hits[:EVIDENCE_PASSAGES]}
            own = self.searcher.search(resolved.focus, k=EVIDENCE_PASSAGES, mode=mode,
                                       docs=scope.doc_ids, index=ctx.index)
            hits = hits[:EVIDENCE_PASSAGES] + [h for h in own if h.passage.passage_id not in seen]
        rescued = 0
        if not resolved.focus and scope.doc_ids is not None and mode != "bm25" and DENSE_RESCUE:
            hits, rescued = self._with_dense(ctx, resolved.text, scope, hits)
        terms = ctx.scorer.focused(resolved.text, resolved.focus)
        if scope.doc_ids is not None and len(scope.agencies) == 1:
            terms = without_name(terms, scope.agencies[0])
        kinds = (asked_kinds(resolved.focus or resolved.text)
                 + outcome_kinds(resolved.focus or resolved.text))
        unit = asked_unit(resolved.focus or resolved.text, kinds)
        semantic = (self.semantic(ctx, resolved.text, mode)
                    if not resolved.kind or SEMANTIC_FOLLOW_UPS else None)
        read = evidence_hits(hits, bool(resolved.focus), unit,
                             any(k.name in _READ_DEEP_KINDS for k in kinds), rescued)
        prepare(read, semantic)
        scored = [score_passage(h, terms, ctx.scorer, semantic) for h in read]
        wording = resolved.focus or resolved.text
        months = asked_months(wording, quarters=unit == TIME or any(k.name == "day" for k in kinds))
        money, total, added, cls = (named_money(wording), asked_total(wording),
                                    asked_added(wording), asked_class(wording))
        part = subset_named(wording) if unit is not None else ""
        batch = asked_batch(wording)

        def qualified(sentence: str) -> bool:
            """Does a sentence state the figure as the question qualifies it (the total,
            addition, class, part and month asked)?"""
            return (states_total(sentence, total) and states_added(sentence, added)
                    and states_class(sentence, cls) and states_subset(sentence, part, unit)
                    and states_asked_month(sentence, months))

        def fits(sentence: str) -> bool:
            """qualified, and of the money and batch asked."""
            return states_money(sentence, money) and qualified(sentence) \
                and states_batch(sentence, batch)
        # a passage's best sentence is one that fits, when one does: "总投资额为多少?" is
        # answered by the body's "…总投资超过200亿元", not by the title's "…超200亿元" (NCP)
        evidence = [best_sentence(s.hit, terms, ctx.scorer, unit, kinds=kinds, scored=s,
                                  fits=fits if PREFER_FITTING and unit is not None else None)
                    for s in scored]
        if resolved.focus:
            evidence.sort(key=lambda e: -e.rank_score)
        place = _place_subject(ctx.catalog, resolved, unit, kinds)
        subject = _figure_subject(ctx.scorer, resolved, unit, kinds) or place
        # a place pointed back at ("这个县…") is held beside what is counted
        pointed = bool(place) and _PLACE_POINTER.search(resolved.focus or "") is not None
        given = given_figures(resolved.focus or resolved.text) if unit != TIME else ()
        problem = _item_problem(ctx)

        service = _SERVICE_ACT.findall(resolved.focus or resolved.text) \
            if unit == TIME or any(k.name == "day" for k in kinds) else []

        def of_subject(e: Evidence) -> bool:
            if subject == place:
                return _in_place(e, place, problem)
            return (_of_subject(e, subject, resolved.focus or resolved.text)
                    and (not pointed or _in_place(e, place, problem)))
        # A follow-up's figure must be of what it counts, in the figure's own clause
        # (assistant.counted): "其中有几个镇街最后被问责了?" is not answered by "对4个镇街实施挂牌督办".
        # So must a county's, by the thing counted: "白沙县要建多少个社区托育点?" is not answered
        # by "白沙县各建成1所服务中心" (held-out probe, eighth part e30), "浦东新区出台了多少条政策
        # 措施?" is by "出台了…18条措施" (NCP). Not for every standalone question: dev answer
        # recall fell from 0.907 to 0.876 (session of 2026-12-05, fifth). But for a part of a
        # group the question counts itself ("排查出的56个风险点里,高风险的有几个?"): dev
        # near misses q345, q430, q476 were answered with another figure.
        subset = bool(given) and _SUBSET.search(resolved.text) is not None
        levels = _LEVELS_COUNTED.search(resolved.text) is not None
        asked = resolved.focus or (resolved.text if place or subset or levels else "")
        counted = counted_words(asked, unit) if COUNTED_IN_CLAUSE and asked else ()
        alternatives = _counted_alternatives(ctx.scorer, asked, counted)
        every = bool(resolved.focus)
        years = asked_years(resolved.focus or resolved.text,
                            time_asked=unit == TIME or any(k.name == "day" for k in kinds))
        stating_evidence = [e for e in evidence if unit is not None
                   and states_new_quantity(e.quote, unit, given)
                   and states_asked(e, kinds)
                   and of_subject(e)
                   and states_counted(e.quote, counted, unit, every, alternatives)
                   and states_money(e.quote, money) and qualified(e.quote)
                   and states_asked_year(e.quote, years, resolved.year_switch, _own_year(e))
                   and _of_batch(e, batch)]
        # the topic's best sentence, whatever it states
        topical = max((best_sentence(s.hit, terms, ctx.scorer, scored=s) for s in scored),
                      key=lambda e: e.coverage, default=None) \
            if kinds or unit is not None else None
        # A figure under the topic's headline covers what the headline covers: a news story's
        # headline names the event, its body gives the event's figure without naming it again
        # ("上海临港“网上连线、逐个签约”超200亿元" / "…总投资超过200亿元": NCP was refused).
        headline = topical if FIGURE_UNDER_HEADLINE and topical is not None \
            and _is_headline(topical) else None
        stating = [max(figure_coverage(e, terms, ctx.scorer),
                       headline.coverage if headline is not None and e.start >= headline.end
                       and same_measure(e, headline) else 0.0)
                   for e in stating_evidence]
        closest = max((e.similarity for e in evidence), default=0.0)
        signals = abstention.Signals(
            dense_gap=None,
            # (what a figure's sentence covers with its labels and headings is found too:
            # "…一共让村里亏了多少钱?" covers no word of "上述问题共造成村集体资产损失6.3万元" alone,
            # held-out probe, forty-third part AL18)
            coverage=max((e.coverage for e in evidence), default=0.0)
            if not COVERAGE_WITH_CONTEXT else max([*(e.coverage for e in evidence), *stating,
                                                   0.0]),
            quantity=unit,
            quantity_coverage=max(stating, default=-1.0),
            meaning_stated=any(abstention.stated_by_meaning(e.similarity, c, closest)
                               for e, c in zip(stating_evidence, stating)),
        )
        outcome = any(k.name == "outcome" for k in kinds)
        kind_missing = bool(kinds) and not any(
            states_asked(e, kinds) and of_subject(e)
            and (not outcome or states_outcome_in(e.hit.notice.meta.doc_type)) for e in evidence)
        if (kinds or unit is not None) and not kind_missing:
            # the figure's sentences against the topic's best sentence
            free = topical.coverage if topical is not None else 0.0
            # a figure in the topic's own measure (its "整改时限：…" field) or its own ledger
            # item's status or deadline (under "问题1：…", in a passage of its own) is of the topic
            figure = max((free if same_measure(e, topical) or _items_field(ctx, e, topical) else
                          figure_coverage(e, terms, ctx.scorer) for e in evidence
                          if states_asked(e, kinds)
                          and (unit is None or states_quantity(e.quote, unit))
                          and (not service or _states_act(e, problem))), default=0.0)
            kind_missing = abstention.stated_apart(free, figure)
        # How much of the question the top passages cover, whatever they state (the evidence
        # above is limited to sentences stating an asked quantity or kind).
        topic = max((ctx.scorer.of(terms, h.passage.text, " ".join(h.passage.section))
                     for h in hits[:EVIDENCE_PASSAGES]), default=0.0)
        if hits and topic >= abstention.MIN_COVERAGE and (kinds or unit is not None) and (
                abstention.should_abstain(signals) or kind_missing):
            # The closest notice does not state a figure of the asked kind: say which.
            return _abstain(resolved, _not_stated(hits[0], unit, kinds), hits, "not_stated")
        if abstention.should_abstain(signals) or kind_missing:
            return _abstain(resolved, f"{NO_ANSWER}\n{UNCONFIRMED}" if hits else NO_ANSWER,
                            hits, "weak_evidence")
        if kinds or unit is not None:  # cite only sentences stating what was asked
            evidence = [e for e in evidence if states_asked(e, kinds)
                        and _of_subject(e, "", resolved.focus or resolved.text)
                        and (unit is None or states_new_quantity(e.quote, unit, given)
                             and qualified(e.quote)
                             and states_asked_year(e.quote, years, own_year=_own_year(e))
                             and _of_batch(e, batch))]
        chosen = abstention.select(evidence if kinds or unit is not None
                                   else titles_aside(evidence), MAX_CITATIONS)
        members = asked_members(resolved.focus or resolved.text) if UNLISTED_MEMBERS else None
        if chosen and members is not None and _counts_without_members(chosen[0], members):
            return _abstain(resolved, _members_not_listed(chosen[0].hit, members), hits,
                            "not_stated")
        # the points of the first cited line of the first citation's item that has them: the
        # best sentence may be the item's status line ("此问题已整改完成。") above its 一是/二是
        # line (dev q481); another item's points answer another question (dev q023)
        which_ones = bool(chosen and not kinds and unit is None
                          and _WHICH_ONES.search(resolved.focus or resolved.text))
        names = (scope.agencies[0], *department_forms(scope.agencies[0])) \
            if len(scope.agencies) == 1 else ()
        points = (phrase_items(chosen, resolved.focus or resolved.text, names)
                  or item_points(chosen) or section_items(chosen)
                  or sibling_items(chosen, resolved.focus or resolved.text)
                  or announced_items(chosen)
                  or sibling_cells(chosen, terms, ctx.scorer)) if which_ones \
            else first_of_points(chosen)
        # (a follow-up's own words: an item resolved from "第三条" carries the item's text)
        asked_words = resolved.focus if resolved.kind else resolved.text
        measures = (measures_of(ctx, chosen[0]) or measures_named(ctx, chosen, asked_words))\
            if chosen and not kinds and unit is None and MEASURES_ASK.search(asked_words or "") \
            else []
        field = labelled_field(chosen, asked_words) if chosen and not kinds and unit is None \
            and not measures else []
        # (the first citation, unless it is one of them: the measures then in their order)
        head = [e for e in chosen[:1] if not any(within_any(e, [m]) for m in measures)]
        if field:  # the section's line labelled with what is asked, and its points
            chosen = field
        elif measures:  # the problem quoted, its measures on lines of their own below it
            chosen = [*head, *measures]
        elif points:
            chosen = [*points, *[e for e in chosen[1:] if not within_any(e, points)]]
        elif chosen and not kinds and unit is None and _WHETHER_DONE.search(asked_words or "") \
                and (status := _item_status(ctx, chosen)) is not None:
            # "…退回来了没有?": the item's own status line says, above what was cited
            chosen = [status, *[e for e in chosen if not within_any(e, [status])]]
        elif chosen and not kinds and unit is None and (tasks := tasks_of(ctx, chosen[0])):
            # a plan's problem ("问题3：…") is answered with its tasks, listed apart from it
            chosen = [chosen[0], *tasks]
        elif chosen and not kinds and unit is None:  # a figure is answered by its sentence
            extra = runner_up(chosen[0], terms, ctx.scorer, semantic)
            if extra is not None:
                chosen = [chosen[0], extra, *chosen[1:]][:MAX_CITATIONS]
        citations = number_citations(joined(chosen))
        groups = groups_of(citations)
        return Answer(resolved.text, resolved.text, write_groups(groups), False, citations,
                      [h.to_json() for h in hits], groups)

    def enumeration(self, ctx: Context, resolved: Resolved, analysis: Analysis, scope: Scope,
                   mode: str) -> Answer:
        topic = analysis.topic or resolved.text
        # Notices whose agency the index does not know are one more group ("未注明单位"),
        # not left out of the list (NCP: the notice a search ranks first had no agency in
        # most enumerations whose first citation missed it).
        unnamed = [d for d in (scope.doc_ids if scope.doc_ids is not None else ctx.catalog.docs)
                   if not ctx.catalog.docs[d].agency]
        if unnamed:
            scope = replace(scope, agencies=(*scope.agencies, ""))
        per_agency = self.per_agency(ctx, topic, scope, mode, PER_AGENCY_CITATIONS)
        # each agency's sentence quoted on to the one giving what is asked ("各局分别留了哪个
        # 号码?")
        kinds = asked_kinds(resolved.text)
        per_agency = {a: [with_stated_kind(e, kinds) for e in found]
                      for a, found in per_agency.items()}
        # A plain search's ranking, then the cited passages it did not reach.
        plain = self.searcher.search(resolved.text, k=RETRIEVE_K, mode=mode, docs=scope.doc_ids,
                                     index=ctx.index)
        # Agencies in the order the plain search reaches them, so the first citation is from
        # the best-ranked notice, as a search's first hit (issue 18: scope order put the
        # first citation of 275 NCP questions in whichever agency sorts first).
        agencies = _by_first_rank(scope.agencies, [ctx.catalog.docs[h.notice.doc_id].agency
                                                   for h in plain])
        # Agencies whose evidence is only possibly related are written after the others.
        unsure = abstention.tentative(per_agency)
        agencies = ([a for a in agencies if a not in unsure]
                    + [a for a in agencies if a in unsure])
        chosen = [e for a in agencies for e in per_agency.get(a, [])]
        citations = number_citations(chosen)
        groups = [AgencyGroup(a, [c for c in citations if c.agency == a], a in unsure)
                  for a in agencies]
        by_id = {e.hit.passage.passage_id: e.hit for e in chosen} | {
            h.passage.passage_id: h for h in plain}
        order = list(dict.fromkeys([h.passage.passage_id for h in plain]
                                   + [e.hit.passage.passage_id for e in chosen]))
        retrieved = [by_id[p].to_json() | {"rank": i} for i, p in enumerate(order, start=1)]
        if not citations:
            return _abstain(resolved, f"{NO_ANSWER}\n{UNCONFIRMED}", [], "weak_evidence",
                            retrieved, groups)
        return Answer(resolved.text, resolved.text, write_enumeration(groups), False, citations,
                      retrieved, groups)

    def among_all(self, ctx: Context, resolved: Resolved, analysis: Analysis,
                   mode: str) -> Answer:
        """The named agencies' part of an answer over every agency (an agency swap after an
        enumeration): evidence only where the enumeration would have listed it."""
        topic = analysis.topic or resolved.text
        everyone = scope_of(replace(analysis, agencies=(), unknown_places=()), Filters(),
                            ctx.catalog, ctx.texts)
        if resolved.exclude:  # "济宁有没有类似的做法?": not compared with the practice's source
            everyone = replace(everyone, agencies=tuple(
                a for a in everyone.agencies if a not in resolved.exclude))
        per_agency = self.per_agency(ctx, topic, everyone, mode, PER_AGENCY_CITATIONS)
        chosen = [e for a in analysis.agencies for e in per_agency.get(a, [])]
        docs = [d for a in analysis.agencies for d in ctx.catalog.docs_of(a)]
        hits = self.searcher.search(resolved.text, k=RETRIEVE_K, mode=mode, docs=docs,
                                    index=ctx.index)
        if not chosen:
            named = "、".join(analysis.agencies)
            text = f"{named}的通报中未找到与“{topic}”相关的内容。"
            return _abstain(resolved, f"{text}\n{UNCONFIRMED}" if hits else text, hits,
                            "no_agency_evidence")
        citations = number_citations(chosen)
        groups = groups_of(citations)
        return Answer(resolved.text, resolved.text, write_groups(groups), False, citations,
                      [h.to_json() for h in hits], groups)

    def per_agency(self, ctx: Context, topic: str, scope: Scope, mode: str,
                    most: int) -> dict[str, list[Evidence]]:
        """Evidence to cite for every agency in scope (empty lists for those without)."""
        terms = ctx.scorer.terms(topic)
        unit = asked_unit(topic)
        semantic = self.semantic(ctx, topic, mode)
        searched: dict[str, tuple[list[Hit], float]] = {}
        searched_for = ctx.scorer.with_synonyms(topic)  # the same for every agency
        depth = PER_AGENCY_PASSAGES if unit is None else PER_AGENCY_UNIT_PASSAGES
        for agency in scope.agencies:
            own = ctx.catalog.docs_of(agency) if agency else [  # "": no agency known
                d for d, info in ctx.catalog.docs.items() if not info.agency]
            docs = [d for d in own if scope.doc_ids is None or d in scope.doc_ids]
            hits = self.searcher.search(searched_for, k=depth, mode=mode, docs=docs,
                                        index=ctx.index)
            lexical = self.searcher.search(searched_for, k=1, mode="bm25", docs=docs,
                                           index=ctx.index)
            searched[agency] = (hits, lexical[0].score if lexical else 0.0)
        prepare([h for hits, _ in searched.values() for h in hits], semantic)  # one batch
        found: dict[str, tuple[list[Evidence], float]] = {}
        for agency, (hits, bm25) in searched.items():
            evidence = sorted((e for h in hits
                               for e in best_sentences(h, terms, ctx.scorer, unit, semantic)),
                              key=lambda e: -e.rank_score)
            found[agency] = (evidence, bm25)
        return abstention.agency_evidence(found, most)

    def _with_dense(self, ctx: Context, text: str, scope: Scope,
                    hits: list[Hit]) -> tuple[list[Hit], int]:
        """The top passages, then the dense search's best DENSE_RESCUE within the scope that
        the fused ranking left below them."""
        dense = self.searcher.search(text, k=DENSE_RESCUE, mode="dense", docs=scope.doc_ids,
                                     index=ctx.index)
        top = hits[:EVIDENCE_PASSAGES]
        seen = {h.passage.passage_id for h in top}
        extra = [h for h in dense if h.passage.passage_id not in seen]
        ids = seen | {h.passage.passage_id for h in extra}
        return top + extra + [h for h in hits[EVIDENCE_PASSAGES:]
                              if h.passage.passage_id not in ids], len(extra)

    def semantic(self, ctx: Context, text: str, mode: str) -> SemanticScorer | None:
        """The question against sentences in the e5 space; None in bm25 mode or without
        vectors (evidence is then lexical alone)."""
        if mode == "bm25" or ctx.sentences is None or not self.searcher.has_content(text):
            return None
        return ctx.sentences.for_question(self.searcher.query_vector(text))


# A heading naming one year ("四、2026年工作思路"): the year of the figures below it that name
# none (held-out probe, nineteenth part bc2#1: "2025年建成了几个…" was answered from a 2025
# 总结's part on 2026).
_HEADING_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!\s*(?:[至到—－-]|以来|底|末))")


def _own_year(e: Evidence) -> int | None:
    """The year a quote naming none is of: set by its line (quantity.context_year), else by
    its innermost heading naming exactly one year, else the plan's year, else the one year its
    notice's title names ("关于下达2026年…补助资金分配方案的通知": held-out probe AB26 was
    answered for 2025 with the 2026 total)."""
    default = plan_year(e.hit.notice.meta) or title_year(e.hit.notice.meta)
    for heading in reversed(e.hit.passage.section):
        years = set(_HEADING_YEAR.findall(heading))
        if len(years) == 1:
            default = int(years.pop())
            break
    return context_year(e.hit.notice.text, e.start, default)


def _counted_alternatives(scorer: Coverage, asked: str,
                          counted: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Each counted word's synonyms, and those of a synonym phrase of the question ending in it
    ("揪出了多少安全问题?": 安全问题 is 隐患, as "排查治理安全隐患316项" counts them: dev
    conversation q404#2)."""
    found: dict[str, tuple[str, ...]] = {}
    for word in counted:
        alts = set(scorer.synonyms.get(word, ()))
        for phrase, others in scorer.synonyms.items():
            if phrase != word and phrase.endswith(word) and phrase in asked:
                alts |= others
        if alts:
            found[word] = tuple(sorted(alts))
    return found


def _figure_subject(scorer: Coverage, resolved: Resolved, unit: str | None, kinds) -> str:
    """What a figure asked for must be stated of, "" for anything: the thing a follow-up points
    at ("这个规则是哪一年定的?"), else the document a when-question names ("政务督查工作办法是
    哪一天印发的?")."""
    if unit is None and not kinds:
        return ""
    # (also a question pointing at an event it names: "2025年那次烟花爆竹事故应急救援演练,
    # 参演的一共有多少人?" is not answered by another drill's head count, dev near miss q515)
    # (standalone, only "那次/那场…": "这次…专题会议纪要是第几期?" points at the notice itself,
    # held-out probe fourteen uc4#1 was refused for want of 防汛 beside 第9期)
    pointed = (pointed_subject(scorer.tokenizer.words(resolved.focus or resolved.text))
               or pointed_group(resolved.focus, scorer.tokenizer.words)
               if resolved.focus or _THAT_EVENT.search(resolved.text) else "")
    # a group a question counts in with its number ("那13家充装企业评估下来有几家风险偏高?": dev
    # conversation q490#3 was answered by the city's count of 橙色风险企业, none of them 充装)
    # (a bare "那些…" describes a kind: held-out probe, thirty-sixth part AE20 was refused for
    # want of 家庭式 in "完成食品小作坊提升改造120家")
    pointed = pointed or pointed_group(resolved.text, scorer.tokenizer.words,
                                       counted_only=not resolved.focus)
    if pointed:
        return pointed
    asked = resolved.focus or resolved.text
    post = asked_post(asked) if any(k.name == "person" for k in kinds) else ""
    if post:
        return post
    rate = asked_rate(asked) if any(k.name == "rate" for k in kinds) else ""
    if rate:
        return rate
    if unit == TIME or any(k.name == "day" for k in kinds):
        # without the agency or place it is asked of ("临川国土空间总体规划…" names
        # 国土空间总体规划: held-out probe, fifth part, refused for want of "临川国土")
        # (not inside a title: "《淯川县…实施办法》" keeps its place, held-out probe, thirtieth
        # part Y9 was refused for want of "，…实施办法")
        if resolved.analysis and not resolved.focus:
            for mention in resolved.analysis.said:
                asked = "".join(part if part.startswith("《") else part.replace(mention, "，")
                                for part in _TITLED.split(asked))
        document = named_document(asked)
        if document:
            return document
    return _distinctive(scorer, named_work(asked))


# The revised rule asked ("修订后的办法从哪天施行?") is not the one in force a sentence dates
# ("现行《办法》自2016年7月1日起施行": held-out probe, twenty-fifth part T27).
_TITLED = re.compile(r"(《[^》]*》)")
_REVISED = re.compile(r"修订后|修订稿|新修订|修改后|新版|新办法|新规定|新条例")
_CURRENT = re.compile(r"现行|原《|原办法|原规定|原条例|原来的")
# Acts a date is of: a sentence found only by its notice's title must date the act asked.
_DATED_ACTS = re.compile(r"施行|实施|生效|截止|征求意见|印发|发布|出台|召开|举办|开工|竣工|完成|报名|"
                         r"申报|启动|反馈|验收")


# A subject named in the notice's own title (the 办法 a 征求意见 notice is about) is the subject of
# all its sentences: "征求意见时间为…" need not name it again (held-out probe, twenty-fifth part
# T21 was refused for want of "燃气安全" beside the dates). Shorter subjects (a post, a rate)
# are too common in titles to count.
TITLE_SUBJECT_MIN_CHARS = 4


def _of_batch(e: Evidence, batch: tuple[str, str] | None) -> bool:
    """Is the quote of the batch asked (counted.states_batch), by itself and by its passage? A
    paragraph giving the first issue's amount beside the total ("…分三期发放。首期消费券500万元…")
    does not state the third's (held-out probe, forty-fourth part AM27)."""
    if batch is None:
        return True
    head = e.hit.notice.text[:BATCH_HEAD_CHARS]
    if states_batch(head, batch) and names_a_batch(head):
        return True  # the notice is that batch ("〔2025〕第9期" over a meeting's minutes, which
        # names the 7th meeting it followed up: held-out probe, fourteenth part u20)
    return states_batch(e.quote, batch) and states_batch(e.hit.passage.text, batch)


# Where a notice names its own batch or issue: its head (title, number, issue line).
BATCH_HEAD_CHARS = 200


def _is_headline(e: Evidence) -> bool:
    """Is the quote a whole line (or lines) ending without a sentence end, as a headline does?"""
    text = e.hit.notice.text
    return (e.start == 0 or text[e.start - 1] == "\n") and \
        (e.end == len(text) or text[e.end] == "\n") and not _SENTENCE_END.search(e.quote)


_SENTENCE_END = re.compile(r"[。！？；.!?;]\s*$")


def _of_subject(e: Evidence, subject: str, asked: str = "") -> bool:
    """Does the evidence state its figure of `subject`, itself or by its notice's title, and
    of the version `asked` names (the revised rule, not the one in force)?"""
    if _REVISED.search(asked) and _CURRENT.search(e.quote) and not _REVISED.search(e.quote):
        return False
    if states_subject(e.quote, subject) or (subject and (
            states_subject(item_lead_of(e), subject) or states_subject(continued_from(e), subject)
            or subject in named_work(asked) and _named_earlier(e, subject))):
        return True
    title = "".join(e.hit.notice.meta.title.split())
    if not _title_names(title, subject, asked):
        return False
    # of the act asked: "征求意见时间：…" dates the consultation, not when the rule takes
    # effect ("从哪天开始施行?": held-out probe, twenty-fifth part T27)
    acts = set(_DATED_ACTS.findall(asked))
    return not acts or bool(acts & set(_DATED_ACTS.findall(e.quote)))


def _named_earlier(e: Evidence, subject: str) -> bool:
    """Is the subject named earlier in the quote's paragraph, with no other work named and no
    item opened after it, nor in the quote? A story names its work once and goes on of it:
    "记者在…扩建工程建设现场看到，…。…这一项目建筑面积约4000平方米…。目前…力争2月7日建成。"
    (NCP: refused for want of the work in the last sentence)."""
    if not SUBJECT_IN_PARAGRAPH:
        return False
    text = e.hit.notice.text
    line = line_at(text, e.start)[0]
    at = text.rfind(subject, line, e.start)
    return at >= 0 and not names_other_work(text[at:e.end], len(subject)) \
        and not item_opens(text, at + len(subject), e.end)


# Going into service, asked by when ("枢纽站什么时候正式投入使用?"): a date of another step of
# the work (its task's deadline for 主体结构封顶) does not answer it; the sentence, its item's
# lead or its problem must say the work goes into service (held-out probe, thirty-fifth part
# AD26 was answered with the task's 完成时限).
_SERVICE_ACT = re.compile(r"投入使用|投用|启用|交付使用|投入运行|投运|正式运行|通车|开通|开放|开业")


# A sentence naming the day the one before it gave ("2月12日，…。当日，…正式启用…系统。":
# NCP, whose first citation of that day was lost to the rule above).
_SAME_DAY = re.compile(r"^\s*(?:当日|当天|同日|同一天)")


def _states_act(e: Evidence, problem: Callable[[Evidence], str]) -> bool:
    return any(_SERVICE_ACT.search(text) for text in (
        e.quote, item_lead_of(e), problem(e), _same_day_after(e)))


def _same_day_after(e: Evidence) -> str:
    """The sentence after the quote in its passage when it speaks of the quote's day."""
    sentences, _ = passage_sentences(e.hit)
    after = next((s for s in sentences if s.start >= e.end), None)
    return after.text if after is not None and _SAME_DAY.match(after.text) else ""


def _item_of(ctx: Context, e: Evidence):
    """The ledger item (corpus.ledger.LedgerItem) the quote lies in, None for none."""
    cited = SimpleNamespace(doc_id=e.hit.notice.doc_id, start=e.start, end=e.end)
    items = cited_items([cited], ctx.ledger_of)
    return items[0] if items else None


def _item_problem(ctx: Context) -> Callable[[Evidence], str]:
    """The problem of the ledger item a quote lies in ("问题10：滪陵古镇景区管理处门票收入未及时
    缴入国库…" over its status line "156.3万元已于2025年12月25日全部缴入国库。", a passage of its
    own: held-out probe, thirty-fifth part AD15), "" when it lies in none. It names the place a
    figure is of (_in_place), not the subject: a topic word of the problem ("应急演练") is no
    subject of every figure in its item (dev q515 was answered with a training's headcount for
    a drill's)."""
    def problem(e: Evidence) -> str:
        item = _item_of(ctx, e)
        return item.problem.text if item is not None else ""
    return problem


# Whether what a problem called for was done ("多发的加班费退回来了没有?", "补助钱要回来了吗?",
# "是否已经追回?"): the status line of the cited problem answers it (held-out probe, thirty-fifth
# part AD20, AD21: the problem and its measures were cited, not "6.84万元已全部清退").
_WHETHER_DONE = re.compile(r"(?:回来|回去|退回|追回|收回|清退|到位|上缴|缴回|整改完?|改完|改好|解决)了?"
                           r"(?:没有|吗|没)|(?:有没有|是否)(?:已经?)?(?:追回|退回|收回|清退|上缴|缴回"
                           r"|整改|纠正|解决)")
# A status this short is a state word alone ("已销号", a table cell): it says nothing of what
# was done, and would push a sentence that does out of the citations (held-out probe,
# twenty-first part i13 lost "目前已追缴1426.8万元" to its row's "已销号").
STATUS_WORD_CHARS = 8


def _item_status(ctx: Context, chosen: Sequence[Evidence]) -> Evidence | None:
    """The status line of the ledger item the first citation lies in, when it says more than
    its state; else None."""
    e = chosen[0]
    item = _item_of(ctx, e)
    quote = item.status_quote if item is not None else None
    if quote is None or quote.end - quote.start <= STATUS_WORD_CHARS:
        return None
    try:
        return span_evidence(e.hit.notice, quote.start, quote.end)
    except StopIteration:  # a status outside every passage (none is expected)
        return None


def _items_field(ctx: Context, e: Evidence, other: Evidence) -> bool:
    """Is `e` the status or deadline of the ledger item `other` lies in? Not another measure of
    that item: "二是…2024年以来…" does not date "一是健全…机制" (tests/test_figure_of_topic.py)."""
    if e.hit.notice.doc_id != other.hit.notice.doc_id:
        return False
    item = _item_of(ctx, e)
    if item is None:
        return False
    fields = [f for f in (item.status_quote, item.deadline) if f is not None]
    if not any(f.start < e.end and e.start < f.end for f in fields):
        return False
    of_other = _item_of(ctx, other)
    return of_other is not None and of_other.item_id == item.item_id


def _title_names(title: str, subject: str, asked: str) -> bool:
    """Does the title name the subject with at least TITLE_SUBJECT_MIN_CHARS characters, the
    subject's own or the question's around a shorter one ("加装电梯" around 电梯 of "加装电梯
    项目开工后先拨付多少比例的补助?", a Q&A page on 加装电梯: held-out probe, thirty-fourth part
    AC16)?"""
    if not subject:
        return False
    if len(subject) >= TITLE_SUBJECT_MIN_CHARS:
        return subject in title
    at = asked.find(subject)
    if at < 0:
        return False
    spare = TITLE_SUBJECT_MIN_CHARS - len(subject)
    return any(asked[a:a + TITLE_SUBJECT_MIN_CHARS] in title
               for a in range(max(0, at - spare), at + 1)
               if a + TITLE_SUBJECT_MIN_CHARS <= len(asked))


def _in_place(e: Evidence, place: str, problem: Callable[[Evidence], str] = lambda e: "") -> bool:
    """Does the evidence state its figure of `place`, itself, by its item's lead sentence (a
    case "5.蒹湾镇党委书记…问题。" whose last sentence gives the sanction: held-out probe,
    twenty-seventh part V19), by its item's problem (_item_problem) or by the place's own
    section it stands in ("（五）澥浦区：综合得分81.6分" over "存在问题：…占比仅为41.6%": held-out
    probe, thirty-ninth part AH11), or by its table row (a 公示's row whose 行政区域 cell names
    the town, its 处理情况 cell the figure: held-out probe, fortieth part AI11)?"""
    return (states_place(e.quote, place) or place in item_lead_of(e) or place in problem(e)
            or any(heading_of_place(h, place) for h in e.hit.passage.section)
            or place in _table_row(e))


def _table_row(e: Evidence) -> str:
    """The table row the quote lies in ("" when it lies in none)."""
    text = e.hit.notice.text
    start, end = line_at(text, e.start)
    row = text[start:end]
    return row if is_table_line(row) else ""


_PLACE_POINTER = re.compile(r"(?:这个|该|此|这)(?:县|区|镇|乡|街道)")


def _place_subject(catalog: Catalog, resolved: Resolved, unit: str | None, kinds) -> str:
    """The county or district a figure is asked of (quantity.named_place), which the sentence
    stating it names; "" when no figure is asked. A place that is an indexed agency's own is
    passed over (its notices are the scope then, and their sentences need not repeat it)."""
    if unit is None and not kinds:
        return ""
    def agency_s(place: str) -> bool:
        return any(place in agency for agency in catalog.agencies)

    place = named_place(resolved.focus or resolved.text, skip=agency_s)
    if not place and resolved.focus and _PLACE_POINTER.search(resolved.focus):
        # "这个县…查看了几个村卫生室?" after "那汧原县呢?": the county carried in the topic
        # (held-out probe, thirty-ninth part AHc1#3 was answered with the whole inspection's
        # count)
        place = named_place(resolved.text, skip=agency_s)
    return place


def _distinctive(scorer: Coverage, name: str) -> str:
    """The rarest word of a named work (茅湾涌 of 中山茅湾涌防洪排涝整治工程), which a sentence
    stating its figure names; "" when the name has no word rarer than WORK_WORD_IDF."""
    words = [w for w in scorer.tokenizer.words(name) if len(w) >= 2]
    if not words:
        return ""
    rarest = max(words, key=lambda w: scorer.weights[w])
    return rarest if scorer.weights[rarest] >= WORK_WORD_IDF else ""


# Kinds that only a sentence stating one answers, read in every retrieved passage as a time is
# (a frequency: held-out probe, twenty-fifth part T14, stated by the 7th passage). Not a
# comparison: dev negative q349 found another figure's 同比 further down.
# A rank too ("涑水区得了多少分, 排第几?": the one line giving it ranked 7th in scope once four
# more notices were indexed, held-out probe jc2#1).
_READ_DEEP_KINDS = ("frequency", "rank")


def evidence_hits(hits: list[Hit], follow_up: bool, unit: str | None,
                  deep: bool = False, rescued: int = 0) -> list[Hit]:
    """The hits whose sentences are read for evidence: the top EVIDENCE_PASSAGES, or all
    RETRIEVE_K for a follow-up (its own words' passages were added) and for a question asking
    a quantity or a time, which only a sentence stating one answers: "今年搞了几场应急演练?"
    ranks the passages about drills above the one line that counts them (dev conversation
    q276#1, branch conv2: 4场 was 6th-10th; standalone dev questions and negatives unchanged)."""
    # (so does a kind of _READ_DEEP_KINDS)
    return hits if follow_up or unit is not None or deep else hits[:EVIDENCE_PASSAGES + rescued]


def _by_first_rank(agencies: Sequence[str], ranked: Sequence[str]) -> list[str]:
    """The agencies ordered by their first place in `ranked` (the agency of each passage a
    search ranked, best first); those it does not reach after, in their given order."""
    first: dict[str, int] = {}
    for rank, agency in enumerate(ranked):
        first.setdefault(agency, rank)
    return sorted(agencies, key=lambda a: first.get(a, len(ranked)))


def _not_stated(hit: Hit, unit: str | None, kinds) -> str:
    """The refusal of a question whose topic a notice covers without the asked figure."""
    if kinds:
        what = "、".join(k.label for k in kinds)
    elif unit == "时间":
        what = "时间"
    elif unit:
        what = f"数量 (以“{unit}”计)"
    else:
        what = "具体数字"
    meta = hit.notice.meta
    title = meta.title
    owner = f"{meta.agency}的" if meta.agency and meta.agency not in title else ""
    return f"{NO_ANSWER}\n最接近的是{owner}{book_title(title)}, 但其中没有说明所问的{what}。"


def _counts_without_members(first: Evidence, members: Members) -> bool:
    """Does the first citation's notice state the asked count, and list its members nowhere?"""
    text = first.hit.notice.text
    return states_count(text, members) and not lists_members(text, members)


def _members_not_listed(hit: Hit, members: Members) -> str:
    meta = hit.notice.meta
    owner = f"{meta.agency}的" if meta.agency and meta.agency not in meta.title else ""
    return (f"{NO_ANSWER}\n{owner}{book_title(meta.title)}提到{members.count}{members.unit}"
            f"{members.noun}, 但没有列出具体是哪些。")


def _abstain(resolved: Resolved, text: str, hits: list[Hit], reason: str,
             retrieved: list[dict] | None = None,
             groups: list[AgencyGroup] | None = None) -> Answer:
    return refusal(resolved.text, text,
                   retrieved if retrieved is not None else [h.to_json() for h in hits],
                   reason, groups)
