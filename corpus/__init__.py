"""What a notice is: reading files, cleaning, metadata, heading tree and passages.

>>> import corpus
>>> notice = corpus.load_notice(corpus.shipped_notices_dir() / "004_d68b0da8e0b90ed2.txt")
>>> notice.meta.doc_number
'济应急发〔2022〕1号'

Imports nothing from the project's other packages.
"""
from corpus.agencies import agency_matches, agency_places, canonical_agency
from corpus.load import (
    iter_notice_files,
    load_notice,
    parse_notice,
    shipped_notices_dir,
    supported_formats,
)
from corpus.models import Heading, Notice, NoticeError, NoticeMeta, Passage
from corpus.passages import MAX_PASSAGE_CHARS
from corpus.readers import SUPPORTED_SUFFIXES

__all__ = [
    "Heading",
    "MAX_PASSAGE_CHARS",
    "Notice",
    "NoticeError",
    "NoticeMeta",
    "Passage",
    "SUPPORTED_SUFFIXES",
    "agency_matches",
    "agency_places",
    "canonical_agency",
    "iter_notice_files",
    "load_notice",
    "parse_notice",
    "shipped_notices_dir",
    "supported_formats",
]
