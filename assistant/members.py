"""Which members a counted set has: "那10条具体措施都有哪些?" asks for the ones a count names.

A notice often states only the count ("制定了加强党委班子建设的10条具体措施,进一步增强了凝聚力")
and never lists them; its sentence covers every word of the question, so the coverage floor
passes it, yet it does not answer. A count answers only where its members follow it ("“八个必
须”要求,即:凡发生事故必须上报、…"), precede it ("客运中心、朱砂服务区等3个站点") or open the
lines below it.

>>> asked_members("那10条具体措施都有哪些?")
Members(count=10, unit='条', noun='具体措施')
>>> lists_members("制定了加强党委班子建设的10条具体措施,进一步增强了凝聚力。", Members(10, "条", "具体措施"))
False
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from assistant.titles import notice_name
from assistant.writer import NO_ANSWER
from corpus.ledger.totals import count_number
from corpus.numbering import CN_NUMERALS, match_marker
from corpus.models import Notice

# Whether members of a counted set asked where the notice states the count and lists none are
# refused as not stated, in the passage route and in a follow-up into ledger items (dev
# conversation q481#3 was answered with the count's own sentence; held-out probe, forty-fifth
# part ANc3#2, with a ledger summary item).
UNLISTED_MEMBERS = True

_NUMBER = rf"(\d{{1,4}}|[{CN_NUMERALS}]{{1,3}})"
_UNITS = "条项个类种件家所名位批张套份篇处座"
# The count given before the asking word, then what it counts, then the ask for its members
# ("约谈提醒的那3个区县分别是哪几个?", "新建的18项工作机制分别叫什么名字?", "那五个片区分别包括哪些
# 镇街?"); not an ordinal ("第三条具体是什么?"), a count asked itself ("有哪3个…"), nor what is
# asked of the members ("这两个乡镇最后被评了什么等次?", "8个部门里哪些部门…", "3座水库的整改
# 时限是什么时候?": no 的, 了, 里, 中 or 被 in the counted noun, no 什么时候).
_ASKED = re.compile(rf"(?<![第哪几多])(?<!\d){_NUMBER}\s*([{_UNITS}])"
                    r"((?:(?![的了里中被])[\u4e00-\u9fff“”\"]){0,14}?)(?:都|分别|具体|各自|究竟|到底)*"
                    r"(?:有|是|叫|包括|包含|指|涉及)?(?:哪些|哪几|什么(?!时)|啥)")


@dataclass(frozen=True)
class Members:
    """A counted set whose members are asked: its count, measure word and noun."""

    count: int
    unit: str
    noun: str


def asked_members(question: str) -> Members | None:
    """The counted set whose members the question asks for, or None."""
    m = _ASKED.search(question)
    if m is None:
        return None
    count = count_number(m.group(1))
    noun = m.group(3).strip("“”\"")
    # "这1项" names one thing; "3个" alone counts nothing; "“两张皮”问题" is a name, no count
    if count < 2 or len(noun) < 2 or re.search("[“”\"]", noun):
        return None
    return Members(count, m.group(2), noun)


# Words opening the members right after the counted set ("…“八个必须”要求,即:", "分别是", "包括").
_OPENS_LIST = re.compile(r"^[^。；;]{0,12}?(?:[:：]|(?<![立随])即|包括|包含|分别是|分别为|具体是|具体为|是指|(?<![手意旨])指|如下|涉及)")
# Members as points after the count's sentence ("制定3项措施。一是…二是…").
_POINTS_AFTER = re.compile(r"^[^。；;]{0,12}[。；;]?\s*(?:[一二三四五六七八九十]是|第一|首先|其一)")
# Members right before the count: a run of 、 whose last member adjoins it ("在A、B和C等3个镇
# 建成…"), not what is said of the counted ("责任不落实、隐患整改不彻底的3个区县").
_LISTED_BEFORE = re.compile(r"、[^,，;；。、的]{1,16}(?:等|共|这|计)?\s*$")
# Characters of the counted noun that must follow the number (its last two: "具体措施" by 措施).
NOUN_HEAD_CHARS = 2
# How far after the number the noun's head may stand ("10条具体措施", "3个重点区县"), and how
# far before it when the count follows its noun ("新建…工作机制18项").
NOUN_REACH = 12
NOUN_BEFORE_CHARS = 2
# How far after a slogan's count its members may each repeat its word (NCP: "三个确保" listed in
# the story's next paragraph, 150 characters on).
SLOGAN_REACH = 600


def unlisted_in(notices: Iterable[Notice], members: Members) -> Notice | None:
    """The first of `notices` stating the asked count and listing its members nowhere."""
    for notice in notices:
        stated = list(_stated_counts(notice.text, members))
        if stated and not _listed_anywhere(notice.text, members, stated):
            return notice
    return None


def not_listed(notice: Notice, members: Members) -> str:
    """The refusal: the notice counts the set and names none of it."""
    name = notice_name(notice.meta.agency, notice.meta.title)
    return (f"{NO_ANSWER}\n{name}提到{members.count}{members.unit}"
            f"{members.noun}, 但没有列出具体是哪些。")


def lists_members(text: str, members: Members) -> bool:
    """Does `text` list the members wherever it states their count (True also when it states
    no such count: there is nothing to refuse on)?"""
    stated = list(_stated_counts(text, members))
    return not stated or _listed_anywhere(text, members, stated)


def states_count(text: str, members: Members) -> bool:
    """Does `text` state the asked count of the asked noun?"""
    return next(_stated_counts(text, members), None) is not None


def _listed_anywhere(text: str, members: Members, stated: list[tuple[int, int]]) -> bool:
    return any(_listed_at(text, at, after, members.noun, members.count) for at, after in stated)


def _stated_counts(text: str, members: Members):
    """(number's start, end of the noun's head) of each statement of the count."""
    head = members.noun[-NOUN_HEAD_CHARS:]
    pattern = re.compile(rf"(?<![\d{CN_NUMERALS}第]){_NUMBER}\s*{members.unit}")
    for m in pattern.finditer(text):
        if count_number(m.group(1)) != members.count:
            continue
        at = text.find(head, m.end(), min(len(text), m.end() + NOUN_REACH))
        if at >= 0:
            yield m.start(), at + len(head)
        elif text.find(head, max(0, m.start() - len(head) - NOUN_BEFORE_CHARS), m.start()) >= 0:
            yield m.start(), m.end()


def _listed_at(text: str, at: int, after: int, noun: str, count: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", after)
    line_end = len(text) if line_end < 0 else line_end
    clause_start = max(text.rfind(c, line_start, at) for c in ",，;；。") + 1
    if _LISTED_BEFORE.search(text[max(clause_start, line_start):at]):
        return True
    # a slogan's members each say its word again ("推出“三个确保”…确保患者…,确保参保人员…,确保…")
    if text.count(noun, after, after + SLOGAN_REACH) >= count:
        return True
    rest = text[after:line_end]
    rest = rest.lstrip("”\"」』）)")
    if _OPENS_LIST.search(rest) or _POINTS_AFTER.match(rest):
        return True
    # the count closes its line and numbered lines follow ("…提出以下5项措施:" aside)
    if len(rest.strip(" \t\u3000。:：")) == 0:
        below = text[line_end + 1:text.find("\n", line_end + 1) if "\n" in text[line_end + 1:]
                     else len(text)].strip()
        return match_marker(below) is not None or _POINTS_AFTER.match(below) is not None
    return False
