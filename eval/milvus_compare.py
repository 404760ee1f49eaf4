"""Both index backends side by side in one run: retrieval quality, identical top-10s, query
latency and memory (`python -m eval.milvus_compare`).

Three parts, each on one index folder that both backends serve (the files, and an embedded
Milvus Lite file beside it, synced by the writer in its lock):

- own: the shipped notices and the own question set;
- ncp: NCPPolicies (../shared/benchmarks/ncp_policies, 1,262 questions), skipped and said
  so when absent;
- scale: ~10^5 passages of the laws corpus (../shared/corpora/laws; evenly spaced files),
  eval/bench.py's 20 queries. Its vectors are not real embeddings: eval.bench.TiledVectors
  gives every passage a noisy copy of one of 96 real e5 vectors (embedding 10^5 passages
  takes hours here); latency and memory do not depend on the values.

Real passages are embedded by the ONNX encoder (4x the torch rate, eval/reports/bench.md).
Latency is measured with the backends interleaved per question (load falls on both alike);
memory is the resident size of this process and of Milvus Lite's engine, which runs in a
child process. `--work DIR` keeps the indexes and Milvus files for a later run.

    python -m eval.milvus_compare --work /tmp/milvus-work [--parts own,ncp,scale]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

import corpus
from index.storage import store
from index.builder import update_index
from index.search.searcher import Searcher

MODES = ("bm25", "dense", "hybrid")
ENCODER = "onnx-fp32"
DEFAULT_NCP = Path("../shared/benchmarks/ncp_policies")
DEFAULT_LAWS = Path("../shared/corpora/laws")
# Passages of the laws corpus at full size (eval/reports/bench.md): the share of its files
# that gives the scale part ~SCALE passages.
LAWS_PASSAGES = 290_504
SCALE = 100_000
# Real passages embedded for the tiled vectors of the scale part, as eval/bench.py does.
SEED_PASSAGES = 96
# Timings of each scale query per backend (p50/p95 over all), as eval/bench.py's REPEATS.
REPEATS = 3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ncp", type=Path, default=DEFAULT_NCP)
    parser.add_argument("--laws", type=Path, default=DEFAULT_LAWS)
    parser.add_argument("--parts", default="own,ncp,scale")
    parser.add_argument("--scale", type=int, default=SCALE, help="passages of the scale part")
    parser.add_argument("--limit", type=int, help="only the first N NCP questions")
    parser.add_argument("--ncp-tiled", action="store_true",
                        help="NCP with tiled vectors (no embedding; BM25 unaffected)")
    parser.add_argument("--work", type=Path, help="keep indexes and Milvus files here")
    parser.add_argument("--out", type=Path, default=Path("eval/reports/milvus_compare.json"))
    args = parser.parse_args(argv)
    parts = args.parts.split(",")
    missing = [f"{p} ({path})" for p, path, needed in (
        ("ncp", args.ncp / "documents.jsonl", "ncp" in parts),
        ("scale", args.laws, "scale" in parts)) if needed and not path.exists()]
    if missing:
        print(f"评测数据不存在: {', '.join(missing)}。这些数据不属于本项目, 请确认 ../shared 已就位, "
              f"或用 --parts 只运行其余部分。", file=sys.stderr)
        return 2
    from index.dense.encoder.embedder import Embedder

    work = (args.work or Path(tempfile.mkdtemp(prefix="notices-milvus-"))).resolve()
    work.mkdir(parents=True, exist_ok=True)
    embedder = Embedder.load(encoder=ENCODER)
    # Parts run in several invocations replace their own entry in an existing report.
    result: dict = json.loads(args.out.read_text("utf-8")) if args.out.is_file() else {}
    try:
        for part in parts:
            print(f"{part}…", flush=True)
            started = {"started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                       "load_average_at_start": [round(x, 1) for x in os.getloadavg()]}
            if part == "own":
                measured = own(work, embedder)
            elif part == "ncp":
                measured = ncp(args.ncp, work, embedder, args.limit, args.ncp_tiled)
            else:
                measured = scale(args.laws, work, embedder, args.scale)
            key = "ncp_tiled" if part == "ncp" and args.ncp_tiled else part
            result[key] = started | measured | {
                "load_average_at_end": [round(x, 1) for x in os.getloadavg()]}
            print(json.dumps(result[key], ensure_ascii=False), flush=True)
            write_reports(result, args.out)  # after every part: a long run killed late keeps it
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"written to {args.out} and {args.out.with_suffix('.md')}")
    return 0


# --- building and serving ----------------------------------------------------------------


def _select(backend: str, uri: Path) -> None:
    os.environ["NOTICES_BACKEND"] = backend
    os.environ["NOTICES_MILVUS_URI"] = str(uri)


def _searchers(root: Path, embedder, uri: Path) -> dict[str, Searcher]:
    out = {}
    for backend in ("files", "milvus"):
        _select(backend, uri)
        out[backend] = Searcher(root, embedder=embedder)
    os.environ.pop("NOTICES_BACKEND")
    return out


def _build(root: Path, paths: list[Path], embedder, uri: Path) -> dict:
    """Index `paths` (unchanged notices are skipped) with Milvus selected: the writer syncs
    Milvus in its lock. Returns the seconds taken and the passage count."""
    _select("milvus", uri)
    started = time.perf_counter()
    report = update_index(root, add=paths, sync=True, embedder_factory=lambda s: embedder,
                          show_progress=False)
    seconds = time.perf_counter() - started
    print(f"  {report.passage_count} passages indexed and synced in {seconds:.0f} s", flush=True)
    return {"passages": report.passage_count, "build_and_sync_s": round(seconds, 1)}


def _same_top10(searchers: dict[str, Searcher], questions: list[str]) -> dict:
    """Share of questions whose top-10 passage lists are identical per mode (BM25 also with
    identical scores), and latency p50/p95 per backend, the backends interleaved."""
    same = {m: 0 for m in MODES}
    same_scores = 0
    times: dict[str, dict[str, list[float]]] = {b: {m: [] for m in MODES} for b in searchers}
    for q in questions:
        for mode in MODES:
            lists = {}
            for backend, searcher in searchers.items():
                searcher.search(q, k=10, mode=mode)  # the query vector cached for both alike
                started = time.perf_counter()
                hits = searcher.search(q, k=10, mode=mode)
                times[backend][mode].append(time.perf_counter() - started)
                lists[backend] = [(h.passage.passage_id, h.score) for h in hits]
            ids = {b: [p for p, _ in hits] for b, hits in lists.items()}
            same[mode] += ids["files"] == ids["milvus"]
            same_scores += mode == "bm25" and lists["files"] == lists["milvus"]
    return {"identical_top10": {m: round(same[m] / len(questions), 4) for m in MODES},
            "identical_bm25_scores": round(same_scores / len(questions), 4),
            "latency_ms": {b: {m: _percentiles(t) for m, t in ms.items()}
                           for b, ms in times.items()}}


def _percentiles(seconds: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in seconds)
    return {"p50": round(statistics.median(ms), 2),
            "p95": round(ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))], 2)}


# --- the three parts ---------------------------------------------------------------------


def own(work: Path, embedder) -> dict:
    from eval.own_set import evaluate_own
    from eval.questions import DEFAULT_SET, load_questions

    built = _build(work / "own", [corpus.shipped_notices_dir()], embedder, work / "own.db")
    searchers = _searchers(work / "own", embedder, work / "own.db")
    questions = load_questions(DEFAULT_SET)
    result = {"questions": len(questions)} | built
    for backend, searcher in searchers.items():
        modes = evaluate_own(searcher, questions, MODES).modes
        result[backend] = {m: {"R@5": round(r.overall.recall[5], 4),
                               "MRR@10": round(r.overall.mrr, 4)} for m, r in modes.items()}
    return result | _same_top10(searchers, [q.question for q in questions])


def ncp(folder: Path, work: Path, embedder, limit: int | None, tiled: bool) -> dict:
    """`tiled`: passages get eval.bench's tiled vectors instead of real embeddings (BM25 is
    unaffected; dense and hybrid scores then say nothing about NCP, only whether the two
    backends agree), for a machine too loaded to embed 5,203 passages in the time at hand."""
    from eval.ncp import evaluate_ncp, load_ncp, materialise

    docs, questions = load_ncp(folder)
    paths = materialise(docs, work / "ncp-docs")
    root, uri = (work / "ncp-tiled", work / "ncp-tiled.db") if tiled else \
        (work / "ncp", work / "ncp.db")
    if tiled:
        from eval.bench import TiledVectors, sample_texts

        seed = embedder.encode_passages(sample_texts(paths, SEED_PASSAGES))
        built = _build(root, paths, TiledVectors(seed, embedder), uri)
        serving = _TiledQueryEmbedder(embedder, root)
    else:
        built = _build(root, paths, embedder, uri)
        serving = embedder
    searchers = _searchers(root, serving, uri)
    questions = questions[:limit] if limit else questions
    result = {"questions": len(questions),
              "vectors": "tiled (eval.bench.TiledVectors): dense and hybrid are not NCP "
                         "quality" if tiled else "real (ONNX encoder)"} | built
    for backend, searcher in searchers.items():
        modes = evaluate_ncp(searcher, questions, MODES, show_progress=False).modes
        result[backend] = {m: {"doc R@1": round(r.doc.recall[1], 4),
                               "doc R@5": round(r.doc.recall[5], 4),
                               "doc MRR@10": round(r.doc.mrr, 4),
                               "passage R@5": round(r.passage.recall[5], 4)}
                           for m, r in modes.items()}
    return result | _same_top10(searchers, [q.question for q in questions])


def scale(laws: Path, work: Path, embedder, size: int) -> dict:
    """~`size` laws passages: build (tiled vectors) unless kept in --work, sync, then
    latency and memory of both backends."""
    from eval.bench import QUERIES

    root, uri = work / f"laws-{size}", work / f"laws-{size}.db"
    result: dict = {"vectors": "tiled: noisy copies of 96 real e5 vectors (eval.bench)"}
    if store.current_name(root) is None:
        result |= _build_laws(laws, root, embedder, size)
    rss_before = _rss_mb(os.getpid())
    _select("milvus", uri)
    started = time.perf_counter()
    update_index(root, show_progress=False)  # nothing to add: the writer only syncs Milvus
    result["sync_s"] = round(time.perf_counter() - started, 1)
    result["passages"] = store_passages(root)
    searchers = _searchers(root, _TiledQueryEmbedder(embedder, root), uri)
    result |= _same_top10(searchers, [q for _ in range(REPEATS) for q in QUERIES])
    child = _milvus_child(uri)
    result["memory_mb"] = {
        "this process, before opening the searchers": rss_before,
        "this process, both searchers open (peak)": _rss_mb(os.getpid(), peak=True),
        "milvus lite child": _rss_mb(child) if child else None,
        "milvus lite child (peak)": _rss_mb(child, peak=True) if child else None,
        "milvus lite data file": round((uri.stat().st_size if uri.is_file() else
                                        sum(p.stat().st_size for p in uri.rglob("*")
                                            if p.is_file())) / 2**20, 1)}
    if child:
        result["milvus_bytes_per_passage"] = round(
            (_rss_mb(child) - _idle_child_mb()) * 2**20 / result["passages"])
    return result


def _build_laws(laws: Path, root: Path, embedder, size: int) -> dict:
    from eval.bench import TiledVectors, sample_texts

    files = corpus.iter_notice_files([laws])
    count = min(len(files), round(len(files) * size / LAWS_PASSAGES))
    picked = [files[int(i)] for i in np.linspace(0, len(files) - 1, count)]
    seed = embedder.encode_passages(sample_texts(files, SEED_PASSAGES))
    _select("files", root.with_suffix(".db"))  # synced (and timed) separately
    started = time.perf_counter()
    report = update_index(root, add=picked, sync=True, show_progress=False,
                          embedder_factory=lambda s: TiledVectors(seed, embedder))
    return {"files": count, "rejected": report.count("rejected"),
            "build_s_without_embedding": round(time.perf_counter() - started, 1)}


class _TiledQueryEmbedder:
    """The real query encoder under the encoder id the tiled build recorded (TiledVectors
    says torch-fp32); queries are always embedded by ONNX Runtime."""

    def __init__(self, real, root: Path) -> None:
        from index.storage.manifest import Manifest

        self.real = real
        self.encoder_id = Manifest.load(store.current_generation(root)).encoder

    def __getattr__(self, name):
        return getattr(self.real, name)


def store_passages(root: Path) -> int:
    from index.storage.manifest import Manifest

    return Manifest.load(store.current_generation(root)).passage_count


# --- memory ------------------------------------------------------------------------------


def _rss_mb(pid: int, peak: bool = False) -> float:
    """VmRSS (or VmHWM, the peak) of a process, in MB."""
    key = "VmHWM:" if peak else "VmRSS:"
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def _milvus_child(uri: Path) -> int | None:
    """The Milvus Lite engine serving `uri`: a child process of this one, `milvus <uri> …`."""
    for pid in _children():
        try:
            argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except FileNotFoundError:
            continue
        if len(argv) > 1 and argv[0].endswith(b"/milvus") and argv[1] == str(uri).encode():
            return pid
    return None


def _idle_child_mb() -> float:
    """Resident size of a Milvus Lite engine holding empty collections of our layout: taken
    from the engine's size to give the bytes the data takes."""
    from index.milvus import layout

    folder = Path(tempfile.mkdtemp(prefix="notices-milvus-idle-"))
    try:
        client = layout.connect(str(folder / "idle.db"))
        layout.ensure(client, layout.names(folder), 384)
        child = _milvus_child(folder / "idle.db")
        idle = _rss_mb(child) if child else float("nan")
        client.close()
        return idle
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _children() -> list[int]:
    return [int(pid) for task in Path(f"/proc/{os.getpid()}/task").iterdir()
            for pid in (task / "children").read_text().split()]


# --- reports -----------------------------------------------------------------------------


def write_reports(result: dict, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", "utf-8")
    out.with_suffix(".md").write_text(markdown(result), "utf-8")


def markdown(r: dict) -> str:
    lines = ["# Files and Milvus backends side by side (`python -m eval.milvus_compare`)", "",
             "Latency: backends interleaved per question, the query vector cached (dense "
             "and hybrid exclude the query embedding), k=10. Each part's run: start time and "
             "load average (1, 5, 15 min) at its start and end.", ""]
    for part, metrics in (("own", ("R@5", "MRR@10")), ("ncp", ("doc R@5", "doc MRR@10")),
                          ("ncp_tiled", ("doc R@5", "doc MRR@10"))):
        p = r.get(part)
        if not p:
            continue
        lines += [f"## {part}: {p['questions']} questions, {p['passages']} passages"
                  + (f" ({p['vectors']})" if "vectors" in p else ""), "",
                  _when(p), "",
                  "| mode | files " + " / ".join(metrics) + " | milvus " + " / ".join(metrics)
                  + " | identical top-10 | p50 ms files / milvus |", "| --- | --- | --- | --- | --- |"]
        for m in MODES:
            lines.append(
                f"| {m} | {' / '.join(str(p['files'][m][x]) for x in metrics)} | "
                f"{' / '.join(str(p['milvus'][m][x]) for x in metrics)} | "
                f"{p['identical_top10'][m]:.1%} | {p['latency_ms']['files'][m]['p50']} / "
                f"{p['latency_ms']['milvus'][m]['p50']} |")
        lines += ["", f"BM25 top-10 with identical scores: {p['identical_bm25_scores']:.1%}.", ""]
    s = r.get("scale")
    if s:
        lines += [f"## scale: {s['passages']} laws passages ({s['vectors']})", "", _when(s), "",
                  "| mode | files p50 / p95 ms | milvus p50 / p95 ms | identical top-10 |",
                  "| --- | --- | --- | --- |"]
        for m in MODES:
            f, v = s["latency_ms"]["files"][m], s["latency_ms"]["milvus"][m]
            lines.append(f"| {m} | {f['p50']} / {f['p95']} | {v['p50']} / {v['p95']} | "
                         f"{s['identical_top10'][m]:.1%} |")
        lines += ["", f"Milvus sync in this run: {s['sync_s']} s"
                  + (f" ({s['sync_note']})" if "sync_note" in s else "") + ". Memory (MB): "
                  + "; ".join(f"{k} {v}" for k, v in s["memory_mb"].items())
                  + (f"; Milvus Lite's engine holds ~{s['milvus_bytes_per_passage']} B per "
                     "passage above an idle engine." if "milvus_bytes_per_passage" in s else "."),
                  ""]
    return "\n".join(lines)


def _when(part: dict) -> str:
    return (f"Run {part['started']}, load average {part['load_average_at_start']} at start, "
            f"{part['load_average_at_end']} at end.")


if __name__ == "__main__":
    raise SystemExit(main())
