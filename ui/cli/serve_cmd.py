"""`notices serve`: the HTTP service (FastAPI on uvicorn) over the live index."""
from __future__ import annotations

import argparse

from ui.cli.options import add_index_options, index_root

DEFAULT_PORT = 8000


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "serve", help="启动问答服务 (HTTP API, 文档见 /docs)",
        description="启动 HTTP 问答服务。写操作 (上传、删除) 需设置环境变量 NOTICES_API_TOKEN, "
                    "并在请求头携带 Authorization: Bearer <令牌>。\n"
                    "示例: notices serve --port 8000")
    parser.add_argument("--host", default="127.0.0.1", help="监听地址 (默认 127.0.0.1, 仅本机)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"端口 (默认 {DEFAULT_PORT})")
    add_index_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from ui.api.app import create_app
    from assistant.service import Assistant

    assistant = Assistant.open(index_root(args), model=args.model)
    assistant.searcher.embedder.prepare_queries()  # load the query encoder before the first request
    print(f"问答服务: http://{args.host}:{args.port}  (接口文档 /docs, Ctrl-C 停止)", flush=True)
    uvicorn.run(create_app(assistant), host=args.host, port=args.port, log_level="warning")
    return 0
