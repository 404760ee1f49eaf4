"""`notices index add` on a folder of hostile and odd files: each bad file is rejected with a
one-line Chinese reason, each good file is indexed, and what was indexed before is untouched."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np

from ui.cli.main import main
from index.storage import store
from index.builder import update_index
from index.storage.manifest import Manifest
from index.search.searcher import Searcher
from hostile_files import notice_text, write_hostile_set

BEFORE = {
    "甲.txt": notice_text("甲市应急管理局", "党支部建设", "将原有的12个党支部整合为5个党支部,配齐支部书记。"),
    "乙.txt": notice_text("乙县应急管理局", "森林防火", "完善林火视频监控系统,新建高空瞭望点位20个。"),
}
QUESTIONS = ["哪些单位合并了党支部", "林火监控建设", "支部书记配备"]


def answers(searcher: Searcher, doc_ids: set[str]) -> list[list[tuple[str, float]]]:
    """Dense hits among the notices indexed before (BM25 statistics legitimately move when
    notices are added; vectors and stored passages must not)."""
    return [[(h.passage.passage_id, round(h.score, 5))
             for h in searcher.search(q, k=len(searcher.index.passages), mode="dense") if h.notice.doc_id in doc_ids]
            for q in QUESTIONS]


def test_add_hostile_folder(tmp_path, embedder, capsys):
    before = tmp_path / "before"
    before.mkdir()
    for name, text in BEFORE.items():
        (before / name).write_text(text, encoding="utf-8")
    root = tmp_path / "index"
    update_index(root, add=[before], sync=True, embedder_factory=lambda s: embedder,
                 show_progress=False)
    old_folder = store.current_generation(root)
    old_ids = set(Manifest.load(old_folder).documents)
    stored_before = {d: (old_folder / "docs" / f"{d}.json").read_bytes() for d in old_ids}
    vectors_before = {d: store.read_vectors(old_folder, d) for d in old_ids}
    searcher = Searcher(root, embedder=embedder)
    answers_before = answers(searcher, old_ids)

    hostile = tmp_path / "hostile"
    expected = write_hostile_set(hostile)
    # The same notice under two more names: a copy of an indexed one, and a pair in the batch.
    shutil.copy(before / "甲.txt", hostile / "甲 copy.txt")
    (hostile / "pair-1.txt").write_text(notice_text("丁市应急管理局", "成对", "成对的文件。"), "utf-8")
    shutil.copy(hostile / "pair-1.txt", hostile / "pair-2.txt")
    # A path that walks out of the folder with ../, and the same file twice through ../
    (hostile / "sub").mkdir()
    (tmp_path / "outside.txt").write_text(notice_text("戊市应急管理局", "路径", "路径外的文件。"),
                                          "utf-8")
    dotted = [hostile / "sub" / ".." / ".." / "outside.txt", hostile / "sub" / ".." / "bom.txt"]

    report = update_index(root, add=[hostile, *dotted], embedder_factory=lambda s: embedder,
                          show_progress=False)
    by_name = {Path(o.source).name: o for o in report.outcomes}
    for case in expected:
        outcome = by_name[case.name]
        if case.good:
            assert outcome.status == "added", (case.name, outcome)
        else:
            assert outcome.status == "rejected", (case.name, outcome)
            assert case.fragment in outcome.reason and "\n" not in outcome.reason, outcome
    assert by_name["甲 copy.txt"].status == "rejected" and "甲" in by_name["甲 copy.txt"].reason
    assert "重复" in by_name["甲 copy.txt"].reason
    assert {by_name["pair-1.txt"].status, by_name["pair-2.txt"].status} == {"added", "rejected"}
    assert by_name["outside.txt"].status == "added"
    assert sum(Path(o.source).name == "bom.txt" for o in report.outcomes) == 1
    assert report.published

    folder = store.current_generation(root)
    manifest = Manifest.load(folder)
    for case in expected:
        doc_id = Path(case.name).stem
        assert (doc_id in manifest.documents) == case.good, case.name
        if case.good:
            assert case.fragment in store.read_notice(folder, doc_id).text, case.name
    scripted = store.read_notice(folder, "scripts").text
    assert not any(s in scripted for s in ("alert", "注入的脚本文字", "广告框架文字", "新闻中心"))

    # Everything indexed before is still there, byte for byte, and answers identically.
    for doc_id in old_ids:
        assert (folder / "docs" / f"{doc_id}.json").read_bytes() == stored_before[doc_id]
        assert np.array_equal(store.read_vectors(folder, doc_id), vectors_before[doc_id])
    assert searcher.refresh()
    assert answers(searcher, old_ids) == answers_before

    # The command line: one line per file, non-zero status, the good files now skipped.
    code = main(["index", "add", str(hostile), "--index-dir", str(root)])
    out = capsys.readouterr().out
    rejected = sum(not c.good for c in expected) + 2  # the copy of 甲 and the second of the pair
    assert code == 1
    assert f"拒绝 {rejected}" in out and f"跳过 {sum(c.good for c in expected) + 1}" in out
