"""`notices eval`: retrieval quality per mode on the own question set or the external set."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ui.cli.options import add_index_options, apply_backend_options
from ui.cli.parser import EXIT_CODES, positive_int
from index.config import MODES

def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "eval", help="评测检索效果 (各检索模式对比, 报告写入 eval/reports/)",
        description="默认在缓存目录下建立并更新专用评测索引 (eval/own-index 或 eval/ncp-index); "
                    "给出 --index-dir 时直接使用该索引, 不做更新。",
        epilog="示例:\n  notices eval --modes bm25,hybrid\n  notices eval --limit 20\n"
               "  notices eval --ncp ../shared/benchmarks/ncp_policies\n\n"
               "退出码 1: 标准答案引文在文档中找不到 (语料解析错误)。" + EXIT_CODES)
    parser.add_argument("--set", dest="set_file", type=Path, metavar="文件",
                        help="问题集 JSONL (默认: eval/questions.jsonl)")
    parser.add_argument("--modes", metavar="模式", default=",".join(MODES),
                        help="逗号分隔的检索模式 (默认: bm25,dense,hybrid)")
    parser.add_argument("--ncp", type=Path, metavar="文件夹",
                        help="改为评测外部集 NCPPolicies 的文件夹, 如 ../shared/benchmarks/ncp_policies")
    parser.add_argument("--limit", type=positive_int, metavar="N", help="只评测前 N 题 (快速检查, 不写报告文件)")
    parser.add_argument("--json", action="store_true", help="向标准输出打印 JSON 结果, 不打印表格")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all",
                        help="自建集只评测该划分 (划分写在问题文件中; 默认 all: 报告 dev、test 与全部; "
                             "只评测一个划分时不写报告文件)")
    parser.add_argument("--no-answers", action="store_true",
                        help="只评测检索, 不评测助手的回答 (回答层面较慢)")
    add_index_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    unknown = [m for m in modes if m not in MODES]
    if not modes or unknown:
        print(f"错误: 未知的检索模式 {', '.join(unknown) or '(空)'}, 可选: {', '.join(MODES)}",
              file=sys.stderr)
        return 2

    apply_backend_options(args)
    from eval.ncp import NcpMissing
    from eval.questions import QuestionSetError
    from eval.report import print_report, write_reports
    from eval.run import EvalOptions, run_ncp, run_own

    options = EvalOptions(modes=modes, model=args.model, limit=args.limit,
                          answers=not args.no_answers, split=args.split,
                          index_dir=Path(args.index_dir).expanduser() if args.index_dir else None)
    if args.set_file:
        options.set_file = args.set_file
    try:
        report = run_ncp(args.ncp, options) if args.ncp else run_own(options)
    except (NcpMissing, QuestionSetError) as exc:
        print(f"错误: {exc}", file=sys.stderr)
        return 2
    # A partial run (some questions, one split) must not overwrite the reports of a full one.
    partial = args.limit is not None or (args.split != "all" and not args.ncp)
    paths = write_reports(report) if not partial else []
    if args.json:
        print(json.dumps(report.data, ensure_ascii=False, indent=2))
    else:
        print_report(report)
        print("报告已写入: " + ", ".join(str(p) for p in paths) if paths
              else "只评测了部分题目 (--limit 或 --split), 未写报告文件。")
    # Gold quotes missing from the cleaned text are a corpus bug: fail loudly.
    fatal = [p for p in report.data.get("gold_problems", []) if p["fatal"]]
    return 1 if fatal else 0
