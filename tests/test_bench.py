"""A tiny smoke run of the scale benchmark: every size in its own process, a serving process
answering real queries, reports written with the keys issue 20 asks for. No timing is
asserted (timings belong to the benchmark)."""
from __future__ import annotations

import json

import corpus
from ui.cli.main import main


def test_bench_smoke_run_writes_reports(tmp_path, embedder, monkeypatch):
    monkeypatch.setenv("NOTICES_BENCH_CACHE", str(tmp_path / "cache"))
    notices = sorted(corpus.shipped_notices_dir().iterdir())
    small = tmp_path / "corpus"
    small.mkdir()
    for path in notices[1:3]:
        (small / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "reports"
    code = main(["bench", "--corpus", str(small), "--sizes", "60,1000", "--out", str(out)])
    assert code == 0
    result = json.loads((out / "bench.json").read_text(encoding="utf-8"))
    small_row, big_row = result["per_size"]["60"], result["per_size"]["1000"]
    assert not small_row["copied_text"] and big_row["copied_text"]  # two notices < 1,000
    assert big_row["mixed_vectors"] > 0 and big_row["real_vectors"] == \
        result["material"]["real_vectors"]
    for row in (small_row, big_row):
        assert row["dense_type"] == "flat" and row["recall"]["recall_at_10"] == 1.0  # exact
        assert set(row["serving"]["latency_ms"]) == {"bm25", "dense", "hybrid"}
        assert row["serving"]["rss_mb"] > row["serving"]["model_mb"] > 0
        assert row["index_bytes_per_passage"] > row["dense_bytes_per_passage"] > 0
        assert row["add_one_notice"]["passages"] > 0
    assert (out / "bench.png").read_bytes()[:4] == b"\x89PNG"
    assert "| 1,000 | flat" in (out / "bench.md").read_text(encoding="utf-8")


def test_bench_says_when_corpus_is_absent(tmp_path, capsys):
    assert main(["bench", "--corpus", str(tmp_path / "missing")]) == 2
    assert "语料目录不存在" in capsys.readouterr().out


def test_bench_ask_serves_the_shipped_notices_and_reports(tmp_path, seed_index):
    """`notices bench --ask` over a given index: the real service answers POST /ask, the
    report holds warm percentiles and the first ask of a fresh and a restarted process, and
    the index it was given is left as it was (the service reads a copy)."""
    from eval import bench_ask

    before = sorted(p.relative_to(seed_index) for p in seed_index.rglob("*"))
    out = tmp_path / "reports"
    assert bench_ask.main(["--index-dir", str(seed_index), "--limit", "3",
                           "--out", str(out)]) == 0
    result = json.loads((out / "ask.json").read_text(encoding="utf-8"))
    assert result["questions"] == 3
    warm = result["warm_ms"]
    assert 0 < warm["p50"] <= warm["p95"] <= warm["max"]
    assert result["fresh"]["first_ask_ms"] > 0 and result["restarted"]["first_ask_ms"] > 0
    assert "POST /ask" in (out / "ask.md").read_text(encoding="utf-8")
    assert sorted(p.relative_to(seed_index) for p in seed_index.rglob("*")) == before
