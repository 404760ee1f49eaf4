"""Reading a notice end to end: bytes → text → cleaned text → metadata, headings, passages.

>>> notice = load_notice(shipped_notices_dir() / "000_b11a1ea20a8bf83a.txt")
>>> notice.meta.agency, notice.passages[0].passage_id
('济南市应急管理局', '000_b11a1ea20a8bf83a#0000')
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable

from corpus.clean import clean, normalise_newlines, unflatten
from corpus.header import read_header
from corpus.headings import parse_structure
from corpus.metadata import infer_meta
from corpus.models import Notice, NoticeError
from corpus.passages import build_passages
from corpus.readers import SUPPORTED_SUFFIXES, read_text


# Files larger than this are refused before they are read: the largest real notice formats
# (a scanned PDF with page images) stay well under it, and reading stays bounded in memory.
MAX_FILE_BYTES = 100 * 1024 * 1024
# Longest text accepted as one notice, in characters. The longest shipped notice has ~21k
# characters and long annual reports ~100k; 1M characters would be ~8,000 passages, minutes
# of CPU embedding for one file, which is a compilation to split, not a notice.
MAX_NOTICE_CHARS = 1_000_000


def shipped_notices_dir() -> Path:
    """The folder of sample notices shipped with the package."""
    return Path(__file__).resolve().parent / "notices"


def load_notice(path: Path) -> Notice:
    """Read and parse one notice file; NoticeError (Chinese message) if it cannot be used."""
    path = Path(path)
    _check_suffix(path.name)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise NoticeError(f"文件过大: {path}（{size // (1024 * 1024)} MB, "
                              f"上限 {MAX_FILE_BYTES // (1024 * 1024)} MB）")
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise NoticeError(f"文件不存在: {path}") from exc
    except IsADirectoryError as exc:
        raise NoticeError(f"不是文件: {path}") from exc
    except OSError as exc:
        raise NoticeError(f"无法读取文件: {path}（{exc.strerror or type(exc).__name__}）") from exc
    return parse_notice(raw, path.name, doc_id=path.stem)


def parse_notice(raw: bytes, source: str, doc_id: str | None = None) -> Notice:
    """Parse the bytes of a notice file named `source` (its suffix picks the reader)."""
    name = Path(source).name or source
    suffix = _check_suffix(name)
    if not raw or not raw.strip():
        raise NoticeError(f"文件为空: {name}")
    text = read_text(raw, suffix, name)
    if len(text) > MAX_NOTICE_CHARS:
        raise NoticeError(f"正文过长: {name}（{len(text)} 字, 上限 {MAX_NOTICE_CHARS} 字, "
                          "请拆分为多个文件）")
    raw_lines = [piece for line in normalise_newlines(text).split("\n")
                 for piece in unflatten(line)]
    header = read_header(raw_lines)  # before cleaning, which drops the header lines
    cleaned = clean(text, markdown=suffix == ".md")
    if not cleaned.text.strip():
        raise NoticeError(f"文件中没有可读的正文: {name}")
    structure = parse_structure(cleaned.text)
    doc_id = doc_id if doc_id is not None else Path(name).stem
    return Notice(
        doc_id=doc_id,
        source=source,
        content_hash=hashlib.sha256(raw).hexdigest(),
        meta=infer_meta(cleaned.text, header),
        text=cleaned.text,
        headings=structure.headings,
        passages=build_passages(cleaned.text, structure, doc_id, cleaned.flattened),
    )


def iter_notice_files(paths: Iterable[Path]) -> list[Path]:
    """Notice files among `paths`: files as given, folders searched recursively.

    Inside folders only supported suffixes are kept, and hidden files and Office lock files
    (~$x.docx) are skipped; a file given by name is kept whatever its suffix, so reading it
    reports why it cannot be used. The result is sorted and free of duplicates (a file reached
    twice, e.g. through `..`, is kept once). A path that does not exist raises NoticeError.
    """
    found: dict[Path, Path] = {}  # resolved -> as given
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in path.rglob("*"):
                relative = child.relative_to(path).parts
                if (child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES
                        and not any(part.startswith((".", "~$")) for part in relative)):
                    found.setdefault(child.resolve(), child)
        elif path.is_file():
            found.setdefault(path.resolve(), path)
        else:
            raise NoticeError(f"路径不存在: {path}")
    return sorted(found.values(), key=lambda p: str(p))


def supported_formats() -> str:
    """The readable file types, as shown in messages: ".txt、.md、…"."""
    return "、".join(SUPPORTED_SUFFIXES)


def _check_suffix(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "无扩展名"
        raise NoticeError(f"不支持的文件类型: {name}（{shown}；支持 {supported_formats()}）")
    return suffix
