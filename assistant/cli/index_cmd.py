"""`notices index build|add|remove|status|verify`: maintaining the index."""
from __future__ import annotations

import argparse
from pathlib import Path

from assistant.cli.options import add_index_options, index_root

STATUS_LABELS = {
    "added": "新增", "replaced": "替换", "skipped": "跳过", "rejected": "拒绝", "removed": "删除",
}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("index", help="建立和维护索引")
    actions = parser.add_subparsers(dest="action", required=True)

    build = actions.add_parser("build", help="按给定文件重建索引 (未变化的文档不重新向量化)")
    build.add_argument("paths", nargs="*", type=Path, help="文件或文件夹 (默认: 内置示例通报)")
    build.set_defaults(handler=run_build)

    add = actions.add_parser("add", help="新增或替换文档")
    add.add_argument("paths", nargs="+", type=Path)
    add.set_defaults(handler=run_add)

    remove = actions.add_parser("remove", help="删除文档 (文档编号或文件名)")
    remove.add_argument("docs", nargs="+")
    remove.set_defaults(handler=run_remove)

    status = actions.add_parser("status", help="查看索引概况")
    status.set_defaults(handler=run_status)

    verify = actions.add_parser("verify", help="检查索引完整性")
    verify.set_defaults(handler=run_verify)

    for sub in (build, add, remove, status, verify):
        add_index_options(sub)


def run_build(args: argparse.Namespace) -> int:
    import corpus

    paths = args.paths or [corpus.shipped_notices_dir()]
    return _update(args, add=paths, sync=True)


def run_add(args: argparse.Namespace) -> int:
    return _update(args, add=args.paths)


def run_remove(args: argparse.Namespace) -> int:
    return _update(args, remove=args.docs)


def _update(args: argparse.Namespace, **change) -> int:
    from index.builder import update_index

    root = index_root(args)
    report = update_index(root, model=args.model, **change)
    _print_report(report)
    print(f"索引目录: {root}")
    return 1 if report.count("rejected") else 0


def _print_report(report) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="索引更新报告")
    for column in ("文件", "结果", "文档编号", "段落数", "说明"):
        table.add_column(column)
    for o in report.outcomes:
        table.add_row(o.source, STATUS_LABELS[o.status], o.doc_id, str(o.passages), o.reason)
    console = Console()
    console.print(table)
    summary = ", ".join(f"{STATUS_LABELS[s]} {report.count(s)}" for s in STATUS_LABELS)
    state = "已发布新索引" if report.published else "索引未改变"
    console.print(f"{summary}。{state}, 共 {report.passage_count} 个段落。")


def run_status(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from index import store
    from index.manifest import Manifest

    root = index_root(args)
    folder = store.current_generation(root)
    manifest = Manifest.load(folder)
    console = Console()
    console.print(f"索引目录: {root}\n当前版本: {folder.name}\n构建时间: {manifest.built_at}")
    console.print(f"向量模型: {manifest.model_id} (维度 {manifest.dimension})")
    console.print(f"文档数: {len(manifest.documents)}, 段落数: {manifest.passage_count}")
    table = Table()
    for column in ("文档编号", "文件", "发布机构", "标题", "段落数"):
        table.add_column(column)
    for d in manifest.documents.values():
        table.add_row(d.doc_id, d.source, d.agency, d.title, str(d.passage_count))
    console.print(table)
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from index.verify import verify_index

    problems = verify_index(index_root(args))
    for problem in problems:
        print(f"问题: {problem}")
    print("索引完整, 未发现问题。" if not problems else f"共发现 {len(problems)} 个问题。")
    return 1 if problems else 0
