"""A full Milvus sync of an index folder into a fresh Milvus Lite file, timed, then BM25
top-10 of eval/bench.py's queries compared between the files and Milvus (issue 20: full
sync of 10^5 rows <= 2 minutes with identical BM25 top-10).

Run the code before and after a change side by side (two checkouts, started together) so
that both see the same load; the index is eval/milvus_compare.py's scale index (`--work`).

    python -m eval.bench_milvus_sync --index-dir /tmp/milvus-work/laws-100000 --db /tmp/new.db
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path


def full_sync(root: Path, db: Path) -> dict:
    """Seconds of one full sync into `db` (which must not exist yet) and the rows written."""
    from index.milvus.sync import sync_index

    if db.exists():
        raise SystemExit(f"{db} 已存在: 全量同步需要一个新的 Milvus Lite 文件")
    started = time.perf_counter()
    cpu = time.process_time()
    report = sync_index(root, str(db))
    return {"sync_s": round(time.perf_counter() - started, 1),
            "client_cpu_s": round(time.process_time() - cpu, 1),
            "written_notices": report.written_notices, "written_terms": report.written_terms,
            "load_average": [round(x, 1) for x in os.getloadavg()]}


def same_bm25_top10(root: Path, db: Path) -> dict:
    """eval/bench.py's queries: top-10 passage ids (and scores to 6 places) of both backends."""
    from eval.bench import QUERIES
    from index.search.searcher import Searcher

    os.environ["NOTICES_MILVUS_URI"] = str(db)
    tops = {}
    for backend in ("files", "milvus"):
        os.environ["NOTICES_BACKEND"] = backend
        searcher = Searcher(root)
        tops[backend] = [[(h.passage.passage_id, round(h.score, 6))
                          for h in searcher.search(q, k=10, mode="bm25")] for q in QUERIES]
    os.environ.pop("NOTICES_BACKEND")
    pairs = list(zip(tops["files"], tops["milvus"]))
    return {"queries": len(QUERIES),
            "identical_top10_ids": sum([p for p, _ in a] == [p for p, _ in b] for a, b in pairs),
            "identical_top10_with_scores": sum(a == b for a, b in pairs)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--db", type=Path, required=True, help="a new Milvus Lite file")
    args = parser.parse_args(argv)
    result = full_sync(args.index_dir, args.db) | same_bm25_top10(args.index_dir, args.db)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
