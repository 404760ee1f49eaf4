"""Entry point of the `notices` command: parses arguments and dispatches to one command."""
from __future__ import annotations

import argparse
import sys

from assistant.cli import ask_cmd, eval_cmd, index_cmd, search_cmd, serve_cmd


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="notices", description="政府通报智能问答: 建立索引、检索带出处的段落。"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for module in (index_cmd, search_cmd, ask_cmd, serve_cmd, eval_cmd):
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # every failure a user can cause gets one Chinese line, no trace
        from assistant.cli.errors import describe

        message = describe(exc)
        if message is None:
            raise
        print(f"错误: {message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
