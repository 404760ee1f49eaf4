"""Who leads an item and by when, as the notice states it.

Four forms: a closing parenthetical ("(人事处牵头负责,全年实施)", "(防汛抗旱科负责;完成时限:5月底前)"),
labels ("责任单位：办公室；完成时限：2024年6月底前", on the item's line or lines of their own),
a closing sentence ("由公共服务股具体承办。"), and table columns (read by `tables`). Offices that only assist (配合) are not leads; a generic
"各科室" is not an office.

>>> text = "加强培训。(人事处牵头,宣教中心负责,全年实施)"
>>> a = read_assignment(text, 0, len(text))
>>> [text[s:e] for s, e in a.leads], text[slice(*a.deadline)]
(['人事处', '宣教中心'], '全年实施')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from corpus.ledger.by_code import is_problem_ref
from corpus.ledger.status import DATE

# A county's offices are 股室 ("责任股室：法规股"): held-out probe, fifth part.
_LEAD_LABEL = (r"(?:责任单位|牵头单位|责任部门|牵头部门|责任处室|牵头处室|责任科室|牵头科室|责任股室|"
               r"牵头股室|承办单位|承办科室|负责单位|主责单位|主责科室|主责部门|主责股室|主责处室|责任主体|"
               # bare, as meeting minutes write them: "（牵头：…；配合：…；时限：…）" (held-out
               # probe, fourteenth part: no 议定事项 had an office)
               r"牵头|主办)")
# ("计划完成：2026年3月底": an open task's planned date, held-out probe, twenty-third part)
_TIME_LABEL = (r"(?:完成时限|完成时间|整改时限|整改期限|完成期限|时间节点|完成节点|时限要求|计划完成时间"
               r"|计划完成|时限|时间)")
# (协同, as some plans label helpers: "（牵头：…；协同：…；时间节点：…）", held-out probe, thirty-
# eighth part, whose every task was read with no helper)
_HELP_LABEL = r"(?:配合单位|协办单位|配合部门|参与单位|协同单位|协同部门|配合|协办|协同)"
# The verbs of an office that assists ("…配合", "（协同）"), not of one that leads.
_ASSISTING = ("配合", "协助", "协办", "协同", "参与")
_HELP_VERB = "(?:" + "|".join(_ASSISTING) + ")"
# The leader who answers for an item ("责任领导：吴振东（党组成员、副局长）"): a person, not an
# office. Held-out probe, seventh part: such lines were read as measures, and "谁是责任领导?"
# was answered with the item's office.
LEADER_WORDS = "责任领导|分管领导|牵头领导|包保领导|包联领导|责任人"
_LEADER_LABEL = rf"(?:{LEADER_WORDS})"
# A closing parenthetical that assigns: it names a lead or a timing. At most this long: the
# longest in the shipped plans has 90 characters (nine offices "按职责分工负责;完成时限:持续推进").
ASSIGNMENT_MAX_CHARS = 160
# A status word in black brackets may close the line after it ("…（对应问题5；2025年8月底前）【已办结】":
# held-out probe, twenty-second part, whose every task was read with no office or date).
_PAREN = re.compile(r"[（(]([^（）()]{2,%d})[）)]\s*[。.;；]?\s*(?:【[^【】\n]{1,8}】\s*)?$"
                    % ASSIGNMENT_MAX_CHARS)
_ASSIGNS = re.compile(rf"牵头|负责|{_LEAD_LABEL}|{_TIME_LABEL}|实施|前完成|底前|长期坚持|持续推进")
# A label ends in a colon, or is set in black brackets with none ("【责任科室】群众体育科【配合单位】
# …【完成节点】…": held-out probe, ninth part, every task read as having no office).
_LABELLED = re.compile(rf"(?:【\s*)?({_LEAD_LABEL}|{_TIME_LABEL}|{_HELP_LABEL}|{_LEADER_LABEL})"
                       r"(?:\s*[:：]|\s*】\s*[:：]?)\s*")
# What ends a label's value: the next separator, bracket or line end.
_VALUE_END = re.compile(r"[;；。\n（）()]|\s{2,}")
_PART_SEP = re.compile(r"[;；,，]")
_LEAD_VERB = re.compile(r"(按职责分工|按职责|分别|具体|共同)?(牵头负责|牵头|负责|主责)$")
# "政策法规科牵头研究落实方案": the office before a 牵头/负责 inside the part.
_LEAD_INSIDE = re.compile(r"^([^，,]{2,40}?)(牵头|负责)")
_TIMING = re.compile(r"\d|[一二三四五六七八九十]+月|全年|年底|年内|长期|持续|常态|汛期|季度|上半年|下半年|前|底|实施|完成")
# (not inside a name's bracket: "各县（市、区）市场监督管理局" is one office; held-out probe,
# thirty-sixth part: it was read as "各县（市" and "区）市场监督管理局")
_OFFICE_SEP = re.compile(r"、(?![^（(）)]{0,4}[）)])")
_TRIM = " \u3000:："
# A closing sentence that assigns, as work plans write it in prose: "由公共服务股具体承办。",
# "由县文化馆承办，各乡镇综合文化站配合。", "由市发改委牵头负责。" Only the item's last sentence
# (a "由15%提高至25%" inside a measure is no assignment) and only with an assigning verb; the
# offices that assist after the comma are not leads. Up to 30 characters of offices: the
# longest such office in the probe notices has 13 (县文化市场综合行政执法大队).
# The timing may close that sentence ("由公路管理科牵头，县公路事业发展中心配合，2026年10月底前完成。":
# held-out probe, thirty-fifth part, whose prose-assigned points had no office or deadline).
# (the status reader's dates, and the whole year: "…配合，全年推进")
_WHEN = rf"{DATE}|全年"
_BY_CLAUSE = re.compile(r"(?:^|(?<=[。；;]))\s*由([^。；;，,：:由]{2,30}?)(?:具体|负责|共同)?"
                        r"(?:牵头负责|牵头|承办|负责|主办|组织实施)"
                        r"(?:[，,]([^。；;]{2,40}?)(?:等)?" + _HELP_VERB + r")?"
                        rf"(?:[，,]\s*((?:{_WHEN})[^。；;，,]{{0,20}}))?\s*[。；;]?\s*$")
# A closing sentence that is only the timing ("责任科室：运输服务科。2026年10月底前完成。").
# (also closing the last clause: "…设立检查站32个，10月底前完成。")
_CLOSING_TIMING = re.compile(rf"(?:^|(?<=[。；;，,]))\s*((?:{_WHEN})(?:全部)?完成)\s*[。；;]?\s*$")


# The same opening the item's paragraph, with the person who answers for it after the comma
# ("该问题由城市建设股牵头，分管副局长周某某负责。": held-out probe, eighth part, whose report
# names every item's lead so and was answered "未写明牵头或责任单位").
_BY_OPENING = re.compile(r"\s*(?:该问题|此问题|该项工作|此项工作|该项任务|该任务|此项)?由"
                         r"([^。；;，,：:由]{2,30}?)(?:具体|共同)?(?:牵头负责|牵头|承办|负责)"
                         r"(?:[，,][^。；;，,]{2,30}?(?:配合|协助|协办|参与|办理))?"
                         r"(?:[，,]([^。；;，,]{2,24}?)(?:具体|亲自)?负责)?[。；;]")


# A person answering for the item and the office doing it, in one sentence after the item's
# title ("此项工作由孟澍林局长负责，办公室具体承办，市统计局配合。": held-out probe, fifteenth part,
# whose every task was read as having no office). The person is told apart from an office by a
# title before or after the name.
LEADER_TITLE = r"(?:副?局长|总工程师|总经济师|总会计师|总农艺师|总规划师|副?书记|副?主任|副?处长|副?科长|副?县长|副?市长|副?部长|副?组长|副?馆长|副?会长|副?院长|副?所长|副?站长|副?队长)"
# The person may lead and the office answer ("由副局长X牵头，Y股负责，Z配合。": held-out probe,
# seventeenth part, whose 责任分工 paragraphs were read as the person's office).
_BY_PERSON = re.compile(r"(?:^|(?<=[。；;]))\s*(?:该项工作|此项工作|该项任务|此项任务|本项工作|该项|此项)?由"
                        rf"([^。；;，,：:由]{{0,12}}?{LEADER_TITLE}[^。；;，,：:由]{{0,4}}?)(?:具体|亲自)?(?:负责|牵头)[，,]"
                        r"([^。；;，,：:]{2,30}?)(?:具体)?(?:承办|办理|落实|实施|负责)"
                        r"(?:[，,]([^。；;：:]{2,60}?)(?:等)?" + _HELP_VERB + r")?\s*[。；;]")


# The clause right after an item's title sentence ("3．整治违规停放充电行为。由各乡镇人民政府、城关街道
# 办事处负责，县消防救援大队、县公安局配合，组织…", "4．推进…淘汰。县商务局牵头，县公安局交通管理
# 大队配合，…": held-out probe, thirty-seventh part, whose plan assigns most tasks so and was
# read as having no office), its offices told apart from a sentence's subject by their ending.
_AFTER_TITLE = re.compile(r"\s*(?:\d{1,2}\s*[.．、])?\s*[^。；;，,]{2,30}。\s*由?"
                          r"([^。；;，,：:由]{2,40}?)(?:牵头负责|牵头|负责)[，,]"
                          r"(?:([^。；;，,：:]{2,60}?)(?:等)?" + _HELP_VERB + r"[，,。；;])?")
# The same clause opening an item's measures, after their label and followed by the measures
# themselves ("整改措施：由养老服务股牵头、计划财务股配合，逐个项目核对…", "由区划地名股牵头，会同县
# 自然资源局、县住建局开展…": held-out probe, thirty-eighth part, whose prose items were read with
# no office); the offices joined by 会同 work with the lead, as helpers do.
_MEASURE_OPENING = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,6}[:：]\s*)?由([^。；;，,：:由、]{2,30}?)(?:具体|共同)?"
                              r"(?:牵头负责|牵头|负责)(?=[、，,])"
                              r"(?:[、，,]\s*([^。；;，,：:]{2,40}?)(?:等)?" + _HELP_VERB
                              + r"(?=[，,。；;])|[，,]\s*会同([^。；;，,：:]{2,40}?)(?=开展|进行|共同|联合|对))?")
_OFFICE_END = re.compile(r"(?:局|委|办|处|科|股|室|中心|大队|支队|总队|政府|办事处|公司|所|站|院|会)$")


@dataclass
class Assignment:
    """Lead offices and the deadline of one item, as (start, end) offsets in the text."""

    leads: list[tuple[int, int]] = field(default_factory=list)
    deadline: tuple[int, int] | None = None
    leaders: list[tuple[int, int]] = field(default_factory=list)
    helpers: list[tuple[int, int]] = field(default_factory=list)  # 配合单位
    # The whole closing parenthetical or 由…承办 sentence, to cut from measures.
    paren: tuple[int, int] | None = None

    def merge(self, other: "Assignment") -> None:
        self.leads.extend(s for s in other.leads if s not in self.leads)
        self.leaders.extend(s for s in other.leaders if s not in self.leaders)
        self.helpers.extend(s for s in other.helpers if s not in self.helpers)
        self.deadline = self.deadline or other.deadline


_LABEL_LINE = re.compile(rf"\s*【?\s*(?:{_LEAD_LABEL}|{_HELP_LABEL}|{_LEADER_LABEL}|完成时限|完成时间|整改时限"
                         r"|时间节点|完成节点)(?:\s*[:：]|\s*】)")


def is_label_line(line: str) -> bool:
    """Does the line open with a lead, helper or deadline label ("责任股室：法规股")?"""
    return bool(_LABEL_LINE.match(line))


def first_label(text: str, start: int, end: int) -> int | None:
    """Where the first assignment label ("牵头单位：", "完成时限：", "配合单位：") of
    text[start:end] starts, or None."""
    m = _LABELLED.search(text, start, end)
    if m is None:
        return None
    # the labels' own bracket opens before them ("…20人（责任科室：…；计划完成：…）")
    return m.start() - 1 if m.start() > start and text[m.start() - 1] in "（(" else m.start()


def read_assignment(text: str, start: int, end: int) -> Assignment:
    """Leads and deadline stated in text[start:end] (one line of an item)."""
    found = Assignment()
    line = text[start:end]
    paren = _PAREN.search(line)
    if paren and _ASSIGNS.search(paren.group(1)):
        found.paren = (start + paren.start(), start + paren.end())
        _read_parts(text, start + paren.start(1), start + paren.end(1), found)
    else:
        _read_labels(text, start, end, found)
    person = _BY_PERSON.search(line) if not found.leads else None
    opening = _BY_OPENING.match(line) if not found.leads and not person else None
    if opening:  # "该问题由城市建设股牵头，分管副局长周某某负责。" opening the item's paragraph
        found.leads.extend(lead_offices(text, start + opening.start(1), start + opening.end(1)))
        if opening.group(2):
            found.leaders.append((start + opening.start(2), start + opening.end(2)))
    if person:
        found.leaders.append((start + person.start(1), start + person.end(1)))
        found.leads.extend(lead_offices(text, start + person.start(2), start + person.end(2)))
        if person.group(3):
            found.helpers.extend(lead_offices(text, start + person.start(3), start + person.end(3)))
    if not found.leads:
        by = _BY_CLAUSE.search(line)
        if by:
            found.paren = found.paren or (start + by.start(), start + by.end())
            found.leads.extend(lead_offices(text, start + by.start(1), start + by.end(1)))
            if by.group(2):
                found.helpers.extend(lead_offices(text, start + by.start(2), start + by.end(2)))
            if by.group(3) and found.deadline is None:
                found.deadline = _timing(text, start + by.start(3), start + by.end(3))
    if not found.leads:
        after = _AFTER_TITLE.match(line)
        if after and all(_OFFICE_END.search(text[s:e])
                         for s, e in lead_offices(text, start + after.start(1), start + after.end(1))):
            found.leads.extend(lead_offices(text, start + after.start(1), start + after.end(1)))
            if after.group(2):
                found.helpers.extend(lead_offices(text, start + after.start(2), start + after.end(2)))
    if not found.leads:
        opening = _MEASURE_OPENING.match(line)
        leads = lead_offices(text, start + opening.start(1), start + opening.end(1)) if opening else []
        if leads and all(_OFFICE_END.search(text[s:e]) for s, e in leads):
            found.leads.extend(leads)
            helping = next((g for g in (2, 3) if opening.group(g)), None)
            if helping is not None:
                found.helpers.extend(lead_offices(text, start + opening.start(helping),
                                                  start + opening.end(helping)))
    if found.deadline is None and (found.leads or found.paren):
        closing = _CLOSING_TIMING.search(line)
        if closing:
            found.deadline = _timing(text, start + closing.start(1), start + closing.end(1))
    return found


# What may stand between a lead label and an office it names: other offices of the same value.
_SAME_VALUE = re.compile(r"[^；;。\n（）()]*")
LEADING = "牵头"
# How far before an office its label may stand (a label and a few offices before it).
LABEL_REACH = 80


def lead_roles(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """Per lead office: LEADING when the notice names it as the one that leads ("牵头单位：X",
    "X牵头"), else "" (a 责任单位 beside it, or no role said). "（牵头单位：市交通运输局；责任单位：
    市邮政管理局、市商务局）" leads with the first only (held-out probe, seventh part x21: all
    four were listed as "牵头/责任单位" for "哪个部门牵头?")."""
    roles = []
    for start, end in spans:
        before = [m for m in _LABELLED.finditer(text, max(0, start - LABEL_REACH), start)
                  if _SAME_VALUE.fullmatch(text, m.end(), start)]
        if before:
            roles.append(LEADING if before[-1].group(1).startswith(LEADING) else "")
        else:
            run_end = _run_end(text, end, spans)
            mark = _ROLE_MARK.match(text, end)
            roles.append(LEADING if text.startswith(LEADING, run_end)
                         or mark is not None and mark.group(1) == LEADING else "")
    return roles


def _run_end(text: str, end: int, spans: Sequence[tuple[int, int]]) -> int:
    """Where the run of offices joined by 、 from the one ending at `end` ends: "协调处、防汛处
    牵头负责" has both lead (dev q487#2 gave 协调处 as a mere 责任单位)."""
    starts = {s: e for s, e in spans}
    while text.startswith("、", end) and end + 1 in starts:
        end = starts[end + 1]
    return end


# Everyone, named as a whole ("各科室、单位", "局属各单位"): no office of its own. Governments
# named as a level ("各县（区）人民政府") are responsible parties and are kept.
_EVERYONE = re.compile(r"(?:[\u4e00-\u9fff]{0,4})各(?:科室|处室|股室|单位|部门|处|科|股|级)"
                       r"(?:、[\u4e00-\u9fff]{1,4})*")
_GENERIC_PIECE = re.compile(r"(?:[\u4e00-\u9fff]{0,4}各)?(?:科室|处室|股室|单位|部门|处|科|股)")


# A role written in brackets after an office in a lead cell ("检验中心（牵头）、质量管理科（配合）"):
# the bracket is no part of the name, and an office marked as assisting is a helper (held-out
# probe, thirty-seventh part AF4: "由财务科单独负责或牵头负责的问题" listed a row where 财务科
# only assisted).
_ROLE_MARK = re.compile(r"\s*[（(](牵头|主责|负责|" + "|".join(_ASSISTING) + r")[）)]")


# Offices marked in groups ("社会救助股（牵头），计划财务股、县民政事务服务中心（协同）"): a mark closes
# the group of 、-joined offices before it, up to a comma (held-out probe, thirty-eighth part:
# the whole cell was read as one lead).
_GROUP_SEP = re.compile(r"[，,；;\n|]")


def marked_helper(text: str, span: tuple[int, int]) -> bool:
    """Is the office at `span` marked as assisting by the first bracket after it in its group?"""
    stop = _GROUP_SEP.search(text, span[1])
    mark = _ROLE_MARK.search(text, span[1], stop.start() if stop else len(text))
    return mark is not None and mark.group(1) in _ASSISTING


def lead_offices(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offices named in text[start:end] (a lead cell or label value), split at 、 (and at
    commas between groups closed by a role mark)."""
    spans: list[tuple[int, int]] = []
    if _EVERYONE.fullmatch(text[start:end].strip(_TRIM + "。；;，,")):  # 各科室、单位: no one office
        return spans
    etc = text.find("等", start, end)  # "…执法支队等科室、单位": the named ones only
    if etc > start:
        end = etc
    grouped = _ROLE_MARK.search(text, start, end) is not None
    pos = start
    for piece in _OFFICE_SEP.split(text[start:end]):
        for part in (re.split(r"(?<=[）)])[，,；;]", piece) if grouped else [piece]):
            s = pos + len(part) - len(part.lstrip(_TRIM))
            e = pos + len(part.rstrip(_TRIM + "等，,；;。"))
            mark = next((m for m in _ROLE_MARK.finditer(text, s, e) if m.end() == e), None)
            e = mark.start() if mark is not None else e
            if e > s and not _GENERIC_PIECE.fullmatch(text[s:e]) and len(text[s:e]) <= 30:
                spans.append((s, e))
            pos += len(part) + 1
    return spans


def _read_parts(text: str, start: int, end: int, found: Assignment) -> None:
    """Parts split at commas and semicolons; a label's value runs to the next semicolon or
    label ("完成时限:2月份开始,每两个月开展一轮次" is one timing)."""
    timings: list[tuple[int, int]] = []  # labelled ones first: they win
    loose: list[tuple[int, int]] = []
    for s, e in _label_free_parts(text, start, end, found, timings):
        piece = text[s:e]
        if "配合" in piece or "协助" in piece or is_problem_ref(piece):
            continue
        verb = _LEAD_VERB.search(piece.strip())
        inside = _LEAD_INSIDE.match(piece) if verb is None else None
        if verb:
            stripped_end = s + len(piece.rstrip()) - len(verb.group(0))
            found.leads.extend(lead_offices(text, s, stripped_end))
        elif inside and not _TIMING.search(inside.group(1)):
            found.leads.extend(lead_offices(text, s, s + inside.end(1)))
        elif _TIMING.search(piece):
            loose.append(_timing(text, s, e))
    chosen = timings or loose
    if chosen and found.deadline is None:
        found.deadline = chosen[-1]  # "争取4月份出台文件,全年实施": the whole item's timing


def _label_free_parts(text: str, start: int, end: int, found: Assignment,
                      timings: list[tuple[int, int]]):
    """Read the labelled values of text[start:end]; yield the comma parts outside them."""
    bounds: list[tuple[int, int]] = []
    for label in _LABELLED.finditer(text, start, end):
        stop = re.compile(r"[;；]").search(text, label.end(), end)
        following = _LABELLED.search(text, label.end(), end)
        value_end = min(stop.start() if stop else end, following.start() if following else end)
        _take_label(text, label.group(1), label.end(), value_end, found, timings)
        bounds.append((label.start(), value_end))
    pos = start
    for b_start, b_end in bounds + [(end, end)]:
        piece_pos = pos
        for piece in _PART_SEP.split(text[pos:b_start]):
            if piece.strip():
                yield piece_pos, piece_pos + len(piece)
            piece_pos += len(piece) + 1
        pos = b_end


def _read_labels(text: str, start: int, end: int, found: Assignment) -> None:
    timings: list[tuple[int, int]] = []
    for label in _LABELLED.finditer(text, start, end):
        following = _LABELLED.search(text, label.end(), end)
        _take_label(text, label.group(1), label.end(),
                    _value_end(text, label.end(), following.start() if following else end),
                    found, timings)
    if timings and found.deadline is None:
        found.deadline = timings[-1]


# A short bracket inside a value is part of a name: "各县（区）人民政府", "县（市、区）".
_NAME_BRACKET = re.compile(r"[（(][^（）()]{1,4}[）)]")


def _value_end(text: str, start: int, end: int) -> int:
    """Where a label's value starts at `start` ends: at _VALUE_END, brackets of a name kept
    ("责任单位：各县（区）人民政府、市发展改革委，完成时限：…" names two; held-out probe, eighth
    part: the value stopped at "（" and the next label ran into the office before)."""
    pos = start
    while True:
        stop = _VALUE_END.search(text, pos, end)
        if stop is None:
            return end
        inner = _NAME_BRACKET.match(text, stop.start()) if text[stop.start()] in "（(" else None
        if inner is None:
            return stop.start()
        pos = inner.end()


def _take_label(text: str, label: str, start: int, end: int, found: Assignment,
                timings: list[tuple[int, int]]) -> None:
    s, e = _strip(text, start, end)
    if e <= s:
        return
    if re.fullmatch(_LEAD_LABEL, label):
        found.leads.extend(lead_offices(text, s, e))
    elif re.fullmatch(_LEADER_LABEL, label):
        found.leaders.append((s, e))  # as written: "局党组书记、局长张明" is one person
    elif re.fullmatch(_HELP_LABEL, label):
        found.helpers.extend(lead_offices(text, s, e))
    elif re.fullmatch(_TIME_LABEL, label):
        timings.append(_timing(text, s, e))


def _timing(text: str, start: int, end: int) -> tuple[int, int]:
    """A timing without its closing verb: "11月底前完成" is due "11月底前"."""
    s, e = _strip(text, start, end)
    if text[s:e].endswith("完成") and e - s > 2 and text[e - 3] in "前底月日":
        e -= 2
    return s, e


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    s = start + len(piece) - len(piece.lstrip(_TRIM))
    e = start + len(piece.rstrip(_TRIM + "。.，,；;、"))
    return s, max(s, e)
