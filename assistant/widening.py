"""A cited line widened to the list it belongs to: a ledger item's measures or tasks (when the
question asks measures or quotes the problem), the points of a line or of a run of lines ("一是…
二是…"), a part's numbered items, and the notice's own titles set aside among one notice's
evidence. Used by the passage route after it has chosen its citations."""
from __future__ import annotations

import re
from itertools import takewhile

from assistant.context import Context
from assistant.evidence import Evidence, in_passage, line_evidence, span_evidence
from assistant.listing import announces_list, line_at, line_run
from assistant.outline import enumerated_points
from assistant.question import WHICH
from assistant.relevance import Coverage
from corpus.ledger.tables import Cell, is_table_line, split_cells
from corpus.ledger.totals import count_number
from corpus.numbering import match_marker
from corpus.sentences import split_sentences

# The most points of one line ("一是…；二是…") cited for a question asking which ones.
MAX_POINTS = 6
# The most items of one part (its numbered paragraphs) listed whole, as many as a table's rows
# (MAX_TABLE_ROWS): a part of seven measures was not listed at six points (held-out probe,
# thirty-second part AA6).
MAX_PART_ITEMS = 12
# Whether a list asked by a phrase the notice repeats cites every sentence holding it
# (phrase_items). Dev split: eval/README.md, session of 2026-12-07, fourteenth.
PHRASE_ITEMS = True


def tasks_of(ctx: Context, first: Evidence) -> list[Evidence]:
    """The tasks of the problem `first` quotes when a ledger lists them apart from it (a
    "三单" plan's 问题N and its tasks N-1, N-2 …: held-out probe, nineteenth part b17, b19
    quoted the problem and other problems, not its tasks); [] otherwise."""
    notice = first.hit.notice
    here = tuple(first.hit.passage.section)
    tasks = [item for item in ctx.ledger_of(notice.doc_id).items
             if item.of_problem is not None and item.of_problem.start < first.end
             and first.start < item.of_problem.end
             and not (first.start < item.problem.end and item.problem.start < first.end)
             # apart: under other headings (measures right below their problem, each with its
             # progress, are read with the passage as it is: probe twenty d18-d20)
             and tuple(h.text for h in item.section) != here]
    return [span_evidence(notice, t.problem.start, t.problem.end) for t in tasks]


# Measures asked ("制定了哪些整改措施?", "是怎么整改的?").
# (how a problem was handled asks its measures and what they achieved: "公车私用这事最后是怎么处理
# 的?", "滞留的人最后是怎么安顿的?", held-out probe, thirty-eighth part AG18, AG20)
MEASURES_ASK = re.compile(r"措施|举措|(?:怎么|如何|怎样)(?:整改|改|解决|处理|处置|安置|安顿)")


def measures_of(ctx: Context, first: Evidence) -> list[Evidence]:
    """The measures of the ledger item whose problem `first` quotes, where they stand apart
    from it ("问题4：…" then "整改措施：（1）…" on a line of its own: held-out probe,
    twenty-first part i5 quoted the problem and another problem's measures); [] otherwise."""
    notice = first.hit.notice
    for item in ctx.ledger_of(notice.doc_id).items:
        if item.problem.start < first.end and first.start < item.problem.end:
            return [span_evidence(notice, m.start, m.end) for m in item.measures
                    if m.end <= first.start or m.start >= first.end]
    return []


# A problem's title named in the question is at least this long ("低保动态管理不到位"): shorter
# ones ("党建") are topics many items share.
NAMED_PROBLEM_MIN_CHARS = 6


def measures_named(ctx: Context, chosen: list[Evidence], question: str) -> list[Evidence]:
    """The measures of the ledger item of a cited notice whose problem the question names word
    for word ("针对低保动态管理不到位采取了哪些整改措施?": held-out probe, twenty-fourth part r11
    cited one measure of four); [] when it names none."""
    asked = "".join(question.split())
    for doc_id in dict.fromkeys(e.hit.notice.doc_id for e in chosen):
        notice = ctx.index.notices[doc_id]
        for item in ctx.ledger_of(doc_id).items:
            name = "".join(item.problem.text.split()).rstrip("。；;，,")
            if len(name) >= NAMED_PROBLEM_MIN_CHARS and name in asked and item.measures:
                return [span_evidence(notice, m.start, m.end) for m in item.measures]
    return []


def points_of(first: Evidence) -> list[Evidence]:
    """The first citation and the other 一是/二是… points of its line, each cited, when it holds
    or opens one (an answer to "马鞍乡存在哪些问题?" whose line reads "…存在问题：一是…；二是…；
    三是…" names every point, not the first: held-out probe, eleventh part k4); [] when the line
    has fewer than two points."""
    notice = first.hit.notice
    points = _line_points(first)
    line = notice.text.rfind("\n", 0, first.start) + 1
    if len(points) >= 2 and any(a < line or notice.text.find("\n", line) < a for a, _ in points):
        # points on lines of their own, the first cited: each opening cited, the first
        # citation where it stands (a later point cited first is an answer of its own: dev
        # conversation q520#1 cited 二是 and its sentence on the facilities added)
        if points[0][0] != line:
            return []
        openings = [span_evidence(notice, a, b) for a, b in points[:MAX_POINTS]
                    if any(p.start <= a < p.end for p in notice.passages)]
        kept = [o for o in openings if not (o.start <= first.start < o.end
                                            or first.start <= o.start < first.end)]
        return sorted([first, *kept], key=lambda e: e.start)
    if len(points) < 2 or not any(first.start <= a < first.end for a, _ in points):
        return []
    head = first if first.start < points[0][0] else None
    cited = [head] if head is not None else []
    for a, b in points[:MAX_POINTS]:
        if head is not None and head.start <= a and b <= head.end:
            continue
        if any(p.start <= a < p.end for p in notice.passages):
            cited.append(span_evidence(notice, a, b))
    return cited


def section_items(chosen: list[Evidence]) -> list[Evidence]:
    """A cited section heading and the numbered items right below it, each cited by its line:
    "为了…防火安全,具体打算做哪几件事?" asks every item of the part "七、抓细抓实…消防隐患整治"
    (dev q501 cited the heading and two of its four items); [] when no citation is a heading
    with at least two items below."""
    first = chosen[0]
    for e in chosen:
        notice = e.hit.notice
        heading = next((h for h in notice.headings if h.start <= e.start < h.end
                        or e.start <= h.start < e.end), None)
        if heading is None or notice is not first.hit.notice:
            continue
        # (only headings inside a passage can be cited: a notice's passages may leave a
        # heading line out, found on NCP, where span_evidence had no passage to cite from)
        below = [h for h in _children(notice.headings, heading) if in_passage(notice, h.start)]
        # the first citation is that part or one of its items, not another part's sentence
        inside = e is first or heading.text in first.hit.passage.section
        if len(below) >= 2 and inside and in_passage(notice, heading.start):
            return [span_evidence(notice, heading.start, heading.end),
                    *[span_evidence(notice, h.start, h.end) for h in below[:MAX_POINTS]]]
    return []


# A phrase the question shares with its first citation ("…受到诫勉谈话", "…党内警告处分") that
# the notice writes in several sentences names what each item of the list asked has: the
# sentences holding it are the items (held-out probe, forty-third part: "有哪些人受到了诫勉谈话?"
# cited one of four cases' 处理结果). At least this long (a shorter run of shared characters,
# 整改 or 问题, is any sentence's), in at most MAX_PHRASE_ITEMS sentences (more: the phrase is
# the notice's topic, not a mark of some items).
MIN_PHRASE_CHARS = 4
MAX_PHRASE_ITEMS = 8
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def phrase_items(chosen: list[Evidence], asked: str, names: tuple[str, ...] = ()) -> list[Evidence]:
    """Every sentence of the first citation's notice holding the longest phrase (of at least
    MIN_PHRASE_CHARS characters, after the question's which-word, naming none of `names`: the
    agency's forms) that the question shares with a citation from that notice and two or more
    of its sentences hold, in the notice's order; [] when none, or when more than MAX_PHRASE_ITEMS hold
    the longest."""
    if not chosen or not PHRASE_ITEMS:
        return []
    which = WHICH.search(asked)
    tail = asked[which.end():] if which else asked
    # (the first citation's notice only: another notice's sentences would stand first)
    notice = chosen[0].hit.notice
    shared = sorted({p for e in chosen if e.hit.notice is notice
                     for p in _shared_phrases(tail, e.quote)}, key=lambda p: (-len(p), p))
    for phrase in shared:
        # (not the notice's topic, written in its title or a heading: "先进集体" of a 表彰通报,
        # "单位构成" of a 决算's part, held-out probe parts thirty and forty)
        if any(n in phrase for n in names) or phrase in notice.meta.title \
                or any(phrase in h.text for h in notice.headings) or _names_a_kind(phrase) \
                or re.search(re.escape(phrase) + r"\s*[：:]", notice.text):
            continue  # (nor a label's words, "整改措施：", nor only words of what is asked:
            # "制定了哪些整改措施?" asks one problem's measures, tests/test_problem_lines_over_table)
        spans = [(s.start, s.end) for s in split_sentences(notice.text, 0, notice.text)
                 if phrase in s.text and in_passage(notice, s.start)]
        if len(spans) > MAX_PHRASE_ITEMS:
            return []
        if len(spans) >= 2:
            return [span_evidence(notice, a, b) for a, b in spans]
    return []


# Words naming a kind of content a list asks for, not a mark some items carry.
_KIND_WORDS = re.compile(r"整改|措施|举措|问题|任务|工作|事项|情况|要求|做法|方面|内容")


def _names_a_kind(phrase: str) -> bool:
    return len(_KIND_WORDS.sub("", phrase)) < 2


def _shared_phrases(asked: str, quote: str) -> list[str]:
    """The runs of Chinese characters of `asked` also in `quote`, at least MIN_PHRASE_CHARS
    long, longest first."""
    found: set[str] = set()
    for run in _CJK_RUN.findall(asked):
        for i in range(len(run)):
            for j in range(len(run), i + MIN_PHRASE_CHARS - 1, -1):
                if run[i:j] in quote:
                    found.add(run[i:j])
                    break
    return sorted(found, key=lambda p: (-len(p), asked.find(p)))


# Words of a part's heading too common to say the question asks that part ("四、加分项目": 项目).
_GENERIC_HEADING_WORDS = ("项目", "工作", "情况", "措施", "要求", "主要", "有关", "相关", "事项", "内容")


def sibling_items(chosen: list[Evidence], asked: str = "") -> list[Evidence]:
    """Every item of the part when the first citation and another one of its notice are two
    numbered items of that part: "“素质固安”工程分哪几个方面来推进?" (dev q543 cited three of the
    part's four items, not its heading, so section_items did not apply), or when the first is
    one and the question names the part by a word of its heading ("有哪些加分的情形?" of "四、加分
    项目": held-out probe, twenty-ninth part X8); [] otherwise."""
    first = chosen[0]
    notice = first.hit.notice
    items = [_item_of(notice, e.start) for e in chosen if e.hit.notice is notice]
    # (a first citation outside the list stays first when two later ones are items of one part:
    # "2025年…做了哪些主要工作?" cited the background, then two of the part's seven items,
    # held-out probe, thirty-second part AA6)
    outside = items[0] is None
    anchor = next((h for h in items if h is not None), None)
    if anchor is None:
        return []
    parent = next((h for h in reversed(notice.headings)
                   if h.start < anchor.start and h.level < anchor.level), None)
    if parent is None:
        return []
    siblings = _children(notice.headings, parent)
    cited = {h.start for h in items if h is not None and h in siblings}
    # (named, a first citation outside the items counts when it is the part's own text: "以上
    # 典型问题暴露出…" closing "四、督查发现的典型问题", held-out probe, thirty-fourth part ACc3#1)
    named = _names_part(asked, parent.text) and (
        not outside or parent.text in first.hit.passage.section)
    if anchor not in siblings or (len(cited) < 2 and not named) \
            or len(siblings) < 2 or len(siblings) > MAX_PART_ITEMS \
            or not all(in_passage(notice, h.start) for h in siblings):
        return []
    # the part's heading is cited when a passage holds it (a passage's section names it else)
    heading = [span_evidence(notice, parent.start, parent.end)] if in_passage(notice, parent.start) else []
    return [*([first] if outside else []), *heading,
            *[span_evidence(notice, h.start, h.end) for h in siblings]]


def announced_items(chosen: list[Evidence]) -> list[Evidence]:
    """A cited sentence announcing a list ("…通报如下。") and the numbered items on the lines
    right after it, each cited by its heading (a case's lead sentence): "通报的典型问题都是哪几
    起?" asks the cases, not the announcement (held-out probe, twenty-seventh part Vc2#1); []
    when no citation announces a list of at least two items. A later citation's list only
    when its announcing sentence scores at least as well as the first citation:
    "哪些单位作交流发言?" was given the table of attendance quotas announced by the fourth
    citation, above the line naming the speakers (held-out probe, thirty-first part Z3)."""
    for e in chosen:
        notice = e.hit.notice
        line_end = notice.text.find("\n", e.end)
        line_end = len(notice.text) if line_end < 0 else line_end
        # (a quote run on into its first items, "…应当同时具备以下条件：\n（一）…\n（二）…", is
        # announced by its first line: held-out probe, forty-sixth part AO7 cited three of five)
        first_end = notice.text.find("\n", e.start, e.end)
        if first_end >= 0 and announces_list(notice.text[e.start:first_end]):
            line_end = first_end
        # (the cited sentence, or its line, ends announcing: "…储备点。…情况见下表。")
        if not announces_list(notice.text[e.start:line_end]) or notice is not chosen[0].hit.notice:
            continue  # (another notice's list would come before the first citation)
        if e is not chosen[0] and (e.score or 0.0) < (chosen[0].score or 0.0):
            continue
        rows = _table_rows(notice, line_end)
        if len(rows) >= 2:
            head = span_evidence(notice, e.start, min(line_end, _passage_end(notice, e.start)))
            return [head, *rows]
        numbered = _numbered_lines(notice, line_end)
        if len(numbered) >= 2:  # items numbered in the prose, no headings of their own
            head = span_evidence(notice, e.start, line_end) if line_end < e.end else e
            return [head, *numbered]
        after = [h for h in notice.headings if h.start > line_end >= 0]
        if not after or notice.text.rfind("\n", 0, after[0].start) != line_end:
            continue  # the list must open on the next line
        items = [h for h in after if h.level == after[0].level]
        upper = next((h.start for h in after if h.level < after[0].level), None)
        items = [h for h in items if upper is None or h.start < upper]
        if len(items) >= 2 and all(in_passage(notice, h.start) for h in items):
            return [e, *[span_evidence(notice, h.start, h.end) for h in items[:MAX_POINTS]]]
    return []


# A sentence referring back to the items above it by their count ("对以上5个单位予以通报表扬",
# "上述3项任务…").
_ABOVE = re.compile(r"(?:以上|上述)\s*(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:个|项|条|家|件|处)")


def items_above(chosen: list[Evidence]) -> list[Evidence]:
    """A cited sentence referring back to the N items above it ("对以上5个单位予以通报表扬。"),
    and those items: the N headings of one level right above its line, in their section, each
    cited by its line (held-out probe, fifty-third part AV6 cited the sentence alone); [] when
    no citation refers back to as many items as stand above it."""
    for e in chosen:
        notice = e.hit.notice
        m = _ABOVE.search(e.quote)
        if m is None or notice is not chosen[0].hit.notice:
            continue
        count = count_number(m.group(1))
        above = [h for h in notice.headings if h.end <= e.start]
        if not count or not above:
            continue
        level = above[-1].level
        items = list(takewhile(lambda h: h.level >= level, reversed(above)))
        items = [h for h in items if h.level == level][::-1]
        if len(items) >= count >= 2 and all(in_passage(notice, h.start) for h in items[-count:]):
            return [*[span_evidence(notice, h.start, h.end) for h in items[-count:]], e]
    return []


# The longest list sentence a quote inside it runs on to. Not tuned: the probe's colon lists
# ("对以下单位予以通报表扬：A，…；B，…；C，…。") run 90 to 160 characters.
MAX_LIST_CHARS = 300


# The colon of a list of items: after the words announcing them ("对以下单位予以通报表扬：",
# "主要包括：", "分别是："), not a field's label.
_LIST_COLON = re.compile(r"(?:以下|如下|下列|包括|分别|名单)[^：:。；;]{0,12}[：:]$")


def colon_lists(chosen: list[Evidence]) -> list[Evidence]:
    """The citations, each quote that lies in a list its sentence opens with a colon and
    separates by "；" widened to the whole list ("对以下单位予以通报表扬：市水利局，…；市人社局，…；
    市教育局，…。" was quoted up to its second item: held-out probe s7, y7); the items are what
    "哪些" asks. Quotes of one list are cited once."""
    out: list[Evidence] = []
    for e in chosen:
        span = _colon_list(e.hit.notice.text, e.start, e.end)
        if span is not None and in_passage(e.hit.notice, span[0]) and \
                _passage_end(e.hit.notice, span[0]) >= span[1]:
            e = span_evidence(e.hit.notice, *span)
        if not any(o.hit.notice.doc_id == e.hit.notice.doc_id and o.start <= e.start
                   and e.end <= o.end for o in out):
            out.append(e)
    return out


def _colon_list(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of text[start:end] widened to the colon list sentence it lies in or opens
    (from the sentence's start to its "。"), when the colon follows words announcing items and
    the items are separated by "；", and the quote is not all of it already; else None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    colon = max(text.rfind("：", line_start, end), text.rfind(":", line_start, end))
    if colon < 0 or "。" in text[colon:start]:
        return None  # no colon in the quote's sentence
    opening = max(text.rfind("。", line_start, colon) + 1, line_start)
    if not _LIST_COLON.search(text, opening, colon + 1):
        return None  # fields ("联系电话：…；通信地址：…"), no list of items
    stop = text.find("。", colon, line_end)
    list_end = line_end if stop < 0 else stop + 1
    if list_end < end or not re.search(r"[；;]", text[colon:list_end]):
        return None  # the quote runs past the list, or the list has one item
    span = (min(opening, start), list_end)
    if span == (start, end) or span[1] - span[0] > MAX_LIST_CHARS:
        return None
    return span


# A count on an announcing line ("滞后任务3项，具体如下："): how many lines it announces.
_ANNOUNCED_COUNT = re.compile(r"(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:项|个|条|件|处|起)[^\d]{0,8}[:：]\s*$")


def lines_announced(chosen: list[Evidence]) -> list[Evidence]:
    """The first citation, when its line ends announcing with a colon ("溍州市滞后任务1项："),
    and the lines it announces after it: as many as its count says, else one; [] otherwise
    (held-out probe, forty-eighth part AQc5#1 was answered with the announcement alone)."""
    first = chosen[0]
    text = first.hit.notice.text
    line_end = line_at(text, first.start, first.end)[1]
    if line_end != first.end or not re.search(r"[:：]\s*$", first.quote):
        return []
    m = _ANNOUNCED_COUNT.search(first.quote)
    count = count_number(m.group(1)) if m else 1
    found = [line_evidence(first.hit.notice, a, b)
             for a, b in _plain_lines(first.hit.notice, line_end)[:min(count, MAX_LIST_LINES)]]
    return [first, *found] if found else []


# The most numbered lines of a list announced in prose cited as its items.
MAX_LIST_LINES = 12


def _numbered_lines(notice, line_end: int) -> list[Evidence]:
    """The lines right after `line_end` opening with one numbering style ("（一）", "（二）" …)
    that are no headings, each cited in its passage; [] when fewer than two follow."""
    lines, style = [], None
    for a, b in _plain_lines(notice, line_end)[:MAX_LIST_LINES]:
        marker = match_marker(notice.text[a:b])
        if marker is None or style not in (None, marker.style):
            break
        style = marker.style
        lines.append(line_evidence(notice, a, b))
    return lines if len(lines) >= 2 else []


def _plain_lines(notice, line_end: int) -> list[tuple[int, int]]:
    """The non-empty lines right after `line_end` up to the first heading or line outside
    every passage."""
    headed = {h.start for h in notice.headings}
    lines = line_run(notice.text, line_end + 1, lambda line: bool(line.strip()))
    return list(takewhile(lambda span: span[0] not in headed and in_passage(notice, span[0]),
                          lines))


def _names_part(asked: str, heading: str) -> bool:
    """Does the question name the part by two characters of its heading's own words?"""
    words = re.sub(r"^[^\u4e00-\u9fff]*(?:[一二三四五六七八九十]+、)?", "", heading)
    return any(words[i:i + 2] in asked for i in range(len(words) - 1)
               if not any(words[i:i + 2] in g for g in _GENERIC_HEADING_WORDS)
               and re.fullmatch(r"[\u4e00-\u9fff]{2}", words[i:i + 2]))


# A labelled line of a section ("主要措施：", "启动条件：…"): a label of two to six characters.
_FIELD = re.compile(r"([\u4e00-\u9fff]{2,6})[：:]")
# What a question asks for by name: the two characters after 哪些/什么 ("要采取哪些措施?": 措施).
_ASKED_NOUN = re.compile(r"(?:哪些|什么|哪几[个项条类种]?)([\u4e00-\u9fff]{2})")


def labelled_field(chosen: list[Evidence], asked: str) -> list[Evidence]:
    """The line of the first citation's section whose label names what the question asks
    ("启动Ⅱ级响应以后要采取哪些措施?" cited "启动程序：…" of "4.4 Ⅱ级响应", whose "主要措施：" line, and
    the points on the lines below a bare label, answer it: held-out probe, twenty-ninth part
    X5), when that is not the line cited; [] otherwise."""
    first = chosen[0]
    notice = first.hit.notice
    heading = next((h for h in reversed(notice.headings) if h.end <= first.start), None)
    if heading is None or not first.hit.passage.section or \
            first.hit.passage.section[-1] != heading.text:
        return []
    after = next((h.start for h in notice.headings if h.start > heading.end), len(notice.text))
    lines = _section_lines(notice.text, heading.end, after)
    own = next((i for i, (a, b) in enumerate(lines) if a <= first.start < b), None)
    noun = _ASKED_NOUN.search(asked)
    if noun is None:
        return []
    for i, (a, b) in enumerate(lines):
        m = _FIELD.match(notice.text, a)
        if m is None or i == own or noun.group(1) not in m.group(1):
            continue
        run = [(a, b)]
        if notice.text[m.end():b].strip() == "":  # a bare label: the lines below, to the next
            for c, d in lines[i + 1:]:
                if _FIELD.match(notice.text, c) or len(run) > MAX_POINTS:
                    break
                run.append((c, d))
        if not all(in_passage(notice, c) for c, _ in run):
            return []
        cited: list[Evidence] = []
        for c, d in run:  # each line in its passage (a bare label's passage holds its first line)
            if not cited or c >= cited[-1].end:
                cited.append(span_evidence(notice, c, min(run[-1][1], _passage_end(notice, c))))
        return cited
    return []


def _section_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the non-empty lines of text[start:end]."""
    spans, at = [], start
    for line in text[start:end].split("\n"):
        if line.strip():
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def _passage_end(notice, start: int) -> int:
    return next(p.end for p in notice.passages if p.start <= start < p.end)


# The most rows of a table announced by a cited sentence ("…见下表。") cited as its items.
MAX_TABLE_ROWS = 12


def _table_rows(notice, line_end: int) -> list[Evidence]:
    """The body rows of the table starting on the line after `line_end` (its header row left
    out), each cited in its passage; [] when no table starts there."""
    if line_end < 0:
        return []
    body = line_run(notice.text, line_end + 1, is_table_line)[1:MAX_TABLE_ROWS + 1]
    if not body or not all(in_passage(notice, a) for a, _ in body):
        return []
    return [line_evidence(notice, a, b) for a, b in body]


def _item_of(notice, start: int):
    """The heading whose line holds `start` (a numbered item's own line), or None."""
    line_start = notice.text.rfind("\n", 0, start) + 1
    return next((h for h in notice.headings if line_start <= h.start <= start), None)


def _children(headings, parent) -> list:
    """The headings one level below `parent`, up to the next heading at its level or above."""
    found = []
    after = False
    for h in headings:
        if h is parent:
            after = True
            continue
        if not after:
            continue
        if h.level <= parent.level:
            break
        if not found or h.level == found[0].level:
            found.append(h)
    return found


def titles_aside(evidence: list[Evidence]) -> list[Evidence]:
    """The evidence of one notice without its title block or an attachment's title, when any is
    left: a title shares the question's words (its author, its subject) but states nothing
    asked ("逯承毅在述职报告里说自己有哪些不足?", "对征求意见稿有意见，可以通过哪些方式反映?":
    held-out probe, twenty-fifth part T12 and T8 cited headings first, or only)."""
    if len({e.hit.notice.doc_id for e in evidence}) > 1:
        # across notices a title is what tells them apart: NCP's first citation fell from
        # 0.823 to 0.795 in the gold document when titles were set aside there too
        return evidence
    kept = [e for e in evidence if not (_is_title_block(e) or _ATTACHMENT_TITLE.match(e.quote))]
    return kept or evidence


# An attachment's title ("附件：1.《…》起草说明", "附件1 关于…的起草说明"): a title too.
_ATTACHMENT_TITLE = re.compile(r"\s*附\s*件\s*(?:[:：]|[\d一二三四五六七八九十]+)")


def _is_title_block(e: Evidence) -> bool:
    """Is the evidence the notice's title (and the lines around it) in its first passage, or
    its document number alone ("漶住建安〔2026〕21号": held-out probe, thirty-second part AA3
    cited it first)?"""
    notice = e.hit.notice
    title = "".join(notice.meta.title.split())
    quote = "".join(e.quote.split())
    if notice.meta.doc_number and quote == notice.meta.doc_number:
        return True  # (a passage of its own in a .docx, whose lines are paragraphs)
    return (bool(notice.passages) and e.hit.passage.passage_id == notice.passages[0].passage_id
            and len(title) >= 4 and title in quote)


# A first point ("一是…", "第一步，…") says more follow: its line's points are the answer, whatever
# the question's wording ("目标是什么?": held-out probe, twenty-fourth part rc4#1 cited the
# first of two steps).
_FIRST_POINT = re.compile(r"\s*(?:一是|第一步)")


def first_of_points(chosen: list[Evidence]) -> list[Evidence]:
    """The first citation and the other points of its line when it opens the first point."""
    if not chosen or not _FIRST_POINT.match(chosen[0].quote):
        return []
    points = points_of(chosen[0])
    return [chosen[0], *[p for p in points if not within_any(p, chosen[:1])]] if points else []


def item_points(chosen: list[Evidence]) -> list[Evidence]:
    """The points of the first citation's line (points_of), or of the first later citation
    in its item (_same_item)."""
    return next((p for c in chosen if _same_item(c, chosen[0]) and (p := points_of(c))), [])


def _same_item(e: Evidence, first: Evidence) -> bool:
    """Is `e` the first citation, or in its item (same notice and headings) while the first's
    own line lists no points (a status line, not a sentence inside another point)?"""
    if e is first:
        return True
    return (not _line_points(first) and e.hit.notice.doc_id == first.hit.notice.doc_id
            and tuple(e.hit.passage.section) == tuple(first.hit.passage.section))


def _line_points(e: Evidence) -> list[tuple[int, int]]:
    """The 一是/二是 points of the line holding `e`, else its measures in clauses closed by
    "；" (at least three: "九、关心关爱一线环卫工人。高温期间…；高温津贴…；…；组织…体检。",
    held-out probe fourteen u3 cited the first clause only)."""
    text = e.hit.notice.text
    start = text.rfind("\n", 0, e.start) + 1
    end = text.find("\n", e.end)
    end = len(text) if end < 0 else end
    inline = enumerated_points(text, start, end)
    return (inline if len(inline) >= 2 else []) or _point_lines(text, start) or inline \
        or _clauses(text, start, end)


# A line opening with a point ("一是…", "第二步，…"): with its neighbours that open with the
# others, the list is one point per line (held-out probe, twenty-sixth part U10: three "一是/
# 二是/三是" paragraphs, the first cited alone).
_POINT_LINE = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]步)")


def _point_lines(text: str, start: int) -> list[tuple[int, int]]:
    """The opening sentence of each line of the run of point lines holding the line at `start`
    (at least two), else []."""
    if not _POINT_LINE.match(text, start):
        return []
    first = start
    while first > 0:
        above = text.rfind("\n", 0, first - 1) + 1
        if not _POINT_LINE.match(text, above):
            break
        first = above
    points, line = [], first
    while line < len(text) and _POINT_LINE.match(text, line):
        stop = text.find("\n", line)
        stop = len(text) if stop < 0 else stop
        points += enumerated_points(text, line, stop)[:1]
        line = stop + 1
    return points if len(points) >= 2 else []


# The fewest "；"-closed clauses that make a line's measures a list, and the longest title
# sentence (with its number) of an item whose clauses are listed: a policy's long paragraphs
# of "；" clauses are no such items (NCP citations' passage R@5 fell 0.833 -> 0.823 when
# every line's clauses were listed).
MIN_CLAUSES = 3
ITEM_TITLE_MAX_CHARS = 24
# (or a short lead announcing them: "答：主要包括：申请表；表决结果；…。", a Q&A page's answer:
# held-out probe, thirty-fourth part AC6 cited its first two clauses)
_OPENING_SENTENCE = re.compile(r"[^。；;]*?(?:[。]|(?:包括|如下|主要有|以下|分别是|分别为)[：:])")


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of text[start:end] after its opening sentence, split at "；"."""
    if text[start:end].rstrip("。 ").endswith(("）", ")")):  # not the closing assignment
        end = max(text.rfind("（", start, end), text.rfind("(", start, end))
    opening = _OPENING_SENTENCE.match(text, start, end)
    if opening is None or opening.end() - start > ITEM_TITLE_MAX_CHARS or opening.end() >= end:
        return []  # an item titled by a short sentence, not a policy's long paragraph (NCP)
    body = opening.end()
    if len(re.findall(r"[；;]", text[body:end])) < MIN_CLAUSES - 1:
        return []  # sentences, not a list of clauses
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^；;。]+[；;。]?", text[body:end])]
    spans = [(body + a, body + b) for a, b in spans if b - a > 4]
    return spans if len(spans) >= MIN_CLAUSES else []


def within_any(e: Evidence, chosen: list[Evidence]) -> bool:
    return any(e.hit.notice.doc_id == c.hit.notice.doc_id and c.start <= e.start < c.end
               or e.start <= c.start < e.end for c in chosen)


# A cell's column answers a list question for every row: "哪些人被给予诫勉谈话或批评教育?" of a
# table whose 责任人被处理情况 column names one person per row cites one row's cell; each row
# whose cell in that column covers the question at least this share of the cited cell's
# coverage is one more answer (held-out probe, fortieth part AI4 named one of three people).
# Not tuned: no dev question asks a table's column (the shipped notices hold no such table).
CELL_SHARE = 0.8


def sibling_cells(chosen: list[Evidence], terms: dict[str, float],
                  scorer: Coverage) -> list[Evidence]:
    """The cells, in their rows' order, of the column of the first citation that lies in one
    table cell, from every row of its table whose cell there covers the question nearly as
    well (CELL_SHARE), with the citations before it; [] when fewer than two rows do."""
    for k, e in enumerate(chosen):
        text = e.hit.notice.text
        at = _cell_of(text, e.start, e.end)
        if at is None:
            continue
        column, cell = at
        own = scorer.of(terms, text[cell.start:cell.end])
        if own <= 0:
            return []
        notice = e.hit.notice
        found = []
        for start, end in _table_body(text, e.start):
            cells = split_cells(text, start, end)
            if column >= len(cells) or cells[column].end <= cells[column].start:
                continue
            c = cells[column]
            passage = next((p for p in notice.passages if p.start <= c.start < p.end), None)
            if passage is not None and scorer.of(terms, text[c.start:c.end]) >= CELL_SHARE * own:
                found.append(span_evidence(notice, c.start, min(c.end, passage.end)))
        return [*chosen[:k], *found] if len(found) >= 2 else []
    return []


def _cell_of(text: str, start: int, end: int) -> tuple[int, Cell] | None:
    """(column, cell) of the table cell holding text[start:end], None when it lies in none."""
    line, line_end = line_at(text, start)
    if end > line_end or not is_table_line(text[line:line_end]):
        return None
    for column, cell in enumerate(split_cells(text, line, line_end)):
        if cell.start <= start and end <= cell.end:
            return column, cell
    return None


def _table_body(text: str, at: int) -> list[tuple[int, int]]:
    """The (start, end) of each line of the table holding text[at], its header row left out."""
    start = text.rfind("\n", 0, at) + 1
    while start > 0:  # up to the table's first line
        above = text.rfind("\n", 0, start - 1) + 1
        if not is_table_line(text[above:start - 1]):
            break
        start = above
    return line_run(text, start, is_table_line)[1:]
