"""`notices ask`: an interactive loop that answers each question with cited passages."""
from __future__ import annotations

import argparse

from assistant.cli.options import add_index_options, index_root
from assistant.cli.search_cmd import print_hits

# Passages shown per question: enough to compare agencies, short enough to read.
SHOWN = 5


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("ask", help="交互式问答 (输入问题, 空行或 Ctrl-D 退出)")
    add_index_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from index.searcher import Searcher

    searcher = Searcher(index_root(args), model=args.model)
    searcher.embedder  # load the model before the first question, not during it
    print("请输入问题 (空行或 Ctrl-D 退出):")
    while True:
        try:
            question = input("问> ").strip()
        except EOFError:
            break
        if not question:
            break
        print_hits(question, searcher.search(question, k=SHOWN))
    return 0
