"""BM25 must score exactly like rank_bm25.BM25Okapi, from a sparse matrix."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from index.lexical.bm25 import BM25Index, TermCounts
from index.lexical.tokenizer import Tokenizer

NOTICES = Path(__file__).resolve().parents[1] / "corpus" / "notices"
QUESTIONS = [
    "哪些单位合并了党支部",
    "三重一大决策制度执行不到位问题如何整改",
    "森林防火 林火监控",
    "一岗双责",
    "安全生产专项整治三年行动",
    "党风廉政建设 八项规定 四风",
    "应急 应急 应急 救援",  # repeated terms count repeatedly
    "完全无关的词语组合 火星探测",
]


@pytest.fixture(scope="module")
def corpus_tokens() -> list[list[str]]:
    tokenizer = Tokenizer()
    lines = [
        line
        for path in sorted(NOTICES.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [tokenizer.tokenize(line) for line in lines]


@pytest.mark.parametrize("question", QUESTIONS)
def test_scores_and_top10_match_bm25okapi(corpus_tokens, question):
    tokens = Tokenizer().tokenize(question)
    reference = BM25Okapi(corpus_tokens).get_scores(tokens)
    ours = BM25Index.build(corpus_tokens).scores(tokens)
    np.testing.assert_allclose(ours, reference, rtol=1e-9, atol=1e-12)
    ref_top = np.lexsort((np.arange(len(reference)), -reference))[:10]
    our_top = np.lexsort((np.arange(len(ours)), -ours))[:10]
    assert list(our_top) == list(ref_top)


def test_negative_idf_floor_matches_reference():
    # "共同" is in 3 of 4 passages: negative idf, floored at epsilon * mean idf.
    docs = [["共同", "甲"], ["共同", "乙"], ["共同", "丙"], ["丁"]]
    ours = BM25Index.build(docs).scores(["共同", "丁"])
    np.testing.assert_allclose(ours, BM25Okapi(docs).get_scores(["共同", "丁"]))


def test_save_and_load_roundtrip(tmp_path, corpus_tokens):
    counts = TermCounts.build(corpus_tokens)
    counts.save(tmp_path, "passages")
    loaded = BM25Index([TermCounts.load(tmp_path, "passages")])
    tokens = Tokenizer().tokenize("巡察整改 党支部")
    np.testing.assert_array_equal(BM25Index([counts]).scores(tokens), loaded.scores(tokens))


@pytest.mark.parametrize("question", QUESTIONS)
def test_segments_with_masked_rows_score_like_one_build(corpus_tokens, question):
    """Three segments, rows masked in two of them (removed or replaced passages): the live
    rows score exactly (bit for bit) as in one index built over the live rows alone."""
    rng = np.random.default_rng(7)
    cuts = [0, len(corpus_tokens) // 3, 2 * len(corpus_tokens) // 3, len(corpus_tokens)]
    parts = [corpus_tokens[a:b] for a, b in zip(cuts, cuts[1:])]
    dead = [rng.random(len(parts[0])) < 0.3, None, rng.random(len(parts[2])) < 0.1]
    segmented = BM25Index([TermCounts.build(p) for p in parts], dead)
    live = [t for p, d in zip(parts, dead) for i, t in enumerate(p) if d is None or not d[i]]
    alive = np.concatenate([~d if d is not None else np.ones(len(p), bool)
                            for p, d in zip(parts, dead)])
    tokens = Tokenizer().tokenize(question)
    ours = segmented.scores(tokens)
    np.testing.assert_array_equal(ours[alive], BM25Index.build(live).scores(tokens))
    assert not ours[~alive].any()
    np.testing.assert_allclose(ours[alive], BM25Okapi(live).get_scores(tokens),
                               rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("question", QUESTIONS)
def test_touched_rows_are_every_live_row_holding_a_query_term_with_its_score(corpus_tokens,
                                                                              question):
    """What a search selects from: the same scores bit for bit, masked rows left out, and
    every row outside scores 0."""
    rng = np.random.default_rng(3)
    half = len(corpus_tokens) // 2
    parts = [corpus_tokens[:half], corpus_tokens[half:]]
    dead = [rng.random(len(parts[0])) < 0.3, None]
    bm = BM25Index([TermCounts.build(p) for p in parts], dead)
    tokens = Tokenizer().tokenize(question)
    rows, scores = bm.touched(tokens)
    everything = bm.scores(tokens)
    query_terms = set(tokens)
    holds = np.array([bool(query_terms & set(t)) for t in corpus_tokens])
    alive = np.concatenate([~dead[0], np.ones(len(parts[1]), bool)])
    np.testing.assert_array_equal(rows, np.flatnonzero(holds & alive))
    np.testing.assert_array_equal(scores, everything[rows])
    outside = np.ones(len(everything), bool)
    outside[rows] = False
    assert not everything[outside].any()


def test_unknown_terms_score_zero(corpus_tokens):
    assert not BM25Index.build(corpus_tokens).scores(["不存在的词"]).any()


def test_tokenizer_drops_question_words_and_keeps_domain_terms():
    tokens = Tokenizer().tokenize("哪些单位合并了党支部?如何落实“三重一大”和一岗双责?")
    assert "哪些" not in tokens and "如何" not in tokens
    assert {"党支部", "三重一大", "一岗双责", "合并"} <= set(tokens)
