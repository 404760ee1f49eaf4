"""Fork server for the crash tests: runs `notices ...` in child processes and SIGKILLs them.

The model is loaded once here (no inference, so no thread pool exists yet and fork is
safe); each request forks a child that runs the real command line `main(argv)` and dies
by SIGKILL at a chosen point. This is fault injection, not a fake: the child runs the real
code up to the kill point, and the kernel ends it as it would end an OOM-killed writer.

Protocol, one JSON object per line on stdin, one answer per line on stdout:
  {"argv": [...], "at": "module:attr", "call": n, "when": "before"|"after"}  kill at a call
  {"argv": [...], "delay": seconds}                                          kill by timer
  answer: {"signal": 9} when killed, {"code": n} when the command finished first.
"""
from __future__ import annotations

import importlib
import json
import os
import signal
import sys
import time


def _patch(target: str, call: int, when: str) -> None:
    module_name, attr_path = target.split(":")
    owner = importlib.import_module(module_name)
    *parents, attr = attr_path.split(".")
    for name in parents:
        owner = getattr(owner, name)
    original = getattr(owner, attr)
    calls = 0

    def killing(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls == call and when == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        result = original(*args, **kwargs)
        if calls == call and when == "after":
            os.kill(os.getpid(), signal.SIGKILL)
        return result

    setattr(owner, attr, killing)


def _child(request: dict) -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    from ui.cli.main import main

    if "at" in request:
        _patch(request["at"], request["call"], request["when"])
    os._exit(main(request["argv"]))


def serve() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    # Everything a child may touch is imported before forking.
    import ui.cli.main  # noqa: F401
    import index.builder  # noqa: F401
    from index.dense.encoder.embedder import Embedder

    Embedder.load()  # cached per process: every forked child reuses the loaded model
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(request)
        if "delay" in request:
            time.sleep(request["delay"])
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            answer = {"signal": os.WTERMSIG(status)}
        else:
            answer = {"code": os.WEXITSTATUS(status)}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    serve()
