"""`notices ask`: a conversation in the terminal, or one JSON answer per question for scripts."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ui.cli.options import add_index_options, index_root
from index.config import MODES

QUIT_WORDS = frozenset({"退出", "exit", "quit", "q"})
# Items of `retrieved` kept in JSON output unless -k says otherwise.
DEFAULT_K = 10


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "ask", help="问答: 带出处的回答, 支持追问",
        description="回答问题, 每句话注明出处。不带问题时进入对话 (可追问, 如 “那济宁呢?”); "
                    "输入 退出/exit/quit/q 或按 Ctrl-D 结束, 空行不会结束对话。\n"
                    "示例: notices ask \"哪些单位合并了党支部?\" --json")
    parser.add_argument("question", nargs="?", help="问题; 不给出时进入对话")
    parser.add_argument("--agency", help="只在该机构的文件中回答, 如: 济南")
    parser.add_argument("-k", type=int, default=DEFAULT_K,
                        help=f"JSON 输出中保留的检索段落数 (默认 {DEFAULT_K})")
    parser.add_argument("--mode", choices=MODES, default="hybrid", help="检索模式 (默认 hybrid)")
    parser.add_argument("--json", action="store_true", help="输出 JSON (与 API /ask 相同)")
    parser.add_argument("--queries-file", type=Path,
                        help="每行一个问题的文件, 每行输出一个 JSON 对象 (各问题互相独立)")
    add_index_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.question and args.queries_file:
        print("错误: 问题和 --queries-file 只能给出一个。", file=sys.stderr)
        return 2
    if args.k < 1:
        print("错误: -k 必须是正整数。", file=sys.stderr)
        return 2
    from assistant.models import Filters
    from assistant.service import Assistant, QuestionRejected

    assistant = Assistant.open(index_root(args), model=args.model)
    filters = Filters(agencies=(args.agency,)) if args.agency else None

    def answer(question: str, history=()) -> dict | None:
        try:
            result = assistant.ask(question, history, filters, args.mode).to_json()
        except QuestionRejected as exc:
            return {"question": question, "error": str(exc)}
        result["retrieved"] = result["retrieved"][: args.k]
        return result

    if args.queries_file:
        lines = args.queries_file.read_text(encoding="utf-8-sig").splitlines()
        failed = 0
        for line in lines:  # one output line per input line, blank ones included
            record = answer(line.strip()) if line.strip() else {
                "question": "", "error": "空行: 没有问题。"}
            failed += "error" in record
            print(json.dumps(record, ensure_ascii=False), flush=True)
        return 1 if failed else 0
    if args.question:
        record = answer(args.question)
        if args.json:
            print(json.dumps(record, ensure_ascii=False, indent=2))
        else:
            _print(record)
        return 1 if "error" in record else 0
    return _conversation(assistant, answer)


def _conversation(assistant, answer) -> int:
    from assistant.models import Turn

    dense = assistant.dense_status()
    if "dense" in dense["modes"]:  # load the query encoder before the first question
        assistant.searcher.embedder.prepare_queries()
    if dense["message"]:  # vectors still being built: say which search answers meanwhile
        print(dense["message"])
    print("请输入问题 (可追问; 输入 退出 或按 Ctrl-D 结束):")
    history: list[Turn] = []
    while True:
        try:
            question = input("问> ").strip()
        except EOFError:
            print()
            return 0
        if not question:
            continue
        if question.lower() in QUIT_WORDS:
            return 0
        record = answer(question, tuple(history))
        _print(record)
        if "error" not in record:
            history += [Turn("user", question), Turn("assistant", record["answer"])]


def _print(record: dict) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    if "error" in record:
        console.print(f"[red]错误:[/red] {escape(record['error'])}")
        return
    if record["resolved"] != record["question"]:
        console.print(f"[dim](理解为: {escape(record['resolved'])})[/dim]")
    console.print(escape(record["answer"]), soft_wrap=True)  # CJK has no spaces to break at
    if record["citations"]:
        console.print("[bold]出处:[/bold]")
    for c in record["citations"]:
        where = " > ".join(c["section"]) or "正文"
        number = f" {c['doc_number']}" if c["doc_number"] else ""
        console.print(f"[cyan][{c['n']}][/cyan] {escape(c['agency'])}《{escape(c['title'])}》"
                      f"{escape(number)} {c['date'] or '日期不详'}\n    [dim]{escape(where)} · "
                      f"{c['passage_id']} [{c['start']}:{c['end']}][/dim]")
    if record["abstained"] and record["retrieved"]:
        for hit in record["retrieved"][:3]:
            console.print(f"[yellow]未经确认[/yellow] {escape(hit['agency'])} · "
                          f"{escape(hit['text'][:120])}")
    console.print()
