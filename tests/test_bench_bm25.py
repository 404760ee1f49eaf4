"""Smoke run of eval/bench_bm25.py's pieces: the paths compared on real tokens, and the
replicated sizes hold the asked rows with varied (not copied) text. No timing is asserted."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from eval.bench_bm25 import compare, filters, resized
from index.lexical.bm25 import BM25Index, TermCounts
from index.lexical.tokenizer import Tokenizer

NOTICES = Path(__file__).resolve().parents[1] / "corpus" / "notices"


def test_compare_and_replicate():
    tokenizer = Tokenizer.for_queries()
    lines = [line for path in sorted(NOTICES.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    base = TermCounts.build([tokenizer.tokenize(line) for line in lines])
    row_doc = np.arange(base.rows) // 20
    bigger, docs = resized(base, row_doc, 3 * base.rows + 7)
    assert bigger.rows == len(docs) == 3 * base.rows + 7
    first, copy = bigger.tf.tocsr()[:base.rows], bigger.tf.tocsr()[base.rows:2 * base.rows]
    assert (first != copy).nnz > 0  # varied, not repeated
    np.testing.assert_array_equal(bigger.lengths, np.asarray(bigger.tf.sum(axis=1)).ravel())
    bm25 = BM25Index([bigger])
    queries = [tokenizer.tokenize(q) for q in ("党支部 整合", "安全生产 专项整治", "防汛 演练")]
    keys = np.random.default_rng(0).permutation(bigger.rows)
    result = compare(bm25, queries, keys, ks=(10,))
    assert result["10"]["identical"] == 1.0 and {"exhaustive_ms", "pruned_ms"} <= set(result["10"])
    filtered = compare(bm25, queries, keys, ks=(10,), allowed=filters(docs, len(queries)))
    assert filtered["10"]["identical"] == 1.0
    for r in (result["10"], filtered["10"]):
        assert r["compiled_identical"] == 1.0
