"""Bytes to text for plain-text formats: BOMs first, then UTF-8, then charset-normalizer.

>>> decode_bytes("巡察整改".encode("gb18030"), "a.txt")
'巡察整改'
"""
from __future__ import annotations

import codecs

import charset_normalizer

from corpus.models import NoticeError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with FF FE too
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# The encodings charset-normalizer may choose from: those Chinese notices are published in.
# Unrestricted, it read short or odd byte strings as EBCDIC (cp037) or Cyrillic code pages,
# which the plausibility check cannot always tell from text (found by a property test).
_DETECTABLE = ["utf_8", "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "hz", "utf_16_le",
               "utf_16_be", "utf_32_le", "utf_32_be"]

# Encodings tried in this order when charset-normalizer has no confident answer: GB18030 is
# a superset of GBK and GB2312 (mainland government sites), UTF-16 without a BOM is what
# some Windows tools write.
_FALLBACKS = ("gb18030", "utf-16-le", "utf-16-be")

# A UTF-8 file with a few damaged bytes (a truncated download, a bad copy) is still read as
# UTF-8, the damage shown as U+FFFD, when at most this share of its characters are damaged.
# GBK text read as UTF-8 fails on nearly every Chinese character, far above this.
MAX_UTF8_ERROR_SHARE = 0.001

# A decoded text is accepted only if at most this share of its characters are control
# characters, private-use or replacement characters. Real notices have none; binary data
# decoded by force has many (about one in eight bytes of random data is a C0 control).
MAX_SUSPICIOUS_SHARE = 0.02
# ...and at least this share are what Chinese documents are made of: CJK ideographs,
# CJK and full-width punctuation, ASCII and whitespace. Random bytes forced through
# GB18030 or UTF-16 land mostly in Hangul, Yi, rare-ideograph and symbol blocks.
MIN_PLAUSIBLE_SHARE = 0.85


def decode_bytes(raw: bytes, source: str) -> str:
    """Decode the bytes of a text file, or raise NoticeError naming `source`."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                break
            if _plausible(text):
                return text
            # A BOM that decodes is the encoding: any other reading would keep the BOM as a
            # character (found by a property test), so implausible text here is refused.
            raise NoticeError(f"无法识别文件编码: {source}（不是可读的文本文件）")
    try:
        text = raw.decode("utf-8")
        if _plausible(text):
            return text
        if not raw.isascii():
            # Valid multi-byte UTF-8 does not happen by chance: this is UTF-8 with control
            # characters, and another code page would only misread it (found by a property
            # test: "\x80" came back as GBK "聙").
            raise NoticeError(f"无法识别文件编码: {source}（文本含有大量控制字符）")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
        if text.count("\ufffd") <= MAX_UTF8_ERROR_SHARE * len(text) and _plausible(text):
            return text
    best = charset_normalizer.from_bytes(raw, cp_isolation=_DETECTABLE).best()
    if best is not None:
        text = str(best)
        if _plausible(text):
            return text
    for encoding in _FALLBACKS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text
    raise NoticeError(f"无法识别文件编码: {source}（不是可读的文本文件）")


def _plausible(text: str) -> bool:
    """Does `text` look like a document rather than bytes decoded by force?"""
    if not text:
        return True
    suspicious = plausible = 0
    for ch in text:
        code = ord(ch)
        if ch in "\n\r\t\f":
            plausible += 1
        elif code < 0x20 or 0x7F <= code < 0xA0 or ch == "\ufffd" or 0xE000 <= code <= 0xF8FF:
            suspicious += 1
        elif (code < 0x7F or 0x4E00 <= code <= 0x9FFF or 0x3000 <= code <= 0x303F
              or 0xFF00 <= code <= 0xFFEF or 0x2000 <= code <= 0x206F or 0xA0 <= code <= 0xFF
              or 0x2460 <= code <= 0x24FF or 0x2150 <= code <= 0x218F or code == 0xFEFF):
            plausible += 1
    n = len(text)
    return suspicious / n <= MAX_SUSPICIOUS_SHARE and plausible / n >= MIN_PLAUSIBLE_SHARE
