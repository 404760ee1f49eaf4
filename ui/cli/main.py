"""Entry point of the `notices` command: parses arguments and dispatches to one command."""
from __future__ import annotations

import argparse
import sys
import traceback

from ui.cli import (ask_cmd, bench_cmd, eval_cmd, index_cmd, ledger_cmd, search_cmd,
                    serve_cmd)
from ui.cli.parser import EXIT_CODES, ChineseArgumentParser


def build_parser() -> argparse.ArgumentParser:
    parser = ChineseArgumentParser(
        prog="notices",
        description="政府通报智能问答: 建立索引、检索带出处的段落。",
        epilog="示例:\n  notices index build\n  notices search \"哪些单位合并了党支部\"\n"
               "  notices ask\n\n每个命令的说明: notices 命令 --help\n" + EXIT_CODES,
    )
    commands = parser.add_subparsers(dest="command", required=True, title="命令",
                                     metavar="命令", help="下列命令之一")
    for module in (index_cmd, search_cmd, ask_cmd, ledger_cmd, serve_cmd, eval_cmd, bench_cmd):
        module.register(commands)
    complete_help(parser)
    return parser


def complete_help(parser: argparse.ArgumentParser) -> None:
    """Give every sub-command registered without them a description (its summary) and the
    exit codes; one without required arguments also gets its bare call as an example."""
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        summaries = {a.dest: a.help for a in action._choices_actions}
        for name, sub in action.choices.items():
            if not sub.description:
                sub.description = summaries.get(name)
            if not sub.epilog:
                required = [a for a in sub._actions if a.required]
                shown = "示例" in (sub.description or "")
                example = "" if required or shown else f"示例:\n  {sub.prog}\n\n"
                sub.epilog = example + EXIT_CODES
            complete_help(sub)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # every failure a user can cause gets one Chinese line, no trace
        from ui.cli.errors import describe

        message = describe(exc)
        if message is None:  # a bug: keep the trace for the report, exit code still 2
            traceback.print_exc()
            message = f"程序内部错误 ({type(exc).__name__}), 请把上面的信息报告给维护人员。"
        print(f"错误: {message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
