"""Property-based tests of the corpus pipeline: any text or bytes, no exception but
NoticeError, and every offset agrees with the text it points into."""
from __future__ import annotations

import codecs
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.clean import clean
from corpus.encoding import decode_bytes
from corpus.headings import parse_structure
from corpus.load import parse_notice
from corpus.models import NoticeError
from corpus.passages import MAX_PASSAGE_CHARS, build_passages, split_paragraph
from corpus.readers import read_text

# Few examples per property keep the suite quick; the pieces below make most of them
# notice-like (markers, headings, punctuation, chrome) instead of uniform noise.
# PROPERTY_EXAMPLES=5000 for a deeper search by hand.
EXAMPLES = int(os.environ.get("PROPERTY_EXAMPLES", "150"))
PIECES = [
    "一、", "二、", "（一）", "(二)", "1.", "2、", "（1）", "第一章", "第三条", "# ", "## ",
    "总体要求", "整改措施", "党支部", "应急管理局", "2021年5月1日", "济应急发〔2022〕1号",
    "。", "，", "；", "：", "！", "？", "、", " ", "\u3000\u3000", "\n", "\r\n", "\r", "\t",
    "打印本页", "关闭窗口", "首页 > 新闻", "<!-- x -->", "---\n", "|", "\u200b", "\ufeff",
    "a", "Z9", ".", "...", "\x00", "\x85", "\u2028",
]
notice_like = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=80
).map("".join)
any_text = st.one_of(notice_like, st.text(max_size=300))
quick = settings(max_examples=EXAMPLES, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])


@quick
@given(st.binary(max_size=400))
def test_decoder_returns_text_or_notice_error(raw):
    try:
        assert isinstance(decode_bytes(raw, "x.txt"), str)
    except NoticeError as exc:
        assert "x.txt" in str(exc)


def _no_controls(text: str) -> bool:
    """Pure-ASCII bytes with control characters are ambiguous (b"0\\x1f" is also UTF-16 for
    "〟"); such files are refused or read either way, and are no real notice."""
    return not any(ord(c) < 32 and c not in "\t\n\r" or 0x7F <= ord(c) < 0xA0 for c in text)


@quick
@given(notice_like.filter(lambda t: t.strip() and not t.startswith("\ufeff")  # == a BOM
                          and _no_controls(t)),
       st.sampled_from(
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
     ("utf-16-be", codecs.BOM_UTF16_BE)]))
def test_decoder_round_trips_unicode_files(text, encoding):
    codec, bom = encoding
    try:
        decoded = decode_bytes(bom + text.encode(codec), "x.txt")
    except NoticeError:
        return  # refused as implausible (controls) is allowed; misreading is not
    assert decoded == text


COMMON_HANZI = "关于进一步加强应急管理工作的通知各单位要认真落实安全生产责任制党支部整改情况报告"


@quick
@given(st.lists(st.sampled_from(list(COMMON_HANZI) + ["。", "，", "\n", "一、", "（二）"]),
                min_size=20, max_size=200).map("".join),
       st.sampled_from(["gb18030", "gbk"]))
def test_decoder_round_trips_mainland_encodings(text, codec):
    assert decode_bytes(text.encode(codec), "x.txt") == text


@quick
@given(st.binary(max_size=400), st.sampled_from([".txt", ".md", ".html", ".docx", ".pdf"]))
def test_readers_return_text_or_notice_error(raw, suffix):
    try:
        assert isinstance(read_text(raw, suffix, "x" + suffix), str)
    except NoticeError:
        pass


@quick
@given(any_text, st.booleans())
def test_cleaner_emits_nonblank_stripped_lines(text, markdown):
    cleaned = clean(text, markdown=markdown).text
    assert "\r" not in cleaned
    for line in cleaned.split("\n") if cleaned else []:
        assert line and line == line.strip()


@quick
@given(any_text)
def test_heading_parser_offsets_point_into_the_text(text):
    text = clean(text).text
    structure = parse_structure(text)
    heading_texts = {h.text for h in structure.headings}
    for heading in structure.headings:
        assert text[heading.start:heading.end] == heading.text and heading.level >= 1
    previous_end = -1
    for paragraph in structure.paragraphs:
        assert 0 <= paragraph.start < paragraph.end <= len(text)
        assert "\n" not in text[paragraph.start:paragraph.end]
        assert paragraph.start > previous_end
        previous_end = paragraph.end
        assert set(paragraph.section) <= heading_texts


@quick
@given(any_text, st.booleans())
def test_passages_are_slices_of_the_text(text, flattened):
    text = clean(text).text
    passages = build_passages(text, parse_structure(text), "d", flattened)
    for ordinal, passage in enumerate(passages):
        assert text[passage.start:passage.end] == passage.text
        assert passage.text.strip() and passage.ordinal == ordinal
        assert passage.passage_id == f"d#{ordinal:04d}"
    starts = [p.start for p in passages]
    assert starts == sorted(starts)


@quick
@given(st.text(alphabet=st.sampled_from(list("党支部整改。！？；，、 \n\t")), max_size=2000))
def test_split_paragraph_covers_the_paragraph_in_bounded_pieces(text):
    pieces = split_paragraph(text, 0, len(text))
    covered = set()
    for start, end in pieces:
        assert 0 <= start < end <= len(text) and end - start <= MAX_PASSAGE_CHARS
        covered.update(range(start, end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@quick
@given(any_text, st.sampled_from([".txt", ".md", ".html"]))
def test_parse_notice_never_fails_otherwise(text, suffix):
    try:
        notice = parse_notice(text.encode("utf-8"), "x" + suffix)
    except NoticeError:
        return
    for passage in notice.passages:
        assert notice.text[passage.start:passage.end] == passage.text
