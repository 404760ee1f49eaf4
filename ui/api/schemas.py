"""Request and response models of the HTTP service, with the limits every request obeys."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from index.config import MAX_QUESTION_CHARS

# Turns of history a request may carry: a conversation of ten questions and answers. Older
# turns do not change how a follow-up resolves (it reads back to the last new topic).
MAX_HISTORY_TURNS = 20
# Characters of one history turn: an answer with a dozen cited sentences fits.
MAX_TURN_CHARS = 4000
# Passages a search may ask for: the searcher ranks 50 candidates per retriever.
MAX_K = 50
# Agencies in one filter or comparison: more than any province has departments of one kind.
MAX_AGENCIES = 50
# Largest upload: the laws corpus's biggest file is ~1 MB, a scanned PDF notice ~10 MB.
MAX_UPLOAD_BYTES = 20 * 1024 * 1024

Mode = Literal["bm25", "dense", "hybrid"]  # index.config.MODES


class TurnIn(BaseModel):
    role: Literal["user", "assistant"]
    content: str = Field(max_length=MAX_TURN_CHARS)


class FiltersIn(BaseModel):
    agencies: list[str] = Field(default_factory=list, max_length=MAX_AGENCIES)
    doc_ids: list[str] = Field(default_factory=list, max_length=1000)
    doc_types: list[str] = Field(default_factory=list, max_length=20)
    date_from: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    date_to: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")


class AskIn(BaseModel):
    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS)
    history: list[TurnIn] = Field(default_factory=list, max_length=MAX_HISTORY_TURNS)
    filters: FiltersIn | None = None
    mode: Mode = "hybrid"


class SearchIn(BaseModel):
    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS)
    k: int = Field(default=5, ge=1, le=MAX_K)
    mode: Mode = "hybrid"
    agency: str | None = Field(default=None, max_length=100)


class CompareIn(BaseModel):
    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS)
    agencies: list[str] | None = Field(default=None, max_length=MAX_AGENCIES)
    format: Literal["json", "csv", "docx"] = "json"
    mode: Mode = "hybrid"


# --- the rectification ledger (GET /ledger, GET /ledger/summary) ---------------------------

# corpus.ledger.STATUSES, spelled out for the OpenAPI schema.
LedgerStatus = Literal["完成", "阶段性成效", "长期坚持", "推进中", "未说明"]
LedgerFormat = Literal["json", "csv", "xlsx", "docx"]
# Characters of a text filter (lead office, section words): longer than any heading.
MAX_LEDGER_FILTER_CHARS = 200


class SpanOut(BaseModel):
    """A piece of the notice's cleaned text: `text == text_of_notice[start:end]`."""

    text: str
    start: int
    end: int


class LedgerItemOut(BaseModel):
    """One problem (of a 整改通报) or measure (of a 整改方案 / 工作要点), every field cited."""

    doc_id: str = Field(description="文档编号 (同 GET /documents)")
    agency: str
    section: list[SpanOut] = Field(description="所在章节的标题路径, 由外到内")
    problem: SpanOut = Field(description="问题 (方案中为任务名称)")
    measures: list[SpanOut] = Field(description="整改措施")
    status: LedgerStatus
    status_quote: SpanOut | None = Field(description="说明状态的原文; 未说明时为 null")
    deadline: SpanOut | None = Field(description="完成时限原文; 未写明时为 null")
    lead: list[SpanOut] = Field(description="牵头/责任单位")
    leaders: list[SpanOut] = Field(description="责任领导/责任人 (原文写明时)")
    helpers: list[SpanOut] = Field(description="配合单位 (原文写明时)")
    of_problem: SpanOut | None = Field(
        default=None, description="逐条措施列出的台账中, 该措施所属的问题; 其他台账为 null")


class StatedTotalOut(BaseModel):
    doc_id: str
    status: LedgerStatus | None = Field(description="null: 条目总数")
    count: int
    quote: SpanOut


class LedgerSummaryOut(BaseModel):
    """One notice: the ledger's counts by status beside the totals the notice states."""

    doc_id: str
    title: str
    agency: str
    date: str | None
    counts: dict[str, int] = Field(description="每个状态的条目数 (五个状态都列出)")
    total: int
    stated: dict[str, int] = Field(description="通报自述的数目: 总数 及各状态")
    stated_totals: list[StatedTotalOut]
    agrees: bool | None = Field(description="与自述总数是否一致; null: 通报未自述总数")
    differences: list[str]
