"""Two `notices index add` processes on one index: the second says it waits, then runs after
the first; both notices end up indexed and the generations never interleave."""
from __future__ import annotations

import fcntl
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from index.storage import store
from index.storage.manifest import Manifest
from index.verify import verify_index

NOTICES = Path(sys.executable).with_name("notices")
# How long the test waits for the first writer to take the lock (it loads the model first
# only after locking, so this is interpreter start-up plus imports on a busy machine).
LOCK_WAIT_SECONDS = 60


def lock_is_held(root: Path) -> bool:
    try:
        with open(root / ".lock", "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.flock(handle, fcntl.LOCK_UN)
            return False
    except BlockingIOError:
        return True
    except FileNotFoundError:
        return False


def test_second_writer_waits_with_a_message(tmp_path):
    root = tmp_path / "index"
    files = []
    for name, agency in (("first", "甲市应急管理局"), ("second", "乙县应急管理局")):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"{agency}关于值班工作的通知\n一、值班安排\n{agency}实行24小时值班。\n",
                        encoding="utf-8")
        files.append(path)
    env = os.environ | {"HF_HUB_OFFLINE": "1"}

    def start(path: Path) -> subprocess.Popen:
        return subprocess.Popen([str(NOTICES), "index", "add", str(path), "--index-dir", str(root)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)

    first = start(files[0])
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while not lock_is_held(root):
        assert time.monotonic() < deadline and first.poll() is None, "first writer never locked"
        time.sleep(0.05)
    second = start(files[1])
    out1, err1 = first.communicate(timeout=300)
    out2, err2 = second.communicate(timeout=300)
    assert first.returncode == 0 and second.returncode == 0, (err1, err2)
    assert "等待其完成" in err2 and "等待其完成" not in err1
    manifest = Manifest.load(store.current_generation(root))
    assert set(manifest.documents) == {"first", "second"}
    assert verify_index(root) == []
    # The second writer started from the first one's publication: its generation holds both
    # notices, the first one's only its own.
    first_count, second_count = (int(re.search(r"共 (\d+) 个段落", out).group(1))
                                 for out in (out1, out2))
    assert 0 < first_count < second_count == manifest.passage_count
