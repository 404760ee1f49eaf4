"""argparse in Chinese: the same parser, with argparse's own strings translated.

argparse looks its messages up through gettext (`argparse._`, `argparse.ngettext`) at the
moment it builds or prints them. ChineseArgumentParser swaps in a Chinese catalogue only
while one of its own methods runs, so "usage:", "options", "invalid int value" and the rest
come out in Chinese without touching any other parser in the process.

>>> parser = ChineseArgumentParser(prog="demo")
>>> parser.format_usage()
'用法: demo [-h]\\n'
"""
from __future__ import annotations

import argparse
import functools
import textwrap
from contextlib import contextmanager
from typing import Callable, Iterator

# argparse's message ids (Python 3.11) and their Chinese text; placeholders unchanged.
MESSAGES: dict[str, str] = {
    "usage: ": "用法: ",
    "positional arguments": "位置参数",
    "options": "选项",
    "subcommands": "子命令",
    "show this help message and exit": "显示本帮助并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s: 错误: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "缺少必需的参数: %s",
    "unrecognized arguments: %s": "无法识别的参数: %s",
    "invalid %(type)s value: %(value)r": "%(value)r 不是有效的%(type)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项 %(value)r (可选: %(choices)s)",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多一个值",
    "expected at least one argument": "至少需要一个值",
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "必须给出 %s 之一",
    "ignored explicit argument %r": "多余的值 %r",
    "ambiguous option: %(option)s could match %(matches)s": "有歧义的选项 %(option)s, 可能是 %(matches)s",
    "unexpected option string: %s": "意外的选项 %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的命令 %(parser_name)r (可选: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "无法打开 '%(filename)s': %(error)s",
}

# Names shown for argparse's value types in "'x' 不是有效的…".
TYPE_NAMES: dict[str, str] = {"int": "整数", "float": "数字"}

# Characters per description line: Chinese characters are two columns wide, so 38 of them
# fit an 80-column terminal with argparse's indentation.
DESCRIPTION_WIDTH = 38

# Written into the help of every command: one rule for all of them.
EXIT_CODES = "退出码: 0 全部完成; 1 部分文件被拒绝、文档编号不存在或删除未确认; 2 用法错误或无法继续的错误。"


def _gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


@contextmanager
def chinese_messages() -> Iterator[None]:
    """argparse's strings in Chinese for the duration of the block (re-entrant)."""
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _gettext, _ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


def _in_chinese(method: Callable) -> Callable:
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        with chinese_messages():
            return method(*args, **kwargs)

    return wrapper


# Value names shown for arguments registered without a metavar (argparse would print the
# English dest in capitals, e.g. QUERIES_FILE); anything else shows as 值.
METAVARS: dict[str, str] = {
    "question": "问题", "agency": "机构", "queries_file": "文件", "k": "N", "mode": "模式",
    "host": "地址", "port": "端口", "index_dir": "目录", "model": "模型", "paths": "路径",
    "docs": "文档", "limit": "N",
}


class ChineseHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the line breaks of descriptions and examples; Chinese value names."""

    def _get_default_metavar_for_optional(self, action: argparse.Action) -> str:
        return METAVARS.get(action.dest, "值")

    def _get_default_metavar_for_positional(self, action: argparse.Action) -> str:
        return METAVARS.get(action.dest, "值")


class ChineseArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own texts (usage, errors, -h) are Chinese.

    Sub-commands created with add_subparsers().add_parser() are of this class too.
    """

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        with chinese_messages():
            super().__init__(*args, **kwargs)

    add_subparsers = _in_chinese(argparse.ArgumentParser.add_subparsers)
    parse_args = _in_chinese(argparse.ArgumentParser.parse_args)
    parse_known_args = _in_chinese(argparse.ArgumentParser.parse_known_args)
    format_usage = _in_chinese(argparse.ArgumentParser.format_usage)
    format_help = _in_chinese(argparse.ArgumentParser.format_help)
    error = _in_chinese(argparse.ArgumentParser.error)

    def _get_value(self, action: argparse.Action, arg_string: str):
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError as exc:
            name = getattr(action.type, "__name__", "")
            if name in TYPE_NAMES:
                raise argparse.ArgumentError(
                    action, f"{arg_string!r} 不是有效的{TYPE_NAMES[name]}") from exc
            raise


def add_command(commands: argparse._SubParsersAction, name: str, summary: str,
                description: str, examples: list[str]) -> argparse.ArgumentParser:
    """A sub-command with its one-line summary, a description, examples and the exit codes."""
    description = "\n".join(textwrap.wrap(description, DESCRIPTION_WIDTH))
    epilog = "示例:\n" + "\n".join(f"  {line}" for line in examples) + "\n\n" + EXIT_CODES
    return commands.add_parser(name, help=summary, description=description, epilog=epilog)


def positive_int(text: str) -> int:
    """argparse type for counts such as -k: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} 不是正整数") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} 不是正整数 (至少为 1)")
    return value
