"""`notices search`: ranked passages with their citations, as text or JSON lines."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.cli.options import add_index_options, index_root
from index.config import MODES

DEFAULT_K = 5


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("search", help="检索与问题相关的段落")
    parser.add_argument("question", nargs="?", help="问题, 如: 哪些单位合并了党支部")
    parser.add_argument("-k", type=int, default=DEFAULT_K, help=f"返回段落数 (默认 {DEFAULT_K})")
    parser.add_argument("--mode", choices=MODES, default="hybrid")
    parser.add_argument("--fusion", choices=("weighted", "rrf"), default="weighted",
                        help="混合检索的融合方式 (默认 weighted: 加权分数 + 文档级先验)")
    parser.add_argument("--agency", help="只检索该机构的文档, 如: 济南")
    parser.add_argument("--json", action="store_true", help="输出 JSON (每个问题一行)")
    parser.add_argument("--queries-file", type=Path, help="每行一个问题的文件 (模型只加载一次)")
    add_index_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if bool(args.question) == bool(args.queries_file):
        print("错误: 请给出一个问题, 或用 --queries-file 指定问题文件 (二者选一)。", file=sys.stderr)
        return 2
    if args.k < 1:
        print("错误: -k 必须是正整数。", file=sys.stderr)
        return 2
    from index.searcher import Searcher

    searcher = Searcher(index_root(args), model=args.model)
    questions = [args.question] if args.question else _read_questions(args.queries_file)
    for question in questions:
        hits = searcher.search(question, k=args.k, mode=args.mode, agency=args.agency,
                               fuse=args.fusion)
        if args.json:
            record = {"question": question, "hits": [h.to_json() for h in hits]}
            print(json.dumps(record, ensure_ascii=False), flush=True)
        else:
            print_hits(question, hits)
    return 0


def _read_questions(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    return [line.strip() for line in lines if line.strip()]


def print_hits(question: str, hits: list) -> None:
    from rich.console import Console

    console = Console(highlight=False)
    console.print(f"\n[bold]问题:[/bold] {question}")
    if not hits:
        console.print("未找到相关段落。")
        return
    for hit in hits:
        j = hit.to_json()
        where = " > ".join(j["section"]) or "正文"
        console.print(
            f"[bold cyan]{j['rank']}.[/bold cyan] {j['agency'] or '未知机构'} · {j['title']}"
            f" ({j['date'] or '日期不详'})\n   [dim]{where} · {j['passage_id']}"
            f" [{j['start']}:{j['end']}][/dim]\n   {j['text']}"
        )
