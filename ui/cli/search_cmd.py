"""`notices search`: ranked passages with their citations, as text or JSON lines."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ui.cli.options import add_index_options, index_root
from ui.cli.parser import add_command, positive_int
from index.config import MAX_QUESTION_CHARS, MODES

DEFAULT_K = 5


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(
        commands, "search", "检索与问题相关的段落",
        "按问题检索最相关的段落, 每条结果带出处 (机构、标题、章节路径、段落编号和字符位置)。"
        f"问题最长 {MAX_QUESTION_CHARS} 字; 没有可检索词语的问题 (如只有标点) 不返回结果并说明原因。"
        "用 --queries-file 时每个输入行对应一个输出行 (空行输出空结果和原因)。",
        ['notices search "哪些单位合并了党支部" -k 3',
         'notices search "森林防火" --agency 济宁 --mode bm25',
         "notices search --queries-file 问题.txt --json"])
    parser.add_argument("question", nargs="?", metavar="问题", help="问题, 如: 哪些单位合并了党支部")
    parser.add_argument("-k", type=positive_int, default=DEFAULT_K, metavar="N",
                        help=f"返回段落数 (默认 {DEFAULT_K})")
    parser.add_argument("--mode", choices=MODES, default="hybrid",
                        help="检索模式: bm25 (关键词), dense (向量), hybrid (两者融合, 默认)")
    parser.add_argument("--fusion", choices=("weighted", "rrf"), default="weighted",
                        help="混合检索的融合方式 (默认 weighted: 加权分数 + 文档级先验)")
    parser.add_argument("--agency", metavar="机构", help="只检索该机构的文档, 如: 济南")
    parser.add_argument("--json", action="store_true", help="输出 JSON (每个问题一行)")
    parser.add_argument("--queries-file", type=Path, metavar="文件",
                        help="每行一个问题的 UTF-8 文件 (模型只加载一次)")
    add_index_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if bool(args.question) == bool(args.queries_file):
        print("错误: 请给出一个问题, 或用 --queries-file 指定问题文件 (二者选一)。", file=sys.stderr)
        return 2
    from index.question import QuestionTooLong, check_question

    if args.question:
        check_question(args.question)  # too long: one Chinese line, exit 2, nothing loaded
        questions = [args.question]
    else:
        try:  # every line, blank ones included: output line i answers input line i
            text = args.queries_file.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            print(f"错误: 问题文件 {args.queries_file} 不是 UTF-8 编码的文本。", file=sys.stderr)
            return 2
        questions = [line.strip() for line in text.splitlines()]
    from index.search.searcher import NO_CONTENT_REASON, Searcher

    searcher = Searcher(index_root(args), model=args.model)
    note = searcher.dense_note(args.mode)
    if note:  # on stderr: --json keeps exactly one JSON object per line on stdout
        print(note, file=sys.stderr)
    rejected = 0
    for question in questions:
        hits, reason = [], ""
        if not question:
            reason = "空行, 没有问题。"
        else:
            try:
                hits = searcher.search(check_question(question), k=args.k, mode=args.mode,
                                       agency=args.agency, fuse=args.fusion)
            except QuestionTooLong as exc:
                reason, rejected = str(exc), rejected + 1
        if not hits and not reason:
            reason = NO_CONTENT_REASON if not searcher.has_content(question) else "未找到相关段落。"
        if args.json:
            record = {"question": question, "hits": [h.to_json() for h in hits]}
            if reason:
                record["reason"] = reason
            print(json.dumps(record, ensure_ascii=False), flush=True)
        else:
            print_hits(question, hits, reason)
    return 1 if rejected else 0


def print_hits(question: str, hits: list, reason: str = "") -> None:
    from rich.console import Console

    console = Console(highlight=False)
    console.print(f"\n[bold]问题:[/bold] {question}")
    if not hits:
        console.print(reason or "未找到相关段落。")
        return
    for hit in hits:
        j = hit.to_json()
        where = " > ".join(j["section"]) or "正文"
        console.print(
            f"[bold cyan]{j['rank']}.[/bold cyan] {j['agency'] or '未知机构'} · {j['title']}"
            f" ({j['date'] or '日期不详'})\n   [dim]{where} · {j['passage_id']}"
            f" [{j['start']}:{j['end']}][/dim]\n   {j['text']}"
        )
