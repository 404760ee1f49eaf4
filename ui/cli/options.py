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
    parser.add_argument(
        "--backend", choices=("files", "milvus"),
        help="检索后端: files (默认, 索引目录中的文件) 或 milvus (或环境变量 NOTICES_BACKEND)"
    )
    parser.add_argument(
        "--milvus-uri", metavar="地址",
        help="Milvus 地址: .db 文件路径为嵌入式 Milvus Lite, http://主机:19530 为服务器或集群 "
             "(或环境变量 NOTICES_MILVUS_URI)"
    )


def index_root(args: argparse.Namespace) -> Path:
    from index.config import index_dir

    apply_backend_options(args)
    return index_dir(args.index_dir)


def apply_backend_options(args: argparse.Namespace) -> None:
    """--backend/--milvus-uri go to the environment, where every layer (builder, searcher,
    status) reads them, as NOTICES_MODEL is read."""
    import os

    for option, variable in (("backend", "NOTICES_BACKEND"), ("milvus_uri", "NOTICES_MILVUS_URI")):
        if getattr(args, option, None):
            os.environ[variable] = getattr(args, option)
