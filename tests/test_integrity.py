"""Checksums of the live generation: verify names the damaged notice, opening refuses a damaged
generation, a build repairs it; failed writes (disk full, read-only) leave the live one intact."""
from __future__ import annotations

import errno
from pathlib import Path

import pytest

from ui.cli.main import main
from index.storage import segment_records, store
from index.builder import update_index
from index.storage.manifest import Manifest
from index.search.searcher import Searcher
from index.verify import verify_index

DOCS = {
    "a": "甲市应急管理局关于党支部建设的通报\n一、组织建设\n将原有的12个党支部整合为5个党支部。\n甲市应急管理局\n",
    "b": "乙县应急管理局2022年工作要点\n一、森林防火\n新建高空瞭望点位20个。\n乙县应急管理局\n",
    "c": "丙市应急管理局关于精简文件的通知\n一、整治形式主义\n全年发文数量压减三成。\n丙市应急管理局\n",
}


@pytest.fixture
def built(tmp_path, embedder) -> tuple[Path, Path]:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(DOCS[name], encoding="utf-8")
    root = tmp_path / "index"
    update_index(root, add=[folder], sync=True, embedder_factory=lambda s: embedder,
                 show_progress=False)
    return root, folder


def replace_file(path: Path, data: bytes) -> None:
    path.unlink()  # may be hard-linked into other generations: never edit in place
    path.write_bytes(data)


def test_every_file_is_recorded_once(built):
    """The manifest records the shared files, the segment's files.json the notices' own."""
    root, _ = built
    folder = store.current_generation(root)
    manifest = Manifest.load(folder)
    recorded = segment_records.expected_files(folder, vars(manifest))
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert set(recorded) == on_disk - {"manifest.json"}
    assert {"docs/a.json", "vectors/b.npy", "ledger/a.json"} <= set(recorded)
    assert not any(segment_records.is_notice_path(f) for f in manifest.files)
    assert any(f.startswith("segments/") and f.endswith("/records.json") for f in manifest.files)
    assert any(f.startswith("segments/") and f.endswith("/dense.faiss") for f in manifest.files)


def test_a_damaged_segment_record_file_is_refused_and_named(built, embedder):
    root, _ = built
    live = store.current_generation(root)
    (segment,) = Manifest.load(live).segments
    records = live / "segments" / segment / segment_records.RECORDS
    replace_file(records, records.read_bytes()[:-5])
    with pytest.raises(store.IndexDamaged):
        Searcher(root, embedder=embedder)
    assert verify_index(root) == [f"共享文件 segments/{segment}/records.json 已损坏 (校验和不符)"]
    with pytest.raises(store.IndexDamaged):  # a writer checks the record files too
        update_index(root, add=[], remove=["a"], embedder_factory=lambda s: embedder,
                     show_progress=False)


def test_a_notice_file_damaged_before_an_update_stays_found(built, embedder):
    """A writer does not stat the notices' own files (55,000 at 10^6 passages): it links a
    damaged one with the sums recorded when it was written, so verify still names it and
    readers still refuse the new generation."""
    root, folder = built
    doc = store.current_generation(root) / "docs" / "b.json"
    replace_file(doc, doc.read_bytes()[:100])
    (folder / "c.txt").write_text(DOCS["c"], encoding="utf-8")
    update_index(root, add=[folder / "c.txt"], embedder_factory=lambda s: embedder,
                 show_progress=False)
    assert len(Manifest.load(store.current_generation(root, check=False)).segments) == 2
    assert verify_index(root) == ["文档 b 的文件 docs/b.json 已损坏 (校验和不符)"]
    with pytest.raises(store.IndexDamaged):
        Searcher(root, embedder=embedder)


def test_a_shared_segment_damaged_before_an_update_still_fails_verify(built, embedder):
    """Updates carry the recorded sums of hard-linked segment files over (no rehashing of
    the whole index), so damage done to a shared file is still found after the update."""
    root, folder = built
    live = store.current_generation(root)
    (segment,) = Manifest.load(live).segments
    counts = live / "segments" / segment / "passages.data.npy"
    data = bytearray(counts.read_bytes())
    data[-1] ^= 0xFF
    counts.write_bytes(bytes(data))  # in place: every generation sharing it is damaged
    (folder / "c.txt").write_text(DOCS["c"], encoding="utf-8")
    update_index(root, add=[folder / "c.txt"], embedder_factory=lambda s: embedder,
                 show_progress=False)
    assert len(Manifest.load(store.current_generation(root)).segments) == 2
    assert verify_index(root) == [f"共享文件 segments/{segment}/passages.data.npy 已损坏 (校验和不符)"]


def test_verify_names_the_notice_whose_file_changed(built, capsys):
    root, _ = built
    vectors = store.current_generation(root) / "vectors" / "a.npy"
    data = bytearray(vectors.read_bytes())
    data[-1] ^= 0xFF  # same size: passes the cheap check on open, fails the checksum
    replace_file(vectors, bytes(data))
    assert verify_index(root) == ["文档 a 的文件 vectors/a.npy 已损坏 (校验和不符)"]
    code = main(["index", "verify", "--index-dir", str(root)])
    assert code == 1 and "文档 a 的文件 vectors/a.npy 已损坏" in capsys.readouterr().out


def test_damaged_generation_is_refused_on_open_and_rebuilt(built, embedder, capsys):
    root, folder = built
    doc = store.current_generation(root) / "docs" / "b.json"
    replace_file(doc, doc.read_bytes()[:100])  # truncated
    with pytest.raises(store.IndexDamaged, match="notices index build"):
        Searcher(root, embedder=embedder)
    code = main(["search", "党支部", "--index-dir", str(root)])
    err = capsys.readouterr().err
    assert code == 2 and "索引已损坏" in err and "notices index verify" in err
    assert "Traceback" not in err
    assert any("文档 b" in p for p in verify_index(root))
    update_index(root, add=[folder], sync=True, embedder_factory=lambda s: embedder,
                 show_progress=False)  # the repair command
    assert verify_index(root) == []
    assert Searcher(root, embedder=embedder).search("高空瞭望", k=1)[0].notice.doc_id == "b"


@pytest.mark.parametrize("code, message", [
    (errno.ENOSPC, "磁盘空间已满"), (errno.EROFS, "只读"),
])
def test_failed_write_fault_injection_keeps_live_generation(built, embedder, monkeypatch,
                                                            capsys, code, message):
    """Fault injection: every file write inside the new generation fails as the OS would on
    a full disk or a read-only file system (root ignores chmod, so it cannot be staged)."""
    root, folder = built
    live = store.current_name(root)
    before = [(h.passage.passage_id, h.score)
              for h in Searcher(root, embedder=embedder).search("党支部", k=5)]
    real_open = open

    def failing_open(file, mode="r", *args, **kwargs):
        if any(m in mode for m in "wax") and ".building-" in str(file):
            raise OSError(code, __import__("os").strerror(code), str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", failing_open)
    (folder / "c.txt").write_text(DOCS["c"], encoding="utf-8")
    exit_code = main(["index", "add", str(folder / "c.txt"), "--index-dir", str(root)])
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert exit_code == 2 and message in err and "当前索引未受影响" in err
    assert "Traceback" not in err
    assert store.current_name(root) == live and verify_index(root) == []
    assert list((root / store.GENERATIONS).glob(".building-*")) == []
    after = [(h.passage.passage_id, h.score)
             for h in Searcher(root, embedder=embedder).search("党支部", k=5)]
    assert after == before
