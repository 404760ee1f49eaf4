"""Finding notice files, the shipped folder and what load_notice records about a file."""
from __future__ import annotations

import doctest
import hashlib
import importlib

import pytest

import corpus
from corpus import NoticeError


def test_shipped_notices_dir() -> None:
    folder = corpus.shipped_notices_dir()
    assert folder.name == "notices" and folder.parent.name == "corpus"
    assert len(corpus.iter_notice_files([folder])) == 5


def test_iter_notice_files(tmp_path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for name in ("a.txt", "b/c.HTML", "b/deep/d.pdf", "b/e.docx", "f.md", "g.htm"):
        (tmp_path / name).write_bytes(b"x")
    for name in ("b/skip.xls", "b/~$e.docx", ".hidden/h.txt", "b/.i.txt", "noext"):
        (tmp_path / name).write_bytes(b"x")
    single = tmp_path / "a.txt"
    found = corpus.iter_notice_files([tmp_path, single, tmp_path / "b"])
    relative = [p.relative_to(tmp_path).as_posix() for p in found]
    assert relative == ["a.txt", "b/c.HTML", "b/deep/d.pdf", "b/e.docx", "f.md", "g.htm"]
    # A file named explicitly is kept whatever its suffix: loading it says why it is refused.
    skipped = tmp_path / "b" / "skip.xls"
    assert corpus.iter_notice_files([skipped]) == [skipped]
    with pytest.raises(NoticeError, match=r"不支持的文件类型.*\.txt"):
        corpus.load_notice(skipped)


def test_iter_notice_files_missing_path(tmp_path) -> None:
    with pytest.raises(NoticeError, match="路径不存在"):
        corpus.iter_notice_files([tmp_path / "nowhere"])


def test_load_notice_records_source_id_and_hash(tmp_path) -> None:
    raw = "关于做好值班工作的通知\n各科室要严格落实值班制度。".encode("gb18030")
    path = tmp_path / "值班通知.txt"
    path.write_bytes(raw)
    notice = corpus.load_notice(path)
    assert notice.doc_id == "值班通知" and notice.source == "值班通知.txt"
    assert notice.content_hash == hashlib.sha256(raw).hexdigest()
    assert notice.passages[0].passage_id == "值班通知#0000"
    assert corpus.parse_notice(raw, "dir/值班通知.txt", doc_id="custom").doc_id == "custom"
    assert corpus.parse_notice(raw, "dir/值班通知.txt").doc_id == "值班通知"
    assert notice.to_dict()["meta"]["title"] == "关于做好值班工作的通知"


def test_public_api() -> None:
    for name in ("load_notice", "parse_notice", "iter_notice_files", "shipped_notices_dir",
                 "canonical_agency", "agency_matches", "SUPPORTED_SUFFIXES", "NoticeError"):
        assert hasattr(corpus, name), name
    assert set(corpus.SUPPORTED_SUFFIXES) == {".txt", ".md", ".html", ".htm", ".docx", ".pdf"}


@pytest.mark.parametrize("module", [
    "corpus", "corpus.agencies", "corpus.chrome", "corpus.clean", "corpus.dates", "corpus.encoding",
    "corpus.header", "corpus.headings", "corpus.load", "corpus.metadata", "corpus.numbering",
    "corpus.passages", "corpus.readers", "corpus.sentences",
])
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0


def test_corpus_imports_no_other_project_package() -> None:
    import ast
    from pathlib import Path

    for path in Path(corpus.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert name.split(".")[0] not in {"index", "assistant", "eval", "ui"}, (path, name)
