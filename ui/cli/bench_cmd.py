"""`notices bench`: the speed and scale benchmark (eval/bench.py), or with --ask the latency of
`POST /ask` on the shipped notices (eval/bench_ask.py); reports in eval/reports/."""
from __future__ import annotations

import argparse
from pathlib import Path

from ui.cli.parser import EXIT_CODES


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "bench", help="速度与规模基准测试 (10^4 到 10^6 段落, 报告写入 eval/reports/)",
        description="在法规语料上测量各规模 (每个规模单独进程) 的建索引速度、检索延迟、"
                    "近似检索召回率、服务内存与新增一篇通报的耗时; 加 --ask 则改为启动问答服务, "
                    "在随附通报的索引上测量 POST /ask 的延迟 (不需要法规语料)。",
        epilog="示例:\n  notices bench\n  notices bench --sizes 10000\n  notices bench --ask\n\n"
               "退出码 2: 语料目录不存在。" + EXIT_CODES)
    parser.add_argument("--corpus", type=Path, metavar="文件夹",
                        help="语料文件夹 (默认: ../shared/corpora/laws)")
    parser.add_argument("--sizes", metavar="列表",
                        help="逗号分隔的段落数 (默认 10000,100000,1000000)")
    parser.add_argument("--out", type=Path, metavar="文件夹", help="报告目录 (默认 eval/reports)")
    parser.add_argument("--ask", action="store_true",
                        help="只测量问答服务 POST /ask 的延迟 (随附通报, 自建集问题; 报告 ask.md)")
    parser.add_argument("--index-dir", type=Path, metavar="目录",
                        help="--ask 使用的索引 (默认: 评测缓存中的随附通报索引, 先更新)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.ask:
        from eval import bench_ask

        return bench_ask.main([f"--{name}={value}" for name, value in
                               (("index-dir", args.index_dir), ("out", args.out))
                               if value is not None])
    from eval import bench

    argv = [f"--{name}={value}" for name, value in
            (("corpus", args.corpus), ("sizes", args.sizes), ("out", args.out))
            if value is not None]
    return bench.main(argv)
