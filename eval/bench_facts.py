"""The first agency question after a publication, in a fresh process (issue 20: <= 200 ms at
3,476 notices), and how many notice texts it read.

Each measurement runs in a new Python process (nothing cached from an earlier question):
open the assistant over the index, then time `Assistant.ask` of one question that names an
agency, and the scope part of it alone (assistant.scope.scope_of with the generation's
texts), counting the notice files read. BM25 retrieval, so that no query encoder is loaded
(the scope's cost does not depend on the mode).

    python -m eval.bench_facts --index-dir /tmp/idx [--question "济南市应急管理局如何整改党支部问题?"]
    python -m eval.bench_facts --index-dir /tmp/idx --laws ../shared/corpora/laws --size 3476
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

QUESTION = "济南市应急管理局如何整改党支部问题?"


def first_agency_question(root: Path, question: str = QUESTION) -> dict:
    """Measured in a child process (a fresh interpreter); returns its JSON result."""
    out = subprocess.run([sys.executable, "-m", "eval.bench_facts", "--index-dir", str(root),
                          "--question", question, "--in-process"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _measure(root: Path, question: str) -> dict:
    from assistant.question import analyse
    from assistant.scope import scope_of
    from assistant.models import Filters
    from assistant.service import Assistant
    from index.storage import store

    reads = {"count": 0}
    original = store.read_notice

    def counted(folder, doc_id):
        reads["count"] += 1
        return original(folder, doc_id)

    store.read_notice = counted  # the lazily opened notices read through this
    started = time.perf_counter()
    assistant = Assistant.open(root, llm=False)
    ctx = assistant._current()
    opened = time.perf_counter()
    analysis = analyse(question, ctx.catalog)  # loads the tagger: the same before and after
    analysed = time.perf_counter()
    scope = scope_of(analysis, Filters(), ctx.catalog, ctx.texts)
    scoped = time.perf_counter()
    scope_reads = reads["count"]
    answer = assistant.ask(question, mode="bm25")
    asked = time.perf_counter()
    with_facts = sum(getattr(d, "facts", None) is not None  # None: code before the facts
                     for d in ctx.catalog.docs.values())
    return {"notices": len(ctx.catalog.docs), "with_facts": with_facts,
            "agencies": list(analysis.agencies), "scope_notices": len(scope.doc_ids or ()),
            "open_s": round(opened - started, 3),
            "first_analyse_ms": round((analysed - opened) * 1000, 1),
            "first_scope_ms": round((scoped - analysed) * 1000, 1),
            "notices_read_by_scope": scope_reads,
            "then_ask_ms": round((asked - scoped) * 1000, 1),
            "citations": len(answer.citations),
            "load_average": [round(x, 1) for x in os.getloadavg()]}


def scope_at_scale(laws: Path, sample: int, size: int, question: str = QUESTION) -> dict:
    """The scope of `question` over `size` notices whose stored facts are those of `sample`
    laws (facts computed here, as at publication), repeated with distinct ids: the cost of
    the scope's part once no text is read, at a size whose index takes too long to build on a
    loaded machine. The notice files of a real index are not read either way here (texts
    are held in memory), so the "texts" timing is a lower bound of the code before."""
    import random
    from dataclasses import replace

    import corpus
    from assistant.catalog import Catalog, DocInfo
    from assistant.models import Filters
    from assistant.question import analyse
    from assistant.scope import scope_of
    from index.lexical.facts import notice_facts
    from index.lexical.tokenizer import Tokenizer
    from index.passage_text import document_text

    files = corpus.iter_notice_files([laws])
    random.Random(0).shuffle(files)
    notices = []
    for path in files:
        try:
            notices.append(corpus.load_notice(path))
        except corpus.NoticeError:
            continue
        if len(notices) == sample:
            break
    tokenizer = Tokenizer()
    started = time.perf_counter()
    facts = [notice_facts(n.text, tokenizer.tokenize(document_text(n))) for n in notices]
    extract_s = time.perf_counter() - started
    infos, texts = [], {}
    for i in range(size):
        notice = notices[i % len(notices)]
        info = replace(DocInfo.of_notice(notice), doc_id=f"{notice.doc_id}#{i}",
                       facts=facts[i % len(notices)])
        infos.append(info)
        texts[info.doc_id] = notice.text
    with_facts = Catalog.of_docs(infos)
    without = Catalog.of_docs(replace(d, facts=None) for d in infos)
    if question == QUESTION:  # the shipped notices' agency is not among the laws: name theirs
        from corpus import agency_places
        question = next(f"{n.meta.agency}有哪些规定?" for n in notices
                        if n.meta.agency and agency_places(n.meta.agency))
    analysis = analyse(question, with_facts)
    timings = {}
    for _ in range(2):  # the second round: regexes compiled, caches warm
        for name, catalog, source in (("facts", with_facts, {}), ("texts", without, texts)):
            started = time.perf_counter()
            scope = scope_of(analysis, Filters(), catalog, source)
            timings[name] = (round((time.perf_counter() - started) * 1000, 1), scope)
    return {"notices": size, "sampled_laws": len(notices), "question": question,
            "agencies": list(analysis.agencies), "scope_notices": len(timings["facts"][1].doc_ids or ()),
            "facts_chars_per_notice": round(sum(len(f.places) for f in facts) / len(facts)),
            "extract_ms_per_notice": round(extract_s * 1000 / len(notices), 1),
            "extract_chars_per_s": round(sum(len(n.text) for n in notices) / extract_s),
            "scope_ms_from_facts": timings["facts"][0],
            "scope_ms_from_texts_in_memory": timings["texts"][0],
            "same_scope": timings["facts"][1] == timings["texts"][1],
            "load_average": [round(x, 1) for x in os.getloadavg()]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index-dir", type=Path)
    parser.add_argument("--question", default=QUESTION)
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--laws", type=Path, help="instead: scope over --size notices with the "
                        "stored facts of --sample laws from this folder")
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--size", type=int, default=3476)
    args = parser.parse_args(argv)
    if args.laws:
        print(json.dumps(scope_at_scale(args.laws, args.sample, args.size, args.question),
                         ensure_ascii=False, indent=1))
    elif args.in_process:
        print(json.dumps(_measure(args.index_dir, args.question), ensure_ascii=False))
    else:
        print(json.dumps(first_agency_question(args.index_dir, args.question),
                         ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
