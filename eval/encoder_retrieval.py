"""Retrieval with each passage encoder, side by side: the own set and NCP, dense and hybrid.

    python -m eval.encoder_retrieval [--encoders onnx-fp32,onnx-int8] [--ncp-docs N]
                                     [--workdir DIR]

For every encoder the shipped notices (own set) and the NCP documents are indexed in a folder
of their own (`update_index(..., encoder=...)`, the real build path), then searched with the
real Searcher: queries always go through ONNX fp32, so an int8 index is int8 passages against
fp32 queries, exactly what users get. `--ncp-docs N` keeps the first N NCP documents (sorted by
id) and the questions whose gold document is among them: the full set (599 documents) takes
too long to embed twice on the shared 2-core machine; say so when reporting a subset.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

NCP_FOLDER = Path("/work/shared/benchmarks/ncp_policies")
MODES = ("dense", "hybrid")


def own_scores(root: Path, encoder: str) -> dict:
    import corpus
    from eval.own_set import evaluate_own
    from eval.questions import DEFAULT_SET, load_questions
    from index.builder import update_index
    from index.search.searcher import Searcher

    start = time.perf_counter()
    update_index(root, add=[corpus.shipped_notices_dir()], sync=True, encoder=encoder,
                 show_progress=False)
    build_s = time.perf_counter() - start
    searcher = Searcher(root, encoder=encoder)
    result = evaluate_own(searcher, load_questions(DEFAULT_SET), list(MODES), show_progress=False)
    return {"build_s": round(build_s, 1),
            **{m: result.modes[m].overall.to_json() for m in MODES}}


def ncp_scores(root: Path, encoder: str, limit_docs: int | None) -> dict:
    from eval.ncp import evaluate_ncp, load_ncp, materialise
    from index.builder import update_index
    from index.search.searcher import Searcher

    docs, questions = load_ncp(NCP_FOLDER)
    if limit_docs:
        keep = sorted(docs)[:limit_docs]
        docs = {d: docs[d] for d in keep}
        questions = [q for q in questions if q.docid in docs]
    paths = materialise(docs, root.parent / "ncp-docs")
    start = time.perf_counter()
    update_index(root, add=paths, sync=True, encoder=encoder, show_progress=False)
    build_s = time.perf_counter() - start
    searcher = Searcher(root, encoder=encoder)
    result = evaluate_ncp(searcher, questions, list(MODES), show_progress=False)
    return {"build_s": round(build_s, 1), "documents": len(docs), "questions": len(questions),
            **{m: {"doc": result.modes[m].doc.to_json(),
                   "passage": result.modes[m].passage.to_json()} for m in MODES}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoders", default="onnx-fp32,onnx-int8")
    parser.add_argument("--ncp-docs", type=int, help="only the first N NCP documents")
    parser.add_argument("--no-ncp", action="store_true")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/encoder-retrieval"))
    args = parser.parse_args(argv)
    out: dict = {}
    for encoder in args.encoders.split(","):
        base = args.workdir / encoder
        out[encoder] = {"own": own_scores(base / "own-index", encoder)}
        print(encoder, "own", json.dumps(out[encoder]["own"]), flush=True)
        if not args.no_ncp:
            out[encoder]["ncp"] = ncp_scores(base / "ncp-index", encoder, args.ncp_docs)
            print(encoder, "ncp", json.dumps(out[encoder]["ncp"]), flush=True)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
