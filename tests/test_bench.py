"""A tiny smoke run of the speed benchmark: it runs end to end and writes every report file
with the keys issue 9 asks for. No timing is asserted (timings belong to the benchmark)."""
from __future__ import annotations

import json
from pathlib import Path

import corpus
from ui.cli.main import main

KEYS = {"machine", "sizes", "matmul_peak_gflops", "bm25_speedup", "bm25_top10_identical",
        "embed_passages_per_s", "query_embed_ms", "hybrid_p95_ms", "add_one_notice_s",
        "open_index_s", "rss_mb", "index_bytes_per_passage"}


def test_bench_smoke_run_writes_reports(tmp_path, embedder):
    notices = sorted(corpus.shipped_notices_dir().iterdir())
    small = tmp_path / "corpus"
    small.mkdir()
    # Two notices under new names (the shipped ones are added by the benchmark itself).
    for path in notices[1:3]:
        (small / f"copy_{path.name}").write_bytes(path.read_bytes())
    out = tmp_path / "reports"
    code = main(["bench", "--corpus", str(small), "--sizes", "40,all,2000", "--sample", "4",
                 "--out", str(out)])
    assert code == 0
    result = json.loads((out / "bench.json").read_text(encoding="utf-8"))
    assert KEYS <= set(result)
    assert result["sizes"][0] == 40 and result["sizes"][-1] == 2000
    assert result["full_build"]["passages"] == result["sizes"][1]
    assert result["per_size"]["2000"]["tiled"] and not result["per_size"]["40"]["tiled"]
    assert result["bm25_top10_identical"] == 1.0  # our BM25 ranks as BM25Okapi does
    assert result["add_one_notice"]["passages"] > 0
    assert (out / "bench.png").read_bytes()[:4] == b"\x89PNG"
    assert "| 2,000 | yes |" in (out / "bench.md").read_text(encoding="utf-8")


def test_bench_says_when_corpus_is_absent(tmp_path, capsys):
    assert main(["bench", "--corpus", str(tmp_path / "missing")]) == 2
    assert "语料目录不存在" in capsys.readouterr().out
