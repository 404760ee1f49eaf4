"""Follow-up questions resolved against the conversation so far, by rules.

- another agency, same topic: "哪些单位合并了党支部?" then "那济宁呢?" → "济宁 合并了党支部"
- the agencies of the last answer: "它们分别完成了多少?" → "<agencies> 分别 <topic> 完成了多少"
- a citation of the last answer: "第二条具体怎么做的?" → that passage's notice, its heading
  and quote as the query
- an elliptic question with no topic of its own: "具体怎么做的?" → the last question plus it
- after a ledger answer, a pointer into its items ("这些问题由哪个处室负责?", "第三条什么时候完成?",
  "剩下的呢?"): kind "ledger_items", answered from those items

Each user turn of the history is resolved in order, so chains of follow-ups work.

>>> resolve("那济宁呢?", [Turn("user", "哪些单位合并了党支部?"), Turn("assistant", "…")],
...         catalog, recall).text
'济宁 合并了党支部'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from assistant.catalog import Catalog
from assistant.ledger_intent import read_ledger_ask
from assistant.ledger_route import items_reference
from assistant.models import Answer, Turn
from assistant.question import analyse, topic_of

# A follow-up that names an agency keeps the previous topic when what is left of it, once
# the agency and lead-in words are removed, is at most this long ("那济宁呢?" leaves "").
SWAP_TOPIC_CHARS = 4

# Questions at most this long that start with one of these words ask more about the last
# topic instead of asking a new one.
ELLIPTIC_CHARS = 14
_ELLIPTIC = re.compile(r"^(?:那|那么)?(?:具体|详细|还有|然后|为什么|怎么|如何|进展|结果|效果|完成|"
                       r"做了什么|有什么|多少)")
_PRONOUN = re.compile(r"它们|他们|这些单位|这几家|上述单位|以上单位|这些地方|上述")
_CITATION_REF = re.compile(r"第\s*([一二三四五六七八九十]|\d{1,2})\s*(?:条|点|项|处)|\[(\d{1,2})\]")
_CN_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}

# Characters of a cited quote carried into the query of a question about that citation.
QUOTE_IN_QUERY = 120


@dataclass(frozen=True)
class Resolved:
    text: str  # what is searched
    doc_ids: tuple[str, ...] = ()  # notices the follow-up is about (a cited one)
    kind: str = ""  # "", "agency", "pronoun", "citation", "elliptic"
    # An agency swap after a question over every agency ("哪些单位…" then "那济宁呢?"): judged
    # against every agency as the first answer was, so the two answers never disagree.
    among_all: bool = False
    # A follow-up into the items of a ledger answer (kind "ledger_items"): the turn it points at.
    previous: "Resolved | None" = None


Recall = Callable[[Resolved], Answer]  # re-answers an earlier turn, for its citations


def resolve(question: str, history: Sequence[Turn], catalog: Catalog,
            recall: Recall) -> Resolved:
    previous: Resolved | None = None
    for turn in history:
        if turn.role == "user" and turn.content.strip():
            previous = _resolve_one(turn.content.strip(), previous, catalog, recall)
    return _resolve_one(question.strip(), previous, catalog, recall)


def _resolve_one(question: str, previous: Resolved | None, catalog: Catalog,
                 recall: Recall) -> Resolved:
    if previous is None:
        return Resolved(question)
    analysis = analyse(question, catalog)
    before = analyse(previous.text, catalog)
    named = analysis.agencies or analysis.unknown_places
    if named and len(analysis.topic) <= SWAP_TOPIC_CHARS:
        topic = before.topic or previous.text
        return Resolved(f"{' '.join(analysis.mentions)} {topic}", kind="agency",
                        among_all=before.enumerate or previous.among_all)
    if not named and _is_ledger(previous) and items_reference(question) is not None:
        return Resolved(question, doc_ids=previous.doc_ids, kind="ledger_items",
                        previous=previous)
    ref = _citation_number(question)
    if ref and not named:
        citations = recall(previous).citations
        if 1 <= ref <= len(citations):
            c = citations[ref - 1]
            rest = _CITATION_REF.sub("", question)
            heading = c.section[-1] if c.section else ""
            text = f"{heading} {c.quote[:QUOTE_IN_QUERY]} {rest}".strip()
            return Resolved(text, doc_ids=(c.doc_id,), kind="citation")
    if _PRONOUN.search(question) and not named:
        agencies = list(dict.fromkeys(c.agency for c in recall(previous).citations if c.agency))
        rest = topic_of(_PRONOUN.sub("", question))
        joined = "、".join(agencies)
        many = "分别" if len(agencies) > 1 and "分别" not in rest else ""
        return Resolved(f"{joined} {many}{before.topic} {rest}".strip(),
                        doc_ids=previous.doc_ids, kind="pronoun")
    if not named and len(question) <= ELLIPTIC_CHARS and _ELLIPTIC.search(question):
        return Resolved(f"{previous.text} {question}", doc_ids=previous.doc_ids,
                        kind="elliptic")
    return Resolved(question)


def _is_ledger(previous: Resolved) -> bool:
    return previous.kind == "ledger_items" or read_ledger_ask(previous.text) is not None


def _citation_number(question: str) -> int | None:
    m = _CITATION_REF.search(question)
    if not m:
        return None
    raw = m.group(1) or m.group(2)
    return _CN_DIGITS.get(raw) or (int(raw) if raw.isdigit() else None)
