"""Types that describe a notice after reading: its metadata, headings and passages.

These are the boundary between `corpus/` and everything downstream; `index/` stores and
returns them unchanged.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


class NoticeError(ValueError):
    """A file that cannot be read as a notice. The message is Chinese and shown to users."""


@dataclass(frozen=True)
class NoticeMeta:
    """What a notice says about itself (header, signature block or body)."""

    title: str
    agency: str  # canonical issuing agency, e.g. 济南市应急管理局; "" when unknown
    date: str | None = None  # publication date, ISO yyyy-mm-dd
    written_date: str | None = None  # 成文日期 / signature date, ISO yyyy-mm-dd
    doc_number: str | None = None  # e.g. 浙应急人事〔2020〕46号
    doc_type: str | None = None  # 通报 / 通知 / 方案 / 要点 / 报告 / ...


@dataclass(frozen=True)
class Heading:
    """One node of the heading tree: a heading line and its position in the cleaned text."""

    level: int  # 1 = outermost
    text: str  # the heading as written, e.g. "一、整改工作基本情况"
    start: int
    end: int


@dataclass(frozen=True)
class Passage:
    """The citation unit: one paragraph (or a sentence-aligned piece of a long one).

    `text == notice.text[start:end]` always holds. `section` is the heading path above the
    passage, outermost first, not including the passage itself.
    """

    passage_id: str  # f"{doc_id}#{ordinal:04d}", stable while the notice is unchanged
    doc_id: str
    ordinal: int
    section: tuple[str, ...]
    text: str
    start: int
    end: int

    def context_text(self) -> str:
        """Text given to the retrievers: heading path then the passage itself.

        Headings carry the problem a bare status line ("此问题已整改完成。") answers.
        """
        if not self.section:
            return self.text
        return " > ".join(self.section) + "\n" + self.text


@dataclass
class Notice:
    """A cleaned notice with metadata, heading tree and passages."""

    doc_id: str  # file stem, unique within an index
    source: str  # file name as given
    content_hash: str  # sha256 of the raw bytes
    meta: NoticeMeta
    text: str  # cleaned text; offsets of headings and passages point into it
    headings: list[Heading] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)
