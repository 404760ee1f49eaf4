"""SIGKILL `notices index build|add` in every phase: the live generation survives untouched
and the next writer removes what the killed one left behind."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from index.storage import store
from index.builder import update_index
from index.search.loaded import LoadedIndex
from index.search.searcher import Searcher
from index.verify import verify_index

RUNNER = Path(__file__).with_name("crash_runner.py")
BASE = {
    "a": "甲市应急管理局关于党支部建设的通报\n一、组织建设\n将原有的12个党支部整合为5个党支部,配齐支部书记。\n"
         "二、整改措施\n建立支部书记述职评议制度,每半年开展一次。\n甲市应急管理局\n2021年5月1日\n",
    "b": "乙县应急管理局2022年工作要点\n一、森林防火\n完善林火视频监控系统,新建高空瞭望点位20个。\n"
         "二、防汛抗旱\n汛前组织开展防汛应急演练3次。\n乙县应急管理局\n2022年2月1日\n",
}
CHANGES = {
    "b": BASE["b"].replace("20个", "25个"),
    "c": "丙市应急管理局关于作风建设问题整改方案的通知\n一、整治形式主义\n精简会议文件,全年发文数量压减三成。\n"
         "二、整治官僚主义\n领导干部每月下基层调研不少于两次。\n丙市应急管理局\n2020年3月1日\n",
    "d": "丁市应急管理局关于危险化学品专项检查的通报\n一、检查情况\n共检查危险化学品企业36家,发现隐患112项。\n"
         "二、整改要求\n各企业须于30日内完成整改并报送台账。\n丁市应急管理局\n2023年6月1日\n",
}
QUESTIONS = ["哪些单位合并了党支部", "林火监控建设", "发文数量压减", "危险化学品隐患"]

# (what is running, where it dies): each kill point is the nth call of a function, killed
# just before or just after that call. Together they cover every phase of a write.
KILL_POINTS = [
    ("reading", "corpus:load_notice", 1, "before"),
    ("reading", "corpus:load_notice", 3, "after"),
    ("embedding", "index.dense.encoder.embedder:Embedder.encode_passages", 1, "before"),
    ("embedding", "index.dense.encoder.embedder:Embedder.encode_passages", 1, "after"),  # all embedded
    ("writing", "index.storage.store:write_doc", 1, "after"),
    ("writing", "index.storage.store:reuse_docs", 1, "after"),
    ("writing", "index.lexical.bm25:TermCounts.save", 1, "after"),
    ("writing", "faiss:write_index", 1, "before"),
    ("writing", "index.storage.manifest:Manifest.save", 1, "after"),
    ("publishing", "index.storage.store:new_generation", 1, "after"),
    ("publishing", "os:replace", 1, "before"),  # before the finished folder is renamed
    ("publishing", "os:replace", 1, "after"),  # renamed, CURRENT not yet switched
    ("publishing", "os:replace", 2, "after"),  # CURRENT switched, old ones not yet pruned
]
# Kills by timer land wherever the writer happens to be; seeded, so a failure reproduces.
TIMED_KILLS = 2
SLOW_TIMED_KILLS = 25


class Runner:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(RUNNER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True, cwd=Path(__file__).parent.parent, env=os.environ | {"PYTHONPATH": "."},
        )
        assert json.loads(self.process.stdout.readline()) == {"ready": True}

    def run(self, request: dict) -> dict:
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture
def runner():
    started = Runner()
    yield started
    started.close()


def write_docs(folder: Path, docs: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def answers(searcher: Searcher) -> list:
    searcher.index = LoadedIndex.open(searcher.root)  # from disk, as a fresh reader would
    return [[(h.passage.passage_id, round(h.score, 5)) for h in searcher.search(q, k=8)]
            for q in QUESTIONS]


def leftovers(root: Path) -> list[str]:
    return [p.name for p in (root / store.GENERATIONS).glob(".building-*")] + \
        [p.name for p in root.glob("CURRENT.*.tmp")]


def kill_cycle(tmp_path: Path, embedder, runner: Runner, requests: list[dict]) -> dict:
    base = write_docs(tmp_path / "base", BASE)
    changes = write_docs(tmp_path / "changes", CHANGES)
    full = write_docs(tmp_path / "full", BASE | CHANGES)
    root = tmp_path / "index"

    def reset() -> tuple[str, list]:
        update_index(root, add=[base], sync=True, embedder_factory=lambda s: embedder,
                     show_progress=False)
        return store.current_name(root), answers(searcher)

    update_index(root, add=[base], sync=True, embedder_factory=lambda s: embedder,
                 show_progress=False)
    searcher = Searcher(root, embedder=embedder)  # one tokenizer; each check reloads the index
    live, expected = reset()
    stats = {"killed": 0, "published": 0, "left_behind": 0}
    for i, request in enumerate(requests):
        command = ["index", "add", str(changes)] if i % 2 else ["index", "build", str(full)]
        outcome = runner.run(request | {"argv": command + ["--index-dir", str(root)]})
        if "delay" not in request:
            assert outcome == {"signal": 9}, (request, outcome)  # the kill point was reached
        stats["killed"] += outcome.get("signal") == 9
        stats["left_behind"] += bool(leftovers(root))
        if store.current_name(root) == live:
            # The previous generation opens and answers exactly as before the kill.
            assert answers(searcher) == expected, request
        else:
            # Killed after the switch: the new generation is complete.
            stats["published"] += 1
            assert verify_index(root) == [], request
            docs = set(store.current_generation(root).joinpath("docs").iterdir())
            assert {p.stem for p in docs} == {"a", "b", "c", "d"}, request
            live, expected = reset()
    # The next writer cleans up after the killed ones, and completes.
    update_index(root, add=[changes], embedder_factory=lambda s: embedder, show_progress=False)
    assert leftovers(root) == [] and verify_index(root) == []
    return stats


def test_sigkill_in_every_phase_keeps_the_live_generation(tmp_path, embedder, runner):
    delays = random.Random(0)
    requests = [{"at": at, "call": call, "when": when} for _, at, call, when in KILL_POINTS]
    requests += [{"delay": delays.uniform(0.05, 1.5)} for _ in range(TIMED_KILLS)]
    stats = kill_cycle(tmp_path, embedder, runner, requests)
    print(f"crash safety: {stats}")
    assert stats["killed"] >= len(KILL_POINTS) and stats["left_behind"] > 0


@pytest.mark.slow
def test_sigkill_at_random_times(tmp_path, embedder, runner):
    delays = random.Random(1)
    requests = [{"delay": delays.uniform(0.0, 4.0)} for _ in range(SLOW_TIMED_KILLS)]
    stats = kill_cycle(tmp_path, embedder, runner, requests)
    print(f"crash safety (random times): {stats}")
    assert stats["killed"] > 0


def test_cleanup_waits_for_a_live_writer(tmp_path, embedder):
    """A `.building-*` folder of a writer that holds the lock is never removed."""
    docs = write_docs(tmp_path / "docs", {"a": BASE["a"]})
    root = tmp_path / "index"
    building = root / store.GENERATIONS / ".building-live-writer"
    done = threading.Event()

    def second_writer() -> None:
        update_index(root, add=[docs], embedder_factory=lambda s: embedder, show_progress=False)
        done.set()

    with store.writer_lock(root):
        building.mkdir(parents=True)
        thread = threading.Thread(target=second_writer)
        thread.start()
        time.sleep(1.0)
        assert building.is_dir() and not done.is_set()
    thread.join(timeout=120)
    assert done.is_set() and not building.exists()
