"""What a notice is: reading files, cleaning, metadata, heading tree and passages.

>>> import corpus
>>> notice = corpus.load_notice(corpus.shipped_notices_dir() / "004_d68b0da8e0b90ed2.txt")
>>> notice.meta.doc_number
'济应急发〔2022〕1号'

Imports nothing from the project's other packages.
"""
from importlib import import_module

from corpus.agencies import agency_matches, agency_places, canonical_agency
from corpus.models import Heading, Notice, NoticeError, NoticeMeta, Passage

# Reading and parsing files (format readers, cleaning, headings) is imported on first use:
# a search only needs the types and agency names, and the readers cost ~0.15 s of its
# start (`python -X importtime`, one-shot `notices search`).
_LAZY = {
    "iter_notice_files": "corpus.load",
    "load_notice": "corpus.load",
    "parse_notice": "corpus.load",
    "shipped_notices_dir": "corpus.load",
    "supported_formats": "corpus.load",
    "MAX_PASSAGE_CHARS": "corpus.passages",
    "SUPPORTED_SUFFIXES": "corpus.readers",
}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'corpus' has no attribute {name!r}")
    value = getattr(import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


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
