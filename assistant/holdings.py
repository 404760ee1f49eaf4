"""What the index holds: "收录了哪些通报?", "一共有几份文件?", "库里有济南的文件吗?".

A question about the collection itself, not about a notice's content: the answer lists the
notices in scope (agency, title, date), each title cited where its notice writes it (found
using the shipped index: "收录了哪些通报?" was answered with sentences that mention 通报).

>>> asks_holdings("已收录的通报有哪些?"), asks_holdings("一共有几份文件?")
(True, True)
>>> asks_holdings("济南应急局下发了哪些文件?")
False
"""
from __future__ import annotations

import re

from assistant.issue_date import passage_at
from assistant.models import Citation
from assistant.titles import book_title
from corpus.models import Notice

_KIND = r"(?:通报|文件|通知|方案|要点|公文|材料)"
# The collection named ("收录", "库里", "系统里"), or its size asked ("一共有几份文件").
# "下发了哪些文件" asks documents a notice mentions, and stays with the passages.
_ASKS = re.compile(rf"(?:已?收录|入库|库里|系统里|索引里|能查到?)[^?？。]{{0,8}}{_KIND}"
                   rf"|{_KIND}[^?？。]{{0,4}}(?:已?收录|入库)"
                   rf"|(?:一共|总共|共|总计)有?(?:几|多少)(?:份|篇|个){_KIND}")


def asks_holdings(question: str) -> bool:
    """Does the question ask which notices the index holds, or how many?"""
    return _ASKS.search(question) is not None


def holding_citation(notice: Notice, n: int) -> Citation | None:
    """Citation [n] of the notice's title where its text writes it (spaces ignored), None
    when the text never writes it whole."""
    title = notice.meta.title
    at = notice.text.find(title)
    if at < 0 or not notice.passages:
        return None
    return Citation.quoting(notice, n, at, at + len(title), passage_at(notice, at), at,
                            at + len(title))


def write_holdings(notices: list[Notice], citations: dict[str, Citation]) -> str:
    """"已收录 N 份通报:" and one line per notice, in date order."""
    lines = [f"已收录 {len(notices)} 份文件:"]
    for i, notice in enumerate(notices, start=1):
        meta = notice.meta
        c = citations.get(notice.doc_id)
        title = f"{c.quote} [{c.n}]" if c else f"{book_title(meta.title)}(正文中未写出完整标题)"
        date = meta.written_date or meta.date
        lines.append(f"{i}. {meta.agency or '未注明单位'}: {title}"
                     + (f", {date}" if date else "")
                     + (f", {meta.doc_number}" if meta.doc_number else ""))
    return "\n".join(lines)
