"""`notices index build|add|remove|rollback|status|verify`: maintaining the index."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ui.cli.options import add_index_options, index_root
from ui.cli.parser import add_command, positive_int
from index.status import STATUS_LABELS, summary_line


def register(commands: argparse._SubParsersAction) -> None:
    parser = add_command(
        commands, "index", "建立和维护索引",
        "建立、更新和检查索引。每次更新都另建一个新版本再原子切换, 检索不中断; "
        "之前的版本保留, 可用 rollback 恢复。",
        ["notices index add 佛山通报.docx", "notices index status"])
    actions = parser.add_subparsers(dest="action", required=True, title="操作", metavar="操作",
                                    help="下列操作之一")

    build = add_command(
        actions, "build", "按给定文件建立索引 (未变化的文档不重新向量化)",
        "让索引恰好包含给定的文件。索引中有、但不在给定路径里的文档不会被静默删除: "
        "命令先列出它们和数量, 只有加 --prune 才删除; 不加时索引不变, 退出码为 1。",
        ["notices index build", "notices index build 通报目录/ --prune",
         "notices index build 通报目录/ --workers 2"])
    build.add_argument("paths", nargs="*", type=Path, metavar="路径",
                       help="文件或文件夹 (默认: 内置示例通报 corpus/notices)")
    build.add_argument("--prune", action="store_true",
                       help="确认删除索引中不在给定路径里的文档")
    build.set_defaults(handler=run_build)

    add = add_command(
        actions, "add", "新增或替换文档",
        "把文件加入索引: 新文档新增, 同名 (文档编号相同) 的文档替换, 内容未变的跳过。"
        "从不删除其他文档。",
        ["notices index add 佛山通报.docx", "notices index add 新通报目录/"])
    add.add_argument("paths", nargs="+", type=Path, metavar="路径",
                     help="文件或文件夹 (.txt .md .html .docx .pdf)")
    add.add_argument("--defer-vectors", action="store_true",
                     help="先发布, 不等向量: 新文档立即可用关键词检索, 语义检索向量之后由 "
                          "notices index embed 生成 (make run 的首次建索引即如此)")
    add.set_defaults(handler=run_add)

    embed = add_command(
        actions, "embed", "为尚未向量化的文档生成语义检索向量",
        "为用 --defer-vectors 加入、尚无向量的文档生成语义检索向量, 完成后发布新版本 "
        "(检索不中断, 进度见 notices index status)。中断后再次运行会接着做, 已完成的部分不重做。"
        "加 --background 则在后台运行并立即返回。",
        ["notices index embed", "notices index embed --background"])
    embed.add_argument("--background", action="store_true",
                       help="在后台进程中运行 (日志写入索引目录下的 embed.log), 立即返回")
    embed.set_defaults(handler=run_embed)

    remove = add_command(
        actions, "remove", "删除文档 (文档编号或文件名)",
        "先列出将删除的文档和数量; 只有加 --yes 才真正删除。删除后可用 rollback 恢复。",
        ["notices index remove 000_b11a1ea20a8bf83a --yes"])
    remove.add_argument("docs", nargs="+", metavar="文档",
                        help="文档编号 (见 notices index status) 或文件名")
    remove.add_argument("--yes", action="store_true", help="确认删除")
    remove.set_defaults(handler=run_remove)

    compact = add_command(
        actions, "compact", "合并索引分段",
        "每次新增或删除文档都会增加一个小分段; 分段过多 (或已删除的段落过多) 时会自动合并。"
        "本命令立即把所有分段合并为一个, 不重新向量化, 检索结果不变。",
        ["notices index compact"])
    compact.set_defaults(handler=run_compact)

    rollback = add_command(
        actions, "rollback", "恢复到上一个索引版本",
        "把索引恢复到上一次更新之前的版本 (或 --to 指定的版本)。恢复本身也是一次更新, "
        "可以再用 rollback 撤销。保留的版本见 notices index status。",
        ["notices index rollback", "notices index rollback --to 20260101T080000-a1b2c3"])
    rollback.add_argument("--to", metavar="版本", help="要恢复的版本名 (默认: 上一个版本)")
    rollback.set_defaults(handler=run_rollback)

    status = add_command(
        actions, "status", "查看索引概况",
        "显示当前版本、向量模型、每个文档的完整编号、发布机构、日期和文号, 以及可恢复的版本。",
        ["notices index status", "notices index status --json"])
    status.add_argument("--json", action="store_true", help="输出 JSON")
    status.set_defaults(handler=run_status)

    verify = add_command(
        actions, "verify", "检查索引完整性",
        "检查段落数、字符位置和向量是否一致; 发现问题时退出码为 1。",
        ["notices index verify"])
    verify.set_defaults(handler=run_verify)

    for sub in (build, add, embed, remove, compact, rollback, status, verify):
        add_index_options(sub)
    for sub in (build, add, embed):
        add_worker_options(sub)


def add_worker_options(parser: argparse.ArgumentParser) -> None:
    """Distributed encoding of the fresh passages (index/dense/encoder/distributed.py), and
    whether their sentences are encoded too (index/dense/sentence_store.py)."""
    parser.add_argument(
        "--no-sentence-vectors", action="store_true",
        help="不预先计算句子向量 (约占向量化时间的一半, 适合很大的建库); "
             "回答时再计算用到的句子, 首次提问会慢一些")
    parser.add_argument(
        "--workers", type=positive_int, metavar="N",
        help="用 N 个 Ray 工作进程并行向量化新段落 (需安装 notices[distributed]); "
             "不加时在本进程向量化")
    parser.add_argument(
        "--ray-address", metavar="地址",
        help="已有 Ray 集群的地址 (ray start --head 打印的 主机:端口, 或环境变量 "
             "NOTICES_RAY_ADDRESS); 不加时在本机临时启动一个集群, 构建结束即停止")


def run_build(args: argparse.Namespace) -> int:
    import corpus

    paths = args.paths or [corpus.shipped_notices_dir()]
    return _update(args, add=paths, sync=True, confirm_removal=args.prune, confirm="--prune",
                   **_workers(args))


def run_add(args: argparse.Namespace) -> int:
    return _update(args, add=args.paths, defer_vectors=args.defer_vectors,
                   **_workers(args))


def run_embed(args: argparse.Namespace) -> int:
    """Embed the notices published without vectors (an update with nothing else to do)."""
    from index.storage import store
    from index.embed_job import EMBED_LOG, start_background_embedding
    from index.storage.manifest import Manifest
    from index.status import dense_status

    if args.workers and args.background:
        from index.dense.encoder.distributed import ClusterUnavailable

        raise ClusterUnavailable("--workers 只用于前台运行, 不能与 --background 同时使用。")
    workers = _workers(args)
    root = index_root(args)
    status = dense_status(root, Manifest.load(store.current_generation(root)))
    progress = status["progress"]
    if status["ready"]:
        print("所有段落均已有语义检索向量, 无需生成。")
        return 0
    if progress and progress["state"] == "running":
        print(f"另一个进程 (pid {progress['pid']}) 正在生成向量: "
              f"{progress['done']}/{progress['total']} 个段落。")
        return 0
    if not args.background:
        return _update(args, **workers)
    pid = start_background_embedding(root, args.model)
    print(f"正在后台为 {status['pending_passages']} 个段落生成语义检索向量 (进程 {pid}, 日志 "
          f"{root / EMBED_LOG}); 完成前可先用关键词检索, 进度见 notices index status。")
    return 0


def _workers(args: argparse.Namespace) -> dict:
    """--workers and the cluster address; $NOTICES_RAY_ADDRESS alone changes nothing."""
    from index.config import ray_address

    if args.ray_address and not args.workers:
        from index.dense.encoder.distributed import ClusterUnavailable

        raise ClusterUnavailable("--ray-address 需要与 --workers N 一起使用 (N 为工作进程数)。")
    return {"workers": args.workers or 0,
            "ray_address": ray_address(args.ray_address) if args.workers else None,
            "sentences": not args.no_sentence_vectors}


def run_remove(args: argparse.Namespace) -> int:
    return _update(args, remove=args.docs, confirm_removal=args.yes, confirm="--yes")


def run_compact(args: argparse.Namespace) -> int:
    return _update(args, compact=True)


def _update(args: argparse.Namespace, confirm: str = "", **change) -> int:
    from index.builder import update_index

    root = index_root(args)
    report = update_index(root, model=args.model, on_wait=lambda: _say_waiting(root), **change)
    _print_report(report)
    print(f"索引目录: {root}")
    held = [o.doc_id for o in report.outcomes if o.status == "held"]
    if held:
        print(f"\n以下 {len(held)} 个文档将被删除, 因未确认, 索引未做任何改动:")
        for doc_id in held:
            print(f"  {doc_id}")
        print(f"确认删除请重新运行并加 {confirm} (删除后可用 notices index rollback 恢复)。")
    return 1 if report.count("rejected") or held else 0


def _say_waiting(root: Path) -> None:
    print(f"另一个进程正在更新索引 {root}, 等待其完成后继续...", file=sys.stderr, flush=True)


def _print_report(report) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if report.outcomes:
        table = Table(title="索引更新报告")
        for column in ("文件", "结果", "文档编号", "段落数", "说明"):
            table.add_column(column, overflow="fold")
        for o in report.outcomes:
            table.add_row(o.source, STATUS_LABELS[o.status], o.doc_id, str(o.passages), o.reason)
        console.print(table)
    console.print(summary_line(report))


def run_rollback(args: argparse.Namespace) -> int:
    from index.builder import rollback
    from index.milvus.selection import selected_uri

    restored, folder = rollback(index_root(args), args.to)
    print(f"已恢复版本 {restored}, 现为当前版本 {folder.name}。")
    if selected_uri() is not None:  # rollback raises when the sync fails
        print(f"检索后端 Milvus ({selected_uri()}) 已同步到该版本。")
    return 0


def run_status(args: argparse.Namespace) -> int:
    from index.status import index_status

    status = index_status(index_root(args))
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=1))
        return 0
    print(f"索引目录: {status['index_dir']}\n当前版本: {status['current']}"
          f"\n构建时间: {status['built_at']}")
    print(f"向量模型: {status['model']} (维度 {status['dimension']})")
    if status["backend"] == "milvus":
        print(f"检索后端: milvus ({status['milvus_uri']}, 集合 {status['collection']}, "
              f"已同步版本 {status['milvus_generation'] or '无'})")
    else:
        print("检索后端: files (索引目录中的文件)")
    print(f"文档数: {len(status['documents'])}, 段落数: {status['passages']}")
    dense = status["dense"]
    print(f"语义检索: {dense['message'] or '就绪 (所有段落均有向量)'}\n")
    for d in status["documents"]:  # the id alone on its line: never cut, easy to copy
        print(d["doc_id"])
        print(f"    {d['agency'] or '未知机构'} · {d['date'] or '日期不详'} · "
              f"文号: {d['doc_number'] or '无'} · {d['passages']} 个段落 · 文件 {d['source']}")
        print(f"    {d['title']}")
        print(f"    整改台账: {d['ledger']['items']} 项 · {_check_words(d['ledger'])}")
    ledger = status["ledger"]
    print(f"\n整改台账: {ledger['items']} 项, {ledger['agree']} 份通报与自述总数一致, "
          f"{ledger['disagree']} 份不一致, {ledger['unchecked']} 份未自述总数"
          + ("" if ledger["stored"] else " (旧版索引未存台账, 已临时提取; 下次更新索引时写入)"))
    print("\n保留的版本 (新的在前, 可用 notices index rollback [--to 版本] 恢复):")
    for g in status["generations"]:
        mark = "当前" if g["current"] else "    "
        print(f"  {mark} {g['name']}  构建于 {g['built_at']}  "
              f"{g['documents']} 个文档, {g['passages']} 个段落")
    return 0


def _check_words(ledger: dict) -> str:
    from index.storage.ledger_store import check_line

    return check_line(ledger["agrees"], ledger["differences"])


def run_verify(args: argparse.Namespace) -> int:
    from index.verify import verify_index

    problems = verify_index(index_root(args))
    for problem in problems:
        print(f"问题: {problem}")
    print("索引完整, 未发现问题。" if not problems else f"共发现 {len(problems)} 个问题。")
    return 1 if problems else 0
