"""BM25 must score exactly like rank_bm25.BM25Okapi, from a sparse matrix."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from index.bm25 import BM25Index
from index.tokenizer import Tokenizer

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
    built = BM25Index.build(corpus_tokens)
    built.save(tmp_path)
    loaded = BM25Index.load(tmp_path)
    tokens = Tokenizer().tokenize("巡察整改 党支部")
    np.testing.assert_array_equal(built.scores(tokens), loaded.scores(tokens))


def test_unknown_terms_score_zero(corpus_tokens):
    assert not BM25Index.build(corpus_tokens).scores(["不存在的词"]).any()


def test_tokenizer_drops_question_words_and_keeps_domain_terms():
    tokens = Tokenizer().tokenize("哪些单位合并了党支部?如何落实“三重一大”和一岗双责?")
    assert "哪些" not in tokens and "如何" not in tokens
    assert {"党支部", "三重一大", "一岗双责", "合并"} <= set(tokens)
