"""From retrieved passages to citable sentences: the best sentence of each passage, scored.

>>> ev = best_sentence(hit, scorer.terms("哪些单位合并了党支部"), scorer)
>>> ev.quote
'现已下发了《关于重新调整基层党支部的通知》,将原有的20个党支部整合为9个党支部,…'
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from assistant.listing import line_at
from assistant.models import Citation
from assistant.quantity import Kind, states_kinds, states_quantity
from assistant.relevance import Coverage
from assistant.semantic import SemanticScorer, relative
from corpus.ledger.assignment import is_label_line
from corpus.ledger.tables import is_table_line
from corpus.models import Notice
from corpus.passages import is_bare_label
from corpus.sentences import CELL_SEP, Sentence, is_wide_row, run_in_title, split_sentences
from index.dense import sentence_store
from index.search.searcher import Hit

# A best sentence shorter than this is extended by the next sentence of its passage:
# "整改情况:一是积极开展支部整合。" names the measure, the next sentence says what was done.
MIN_QUOTE_CHARS = 20

# Neighbouring sentences covering at least this share of the best one's coverage join its
# quote, up to MAX_QUOTE_CHARS: "一是开展支部整合。" and "将原有的20个党支部整合为9个…" tie,
# and the gold is as often the second as the first. Own set: see eval/README.md, answer level.
NEAR_BEST = 0.8
MAX_QUOTE_CHARS = 200

# Two cited quotes of one passage at most this many characters apart (one clause between, no
# line break) are quoted as one (joined), up to MAX_QUOTE_CHARS. Dev: answer recall 0.868 ->
# 0.876 (q035: the clause between a measure's heading and its last sentence was the gold),
# flat from 40 to 120 characters (chosen 80); lists unchanged when joined too (not done).
JOIN_GAP_CHARS = 80

# Weight of the semantic similarity (semantic.relative of the e5 cosine of the question and
# the sentence with its headings) in a sentence's score; lexical coverage has the rest:
# score = (1 - w) * coverage + w * similarity. Chosen on the own set's dev split
# (eval/README.md, "Issue 18, dev runs", run E1: 0 / 0.3 / 0.5 / 0.6 / 0.7 / 0.8 / 1.0 gave
# answer recall 0.791 / 0.849 / 0.872 / 0.872 / 0.884 / 0.884 / 0.849).
SEMANTIC_WEIGHT = 0.7


# An item's lead sentence ("1. 推进第一次全国自然灾害综合风险普查工作。", "一是健全意识形态分析
# 研判常态化机制。") names the measure the sentences after it detail: when it scores at least
# this share of the passage's best sentence further into the same item, the quote starts from
# it. Swept on the dev split (hybrid, after PER_AGENCY 5/4): off 0.895 answer recall / 0.667
# complete / 0.867 turns; 0.8 0.872 / 0.733 / 0.889; 0.9 and 0.93 0.895 / 0.733 / 0.889
# (q138 lost, a conversation turn won); 0.95, 0.97 and 0.99 0.907 / 0.733 / 0.867 (chosen:
# the middle of the widest plateau; q007's 济宁 and q010's 济南 leads now cited).
LEAD_SHARE = 0.95
# How an item's lead sentence begins: "1. ", "(3)", "一是", "二、", "第三,", after an optional
# label ("整改情况:一是…").
_N = "一二三四五六七八九十"
_LEAD = re.compile(rf"^\s*(?:[^,，。:：]{{1,6}}[:：])?\s*(?:\d{{1,2}}\s*[.．、]|"
                   rf"[(（]\s*[\d{_N}]{{1,3}}\s*[)）]|[{_N}]{{1,3}}[是、]|第[{_N}]{{1,3}}[,，、])")


# A sentence that only names a problem ("(3)针对…撤销案件问题。", "针对…问题,整改情况如下:")
# says nothing of what was done about it: like a short sentence, it is cited with the next
# one, where the measures begin (dev conversation q270#1, branch conv2: "被判败诉后采取了哪些
# 措施?" was answered with the problem line alone, its 一是 left out).
_PROBLEM_ONLY = re.compile(r"问题[。:：]?\s*$|整改情况如下[:：]?\s*$")
# A sentence that is only a bracketed aside ("(防汛抗旱科负责;完成时限:5月底前)") says who and
# when of the measure before it, and nothing by itself: it is cited with that measure (found
# asking "有没有类似的安排?": two of four citations were such asides alone).
_ASIDE_ONLY = re.compile(r"^\s*[(（][^()（）]*[)）]\s*[。;；]?\s*$")


class CitationMismatch(AssertionError):
    """A quote that is not the notice's text at its span: never shown to a user."""


@dataclass(frozen=True)
class Evidence:
    hit: Hit
    quote: str
    start: int
    end: int
    coverage: float  # share of the question's weighted terms found (see relevance.Coverage)
    similarity: float = 0.0  # semantic.relative of the e5 cosine (0 without a semantic scorer)
    score: float | None = None  # what ranks evidence: coverage and similarity combined

    @property
    def rank_score(self) -> float:
        return self.coverage if self.score is None else self.score

    @property
    def agency(self) -> str:
        return self.hit.notice.meta.agency

    def cite(self, n: int) -> Citation:
        """The citation for marker [n]; refuses a quote that is not text[start:end]."""
        notice, passage = self.hit.notice, self.hit.passage
        if notice.text[self.start:self.end] != self.quote or not self.quote:
            raise CitationMismatch(f"{passage.passage_id} [{self.start}:{self.end}]")
        return Citation.quoting(notice, n, self.start, self.end, passage.passage_id,
                                passage.start, passage.end, tuple(passage.section))


def passage_sentences(hit: Hit) -> tuple[list[Sentence], str]:
    """The citable sentences of the hit's passage and the headings that are their context
    (index.dense.sentence_store.CONTEXT_HEADINGS: the index stores their vectors)."""
    return sentence_store.passage_sentences(hit.passage, hit.notice.text)


def prepare(hits, semantic: SemanticScorer | None) -> None:
    """Encode in one batch the sentences of every hit about to be scored."""
    if semantic is not None:
        pairs = [passage_sentences(h) for h in hits]
        semantic.prepare([([s.text for s in sentences], context) for sentences, context in pairs])


# A short label opening a line ("西岭县：民生实事项目30项…。督查发现问题12个，已整改10个。"): what
# every sentence of the line is about, as a heading is of its section. Two to eight characters,
# no punctuation (a county, a unit, 【问题1】-free plain labels).
_LINE_LABEL = re.compile(r"([\u4e00-\u9fff]{2,8})[：:]")


# A label on a line of its own over the line it names ("水运职业资格处\n赵千昆，电话：010-…"): two
# to LABEL_LINE_MAX_CHARS characters, no punctuation (NCP, found among its misses: the phone
# was refused as not stated of 水运职业资格处, which only the line above names).
LABEL_LINE_MAX_CHARS = 20
_LABEL_LINE = re.compile(r"[\u4e00-\u9fff]{2,%d}" % LABEL_LINE_MAX_CHARS)


def line_label(text: str, start: int) -> str:
    """The label or run-in title opening the line of text[start] when it stands before
    `start`, else the label line right above that line, else ""."""
    line, line_end = line_at(text, start)
    if is_wide_row(text, line, line_end):
        # a cell of a wide row is about the record its row's cells before it name (the case
        # and the company of a 公示's row: held-out probe, fortieth part AIc1#1, "鑫镀…被罚了
        # 多少钱?" of "一是对该公司立案查处，罚款15万元")
        return text[line:text.rfind(CELL_SEP, line, start) + 1]
    m = _LINE_LABEL.match(text, line)
    if m and m.end() <= start:
        return m.group(1)
    if title := run_in_title(text, start):
        return title
    above = label_line_above(text, start)
    return text[above:line - 1] if above is not None else ""


def states_nothing(sentence: str) -> bool:
    """A label with nothing after it ("整改措施：" over its numbered lines): never evidence of
    its own (held-out probe, twenty-fourth part r11 cited it first, and one of four measures)."""
    return is_bare_label(sentence)


# The addressees a notice opens with ("各乡镇（街道）党（工）委、…，县直各单位：", "局机关各科室、
# 各直属单位："): they name who reads it, never what it says (held-out probe, forty-third part:
# the line was cited first for "哪些人受到了诫勉谈话?" by its 纪委监委). Written within this
# many characters of the notice's start, under its title and number.
ADDRESSEE_REACH = 400
_ADDRESSEE = re.compile(r"[^。；;！？!?]*各[^。；;！？!?]*[:：]\s*")


def is_addressee(sentence: str, start: int) -> bool:
    """Is the sentence, starting at `start` in its notice, the notice's addressee line?"""
    return start < ADDRESSEE_REACH and _ADDRESSEE.fullmatch(sentence) is not None


def label_line_above(text: str, start: int) -> int | None:
    """Where the label line right above the line of text[start] starts, None for none."""
    line = text.rfind("\n", 0, start) + 1
    if line < 2:
        return None
    above = text.rfind("\n", 0, line - 1) + 1
    return above if _LABEL_LINE.fullmatch(text, above, line - 1) else None


def sentence_scores(sentences: list[Sentence], context: str, terms: dict[str, float],
                    scorer: Coverage, semantic: SemanticScorer | None, weight: float,
                    text: str = "") -> tuple[list[float], list[float], list[float]]:
    """Per sentence: lexical coverage, semantic similarity (0 without a scorer) and the two
    combined with `weight` on similarity. With the notice's `text`, a sentence's line label
    (line_label) counts as its context too (held-out probe: a 督查通报 giving each county's
    figures on a line "西岭县：…。督查发现问题12个…。" quoted the county's first sentence, not
    the one stating what was asked)."""
    coverage = [scorer.of(terms, s.text, f"{context} {line_label(text, s.start)}" if text
                          else context) for s in sentences]
    similarity = [relative(semantic.similarity(s.text, context)) if semantic is not None
                  else 0.0 for s in sentences]
    combined = [(1 - weight) * c + weight * m for c, m in zip(coverage, similarity)]
    return coverage, similarity, combined


@dataclass(frozen=True)
class ScoredPassage:
    """A hit's sentences scored for one question (sentence_scores), computed once for every
    selection made from them (best_sentences' runner-up, the figure check's topical sentence)."""
    hit: Hit
    sentences: list[Sentence]
    context: str
    coverage: list[float]
    similarity: list[float]
    combined: list[float]
    weight: float


def score_passage(hit: Hit, terms: dict[str, float], scorer: Coverage,
                  semantic: SemanticScorer | None = None,
                  weight: float | None = None) -> ScoredPassage:
    """The hit's citable sentences and their scores (SEMANTIC_WEIGHT unless `weight`; lexical
    alone without a semantic scorer)."""
    sentences, context = passage_sentences(hit)
    w = 0.0 if semantic is None else SEMANTIC_WEIGHT if weight is None else weight
    coverage, similarity, combined = sentence_scores(sentences, context, terms, scorer,
                                                     semantic, w, hit.notice.text)
    return ScoredPassage(hit, sentences, context, coverage, similarity, combined, w)


def best_sentence(hit: Hit, terms: dict[str, float], scorer: Coverage,
                  unit: str | None = None, semantic: SemanticScorer | None = None,
                  weight: float | None = None, kinds: tuple[Kind, ...] = (),
                  skip: tuple[int, int] | None = None,
                  scored: ScoredPassage | None = None,
                  fits: Callable[[str], bool] | None = None) -> Evidence:
    """The sentence of the hit's passage that covers most of the question (and, with a
    semantic scorer, is closest to it in meaning: SEMANTIC_WEIGHT); when the question asks
    for a quantity (`unit`, see quantity.py) or a kind of thing (`kinds`: a rate, an amount,
    a day …), the best of those that state one. Sentences overlapping `skip` (a span of the
    notice) are not candidates. `scored`: the passage already scored for these terms. `fits`:
    what else the question asks of its figure's sentence (a total, a month …); the best of the
    sentences that fit, when one does."""
    passage = hit.passage
    if scored is None:
        scored = score_passage(hit, terms, scorer, semantic, weight)
    sentences, context, w = scored.sentences, scored.context, scored.weight
    coverage, similarity, combined = scored.coverage, scored.similarity, scored.combined
    if not sentences:
        return Evidence(hit, passage.text, passage.start, passage.end, 0.0, 0.0, 0.0)
    candidates = [i for i, s in enumerate(sentences)
                  if (skip is None or s.end <= skip[0] or s.start >= skip[1])
                  and not states_nothing(s.text) and not is_addressee(s.text, s.start)
                  and (unit is None or states_quantity(s.text, unit))
                  and (not kinds or states_kinds(s.text, kinds, own_heading(hit),
                                                 table_header(hit.notice.text, s.start)))]
    if not candidates:  # nothing here answers "how many" or "when": no evidence, no window
        first = sentences[0]
        return Evidence(hit, first.text, first.start, first.end, 0.0, 0.0, 0.0)
    if fits is not None:
        candidates = [i for i in candidates if fits(sentences[i].text)] or candidates
    best = item_lead(sentences, candidates, combined,
                    max(candidates, key=lambda i: (combined[i], -i)))
    first, last = _window(sentences, {i: combined[i] for i in candidates}, best, combined[best],
                          hit.notice.text)
    if unit is None and not kinds:  # a figure asked is stated by the label itself
        first = _with_item(hit.notice.text, sentences, first)
    first = _with_run_in_title(hit.notice.text, sentences, first)
    start, end = sentences[first].start, sentences[last].end
    start = _with_label_line(hit, terms, scorer, start)
    cov, sim = coverage[best], similarity[best]
    if end - start > len(sentences[best].text):
        cov = max(cov, scorer.of(terms, hit.notice.text[start:end], context))
        sim = max(similarity[first:last + 1])
    return Evidence(hit, hit.notice.text[start:end], start, end, cov, sim,
                    (1 - w) * cov + w * sim)


# A passage holding two measures of the topic (济宁's 安全培训 paragraph: its 主要负责人 training
# and its 培训班 tie) gives a list both, not only the first, when the second's score is at least
# this share of the best's. Dev split, lists (per-agency evidence; 93 lists): off complete
# recall 0.656 (1,802 citations); 0.5 to 0.95 0.688 (q292, q296, q496, q538 complete, q291
# lost: its agency's 6th sentence pushed out; 1,856 at 0.5), 0.96 to 0.98 0.688 (q292, q296,
# q538; none lost; 1,821 at 0.96), 0.99 0.667, 1.0 (exact ties) 0.656. Chosen: 0.97, the middle
# of the plateau losing nothing.
SECOND_SENTENCE_SHARE = 0.97


def best_sentences(hit: Hit, terms: dict[str, float], scorer: Coverage,
                   unit: str | None = None,
                   semantic: SemanticScorer | None = None) -> list[Evidence]:
    """The passage's best sentence (best_sentence), and the best of the others when it scores
    nearly as well (SECOND_SENTENCE_SHARE) and does not overlap it."""
    scored = score_passage(hit, terms, scorer, semantic)
    best = best_sentence(hit, terms, scorer, unit, scored=scored)
    second = best_sentence(hit, terms, scorer, unit, skip=(best.start, best.end), scored=scored)
    apart = second.end <= best.start or second.start >= best.end
    if apart and second.rank_score > 0 and \
            second.rank_score >= SECOND_SENTENCE_SHARE * best.rank_score:
        return [best, second]
    return [best]


# How many sentences after a cited one may give the kind of thing asked, to be quoted with it.
KIND_REACH = 2


def states_asked(e: Evidence, kinds: tuple[Kind, ...]) -> bool:
    """Does the quote state every asked kind, by its words, its heading or its table column?"""
    return states_kinds(e.quote, kinds, own_heading(e.hit), table_header(e.hit.notice.text, e.start))


def table_header(text: str, start: int) -> str:
    """The header row of the table whose row holds `start` ("" when that line is no table row
    or is the header itself): the first of the run of "|" lines it belongs to."""
    line = text.rfind("\n", 0, start) + 1
    if not is_table_line(text[line:_line_end(text, line)]):
        return ""
    top = line
    while top > 0:
        above = text.rfind("\n", 0, top - 1) + 1
        if not is_table_line(text[above:top - 1]):
            break
        top = above
    return "" if top == line else text[top:_line_end(text, top)]


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def own_heading(hit: Hit) -> str:
    """The innermost heading over the hit's passage ("" for none)."""
    return hit.passage.section[-1] if hit.passage.section else ""


def with_stated_kind(evidence: Evidence, kinds: tuple[Kind, ...]) -> Evidence:
    """The evidence quoted on to the next sentence of its passage that states what is asked
    ("…请及时向我们反映。联系电话:22229338;…" for "各局分别留了哪个号码?": dev q534 cited the
    invitation alone), when it does not state it itself; else unchanged."""
    if not kinds or states_asked(evidence, kinds):
        return evidence
    sentences, _ = passage_sentences(evidence.hit)
    after = [s for s in sentences if s.start >= evidence.end][:KIND_REACH]
    stating = next((s for s in after if states_kinds(s.text, kinds)), None)
    if stating is None:
        return evidence
    text = evidence.hit.notice.text
    return replace(evidence, quote=text[evidence.start:stating.end], end=stating.end)


def _with_item(text: str, sentences: list[Sentence], first: int) -> int:
    """A quote opening at a field label of an item ("配合单位：财务审计科。" after the item's
    "开展家庭医生履约情况专项督查。牵头单位：…；") starts at the item's text on that line: the
    label alone says nothing of what is done (held-out probe, first part l6, cited so). Not
    when a figure or a date is asked: the label states it, and the item's words beside it
    would lend the label's date a topic it is not of (ninth part g29, "开幕式在哪一天" answered
    by a task's 完成节点)."""
    while (first > 0 and is_label_line(sentences[first].text)
           and "\n" not in text[sentences[first - 1].start:sentences[first].start]):
        first -= 1
    return first


def _with_run_in_title(text: str, sentences: list[Sentence], first: int) -> int:
    """A quote opening right after its line's run-in title ("3.公务接待费。" before "2025年度预算
    为18.50万元，支出决算为12.21万元…") starts at the title: the figure names nothing else."""
    if first > 0 and run_in_title(text, sentences[first].start) and \
            run_in_title(text, sentences[first - 1].start) == "" and \
            "\n" not in text[sentences[first - 1].start:sentences[first].start]:
        return first - 1
    return first


def _with_label_line(hit: Hit, terms: dict[str, float], scorer: Coverage, start: int) -> int:
    """A quote opening a line under a label line that names something asked ("水运职业资格处")
    starts at the label, so the reader sees what the line is of."""
    text, passage = hit.notice.text, hit.passage
    if start != text.rfind("\n", 0, start) + 1:
        return start
    above = label_line_above(text, start)
    if above is None or above < passage.start or scorer.of(terms, text[above:start - 1]) <= 0:
        return start
    return above


def item_lead(sentences: list[Sentence], candidates: list[int], combined: list[float],
             best: int) -> int:
    """The lead sentence of the list item the best sentence belongs to, when it scores nearly as
    well (LEAD_SHARE); else the best itself."""
    if _LEAD.match(sentences[best].text):
        return best
    for i in range(best - 1, -1, -1):
        if _LEAD.match(sentences[i].text):
            return i if i in candidates and combined[i] >= LEAD_SHARE * combined[best] else best
    return best


def _window(sentences: list[Sentence], scores: dict[int, float], best: int,
            coverage: float, text: str = "") -> tuple[int, int]:
    """Grow the best sentence by neighbours that cover nearly as much (a measure and what
    was done under it), and by the next sentence when the best is too short to stand alone;
    never into another cell of a table row (the notice's `text` shows where cells part)."""
    def joins(i: int, j: int) -> bool:
        return CELL_SEP not in text[sentences[i].end:sentences[j].start]

    first = last = best
    if best > 0 and _ASIDE_ONLY.match(sentences[best].text) and joins(best - 1, best):
        first = best - 1
    near = NEAR_BEST * coverage
    while True:
        length = sentences[last].end - sentences[first].start
        after = last + 1 if last + 1 < len(sentences) and joins(last, last + 1) else None
        before = first - 1 if first > 0 and joins(first - 1, first) else None
        if after is not None and (length < MIN_QUOTE_CHARS or (
                last == best and _PROBLEM_ONLY.search(sentences[last].text)
                and sentences[after].end - sentences[first].start <= MAX_QUOTE_CHARS)):
            last = after
        elif after is not None and scores.get(after, -1) >= near and \
                sentences[after].end - sentences[first].start <= MAX_QUOTE_CHARS:
            last = after
        elif before is not None and scores.get(before, -1) >= near and \
                sentences[last].end - sentences[before].start <= MAX_QUOTE_CHARS:
            first = before
        else:
            return first, last


def figure_coverage(e: Evidence, terms: dict[str, float], scorer: Coverage) -> float:
    """Coverage of a figure's sentence, the sentence before it and the headings counting as
    context (relevance.HEADING_SHARE): "举报电话:86222616。" gives the number of what the
    sentence before names (对违反防疫要求的单位和个人…). Dev unchanged (negatives' best still
    0.23, answerable 0.67 and up); NCP dev half first citation 0.8148 -> 0.8163. The notice's
    title counts as context too: a 县域商业体系建设实施方案's money sentence is about 县域商业
    without repeating it (held-out probe, seventh part x19: 0.294, refused; dev identical)."""
    sentences, context = passage_sentences(e.hit)
    # not the sentence of another item: "二是…" opens a measure of its own
    before = [s.text for s in sentences if s.end <= e.start][-1:] \
        if not _LEAD.match(e.quote) else []
    label = line_label(e.hit.notice.text, e.start)
    return scorer.of(terms, e.quote, " ".join([context, *before, label, e.hit.notice.meta.title]))


def item_lead_of(e: Evidence) -> str:
    """The lead sentence of the list item the quote lies in ("5.蒹湾镇党委书记糜志鹏…问题。" over
    "2026年2月，糜志鹏受到党内警告处分。"), "" when the quote opens its item or is in none."""
    sentences, _ = passage_sentences(e.hit)
    leads = [s for s in sentences if s.end <= e.start and _LEAD.match(s.text)]
    return leads[-1].text if leads else ""


# A sentence that goes on from the one before it ("其中，岜屯乡连通工程力争于…完工。" after "实施
# 峃口镇、岜屯乡供水管网连通工程…。"): what it is of was named there.
_CONTINUES = re.compile(r"^\s*其中")


def continued_from(e: Evidence) -> str:
    """The sentence before the quote in its passage when the quote goes on from it, else ""."""
    if not _CONTINUES.match(e.quote):
        return ""
    sentences, _ = passage_sentences(e.hit)
    before = [s for s in sentences if s.end <= e.start]
    return before[-1].text if before else ""


def same_measure(a: Evidence, b: Evidence) -> bool:
    """Are two quotes of one measure: one notice, under the same headings, and no item opening
    ("二是", "2.", "（3）") from the earlier to the later (a labelled field such as
    "整改时限：…" belongs to the measure above it)?"""
    if a.hit.notice.doc_id != b.hit.notice.doc_id or \
            tuple(a.hit.passage.section) != tuple(b.hit.passage.section):
        return False
    first, later = (a, b) if a.start <= b.start else (b, a)
    if later.start < first.end:
        return True
    return not item_opens(a.hit.notice.text, first.end, later.end)


def item_opens(text: str, start: int, end: int) -> bool:
    """Does a sentence of text[start:end] open an item ("二是", "2.", "（3）")?"""
    return any(_LEAD.match(s.text) for s in split_sentences(text[start:end], start) or [])


def span_evidence(notice: Notice, start: int, end: int) -> Evidence:
    """The notice's text[start:end] (inside one passage) as evidence, cited as it is; a
    heading that leads a line of its own item ("6．扶持创业项目。设立…配合单位：…") stands for
    that line (held-out probe, sixth part: "第三条由哪个单位配合?" after a part's headings
    were listed cited the heading alone)."""
    passage = next(p for p in notice.passages if p.start <= start < p.end)
    if any(h.start == start and h.end == end for h in notice.headings):
        line_end = notice.text.find("\n", end)
        end = min(passage.end, line_end if line_end >= 0 else len(notice.text))
    return Evidence(Hit(1, 1.0, passage, notice), notice.text[start:end], start, end, 1.0)


def in_passage(notice: Notice, start: int) -> bool:
    """Does text[start] lie inside one of the notice's passages?"""
    return any(p.start <= start < p.end for p in notice.passages)


def line_evidence(notice: Notice, start: int, end: int) -> Evidence:
    """A line (a list item, a table row) cited within the passage it opens in."""
    passage_end = next(p.end for p in notice.passages if p.start <= start < p.end)
    return span_evidence(notice, start, min(end, passage_end))


def joined(evidence: list[Evidence], gap: int | None = None) -> list[Evidence]:
    """Quotes of one passage a short stretch apart joined into one (at the place of the first):
    "四是强化企业注销监管协同…" and "同步配合…联合防范机制建设…" are one measure, and the clause
    between them ("建立企业注销环节执法协作机制") was its substance, left out."""
    gap = JOIN_GAP_CHARS if gap is None else gap
    out: list[Evidence] = []
    for e in evidence:
        for k, o in enumerate(out):
            if o.hit.passage.passage_id != e.hit.passage.passage_id:
                continue
            first, second = (o, e) if o.start <= e.start else (e, o)
            between = first.hit.notice.text[first.end:second.start]
            if 0 <= len(between) <= gap and "\n" not in between and CELL_SEP not in between \
                    and max(first.end, second.end) - first.start <= MAX_QUOTE_CHARS:
                text, end = first.hit.notice.text, max(first.end, second.end)
                out[k] = replace(o, quote=text[first.start:end], start=first.start, end=end)
                break
        else:
            out.append(e)
    return out


def number_citations(evidence: list[Evidence]) -> list[Citation]:
    """Citations [1], [2] … in order; the same span cited twice keeps one number."""
    citations: list[Citation] = []
    seen: dict[tuple[str, int, int], int] = {}
    for ev in evidence:
        key = (ev.hit.notice.doc_id, ev.start, ev.end)
        if key not in seen:
            seen[key] = len(citations) + 1
            citations.append(ev.cite(seen[key]))
    return citations
