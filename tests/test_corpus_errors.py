"""Bad input ends in NoticeError with a Chinese message naming the file, never a crash."""
from __future__ import annotations

import io
import random
import re
import zipfile

import pytest

import corpus
from corpus import NoticeError

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def assert_rejected(raw: bytes, name: str, reason: str) -> None:
    with pytest.raises(NoticeError) as caught:
        corpus.parse_notice(raw, name)
    message = str(caught.value)
    assert name in message and CHINESE.search(message), message
    assert reason in message, message


def test_empty_and_blank_files() -> None:
    assert_rejected(b"", "empty.txt", "文件为空")
    assert_rejected(b" \r\n\t\n", "blank.txt", "文件为空")


def test_binary_garbage() -> None:
    garbage = random.Random(0).randbytes(4096)
    assert_rejected(garbage, "garbage.txt", "无法识别文件编码")
    assert_rejected(b"\x89PNG\r\n\x1a\n" + garbage, "image.md", "无法识别文件编码")
    assert_rejected(b"\x00\x01\x02\x03" * 200, "nul.txt", "无法识别文件编码")


def test_unsupported_suffix() -> None:
    assert_rejected("一、总则".encode("utf-8"), "table.xls", "不支持的文件类型")
    assert_rejected("一、总则".encode("utf-8"), "noext", "不支持的文件类型")


def test_corrupt_docx() -> None:
    assert_rejected(b"PK\x03\x04 not really a zip", "broken.docx", "无法读取 Word 文件")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "不是 Word 文件")
    assert_rejected(buffer.getvalue(), "other.docx", "无法读取 Word 文件")


def test_corrupt_pdf() -> None:
    with pytest.raises(NoticeError) as caught:
        corpus.parse_notice(b"%PDF-1.4\n%garbage without objects\n%%EOF", "broken.pdf")
    assert "broken.pdf" in str(caught.value) and CHINESE.search(str(caught.value))
    assert_rejected(random.Random(1).randbytes(2000), "random.pdf", "PDF")


def test_files_without_body_text() -> None:
    html = "<html><head><script>var a=1;</script></head><body><nav>首页</nav></body></html>"
    assert_rejected(html.encode("utf-8"), "empty.html", "没有可读的正文")
    assert_rejected("打印本页 关闭窗口\n版权所有 某某市应急管理局".encode("utf-8"), "chrome.txt", "没有可读的正文")
    assert_rejected(b"---\nbookCollapseSection: true\n---", "_index.md", "没有可读的正文")


def test_missing_file(tmp_path) -> None:
    with pytest.raises(NoticeError, match="文件不存在"):
        corpus.load_notice(tmp_path / "missing.txt")
    with pytest.raises(NoticeError, match="不支持的文件类型"):
        corpus.load_notice(tmp_path / "missing.exe")


@pytest.mark.parametrize("suffix", corpus.SUPPORTED_SUFFIXES)
def test_random_bytes_never_crash(suffix: str) -> None:
    rng = random.Random(suffix)
    samples = [rng.randbytes(rng.randint(1, 600)) for _ in range(15)]
    samples += [("一、总则\n" + "".join(chr(rng.randint(0x20, 0x9FFF)) for _ in range(200))).encode(
        "utf-8", "surrogatepass") for _ in range(5)]
    for raw in samples:
        try:
            notice = corpus.parse_notice(raw, f"fuzz{suffix}")
        except NoticeError as exc:
            assert CHINESE.search(str(exc))
            continue
        for p in notice.passages:
            assert notice.text[p.start:p.end] == p.text
