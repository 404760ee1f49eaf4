"""The real FastAPI app served by uvicorn on a loopback port, in a thread or a process."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx

# Server start-up: model loading in a fresh process, on a machine shared by several builds.
STARTUP_SECONDS = 180


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_ready(url: str, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/health", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not start")


@contextmanager
def server_thread(assistant) -> Iterator[str]:
    """uvicorn in a thread of this process, sharing the session's loaded model."""
    import uvicorn

    from ui.api.app import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(assistant), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url)
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@contextmanager
def server_process(index_dir: Path, token: str) -> Iterator[str]:
    """`notices serve` as a separate process, as maintainers run it."""
    port = free_port()
    notices = Path(sys.executable).with_name("notices")
    env = os.environ | {"NOTICES_API_TOKEN": token, "HF_HUB_OFFLINE": "1"}
    process = subprocess.Popen([str(notices), "serve", "--port", str(port), "--index-dir",
                                str(index_dir)], env=env, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)
