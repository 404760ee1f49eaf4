"""One evaluation run end to end: refresh the index, run the questions, build the report.

>>> report = run_own(EvalOptions(modes=["bm25"], limit=10))
>>> report.data["modes"]["bm25"]["overall"]["count"] <= 10
True
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from eval.questions import DEFAULT_SET
from eval.report import Report
from index.config import MODES


@dataclass
class EvalOptions:
    set_file: Path = DEFAULT_SET
    modes: list[str] = field(default_factory=lambda: list(MODES))
    index_dir: Path | None = None  # given: used as is; None: the dedicated eval index, refreshed
    model: str | None = None
    limit: int | None = None  # only the first N questions
    show_progress: bool = True
    answers: bool = True  # also the assistant's answers (own set) / its evidence list (NCP)
    # Own set: "dev", "test" or "all" (the split is fixed in the question file; with "all"
    # the report gives dev, test and all side by side).
    split: str = "all"
    # Own set: also the ledger extraction against eval/ledger_gold.jsonl (eval/ledger.py),
    # a part of the own report and eval/reports/ledger.md/.json.
    ledger: bool = True


def run_own(options: EvalOptions) -> Report:
    from eval.own_set import evaluate_own, own_index_dir, refresh_own_index
    from eval.questions import load_conversations, load_questions
    from eval.tables import own_report
    from index.search.searcher import Searcher

    questions = load_questions(options.set_file, options.split)[: options.limit]
    conversations = load_conversations(options.set_file, options.split)[: options.limit]
    root = options.index_dir
    if root is None:
        root = own_index_dir()
        refresh_own_index(root, options.model, show_progress=options.show_progress)
    searcher = Searcher(root, model=options.model)
    result = evaluate_own(searcher, questions, options.modes, show_progress=options.show_progress)
    answers = dialogues = None
    if options.answers:
        from assistant.service import Assistant
        from eval.answers import evaluate_answers, evaluate_conversations

        assistant = Assistant(searcher)
        answers = evaluate_answers(assistant, questions, options.show_progress)
        dialogues = evaluate_conversations(assistant, conversations, options.show_progress)
    report = own_report(result, str(options.set_file), answers, dialogues, options.split)
    if options.answers and options.ledger and options.limit is None:
        from eval.ledger_chat import attach_chat, evaluate_ledger_chat

        attach_chat(report, evaluate_ledger_chat(assistant))
    if options.ledger:
        _add_ledger(report, write=options.limit is None)
    return report


def _add_ledger(report: Report, write: bool) -> None:
    """The ledger extraction part of `notices eval` (about a second: no index, no model)."""
    from eval.ledger import attach_to, evaluate_ledger, ledger_report
    from eval.report import write_reports

    ledger = ledger_report(evaluate_ledger())
    attach_to(report, ledger)
    if write:  # a partial run (--limit) must not overwrite the reports of a full one
        write_reports(ledger)


def run_ncp(folder: Path, options: EvalOptions) -> Report:
    from eval.ncp import evaluate_ncp, load_ncp, materialise, ncp_dirs, refresh_ncp_index
    docs, questions = load_ncp(folder)  # first: a missing folder fails before heavy imports
    from eval.tables import ncp_report
    from index.search.searcher import Searcher

    questions = questions[: options.limit]
    root = options.index_dir
    if root is None:
        docs_dir, root = ncp_dirs()
        paths = materialise(docs, docs_dir)
        refresh_ncp_index(root, paths, options.model, show_progress=options.show_progress)
    searcher = Searcher(root, model=options.model)
    assistant = None
    if options.answers:
        from assistant.service import Assistant

        assistant = Assistant(searcher)
    result = evaluate_ncp(searcher, questions, options.modes, show_progress=options.show_progress,
                          assistant=assistant)
    return ncp_report(result)
