"""Options shared by the commands that open an index."""
from __future__ import annotations

import argparse
from pathlib import Path


def add_index_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--index-dir", metavar="目录", help="索引目录 (默认: 用户数据目录下的 notices/index, 或环境变量 NOTICES_INDEX_DIR)"
    )
    parser.add_argument(
        "--model", metavar="模型", help="向量模型: 名称或本地模型文件夹 (默认 multilingual-e5-small, 或环境变量 NOTICES_MODEL)"
    )


def index_root(args: argparse.Namespace) -> Path:
    from index.config import index_dir

    return index_dir(args.index_dir)
