"""Pruned BM25 top-k (MaxScore) must return exactly what exhaustive scoring returns: the same
rows, the same scores bit for bit, the same order, ties included, with masked rows, several
segments, filters and keys."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.lexical.bm25 import BM25Index, TermCounts
from index.lexical.impact import Frontier
from index.lexical.tokenizer import Tokenizer
from index.lexical.compiled import top_compiled
from index.lexical.topk import top_exhaustive, top_pruned

NOTICES = Path(__file__).resolve().parents[1] / "corpus" / "notices"


@pytest.fixture(params=[top_pruned, top_compiled], ids=["numpy", "compiled"])
def path(request):
    """Both pruned paths: numpy MaxScore and the numba-compiled one."""
    return request.param


@pytest.fixture(scope="module")
def corpus_tokens() -> list[list[str]]:
    tokenizer = Tokenizer()
    lines = [line for path in sorted(NOTICES.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [tokenizer.tokenize(line) for line in lines]


def _queries(corpus_tokens: list[list[str]], count: int, seed: int) -> list[list[str]]:
    """Queries drawn from the corpus' own words: rare and common mixed, repeats included."""
    rng = np.random.default_rng(seed)
    words = [w for tokens in corpus_tokens for w in tokens]
    queries = []
    for _ in range(count):
        size = int(rng.integers(1, 7))
        queries.append([words[i] for i in rng.integers(0, len(words), size)])
    return queries


def _same(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> None:
    np.testing.assert_array_equal(a[0], b[0])
    np.testing.assert_array_equal(a[1], b[1])  # bit for bit


@pytest.mark.parametrize("k", [1, 10, 50])
def test_pruned_equals_exhaustive_on_one_segment(path, corpus_tokens, k):
    bm = BM25Index.build(corpus_tokens)
    for query in _queries(corpus_tokens, 150, seed=k):
        _same(path(bm, query, k), top_exhaustive(bm, query, k))


def test_duplicated_rows_tie_and_are_ordered_by_key(path, corpus_tokens):
    """Every passage three times: every score ties with two others, and the keys (a shuffled
    order, as manifest order is after updates) decide; the cut falls inside tie groups."""
    tripled = corpus_tokens * 3
    bm = BM25Index.build(tripled)
    keys = np.random.default_rng(5).permutation(len(tripled)).astype(np.int64)
    for query in _queries(corpus_tokens, 120, seed=11):
        for k in (2, 10, 11):
            pruned = path(bm, query, k, keys=keys)
            _same(pruned, top_exhaustive(bm, query, k, keys=keys))
            if len(pruned[1]) > 1:  # the order really is (-score, key)
                order = np.lexsort((keys[pruned[0]], -pruned[1]))
                np.testing.assert_array_equal(order, np.arange(len(order)))


def test_segments_masks_and_filters(path, corpus_tokens):
    rng = np.random.default_rng(9)
    cuts = [0, len(corpus_tokens) // 4, len(corpus_tokens) // 2, len(corpus_tokens)]
    parts = [corpus_tokens[a:b] for a, b in zip(cuts, cuts[1:])]
    dead = [rng.random(len(parts[0])) < 0.3, None, rng.random(len(parts[2])) < 0.1]
    counts = [TermCounts.build(p) for p in parts]
    counts[1] = TermCounts(counts[1].vocab, counts[1].tf, counts[1].lengths)  # no stored frontier
    bm = BM25Index(counts, dead)
    keys = rng.permutation(bm.size).astype(np.int64)
    for i, query in enumerate(_queries(corpus_tokens, 150, seed=13)):
        share = (0.002, 0.05, 0.5)[i % 3]
        allowed = np.flatnonzero(rng.random(bm.size) < share).astype(np.int64)
        for k in (10, 50):
            _same(path(bm, query, k, keys=keys), top_exhaustive(bm, query, k, keys=keys))
            _same(path(bm, query, k, allowed, keys),
                  top_exhaustive(bm, query, k, allowed, keys))
    empty = np.zeros(0, np.int64)
    assert len(path(bm, corpus_tokens[0], 10, empty)[0]) == 0


def test_stored_frontier_roundtrip_and_lazy_frontier_agree(tmp_path, corpus_tokens):
    counts = TermCounts.build(corpus_tokens)
    counts.save(tmp_path, "passages")
    loaded = TermCounts.load(tmp_path, "passages")
    assert isinstance(loaded.frontier, Frontier)
    lazy = TermCounts(counts.vocab, counts.tf, counts.lengths)
    for column in range(0, len(counts.vocab), 7):
        stored_tf, stored_len = loaded.term_frontier(column)
        lazy_tf, lazy_len = lazy.term_frontier(column)
        np.testing.assert_array_equal(stored_tf, lazy_tf)
        np.testing.assert_array_equal(stored_len, lazy_len)


def test_unknown_terms_and_k_zero(path, corpus_tokens):
    bm = BM25Index.build(corpus_tokens)
    assert len(path(bm, ["不存在的词"], 10)[0]) == 0
    assert len(path(bm, corpus_tokens[0], 0)[0]) == 0


@pytest.mark.parametrize("k", [10, 50])
def test_compiled_on_a_loaded_segment_of_synthetic_varied_tokens(tmp_path, k):
    """Memory-mapped counts as an opened index has them; Zipf-like tokens give common terms
    (floored idf), rare ones, long and short rows; dead rows and filters as well."""
    rng = np.random.default_rng(k)
    vocabulary = [f"t{i}" for i in range(3000)]
    weights = 1.0 / np.arange(1, len(vocabulary) + 1)
    weights /= weights.sum()
    rows = [[vocabulary[i] for i in rng.choice(len(vocabulary), int(rng.integers(1, 60)),
                                               p=weights)] for _ in range(4000)]
    rows += rows[:300]  # exact duplicates: ties
    TermCounts.build(rows).save(tmp_path, "passages")
    part = TermCounts.load(tmp_path, "passages")
    bm = BM25Index([part], [rng.random(part.rows) < 0.05])
    keys = rng.permutation(bm.size).astype(np.int64)
    for i in range(200):
        query = [vocabulary[j] for j in rng.choice(len(vocabulary), int(rng.integers(1, 16)),
                                                  p=weights if i % 2 else None)]
        _same(top_compiled(bm, query, k, keys=keys), top_exhaustive(bm, query, k, keys=keys))
        allowed = np.flatnonzero(rng.random(bm.size) < 0.05).astype(np.int64)
        _same(top_compiled(bm, query, k, allowed, keys),
              top_exhaustive(bm, query, k, allowed, keys))


@pytest.mark.parametrize("seed", [1, 2])
def test_filter_skip_with_ties_segments_and_dead_rows(path, corpus_tokens, seed):
    """Filters from sparse to dense over tripled rows (every score ties with two others, the
    cut falls inside tie groups), three segments (one without a stored frontier), dead rows
    and shuffled keys: a candidate outside the filter moves every essential pointer to the
    next allowed row (compiled.py), and no allowed row may be skipped on the way."""
    rng = np.random.default_rng(seed)
    tripled = corpus_tokens * 3
    cuts = [0, len(tripled) // 3, 2 * len(tripled) // 3, len(tripled)]
    counts = [TermCounts.build(tripled[a:b]) for a, b in zip(cuts, cuts[1:])]
    counts[1] = TermCounts(counts[1].vocab, counts[1].tf, counts[1].lengths)  # no stored frontier
    dead = [rng.random(counts[0].rows) < 0.2, None, rng.random(counts[2].rows) < 0.05]
    bm = BM25Index(counts, dead)
    keys = rng.permutation(bm.size).astype(np.int64)
    for i, query in enumerate(_queries(corpus_tokens, 120, seed=seed)):
        allowed = np.flatnonzero(rng.random(bm.size) < (0.01, 0.1, 0.6)[i % 3]).astype(np.int64)
        for k in (1, 10, 11, 50):
            _same(path(bm, query, k, allowed, keys),
                  top_exhaustive(bm, query, k, allowed, keys))
