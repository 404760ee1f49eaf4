"""The external NCPPolicies set (../shared/benchmarks/ncp_policies): questions nobody here wrote.

Each document becomes a .txt file under cache_dir()/eval/ncp-docs (rewritten only when its
text changes) and is indexed into cache_dir()/eval/ncp-index with the ordinary builder, so the
first run embeds ~900k characters (several minutes) and later runs reuse the vectors.

Scores per mode:
- document level: R@1, R@5, MRR@10, where a hit is a retrieved passage from the gold document
  (ranks are passage ranks, so the top 5 may hold fewer than 5 documents);
- passage level: R@5, where a hit is a top-5 passage that covers the answer (see `covers`).
"""
from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from corpus.models import Passage
from eval.abstain import AbstentionResult, measure_abstention
from eval.metrics import Latency, Summary, latency, score_question, summarise
from eval.runner import run_modes, warm_up
from eval.spans import Span, find_spans

# A passage covers the answer when their spans share at least this share of the shorter of
# the two: a passage holding the whole answer, or wholly inside a long answer, always does;
# an answer cut by a passage boundary counts for the piece holding at least half of it.
# Half is the least overlap for which "this passage shows the answer" still reads as true;
# chosen before any run, not tuned.
COVER_SHARE = 0.5


class NcpMissing(FileNotFoundError):
    """The external benchmark folder is not there (it is not part of the project)."""


@dataclass(frozen=True)
class NcpQuestion:
    id: str
    question: str
    docid: str
    answer: str


def ncp_dirs() -> tuple[Path, Path]:
    """(documents folder, index folder) under the cache."""
    from index.config import cache_dir

    base = cache_dir() / "eval"
    return base / "ncp-docs", base / "ncp-index"


def load_ncp(folder: Path) -> tuple[dict[str, str], list[NcpQuestion]]:
    docs_file, questions_file = folder / "documents.jsonl", folder / "questions.jsonl"
    if not docs_file.is_file() or not questions_file.is_file():
        raise NcpMissing(
            f"外部评测集不存在: 在 {folder} 下找不到 documents.jsonl 和 questions.jsonl。"
            "该评测集不属于本项目, 请确认 ../shared/benchmarks/ncp_policies 已就位后再运行。"
        )
    docs = {}
    for line in docs_file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            docs[record["docid"]] = record["text"]
    # NCPPolicies holds a few documents twice under different ids (6 of 599, identical text);
    # the index rejects a file identical to one it holds, so each text is kept once, under
    # its smallest id, and questions about a copy are asked of that document.
    kept: dict[str, str] = {}
    for docid in sorted(docs):
        kept.setdefault(docs[docid], docid)
    same = {docid: kept[text] for docid, text in docs.items()}
    questions = []
    for line in questions_file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            questions.append(NcpQuestion(r["id"], r["question"], same.get(r["docid"], r["docid"]),
                                         r["answer"]))
    return {docid: docs[docid] for docid in sorted(kept.values())}, questions


def materialise(docs: dict[str, str], folder: Path) -> list[Path]:
    """One UTF-8 file per document, written only when missing or changed; strays removed."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for docid, text in sorted(docs.items()):
        path = folder / f"{docid}.txt"
        data = text.encode("utf-8")
        if not path.is_file() or path.read_bytes() != data:
            path.write_bytes(data)
        paths.append(path)
    for stray in set(folder.glob("*.txt")) - set(paths):
        stray.unlink()
    return paths


def refresh_ncp_index(root: Path, paths: list[Path], model: str | None,
                      show_progress: bool = True) -> None:
    from index.builder import store_sentences, update_index

    update_index(root, add=paths, sync=True, model=model, show_progress=show_progress)
    store_sentences(root, model)  # an index built before the sentence store gets it


def covers(passage: Passage, docid: str, answer_spans: Sequence[Span]) -> bool:
    if passage.doc_id != docid:
        return False
    length = passage.end - passage.start
    return any(
        s.overlap(passage.start, passage.end) >= COVER_SHARE * min(length, s.end - s.start)
        for s in answer_spans
    )


@dataclass(frozen=True)
class NcpModeResult:
    mode: str
    doc: Summary  # document level over every question
    passage: Summary  # passage level over questions whose answer is found in the cleaned text
    latency: Latency

    def to_json(self) -> dict:
        return {"doc": self.doc.to_json(), "passage": self.passage.to_json(),
                "latency": self.latency.to_json()}


@dataclass
class NcpResult:
    questions: list[NcpQuestion]
    modes: dict[str, NcpModeResult]
    unlocated: list[str] = field(default_factory=list)  # ids: answer not in the cleaned text
    missing_docs: list[str] = field(default_factory=list)  # gold docs absent from the index
    abstention: AbstentionResult | None = None


def evaluate_ncp(searcher, questions: Sequence[NcpQuestion], modes: Sequence[str],
                 show_progress: bool = True, assistant=None) -> NcpResult:
    """Every mode of `searcher`; with `assistant`, also the ranked evidence (`retrieved`) of
    its answers, as mode "assistant"."""
    notices = searcher.index.notices
    spans: dict[str, list[Span]] = {}
    result = NcpResult(list(questions), {})
    for q in questions:
        notice = notices.get(q.docid)
        if notice is None:
            result.missing_docs.append(q.docid)
            continue
        found = find_spans(notice.text, q.answer)
        if found:
            spans[q.id] = found
        else:
            result.unlocated.append(q.id)
    warm_up(searcher, [q.question for q in questions], modes)
    runs_by_mode = run_modes(searcher, [q.question for q in questions], modes,
                             show_progress=show_progress)
    for mode, runs in runs_by_mode.items():
        doc_scores, passage_scores = [], []
        for q, run in zip(questions, runs):
            _score(q, [h.passage for h in run.hits], spans, doc_scores, passage_scores)
        result.modes[mode] = NcpModeResult(mode, summarise(doc_scores), summarise(passage_scores),
                                           latency([r.seconds for r in runs]))
    if assistant is not None:
        result.modes.update(_assistant_modes(assistant, questions, spans, show_progress))
    result.abstention = measure_abstention(
        searcher, [q.id for q in questions], [q.question for q in questions],
        [True] * len(questions), show_progress)
    return result


def _assistant_modes(assistant, questions: Sequence[NcpQuestion],
                     spans: dict[str, list[Span]],
                     show_progress: bool) -> dict[str, NcpModeResult]:
    """Two rankings of one run of answers: "assistant", the passages its answer lists as
    retrieved (its search); "assistant_citations", its citations in their order, so that
    R@1 is the share of questions whose first citation is in the gold document (a refusal
    cites nothing: a miss)."""
    doc_scores, passage_scores, seconds = [], [], []
    cited_doc, cited_passage = [], []
    for q in tqdm(questions, desc="回答", unit="题", disable=not show_progress):
        started = time.perf_counter()
        answer = assistant.ask(q.question)
        seconds.append(time.perf_counter() - started)
        passages = [Passage(h["passage_id"], h["doc_id"], 0, (), h["text"], h["start"], h["end"])
                    for h in answer.retrieved]
        _score(q, passages, spans, doc_scores, passage_scores)
        cited = [Passage(c.passage_id, c.doc_id, 0, (), c.quote, c.passage_start, c.passage_end)
                 for c in answer.citations]
        _score(q, cited, spans, cited_doc, cited_passage)
    timing = latency(seconds)
    return {"assistant": NcpModeResult("assistant", summarise(doc_scores),
                                       summarise(passage_scores), timing),
            "assistant_citations": NcpModeResult("assistant_citations", summarise(cited_doc),
                                                 summarise(cited_passage), timing)}


def _score(q: NcpQuestion, passages: Sequence[Passage], spans: dict[str, list[Span]],
           doc_scores: list, passage_scores: list) -> None:
    """Append one question's document-level and (where its answer was located) passage-level
    scores of a ranked list."""
    doc_cov = [frozenset({0}) if p.doc_id == q.docid else frozenset() for p in passages]
    doc_scores.append(score_question(doc_cov, 1, "any"))
    if q.id in spans:
        cov = [frozenset({0}) if covers(p, q.docid, spans[q.id]) else frozenset()
               for p in passages]
        passage_scores.append(score_question(cov, 1, "any"))


def ncp_json(result: NcpResult) -> dict:
    return {
        "set": "ncp",
        "questions": len(result.questions),
        "modes": {m: r.to_json() for m, r in result.modes.items()},
        "answers_not_in_cleaned_text": result.unlocated,
        "gold_docs_missing_from_index": sorted(set(result.missing_docs)),
        "abstention": result.abstention.to_json() if result.abstention else None,
        "cover_share": COVER_SHARE,
    }
