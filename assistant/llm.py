"""Optional LLM writer: an OpenAI-compatible chat endpoint rewrites the extractive answer.

Off unless NOTICES_LLM_BASE_URL is set (with NOTICES_LLM_MODEL and NOTICES_LLM_API_KEY).
The model sees only the numbered cited sentences and must cite [n] after every sentence;
a sentence without a valid marker is dropped, and any failure (network, time-out, status,
malformed or empty output) keeps the extractive answer.

>>> LLMWriter.from_env() is None   # no endpoint configured
True
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace

from assistant.models import Answer

# Seconds to wait for the endpoint before keeping the extractive answer: an official waits
# for an answer in a chat, not for a stalled server.
TIMEOUT_SECONDS = 20.0

SYSTEM_PROMPT = (
    "你是政府通报问答助手。只能依据用户给出的编号材料回答, 不得补充材料以外的内容。"
    "用简洁的中文回答, 每一句话末尾用 [编号] 标明出处, 如 [1] 或 [1][2]。"
    "材料不足以回答时, 只回答: 材料中没有相关内容。"
)

_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*")
_MARKER = re.compile(r"\[(\d{1,3})\]")


@dataclass(frozen=True)
class LLMWriter:
    base_url: str
    model: str
    api_key: str = ""
    timeout: float = TIMEOUT_SECONDS

    @classmethod
    def from_env(cls) -> "LLMWriter | None":
        base = os.environ.get("NOTICES_LLM_BASE_URL", "").strip()
        if not base:
            return None
        return cls(base.rstrip("/"), os.environ.get("NOTICES_LLM_MODEL", "default"),
                   os.environ.get("NOTICES_LLM_API_KEY", ""))

    def rewrite(self, answer: Answer) -> Answer:
        """The answer in the model's words, keeping only validly cited sentences."""
        import httpx  # here, not at import: it costs 0.2-0.8 s of every start, used by few

        try:
            content = self._complete(answer)
        except (httpx.HTTPError, KeyError, IndexError, TypeError, ValueError):
            return answer
        valid = {c.n for c in answer.citations}
        kept = [s.strip() for s in _SENTENCE.findall(content or "")
                if _cited(s, valid)]
        if not kept:
            return answer
        used = {int(n) for s in kept for n in _MARKER.findall(s)}
        return replace(answer, text="".join(kept), writer="llm",
                       citations=[c for c in answer.citations if c.n in used])

    def _complete(self, answer: Answer) -> str:
        material = "\n".join(
            f"[{c.n}] {c.agency}《{c.title}》{' > '.join(c.section)}: {c.quote}"
            for c in answer.citations
        )
        import httpx

        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        response = httpx.post(
            f"{self.base_url}/chat/completions",
            json={"model": self.model, "temperature": 0,
                  "messages": [{"role": "system", "content": SYSTEM_PROMPT},
                               {"role": "user",
                                "content": f"问题: {answer.question}\n材料:\n{material}"}]},
            headers=headers, timeout=self.timeout,
        )
        response.raise_for_status()
        return response.json()["choices"][0]["message"]["content"]


def _cited(sentence: str, valid: set[int]) -> bool:
    """Every marker names a given citation, and there is at least one."""
    numbers = [int(n) for n in _MARKER.findall(sentence)]
    return bool(numbers) and all(n in valid for n in numbers) and bool(
        _MARKER.sub("", sentence).strip(" 。!！?？"))
