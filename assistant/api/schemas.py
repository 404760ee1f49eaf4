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
