"""Questions that ask for a quantity or a time, and sentences that state one.

"一共招录了多少名消防员?" can only be answered by a sentence with a number of 名; when the
retrieved passages hold none, the notices do not say, however well the words match.

>>> asked_unit("中山市消防救援支队现有多少辆消防车?")
'辆'
>>> states_quantity("已收回99台执法手机", "台"), states_quantity("已收回执法手机", "台")
(True, False)
>>> asked_unit("各市分别是在什么时间段接受巡察的?")
'时间'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable

from corpus.ledger.tables import CELL_SEP, is_table_line
from corpus.numbering import match_marker
from index.lexical.tokenizer import tagged_words

# Measure words a quantity question may ask for, longest first so 万元 wins over 元 (weights,
# areas and lengths too: "抢卸多少吨物资" is answered by "432吨", not by any number).
UNITS = ("万元", "亿元", "小时", "家次", "人次", "车次", "架次", "平方米", "公里", "公斤", "千克",
         *"个名辆份元人次家台起项条户所支场篇件批天倍宗吨亩张床")
# "哪几类/哪几个方面" asks which things, not how many, and "这几起问题里" points at them (held-out
# probe, twenty-seventh part V9 was refused for want of a count of cases); "几个小时" asks hours. "好几天", "十几个",
# "几十家" say "several" and ask nothing ("寄快递要好几天才到, 有什么办法提速?" was refused for
# want of a count of days: held-out probe, seventh part, x11).
# 部 counts machines (电梯, 手机, 车辆: "加装电梯完成了多少部?" is answered by "18部", not by any
# number: held-out probe n7); "多少部门" asks departments, not 部.
# 处, 座, 套, 块 count places and things ("发现了多少处隐患?" is answered by "隐患17处", not by "5个
# 客运站": held-out probe t12, asked again with the fourth part's corpus); "几个处室" asks offices.
_ASK = re.compile(r"(?:多少|(?<![哪好十这那])几(?![十百千万]))\s*(?:个(?=\s*(?:小时|月|星期|工作日)))?\s*("
                  + "|".join(UNITS) + r"|部(?![门署分队位委长])|处(?![室长理置罚分])|[座套块]"
                  # a score ("得分是多少分?" is answered by "88.46分", not by "较差等次（1个）：…":
                  # held-out probe, forty-first part AJ25), not 分钟 or 分之
                  r"|分(?![钟之局管类期批配工别散享析解队])(?!\d))?")
# An amount asked in 元 is stated in 元, 万元 or 亿元 ("拨付多少元" - "拨付1.57亿元").
_MONEY_UNITS = ("元", "万元", "亿元")
_MONEY = r"(?:千|万|亿)?元"
# "When" questions: only a sentence that gives a date can answer them. ("哪几点要求" asks which
# points, not what time: held-out probe, twenty-eighth part W11.)
TIME = "时间"
_ASK_TIME = re.compile(r"什么时[间候]|何时|哪(?:一)?天|哪(?:一)?年|几月|几号|时间段|起止时间|(?<!哪)几点钟?")
# A day of the month alone is a time too ("于每月10日报送", "15日前完成").
# A time relative to an event answers "when" as well ("宣布疫情解除后两个月内", "自发布之日起").
# "待省级规划出台…后正式印发": after an event the sentence names, a time too (dev conversation
# q412#2, "什么时候能正式印发?").
_RELATIVE_TIME = (r"后\s*(?:\d+|[一二三四五六七八九十两半]+)\s*个?\s*(?:月|日|天|周|年|工作日)内?"
                  r"|之日起|(?:届满|结束|解除|期满)[后前]|(?<![\u4e00-\u9fff])待[^,，。;；]{2,40}?后")
_DATE = re.compile(_RELATIVE_TIME + r"|\d{4}\s*年|\d{1,2}\s*月\s*\d{0,2}|[一二三四五六七八九十]+月"
                   r"|(?<![\d〕\]）)])\d{1,2}\s*[日号]"
                   r"|\d{1,2}\s*[:：]\s*\d{2}|[上下]午\s*\d{1,2}\s*[时点]")  # a clock time: 9:00, 上午9时
# (a number word leads with a digit word: "万亩示范片" and "千年古镇" name, they count nothing;
# held-out probe, thirty-first part Z30 "种植早稻多少亩?" was answered by "万亩高标准农田示范片")
_NUMBER = (r"(?:\d+(?:\.\d+)?\s*[十百千万亿]*|[一二三四五六七八九十两][一二三四五六七八九十百千万亿两]*"
           r"|[百千万](?=余|多))"
           r"\s*(?:多|余)?\s*")
# A share written in words: "三分之二", "百分之八十", "4分之1" (a number, though no digit or
# measure word follows it).
FRACTION = re.compile(r"(?:[一二三四五六七八九十百千]+|\d+)\s*分之\s*(?:[一二三四五六七八九十百千]+|\d+)")


# A yes/no question ("讲的东西差不多的几个培训班会分开办吗?") uses 几/多少 as "some": it asks no
# number (dev q303 was refused for want of a count).
_YES_NO = re.compile(r"吗\s*[?？]?\s*$")


def asked_unit(question: str, kinds: tuple[Kind, ...] | None = None) -> str | None:
    """The unit a quantity question asks for; "" for a bare 多少; None if it asks none.
    `kinds`: the question's asked_kinds, when the caller has them already."""
    if _ASK_TIME.search(question):
        return TIME
    m = _ASK.search(question)
    asks = list(_ASK.finditer(question)) if m else []
    if len(asks) > 1 and "分别" in question[asks[0].end():asks[-1].start()]:
        # "几个重大工程项目, 分别总投资多少?": the count names the items, each asked its own
        # figure (held-out probe, forty-fourth part AM1 was refused as stating no count)
        m = asks[-1]
    if kinds is None:
        kinds = asked_kinds(question) if m else ()
    if not m or _YES_NO.search(question) or any(not k.numeric for k in kinds):
        return None  # "网址是多少" asks an address, not a number
    unit = m.group(1) or ""
    if unit and _starts_word(question, m.start(1), unit):
        return ""  # "多少人防易地建设费": 人 opens the word 人防, no count of people
    return unit


# Words a unit opens that still count it ("多少人员", "多少人数").
_UNIT_NOUNS = ("人员", "人数", "人口")


@functools.lru_cache(maxsize=1024)
def _starts_word(question: str, at: int, unit: str) -> bool:
    """Does the unit at `at` open a longer word of the question (held-out probe, twenty-first
    part ic5#1: "追缴了多少人防易地建设费?" was refused as stating no number of people)?"""
    pos = 0
    for word, _ in tagged_words(question):
        start = question.find(word, pos)
        pos = start + len(word)
        if start == at:
            return len(word) > len(unit) and word not in UNITS and not word.startswith(_UNIT_NOUNS)
        if start > at:
            return False
    return False


# "个" is the general measure word: "建了多少个应急救援站?" is answered by "600处应急救援站"
# (a notice counts sites in 处, 座, 所 as often as in 个), so a question asking 个 takes a
# count in any of these words. Not 年/月/天/元/%: a date, a duration, an amount or a share is
# not a count of things. Found on dev conversation q271 (branch conv2: 济宁's "600处" refused
# as "not stated" for "多少个").
# The number must start with a digit or a digit word: "万人大培训" (a "ten-thousand-person"
# campaign's name) counts nothing (dev negative q176 was answered with it).
GENERIC_UNIT = "个"
# (and things counted by their own measure word: "气瓶不得超过2瓶" answers "最多能放几个罐子?",
# held-out probe, twenty-fifth part T13)
COUNT_WORDS = "个处座所家项条支件宗起批类种套间位户台辆名人场篇份瓶罐只张块棵头艘架"
_COUNT = re.compile(r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十两][一二三四五六七八九十百千万两]*)\s*(?:多|余)?\s*"
                    f"[{COUNT_WORDS}]")


# Digits that state no quantity: a year (2021年, 2019年度, 2020-2022年), a month or a day
# (5月8日, 1-6月), a clock time, a document number (〔2021〕12号), a list marker ("5.", "(2)")
# and an ordinal (第3). "东莞2021年上半年的死亡人数同比下降了多少?" is not answered by a sentence
# whose only digits date it (dev negative q116).
_NOT_QUANTITY = re.compile(
    r"(?:19|20)\d{2}\s*(?:[-—－~至到]\s*(?:19|20)?\d{2,4}\s*)?年度?"
    r"|\d{1,2}\s*(?:[-—－~至到]\s*\d{1,2}\s*)?月(?:\s*\d{1,2}\s*[日号])?"
    r"|\d{1,2}\s*[:：]\s*\d{2}|[〔\[（(]\s*(?:19|20)\d{2}\s*[〕\]）)]\s*\d+\s*号"
    r"|^\s*\d{1,2}\s*[.．、]|[(（]\s*\d{1,2}\s*[)）]|第\s*\d+"
    # a table row's number, its first cell ("| 2 | 职业技能培训补贴审核不严 | …"): held-out probe,
    # fourth part, qc4#2 ("追回了多少培训补贴?") was answered with a row that counts nothing
    r"|^\s*\|?\s*\d{1,3}\s*\|"
    # an item's label ("问题8：…", "任务3：…") numbers it
    r"|^\s*(?:问题|任务|事项|措施)\s*\d{1,2}\s*[:：]")


# Numbers that name, not count: a short quoted slogan ("四个意识", "1234"发展计划, "三个一") and
# the standing names of party rules every such notice uses. "中山应急局有几个党支部?" was
# answered by "贯彻中央八项规定精神" (found asking the shipped index as a user; dev unchanged).
# A quote of digits and 条/项 alone counts a package of measures ("出台“28条”惠企措施": NCP,
# found among its misses).
# "一起" closing its clause is a slogan's "each one" ("发现一起、查处一起、通报一起"), no count of
# cases (held-out probe, twenty-seventh part V29 was answered by it).
_NAMED_NUMBERS = re.compile(r"[“\"「](?!\d+\s*[条项]\s*[”\"」])[^”\"」]{1,12}[”\"」]"
                            r"|八项规定|三重一大|一岗双责|三会一课"
                            r"|四个意识|四个自信|两个维护|两个确立"
                            r"|一起(?=\s*[、，,。；;])")


def states_quantity(sentence: str, unit: str) -> bool:
    """Does the sentence give a number (of `unit`, when one is asked)?"""
    if unit == TIME:
        return _DATE.search(sentence) is not None
    if unit == "天" and _DAY_COUNT.search(sentence):  # a slogan's days are days too
        return True
    sentence = _NAMED_NUMBERS.sub(" ", sentence)
    if unit == GENERIC_UNIT:
        return _COUNT.search(sentence) is not None
    if not unit:
        counted = _NOT_QUANTITY.sub(" ", sentence)
        return (re.search(r"\d|[一二三四五六七八九十百千]+[个名项%]", counted) is not None
                or FRACTION.search(counted) is not None)
    return counts(sentence, _figure(unit), shares=unit != "人")


@functools.lru_cache(maxsize=64)
def _figure(unit: str) -> re.Pattern[str]:
    """A number written with `unit` (or a form of it: _MONEY, _UNIT_FORMS)."""
    wanted = _MONEY if unit in _MONEY_UNITS else _UNIT_FORMS.get(unit, re.escape(unit))
    return re.compile(_NUMBER + wanted)


# A figure that describes rather than counts: a rate's base ("每10万人仅约17台") or a threshold
# of what follows ("职工人数300人以上的企业"): held-out probe, twenty-fourth part r28, "抢救成功
# 了多少人?" was answered by both.
_ATTRIBUTE = re.compile(r"\s*(?:及)?(?:以上|以下)的")
_RATE_BASE = re.compile(r"每\s*[\d.一二三四五六七八九十百千万两]*$")
# A figure each member of a group is given ("各分局1名业务骨干", "分管负责同志各1名") counts
# a member's share, not the whole (dev negative q347, once people were counted in 名).
_EACH_MEMBER = re.compile(r"(?:(?<![共合总])各[\u4e00-\u9fff]{0,8}|各)$")


def counts(sentence: str, figure: re.Pattern[str], shares: bool = True) -> bool:
    """Does `figure` match in the sentence as a count, not a rate's base or a threshold (nor a
    member's share, unless `shares`)?"""
    return any(not _ATTRIBUTE.match(sentence, m.end())
               and not _RATE_BASE.search(sentence, 0, m.start())
               and (shares or not _EACH_MEMBER.search(sentence, max(0, m.start() - 9), m.start()))
               for m in figure.finditer(sentence))


# How a sentence may write a unit asked otherwise: days as working days ("压缩至60个工作日":
# fresh held-out probe r6, asked 多少天), firms counted in 个 ("进驻11个消杀企业", asked 多少家:
# NCP, found among its misses). (Not 人 against 人次: "培训了多少人" is answered by
# 人次 in everyday use; excluding it cost a dev question.)
_UNIT_FORMS = {"天": r"(?:天|个?工作日)",
               # cases counted in 件 or 起 ("被申请了几次行政复议?" is answered by "被申请行政复议
               # 4件": held-out probe, twenty-sixth part Uc2#1)
               "次": r"(?:次|件|起)",
               # cases and incidents are counted in 起 or 件 alike ("立案查处多少起水事违法案件?"
               # - "立案查处水事违法案件不少于60件": held-out probe, thirty-eighth part AGc3#3);
               # not in 宗, which counts files as well ("52宗行政处罚案卷" answered "迟报、漏报
               # 事故的一共有多少起?", dev near miss q528#4)
               "起": r"(?:起|件)",
               "件": r"(?:件|起)",
               # sheets of forms counted in 份 ("发了多少张表?" - "下发各类报表63份": held-out
               # probe, twenty-seventh part Vc5#1)
               "张": r"(?:张|份)",
               # people counted in 名 or 位 ("主会场一共多少人参加?" - "参会人员共计47名":
               # held-out probe, thirty-first part Zc4#1); not the other way: "有几名是…专业的?"
               # asks 名 of a part (dev q165)
               "人": r"(?:人|名|位)",
               "家": r"(?:家|个(?=[\u4e00-\u9fff]{0,4}(?:企业|公司|机构|医院|商户|门店)))"}
# Days written 日 after a bare number ("1日回访、15日整改反馈"; found using the shipped index:
# "要求多少天内回复差评?" was refused), not a day of a month ("6月15日", "每月1日").
_DAY_COUNT = re.compile(r"(?<![月\d.])\d{1,3}\s*日(?!期)")


# A count the question gives itself ("那21项无形资产里,已经报废的有几项?", "报上去的5宗案例里,
# 跟危化品有关的是几宗?") is the whole it asks a part of: a sentence stating only that count
# does not answer (dev negatives q345, q346).
# So is one written with 余/多 or counted in 次 ("30余次合同验收里,有几次没通过?": dev q512).
_GIVEN = re.compile(r"\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:[家人车架]次|万元|亿元|次|[" + COUNT_WORDS + "元])")


def given_figures(question: str) -> tuple[str, ...]:
    """The counts a question states itself, as written ("21项", "5宗")."""
    return tuple(m.group(0) for m in _GIVEN.finditer(question))


# The years a figure is stated for: written out (2024年), a span (2021年至2024年), or a
# start (2021年以来). A count asked for one year is not answered by a sentence counting other
# years only ("2025年一季度开了几次党委会?" by "2021年至2024年,共召开10次党委会议"); a sentence
# naming no year speaks of its notice's time and may.
_STATED_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:至|到|—|－|-|~)\s*((?:19|20)\d{2})\s*年")
_YEAR_SINCE = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:以来|至今|起)")


# The year of a year's work ("2025年度考核", "2025年度民主生活会"): asked when something of it
# happens, it names the work, not the time; the work's deadline or meeting may fall in the next
# year ("2025年度考核为一般等次的单位要在什么时间前…报告?" of "于2026年3月20日前…书面报告": held-out
# probe, forty-first part AJ12 was answered with a sentence naming 2025年度 and no time).
_WORK_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度")


def asked_years(question: str, time_asked: bool = False) -> tuple[int, ...]:
    """The years a question names (2025年 in "2025年一季度开了几次…"); with `time_asked` (the
    question asks when), not those of a year's work (_WORK_YEAR)."""
    text = _WORK_YEAR.sub("", question) if time_asked else question
    return tuple(sorted({int(y) for y in _STATED_YEAR.findall(text)}))


def states_asked_year(sentence: str, years: tuple[int, ...], named: bool = False,
                      own_year: int | None = None) -> bool:
    """Is the sentence's figure possibly of an asked year (True when none is asked)? With
    `named`, only a sentence naming the year is (a follow-up that switched the year); a
    sentence naming none is of `own_year` when given (a year's plan: corpus.plan_year)."""
    stated = {int(y) for y in _STATED_YEAR.findall(sentence)}
    if not years or stated & set(years):
        return True
    if not stated:
        return not named and (own_year is None or own_year in years)
    spans = [(int(a), int(b)) for a, b in _YEAR_SPAN.findall(sentence)]
    spans += [(int(a), 9999) for a in _YEAR_SINCE.findall(sentence)]
    return any(a <= y <= b for a, b in spans for y in years)


# A year set as the topic of what follows ("2025年，全县…", "2025年以来，…全年共查处…41起":
# held-out probe, twenty-seventh part V29 took it for 2024's), not one naming an event ("召开
# 2021年度组织生活会": dev q081 was refused as of 2021).
_TOPIC_YEAR = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:以来)?\s*[，,]")


def context_year(text: str, start: int, default: int | None) -> int | None:
    """The year a sentence at `start` is of when it names none: the last year its line sets
    as its topic before it ("2025年，全县…；全年争取…资金4.27亿元": held-out probe, eighteenth
    part s21 was refused as of the 2026 plan's year), else `default` (the plan's year)."""
    line_start = text.rfind("\n", 0, start) + 1
    years = _TOPIC_YEAR.findall(text, line_start, start)
    return int(years[-1]) if years else default


# A month the question dates its event by ("2025年4月办的那次培训"), not a deadline ("6月底前").
_ASKED_MONTH = re.compile(r"(?<![\d.])(\d{1,2})\s*月(?!\s*(?:底|前|份?以?前|中旬前|\d))")
_STATED_MONTH = re.compile(r"(?<![\d.])(\d{1,2})\s*月")
_MONTH_SPAN = re.compile(r"(?<![\d.])(\d{1,2})\s*月?\s*(?:至|到|—|－|-|~)\s*(\d{1,2})\s*月")


# A quarter dates an event by its three months ("三季度“回头看”是哪一天?" is not answered by "于5月
# 31日前将整改情况书面报…": held-out probe, thirty-fourth part AC30); not a deadline ("三季度末前").
_ASKED_QUARTER = re.compile(r"(?:第)?([一二三四1-4])\s*季度(?!\s*(?:末|底)?\s*(?:前|以前|之前))")
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def asked_months(question: str, quarters: bool = False) -> tuple[int, ...]:
    """The months a question dates what it asks about by (4 in "2025年4月的那次培训"); with
    `quarters` (a date asked), a quarter's three (7-9 in "三季度的回头看是哪一天?"). Not for a
    figure: "一季度…发现了多少条隐患?" is answered by a sentence dated by its report ("截至4月3日":
    held-out probe, thirty-second part AAc1#1)."""
    months = {int(m) for m in _ASKED_MONTH.findall(question) if 1 <= int(m) <= 12}
    for q in _ASKED_QUARTER.findall(question) if quarters else ():
        months |= set(range(3 * _QUARTERS[q] - 2, 3 * _QUARTERS[q] + 1))
    return tuple(sorted(months))


def states_asked_month(sentence: str, months: tuple[int, ...]) -> bool:
    """Is the sentence possibly of an asked month? Not when it dates itself by other months
    only: "4月给镇街办的培训一共几天?" is not answered by "2025年3月,…为期4天的…培训班"
    (dev near miss q516); a sentence naming no month may be."""
    stated = {int(m) for m in _STATED_MONTH.findall(sentence)}
    if not months or not stated or stated & set(months):
        return True
    spans = [(int(a), int(b)) for a, b in _MONTH_SPAN.findall(sentence)]
    return any(a <= m <= b for a, b in spans for m in months)


def states_new_quantity(sentence: str, unit: str, given: tuple[str, ...]) -> bool:
    """states_quantity, not counting the figures the question gave (given_figures)."""
    for figure in given:
        sentence = sentence.replace(figure, " ")
    return states_quantity(sentence, unit)


@dataclass(frozen=True)
class Kind:
    """A kind of thing a question asks for, beyond "a number" or "a date": only a sentence
    matching `stated` can answer it (Chinese `label` for the answer that says it is not)."""

    name: str
    label: str
    asked: re.Pattern
    stated: re.Pattern
    numeric: bool = True  # stated with digits ("网址是多少" is answered by one without)


# What a "叫什么" asks the name of when it is no person's: a rule, a measure, a system …
_NOT_A_THING = "".join(f"(?<!{w})" for w in ("标准", "制度", "办法", "机制", "平台", "系统", "活动",
                                              "行动", "工程", "项目", "品牌", "文件", "方案", "模式",
                                              "名称", "程序", "专栏", "栏目"))

# Each kind: how a question asks for it, and how a sentence states one. Written from the
# wording of the notices (amounts in 元/万元, rates in %, days as 日/号), not tuned on a split.
# Posts whose holder a "who" question asks ("党委书记是谁?"): the person kind and asked_post.
_ASKED_POSTS = r"(?:书记|局长|厅长|主任|处长|科长|队长|组长|负责人)"
# A post a name is written with, and a character of such a name: none of an office's words
# ("由局党委书记任组长" names a post, not a person: dev negative q338).
_NAMED_POSTS = r"(?:厅长|局长|书记|主任|处长|科长|队长)"
_PERSON_CHAR = r"(?:(?![局党委厅处科室市省区县镇部组班{}])[\u4e00-\u9fff])"
_NOT_A_NAME = r"(?!分管|主管|常务|专职|兼职|相关|有关|其他|其余|各|该|原|现任|时任|由)"

# A group the question counts itself, then asks the members of by name ("那9家社会组织具体是
# 哪几家?"): names of those members (the members kind), not a list over agencies
# (assistant.question reads it: held-out probe, thirty-eighth part AGc4#3 was listed over every
# agency); not a group of agencies ("3家单位…是哪几家?").
NAMED_GROUP = (r"(?:\d+|[一二三四五六七八九十两]+)\s*家(?:(?!单位|部门|地方|地区|城市)[\u4e00-\u9fff]){2,8}?"
               r"(?:具体|分别|都|又)?(?:是|有)?哪(?:几|些)家?")


KINDS = (
    Kind("rate", "比率或百分比",
         # "胜诉率有多高" asks a rate as "率是多少" does (dev negative q336).
         # ("先拨付多少比例的补助?": the share asked before its word, held-out probe,
         # thirty-fourth part AC16 was answered by amounts)
         re.compile(r"(?:率|比例|百分比|占比|比重)(?:是|为|达到|有)?(?:多少|几|多高|多大)"
                    r"|(?:多少|多大)(?:的)?(?:比例|百分比|占比|比重)|百分之(?:多少|几)"),
         re.compile(r"\d+(?:\.\d+)?\s*[%％]|百分之|[一二三四五六七八九十]成|" + FRACTION.pattern)),
    Kind("money", "金额",
         # "费用能报销多少", "租金减免多少": an extent, stated as a share (报销80%) as often as
         # an amount, so any number answers it.
         # Not when a rate word stands between ("配套资金到位率是多少", "经费执行比例是多少"):
         # that asks the rate of the money, stated as a share (held-out probe: refused for
         # want of an amount).
         # (a loss too: "直接经济损失是多少", held-out probe, thirtieth part Y28)
         re.compile(r"(?:金额|总额|经费|预算|投资|总值|价值|资金|费用|花了|花费|钱|经济损失)"
                    r"(?:(?!率|比例|占比|比重)[^,，。?？]){0,6}"
                    r"(?<!报销)(?<!减免)(?<!优惠)(?<!下降)(?<!降低)(?<!减少)(?<!便宜)(?<!少交)(?<!节省)(?:多少|几)"
                    r"|多少(?:钱|经费|资金|金额)|值多少"
                    # "追回了多少培训补贴?": a subsidy or a fine asked by its kind (held-out
                    # probe qc4#2 was answered by "解除与2家机构的培训合作协议")
                    r"|多少(?!比例|百分比|占比|比重)[\u4e00-\u9fff]{0,4}?(?:补贴|补助|奖补|奖金|罚款|罚没款|赔偿金?)(?![对人户名家金额])"
                    # "拨了多少赔偿款", "罚了多少罚款", "多少补助费": a sum named by its purpose
                    r"|多少[\u4e00-\u9fff]{0,2}(?:款|费)(?!用)"),
         # "2500万" with 元 left out ("减免租金超过2500万。") is an amount too, unless a measure
         # word or a person follows (2500万人, 3万吨).
         re.compile(r"\d[\d.,，]*\s*(?:多|余)?\s*(?:万|亿)?元|[一二三四五六七八九十百千万亿]+元"
                    r"|\d[\d.,，]*\s*(?:多|余)?\s*(?:万|亿)(?![\u4e00-\u9fff%％])")),
    Kind("people", "人数",
         # "多少专业人才", "几名党员", "多少位专家": a count named by the kind of person
         # ("死亡人数下降了多少" asks a change, which a share answers: the change kind below)
         re.compile(r"人数(?![^,，。?？]{0,4}(?:下降|上升|增长|减少|增加|降低|提高))[^,，。?？]{0,4}"
                    r"(?:多少|几)|多少个?人|几个?人|(?:多少|几)\s*[名位个]?[\u4e00-\u9fff]{0,4}?"
                    r"(?:人才|人员|干部|党员|职工|员工|群众|队员|专家|志愿者|工作人员)"),
         # or as a share of a head count ("参加党员人数不少于应参加党员人数的三分之二" answers
         # "至少要来多少党员?": dev q124 was refused for want of a count)
         re.compile(r"(?:\d+|[一二三四五六七八九十百千万两]+)\s*(?:多|余)?\s*(?:人|名|位)"
                    r"|人数(?:(?!下降|上升|增长|减少|增加|降低|提高|同比|环比)[^,，。;；?？]){0,16}?(?:"
                    + FRACTION.pattern
                    + r"|\d+(?:\.\d+)?\s*[%％]|百分之[\u4e00-\u9fff]{1,4})")),
    # "事故死亡人数是多少?", "死了几个人", "伤亡多少人": a count of casualties (by how much
    # it fell is the change kind below), stated only
    # where a casualty word stands by a number ("死亡3人", "2位居民受伤");
    # a head count of anything else ("容纳人数19.6万人", "90余人参加培训") does not state it
    # (dev negative q185).
    Kind("casualty", "伤亡人数",
         re.compile(r"(?:死亡|伤亡|遇难|受伤|死伤|丧生)(?:人数)?"
                    r"(?![^,，。?？]{0,4}(?:下降|上升|增长|减少|增加|降低|提高))[^,，。?？]{0,4}(?:多少|几)"
                    r"|(?:死|伤)了(?:多少|几)"),
         re.compile(r"(?:死亡|伤亡|遇难|受伤|[轻重]伤|死伤|丧生|亡人)[^。；;?？]{0,12}?"
                    r"(?:\d|[一二三四五六七八九十两]\s*(?:人|名)|零)"
                    r"|(?:\d+|[一二三四五六七八九十两]+)\s*(?:多|余)?\s*(?:人|名|位)[\u4e00-\u9fff]{0,4}?"
                    r"(?:死亡|伤亡|遇难|受伤|[轻重]伤|丧生)|零死亡|未(?:发生|造成)[^。；;]{0,8}(?:死亡|伤亡)")),
    Kind("day", "具体日期",
         re.compile(r"哪(?:一)?天|几号|几月几[日号]|什么日子|具体日期"),
         # (a 号 only as a day of a month or before a time word, not a window's or a house's
         # number: "开设7号至12号共6个综合窗口", held-out probe, forty-fourth part AM29)
         re.compile(r"(?<![\d〕\]）)])\d{1,2}\s*日|月\s*\d{1,2}\s*号"
                    r"|(?<![\d〕\]）)])\d{1,2}\s*号(?=前|以前|之前|起|当天|当日|上午|下午|晚|[（(])"
                    r"|[一二三四五六七八九十]+[日号]")),
    # "什么时候完成?", "何时整改完?", "完成时限是什么时候?": when something is due or done,
    # stated with a deadline word ("6月底前", "完成时限：…", "年内完成") or a completion
    # ("2024年9月完成"); a start ("2018年以来的档案", "2月份开始") does not say it (held-out
    # probe, fifth part: "2018年以来" answered "档案数字化整理什么时候完成?").
    Kind("completion", "完成时间或时限",
         re.compile(r"(?:什么时[候间]|何时|哪天|哪一天|几月|哪个月)[^,，。?？]{0,3}"
                    r"(?:完成|完工|办结|整改完|建成|结束|到位|销号)"
                    r"|(?:完成|完工|办结|整改)(?:时限|期限|日期)(?:是|为)?(?:什么|多少|哪)"),
         re.compile(r"前|底|之内|以内|年内|月内|时限|期限|截止|截至|完成|完工|办结|建成|结束|到位|销号"
                    r"|长期坚持|持续推进|全年")),
    # "哪一年定的": a year, which a deadline relative to an event ("会议结束后1周内") is not
    # (dev conversation q269#3, once relative times answered "when").
    Kind("year", "年份",
         # (not an age: "哪个年龄段的能查" asks who, held-out probe, forty-eighth part AQ22)
         re.compile(r"哪(?:一|个)?年(?!级|龄|纪)|几几年|什么年份|哪个年份"),
         re.compile(r"(?:19|20)\d{2}\s*年|(?<!\d)\d{2}\s*年(?!代)|[今去前明]年|上一?年")),
    # "多久清点一次", "隔多长时间检查一次", "频次": how often, stated as 每半年/每季度/每月2次/
    # 定期, "一年一次", 按季度/按月 (held-out probe, sixth part: "按季度拨付" answers "多久拨一次")
    # or 一季一走访; "多久要整理好" (a duration, no 一次) is not asked here. Not 按年度, which as
    # often means "by the year's plan".
    Kind("frequency", "频次",
         # (not a problem named by its frequency: "检查频次偏低的问题是怎么整改的?" asks the
         # measures, tests/test_roles_and_counters.py)
         re.compile(r"(?:多久|多长时间|几年|几个月|几天)[^,，。?？]{0,10}一次"
                    r"|(?:频次|频率)(?!\s*(?:偏|过|较|不足|不够|太|低|高))"),
         # ("每半个月…报送一次": held-out probe, forty-third part ALc1#3)
         re.compile(r"每\s*(?:[一二两三四五六七八九十\d]+\s*个?|半个)?\s*(?:半年|年度?|季度|季|月|周|星期|天|日|"
                    r"小时)|定期|[一二两三四五六七八九十\d]+\s*(?:年|个月|月|周|天)\s*[一二两三\d]\s*次"
                    r"|按\s*(?:半年|季度?|月|周|旬)(?![底末])|一(?:年|季|月|周)一[次\u4e00-\u9fff]")),
    # "哪个镇街", "哪几个乡镇", "在什么街道": a sentence naming a town or a street office
    # (小榄镇, 石岐街道); "各镇街", "14个镇街", "镇街一级" name none.
    Kind("town", "镇街的名称",
         # "那5个镇街分别是哪几个?": the towns of a count, named
         re.compile(r"哪(?:一|几)?个?(?:镇街|乡镇|镇|街道)|哪些(?:镇街|乡镇|镇|街道)|什么(?:镇|街道)"
                    r"|(?:镇街|乡镇|街道)(?:分别)?(?:是|为)?哪(?:几个|些|一个|几)"),
         # (a township is named 乡 as well: "梓坪乡、菖蒲乡", held-out probe twenty d1; not 城乡,
         # 下乡, 返乡)
         re.compile(r"(?:(?![各全本每该乡镇个城下返回家故异])[\u4e00-\u9fff]){2,3}(?:镇|乡|街道)"
                    r"(?![街区级镇村])")),
    # "热线电话是多少", "联系方式是什么", "拨打什么电话": a sentence giving a telephone number
    # (0931-8888888, 12345, an 11-digit mobile), not any number.
    Kind("phone", "电话号码",
         # Only a number's own words between: "电话回访了多少群众" asks a head count.
         re.compile(r"(?:电话|热线|联系方式|号码)(?:号码?|的号码)?(?:是|为)?(?:多少|是什么|几)|"
                    r"(?:拨打|打)(?:什么|哪个)电话"
                    # "各局分别留了哪个号码?" (dev q534 cited 东莞's closing lines without it)
                    r"|(?:哪个|哪些|什么)(?:联系电话|电话号码|电话|号码|热线)"),
         # not a postal code ("邮政编码421009": held-out probe, tenth part h20 quoted it)
         re.compile(r"(?<![\d.])(?<!编码)(?<!邮编)(?<!编码：)(?<!邮编：)(?<!编码:)(?<!邮编:)"
                    r"(?:\d{3,4}\s*[-—－]\s*)?(?:1\d{10}|\d{5,8})(?![\d.])"
                    r"(?!\s*(?:元|万|亿|人|个|名|家|件|条|项|户|吨|[%％]|年|月|日|号))")),
    # "跟去年同期比是多了还是少了?", "同比增长了吗": a change against an earlier period, stated
    # only by a sentence that compares (同比, 较去年, 比上年); this quarter's figure alone does
    # not say it (dev negative q349).
    Kind("change", "同比或前后变化",
         re.compile(r"(?:同期|去年|上年|往年|以前|之前)[^,，。?？]{0,6}(?:比|相比)[^,，。?？]{0,6}"
                    r"(?:多了还是少了|增加还是减少|增长还是下降|上升还是下降|高了还是低了|变化"
                    r"|是增是减|是多是少|是升是降|增还是减|多还是少|升还是降|涨还是降)"
                    r"|同比[^,，。?？]{0,4}(?:怎么样|如何|变化|多少|了吗|吗)"
                    # "死亡人数下降了多少": by how much, stated as a change (下降61.1%)
                    r"|(?:下降|上升|增长|减少|增加|降低|提高)了?(?:多少|几)"
                    # "比2023年多修了多少公里": the difference from another year
                    r"|比\s*(?:(?:19|20)\d{2}\s*年|去年|上一?年|前一年|往年|同期)[^,，。?？]{0,8}?"
                    r"(?:多|少|增加|减少|增长|下降|提高|降低|上升)[^,，。?？]{0,4}?(?:多少|几)"),
         re.compile(r"同比|环比|[较比]\s*(?:上年|去年|上一年|往年|同期|(?:19|20)\d{2}\s*年)"
                    r"|(?:增长|下降|上升|减少|增加|降低|提高|下调|上调|减免|压减)了?\s*"
                    r"(?:\d|[一二三四五六七八九十半]+\s*(?:个|成))"
                    # "压减会议总量10%": the share cut, a few words after the verb
                    r"|(?:增长|下降|上升|减少|增加|降低|提高|压减|压缩|削减|缩减|精简)[^,，。;；?？]{1,6}?"
                    r"\d+(?:\.\d+)?\s*(?:[%％]|个百分点)"
                    r"|(?:降至|降为|降到|增至|升至|提高到|提高至|下降到|下调至|上调至|调整为)\s*\d"
                    # "增加了多少收入": "带动村集体增收186万元" (held-out probe, fourteenth m19)
                    r"|(?:增收|减收|增产|减产|创收)\s*\d")),
    # "提升之前是多少?", "原来有多少?": the value before a change, stated only with it ("由6万
    # 提升至11万", "原有…"); "提升至11万立方米/时" alone does not say it (dev conversation
    # q416#2).
    Kind("baseline", "变化之前的数值",
         re.compile(r"(?:提升|提高|增加|扩大|改造|升级|调整|扩容|扩建|整改|降低|减少|压减)(?:之|以)?前"
                    r"(?:的)?(?:是|有|为)?(?:多少|几)|(?:原来|原先|本来|过去)(?:的)?(?:是|有|为)?(?:多少|几)"),
         re.compile(r"(?:由|从)\s*(?:\d|[一二三四五六七八九十两])|原有|原来|原先|此前|以前|"
                    r"(?:提升|提高|增加|改造|升级|调整|扩容|整改)前|较(?:上年|去年|之前|以前|改造前)")),
    # "党员最多的支部有多少人?", "采购量最大的是什么?": the top of a ranking, stated only by a
    # sentence that ranks (最多, 之最, 居首); "每个支部10人以上" does not say which is largest
    # (dev negative q288).
    Kind("superlative", "最多、最大之类的比较结果",
         re.compile(r"最(?:多|少|大|小|高|低|长|短|早|晚)的[^,，。?？]{0,8}"
                    r"(?:有?多少|是多少|是哪|是什么|是谁|有几)"),
         re.compile(r"最(?:多|少|大|小|高|低|长|短|早|晚)|之最|居首|首位|第一名")),
    # "在全市考核中排第几名?": a place in a ranking, stated by a sentence that ranks ("排名第3",
    # "位列第二", "倒数第一"), not by a count of people in 名 (held-out probe, twenty-sixth
    # part U29, answered by a sentence about the work's leading group)
    Kind("rank", "排名或名次",
         re.compile(r"第几(?:名|位)|排(?:名|在)?第几|排名(?:多少|怎么样|怎样|如何)|名次"),
         re.compile(r"第\s*[一二三四五六七八九十\d]+\s*(?:名|位)|排名第|排在第|位列第|名列第|倒数第"
                    r"|排名(?:前|后|靠前|靠后|末位|倒数)|末位"),
         numeric=False),
    # "他受了什么处分?", "那个干部最后怎么处理的?": a sanction or a handling of a person, stated
    # by a sentence naming one (党内警告处分, 诫勉谈话, 责令作出书面检查, 退赔), not by the
    # account of what the person did (held-out probe, twenty-seventh part V16, V19: answered
    # with the case's facts). "对…公车是怎么处理的" asks what became of things, not a sanction.
    Kind("sanction", "处分或处理结果",
         # (not "哪些处理办法", "对企业会做哪些处理": measures, not a sanction of a person: NCP)
         re.compile(r"(?:什么|何种|哪种|哪些)(?:纪律)?处分|受到(?:了)?(?:什么|何种|哪种)(?:处理|处罚)"
                    r"|处分(?:结果|决定)?(?:是什么|如何)"
                    r"|挨了(?:什么|哪些)|被(?:怎么|如何)(?:处理|处分|处罚)"
                    r"|(?:干部|人员|同志|职工|他|她|本人)[,，]?\s*(?:最后|最终|后来)?(?:是)?"
                    r"(?:怎么|如何)(?:处理|处分|处罚)的"),
         re.compile(r"处分|警告|记过|降级|撤职|开除|免职|诫勉|批评教育|通报批评|书面检查|检讨"
                    r"|组织处理|问责|停职|调离|罚款|移送|立案审查|留置|退赔|收缴|追缴|扣发|清退"
                    # (a river chief "约谈" by the deputy mayor: held-out probe, forty-first
                    # part AJc3#3 was refused as stating no handling)
                    r"|约谈|提醒谈话"),
         numeric=False),
    # "那名干部叫什么名字?": a sentence naming a person by name and post
    # ("由李明副局长任副组长", "张华同志负责"); "1名处级干部" names nobody (dev negative q321).
    Kind("person", "人员姓名",
         # Not "由谁审定", "谁当组长": a post or an office answers those as often as a name
         # (dev conversations q241#2, q250#1, q332#1).
         # "党委书记是谁": who holds a named post is a name ("由谁当组长" is not: above).
         # (not a thing's name: "它的验收标准叫什么?", held-out probe, forty-third part ALc4#2
         # was refused for want of a person's name)
         re.compile(r"叫什么名字|姓名|名字是什么|姓甚名谁|姓什么|" + _NOT_A_THING + r"叫什么"
                    r"|" + _ASKED_POSTS + r"(?:分别)?是谁"
                    # "是哪位副局长": the post is given, its holder's name is asked; so is
                    # an expert's or a teacher's ("请来讲课的是哪位专家?"), not a 领导's (a post
                    # answers "由哪位领导负责?" as often)
                    r"|哪(?:一)?位(?:党委|党组)?副?" + _ASKED_POSTS
                    + r"|哪(?:一)?位(?:专家|老师|教授|同志)"),
         # "由分管副局长任主任" names no one: 分管, 主管, 常务 … are no name.
         re.compile(r"(?:^|[由、,，:：;；(（])" + _NOT_A_NAME + _PERSON_CHAR.format("") + r"{2,3}"
                    r"(?:同志|副?(?:厅长|局长|书记|主任|处长|科长|队长|区长|县长|市长|镇长))"
                    r"(?:任|担任|为|牵头|负责|主持|带队|、|,|，)"
                    # the post before the name: "党委副书记、副局长刘动任组长"
                    r"|" + _NAMED_POSTS + _PERSON_CHAR.format("任") + r"{2,3}"
                    r"(?:担任|兼任|任(?=副?组长|副?主任|总指挥|副?指挥长|召集人)"
                    # "副局长邢嘉禾分管基金监管股": a leader's portfolio (held-out probe,
                    # thirteenth part n19); "由分管副局长亢明远牵头": what the leader leads
                    # (twenty-sixth part U24). Not 负责: "分管副局长李某某负责" then answered
                    # who a driver was (eighth part e25)
                    r"|分管|主管|牵头|主持)"
                    # a labelled leader, post then name: "（组长：市政府督查室主任钮佳音）"
                    # (held-out probe, eighteenth part s23)
                    r"|(?:组长|召集人|负责人)\s*[:：][^，,。；;（）()]{0,14}?"
                    + _NAMED_POSTS + _PERSON_CHAR.format("") + r"{2,3}(?=[）)，,；;。])"),
         numeric=False),
    # "涉及哪家企业?", "企业名称是什么": a sentence naming a company (…有限公司, …集团), not
    # "一家企业" or "相关企业" (dev negative q325).
    Kind("company", "企业或组织名称",
         # a bank, an insurer or a firm named ("委托哪家银行制卡?": dev q558 was answered by
         # "银行将于…完成制卡", which names none)
         # ("哪家施工企业承建?": a kind of firm may stand between, held-out probe,
         # thirty-eighth part AG29 was answered with the project's sentence)
         re.compile(r"哪(?:一)?家[\u4e00-\u9fff]{0,4}?(?:企业|公司|单位|银行|保险公司|机构|事务所)"
                    r"|什么(?:企业|公司|银行)"
                    # the firms of a counted group by name ("新认定的38家企业分别是哪些企业?":
                    # held-out probe, fifteenth part y28 was answered with the count)
                    r"|(?:分别|具体)是?哪(?:些|几家)(?:企业|公司)"
                    r"|企业(?:的)?名称|公司(?:的)?名称"),
         re.compile(r"[\u4e00-\u9fff（）()]{2,}(?:有限公司|有限责任公司|股份公司|集团|公司|工厂|(?<![进出返回入离到水])厂|"
                    r"(?<!商业)银行|信用社|事务所|保险|协会|商会|学会|研究会|促进会|基金会)"
                    r"(?![\u4e00-\u9fff]{0,2}等)"),
         numeric=False),
    # "协议期限是几年?", "培训要多长时间?": a length of time (3年, 6个月, 4天), not a date
    # ("2021年", "6月15日") nor any number (dev negative q324: "50余家企业" answered it).
    Kind("duration", "期限或时长",
         re.compile(r"(?:期限|时长|有效期|周期|工期)[^,，。?？]{0,3}(?:是)?(?:几|多少|多长|多久)"
                    r"|多长时间(?![^,，。?？]*一次)|多久(?![^,，。?？]*一次)"),
         # "1日回访、15日反馈" counts days too; "6月15日" is a date.
         # (minutes too: "30分钟内电话报告", an emergency plan's reporting limit: held-out
         # probe, twenty-ninth part X12)
         # (and halves: "企业开办时间压缩至0.5个工作日", thirty-first part Z20)
         re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,2})?\s*(?:年|个月|天|周|小时|分钟|个?工作日)(?![\d度底初末])"
                    r"|(?<![月\d.])\d{1,3}\s*日"
                    r"|[一二三四五六七八九十两半]+\s*(?:年|个月|天|周|小时|分钟|个?工作日)(?![度底初末代])")),
    # "消费券每人能领多少?", "每个村补助多少钱?": a figure per head or per unit, stated with
    # 每/人均/单个 ("每个给予一次性补助2万元"); a total ("安排消费券800万元") does not answer it
    # (held-out probe, seventh part x29: answered with the total).
    Kind("per_unit", "按每人或每个单位计的数额",
         # A head or household counted per ("每人", "人均"), or an amount per unit ("每个…补助
         # 多少钱"); not any count per unit: "每个地市选几个区县?" is answered by "在11个地市确定
         # 1-2个所辖区县" (dev q082).
         re.compile(r"(?:每|人均|户均)(?:一)?(?:人|户|名|位)[^,，。?？]{0,10}(?:多少|几)"
                    r"|每(?:一)?(?:个|家|所|村|处|件|项)[^,，。?？]{0,10}"
                    r"(?:多少|几)(?:钱|元|万元|资金|补助|补贴|奖励)"
                    r"|每(?:一)?(?:个|家|所|村|处|件|项|亩|公里|吨)[^,，。?？]{0,10}"
                    # "每亩保费是多少" (held-out probe, tenth part h30)
                    r"(?:补助|补贴|奖励|资金|钱|费)[^,，。?？]{0,4}(?:多少|几)"
                    # a price per piece of goods ("白酒一瓶多少钱?": held-out probe, twenty-
                    # seventh part V30 was answered by the meal's total)
                    r"|[每一](?:瓶|斤|公斤|千克|吨|箱|袋|桶|份|张|台|辆|套|平方米|立方米)"
                    r"[^,，。?？]{0,4}?(?:多少|几)(?:钱|元|块)|单价"),
         re.compile(r"每|人均|户均|单个|单项|单笔|单价|平均|/\s*(?:人|户|个|次|件|瓶|吨|台)")),
    # "网址是多少", "在哪个网站", "邮箱是什么": a sentence giving a web or mail address.
    # "火灾是什么原因引起的?", "事故原因是什么?": the cause of an event, stated by a sentence
    # giving one (原因, 由于, 因…引发); the event's account alone does not (held-out probe,
    # thirtieth part Y29). Not "…原因是什么?" after a list asked ("批评了哪些部门, 原因是什么?"):
    # the items' own sentences give those reasons (probe s10, b23, d1).
    Kind("cause", "原因",
         re.compile(r"(?:什么|啥|哪些)原因(?:引起|导致|造成|引发)|(?:起火|事故|火灾|险情|灾害)(?:的)?原因"),
         re.compile(r"原因|由于|起因|缘于|因[^，,。；;]{1,12}(?:引发|引起|导致|所致|造成|起火)|引发|引起|所致"),
         numeric=False),
    Kind("address", "网址或邮箱",
         re.compile(r"(?:网址|网站|链接|邮箱|电子邮件)[^,，。?？]{0,4}(?:是多少|多少|是什么|是哪)|哪个网站"),
         re.compile(r"https?://|www\.|[A-Za-z0-9-]+\.(?:gov|com|org|net|edu)\b|\.cn\b"
                    r"|[\w.-]+@[\w-]+\."),
         numeric=False),
    # "…方案的文号是多少?" of a document a notice mentions: a sentence giving a document
    # number (东应急〔2021〕134号), not any figure (dev conversation q488#1).
    # "座谈会打算放在哪个城市开?", "在哪里举办?": a sentence saying where (在X市, 于X会议室),
    # not "各地市", "全市" or the agency's own name (dev near miss q514).
    Kind("place", "地点",
         re.compile(r"哪(?:一|几)?个?(?:城市|地市|地方)(?:开|办|举办|召开|举行)"
                    r"|在哪(?:里|儿)?(?:开|办(?!理)|举办|召开|举行)|(?:放|定)在哪(?:里|儿|个)"
                    r"|(?:地点|会址|场地)(?:是|在|定在)?(?:哪|什么)"),
         # where it is held, not the agency's own name ("济宁市防指…")
         # (a venue on its own line: "会议地点 / 市统计局三楼会议室。", held-out probe r10)
         re.compile(r"(?:在|于|赴|到|地点[:：为是]?)\s*(?:(?![各全本该每])[\u4e00-\u9fff]){2,10}"
                    r"(?:市|县|区|镇|街道|村|会议室|礼堂|中心|宾馆|酒店|基地)(?![级委政直属])"
                    r"|会议室|礼堂|会堂|报告厅|会议中心|宾馆|酒店"),
         numeric=False),
    # "可以在哪里办理?", "去哪儿申请?": where a service is had, a hall, a window or an online
    # channel ("可通过…在线审批监管平台…进行…在线申报": NCP was refused as stating no place).
    # Not where to look something up (查询): a policy is looked up in its document (NCP: "在哪里
    # 查询补贴政策?" is answered by the policies' titles).
    Kind("channel", "办理地点或渠道",
         re.compile(r"(?:在|去|到|从)哪(?:里|儿|个地方)?(?:能|可以|可)?(?:办理|申请|申报|报名|咨询"
                    r"|投诉|举报|领取|缴纳|预约)"
                    r"|(?:通过)?(?:什么|哪些|哪个)(?:渠道|途径|平台)(?:办理|申请|申报|报名|咨询)"),
         re.compile(r"(?:通过|登录|登陆|关注|访问|拨打|前往|在|到|向)[^，,。；;]{0,24}?"
                    r"(?:平台|网站|服务网|政务网|APP|App|app|客户端|小程序|公众号|服务号|窗口|大厅"
                    r"|服务中心|热线|专区|专栏)"),
         numeric=False),
    # "示范党支部是哪个处室的?": a sentence naming an office (X处, X科, X室, X股, X中心, X支队),
    # not a count of them ("推荐上报“示范党支部”1个": dev near miss q513).
    Kind("office", "处室或部门的名称",
         re.compile(r"哪(?:一)?个(?:处室|科室|股室|部门|处|科)的"),
         re.compile(r"(?:(?![各全本该每])[\u4e00-\u9fff]){1,8}(?:处|科|股|办公室|中心|支队|大队)"
                    r"(?![长级])"),
         numeric=False),
    # "“五张清单”具体是哪五张?", "38条背街小巷具体是哪几条?": the members of a group the notice
    # counts, named in a list it introduces ("包括…、…", "分别是…", "：…、…"); a sentence naming
    # the group only, or "具体名单另行印发", does not (dev q531#2, held-out probe fourteen u26).
    Kind("members", "具体名单",
         re.compile(r"具体(?:是|有|为|包括)?哪(?:几|[一二三四五六七八九十两]|\d)"
                    # "被警告处罚的5家社会组织分别是哪些?" (held-out probe, seventeenth part w27)
                    # (households, cases: "7户村干部亲属分别是哪几个村的?", "那7件欠薪积案分别
                    # 涉及哪几家企业?", held-out probe, forty-third part AL26, AL28 were answered by
                    # the sentence giving the count)
                    r"|(?:\d+|[一二三四五六七八九十两]+)\s*(?:家|个|名|所|户|件|起|位)[\u4e00-\u9fff]{1,8}?"
                    r"(?:分别|具体)(?:是|为|有|涉及|来自|属于|在)?哪(?:些|几)"
                    # who or where each of a counted group is ("已经访谈的14位老工匠、老劳模都是
                    # 谁?", "那12处应急避难场所具体都在哪?": held-out probe oc1#3, Xc5#3 were
                    # answered by the sentence giving the count)
                    r"|(?:\d+|[一二三四五六七八九十两]+)\s*(?:位|名|处|个|家|所)[\u4e00-\u9fff、]{1,12}?"
                    r"(?:分别|具体)?都(?:是谁|在哪)"
                    # "是哪5个项目?" (held-out probe, nineteenth part bc5#2; not "哪一个")
                    r"|(?:是|为|有)哪\s*(?:\d+|[二三四五六七八九十两]+)\s*(?:个|家|项|条|名|所|处|批|位)"),
         # (not an assignment's offices: "（牵头：…；配合：A、B）", held-out probe fourteen u26)
         re.compile(r"(?:包括|分别是|分别为|即|(?<!牵头)(?<!配合)(?<!协办)(?<!单位)(?<!部门)[:：]|[（(](?!牵头|配合))"
                    r"[^。；;]{0,6}?[\u4e00-\u9fff“”\"]{2,14}、[\u4e00-\u9fff“”\"]{2,14}"
                    # or named right before their count: "庙前、石沟、丰乐、长岭4个为农服务中心"
                    r"|[\u4e00-\u9fff]{2,8}、[\u4e00-\u9fff、]{2,40}?(?:\d+|[二三四五六七八九十两]+)\s*"
                    r"(?:个|家|项|条|名|所|处|批|位)"),
         numeric=False),
    # "法院判了他几年?", "被判处有期徒刑多久?": a court's sentence, stated as one ("判处有期徒刑
    # 三年"), not the years the case ran ("2022年5月至2024年9月": held-out probe, forty-third part
    # AL25 was answered by the case's account).
    Kind("prison_term", "刑期",
         re.compile(r"(?:判|判处|判了)[^,，。?？]{0,8}(?:几|多少|多长|多久)|有期徒刑[^,，。?？]{0,4}"
                    r"(?:几|多少|多长|多久)|刑期"),
         re.compile(r"(?:有期徒刑|拘役|管制)\s*(?:\d|[一二三四五六七八九十两半])|无期徒刑|缓刑"
                    r"|判处[^，,。；;]{0,12}(?:年|个月)"),
         numeric=False),
    Kind("doc_number", "文号",
         re.compile(r"文号|发文字号|文件编号"),
         re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*第?\s*\d{1,5}\s*号"),
         numeric=False),
    # "哪个县", "哪几个区县", "哪些县区": a sentence naming a county (泗水县); "区县" and
    # "县区" themselves are the generic "districts and counties" ("所辖区县", "各县区"), no name.
    Kind("county", "县的名称",
         # ("排第二、第三的是哪两个县（区）?": held-out probe, thirty-fourth part ACc2#1)
         re.compile(r"哪(?:一|几|两|[三四五六七八九十])?个?(?:区县|县区|县)|哪些(?:区县|县区|县)|什么县"
                    r"|(?:区县|县区|县)(?:分别)?(?:是|为)?哪(?:几个|些|一个|几)"),
         # Not "省市县三级": levels of government, no county's name (dev negative q320).
         re.compile(r"(?<!重点)(?<!包保)(?<![全各本该每\u4e00-\u9fff][全各本该每])"
                    r"(?<![全各本该每])(?![省市])[\u4e00-\u9fff](?![区市])[\u4e00-\u9fff]县(?![市区、])"
                    # ("各县（市、区）" names none; "潺陵县（91.2分）" does: held-out probe,
                    # thirty-ninth part AH4)
                    r"(?![(（]\s*[市区])"
                    # or a list of named districts and counties ("对望墀区、筠塘县、棹湾区…予以
                    # 通报表扬": held-out probe, forty-sixth part AO1 was refused), none of them
                    # a level or a whole ("各区县、", "全市区、")
                    r"|(?:[^\W\d_各全本该每市省县区、]{2}[区县]、)+[^\W\d_各全本该每市省县区、]{2}[区县]")),
)


_PERSON = next(k for k in KINDS if k.name == "person")


# Kinds that name the members of a group themselves: asked with one of them ("12家星级农家乐具体
# 是哪些企业?"), the group's members need that kind of name, not any list.
_NAMING = ("company", "town", "county", "person", "office")


def asked_kinds(question: str) -> tuple[Kind, ...]:
    """The kinds (KINDS) the question asks for; () for none."""
    kinds = tuple(k for k in KINDS if k.asked.search(question))
    if any(k.name in _NAMING for k in kinds):
        kinds = tuple(k for k in kinds if k.name != "members")
    return kinds


# Kinds a heading states for the lines under it: a township's own heading ("（三）梓坪乡") over its
# rows "整改情况 | 已整改15处…" names the town they are of (held-out probe, twentieth part d2).
_HEADING_KINDS = frozenset({"town"})


# A county's (or district's) own section ("（一）潺陵县：综合得分91.2分", "澥浦区——…") names the
# county its lines are of (held-out probe, thirty-ninth part: "哪几个县（区）被点出乡村医生年龄
# 偏大?" was refused as naming no county).
_COUNTY_HEADING = re.compile(r"([\u4e00-\u9fff]{2,4}(?:县|区))(?:[：:—\s（(]|$)")


# What may not follow a place opening a heading for it to be the place's own ("澥浦区人民医院"
# is an institution of it).
_NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff]")


def heading_of_place(heading: str, place: str) -> bool:
    """Is `heading` the place's own section ("（五）澥浦区：…", "澥浦区——…")?"""
    bare = _bare(heading)
    return bare.startswith(place) and _NAME_GOES_ON.match(bare, len(place)) is None


def _opens_with_county(heading: str) -> bool:
    m = _COUNTY_HEADING.match(heading)
    return m is not None and m.group(1)[-2:] not in _AREA_NOUNS


# Table columns that state a kind of thing in their cells, whatever the cell says ("存放地点 |
# 县消防救援大队城关站": held-out probe, twenty-ninth part Xc4#2 was refused as naming no place).
# Not a row's 责任人 or 责任单位: who answers for the row's item, not a person or an office the
# item speaks of (held-out probe, fifteenth part y27 was answered with a 责任领导 cell).
_COLUMNS = {"place": re.compile(r"地点|位置|地址|存放"),
            "person": re.compile(r"姓名"),
            "phone": re.compile(r"电话"),
            "company": re.compile(r"企业名称|公司名称|被检查单位"),
            # an amount in a column of money ("资金金额（万元）": the row's 13,205.60 is the
            # project's money, held-out probe, fortieth part AIc5#1)
            # (or of money per head: "补助标准（元/生年）", held-out probe, forty-sixth part
            # AOc3#1 was answered with another sentence's 元)
            "money": re.compile(r"金额|资金|经费|投资|费用|造价|预算|决算"
                                r"|[(（](?:万|亿|千)?元(?:\s*[/／每][^)）]{1,6})?[)）]")}
# Kinds a column states by a number in its cell, not by any text.
_NUMBER_COLUMNS = ("money",)
_EMPTY_CELLS = ("", "—", "-", "/", "无", "／")


def states_kinds(sentence: str, kinds: tuple[Kind, ...], heading: str = "",
                 header: str = "") -> bool:
    """Does the sentence state every asked kind (a town also by the `heading` it stands under;
    a table row also by a cell under a `header` naming that kind)?"""
    return all((counts(sentence, k.stated) if k.numeric else k.stated.search(sentence))
               or (k.name in _HEADING_KINDS and heading and k.stated.fullmatch(_bare(heading)))
               or (k.name == "county" and heading and _opens_with_county(_bare(heading)))
               or (header and _in_column(sentence, header, k.name))
               for k in kinds)


def _in_column(row: str, header: str, kind: str) -> bool:
    """Does the table row fill a cell of a column whose header names the kind?"""
    column = _COLUMNS.get(kind)
    if column is None or not is_table_line(row):
        return False
    cells, heads = _cells(row), _cells(header)
    return any(column.search(h) and i < len(cells) and cells[i] not in _EMPTY_CELLS
               and (kind not in _NUMBER_COLUMNS or re.search(r"\d", cells[i]) is not None)
               for i, h in enumerate(heads))


def _cells(line: str) -> list[str]:
    """The texts of a table line's cells, outer bars left out: a quote may start at its first
    cell's text while its header line starts with "|" (corpus.ledger.tables.split_cells keeps
    that leading empty cell)."""
    return [c.strip() for c in line.strip().strip(CELL_SEP).split(CELL_SEP)]


def _bare(heading: str) -> str:
    """A heading without its list marker ("（三）梓坪乡" → "梓坪乡")."""
    marker = match_marker(heading)
    return heading[marker.end if marker else 0:].strip()


# A demonstrative with its measure word ("这个规则", "那次事故", "这笔钱"), as the tokenizer cuts
# it: the follow-up asks a figure about the thing it points at.
_DEMONSTRATIVE = re.compile(r"^(?:这|那)(?:个|次|笔|项|份|条|家|批|起|场)$")


# A document a when-question names ("政务督查工作办法是哪一天印发的?", "《安全生产约谈办法》什么时候
#出台的?"): its name, up to a document word. The date must be stated of that document: a
# sentence dating another one (4月29日制定下发《…工作要点》) does not answer it.
# The name holds no question word or preposition: "…是哪一天把巡察意见交给…" names 巡察意见, not
# "东莞市委巡察组是哪一天把巡察意见" (dev q315 was refused for want of that "name").
# Nor does it hold a phrase of asking or 了 (_ASKING, cut out first): "中山什么时候出台了防汛防涝
# 工作通知?" names 防汛防涝工作通知 (it was read as "山什么时候出台了…", which no sentence has, and
# the question was refused).
_NAME_CHAR = r"(?:(?![是哪何几谁把将对向给在于了])[\u4e00-\u9fff])"
_ASKING = re.compile(r"什么时[候间]|什么|多少|何时|多久|几时|哪一?天|几月几[日号]|几号")
# (意见 had or voiced is an opinion, no document: "对整改有意见，最晚什么时候之前要提出来?" was
# refused for want of 整改有意 in a sentence: held-out probe, thirty-fifth part AD23)
_NAMED_DOCUMENT = re.compile(r"《([^》]{2,40})》|(" + _NAME_CHAR + r"{2,14}?(?:办法|方案|规定|细则|制度|"
                             r"(?<![有提无没])意见|规划|要点|规则|条例|通知|通报|清单"
                             r"|(?:核查|检查|登记|统计|申报|评分|考核|调查)表))")
# Characters of the name that must appear in the sentence: its first four (a sentence may
# write "《市应急局政务督查工作办法(试行)》" for "政务督查工作办法" and drop the prefix).
NAMED_DOCUMENT_CORE = 4


# A demonstrative or a verb of issuing before the name is not part of it ("什么时候印发防汛工作
# 方案", "那份…核查表"), nor one of handing it over ("哪天反馈巡察意见": held-out probe,
# twenty-fourth part r25 was refused for want of "反馈巡察意见" beside "反馈了巡察意见").
_ISSUING = re.compile(r"^(?:那|这|该|此)?(?:份|个|项|部|条)?"
                      r"(?:印发|出台|制定|发布|下发|修订|颁布|通过|起草|反馈|送达|交办|移交|提出)?"
                      r"(?=[\u4e00-\u9fff]{4})")


def named_document(question: str) -> str:
    """The core of the document a question names, "" for none (see _NAMED_DOCUMENT)."""
    m = _NAMED_DOCUMENT.search(_ASKING.sub("，", question))
    if not m:
        return ""
    if m.group(1):
        return m.group(1)[:NAMED_DOCUMENT_CORE]
    name = m.group(2).rsplit("的", 1)[-1]  # "济南应急局的政务督查工作办法"
    name = re.sub(r"^[\u4e00-\u9fff]{1,10}(?:局|厅)(?=[\u4e00-\u9fff]{4})", "", name)
    name = re.sub(r"^(?:19|20)?\d*年度?", "", name)
    name = _ISSUING.sub("", name)
    return name[:NAMED_DOCUMENT_CORE]


# A named work (a project, a works scheme, a campaign): "茅湾涌防洪排涝整治工程", "应急救援培训
# 基地项目", "打非治违专项行动". A figure asked of it (its date, its cost) is stated by a sentence
# naming it: another project's completion date is no answer (dev negative q323).
# The name holds no question word, particle or measure word; works that are counted ("复核了
# 多少个…建设项目") are what the figure counts, not its subject.
# A campaign named by its object ("医保基金专项整治", "客运站安全隐患排查") is such a work too: a
# figure of another campaign ("追回重复发放资金73.5万元" of a 人社 audit, "发现隐患17处" of a school
# check) does not answer it (held-out probe, third part t12/t15, answered once the fourth part's
# notices joined the corpus).
_NAMED_WORK = re.compile(r"(?:(?![是哪何几谁把将对向给在于了的个多少])[\u4e00-\u9fff]){2,16}?"
                         r"(?:工程|项目|专项行动|专项整治|专项治理|专项检查|专项审计|集中整治|隐患排查)")
_COUNTED = re.compile(r"(?:\d|[几多少个项宗处座条])$")


# Adverbs and 有 in a run before 工程 say something of works in general ("还有工程没完成":
# held-out probe, fortieth part AI3 was refused for want of "还有工程" in the deadline's cell).
# Nor does a wish or a need before the verb ("单位想要审批投资项目": NCP was refused for want
# of 想要 beside the channel that answered it).
_NOT_IN_A_WORK = "还没都也就又再仍有想要需"


# A work pointed back at ("这一项目", "该工程"), not another one named.
_POINTED_WORK = re.compile(r"^(?:这|该|此|本|其|上述|前述)")


def names_other_work(text: str, own: int = 0) -> bool:
    """Does the text name a work (_NAMED_WORK) other than one pointed back at, the one whose
    name starts the text (its first `own` characters: "门诊楼" of "门诊楼改造工程…") or what the
    work is said to be ("…，是我市单体规模最大的城市更新项目": held-out probe, forty-fourth part)?"""
    return any(m.start() >= own and not _POINTED_WORK.match(m.group(0))
               and not _SAID_TO_BE.search(text, 0, m.start())
               for m in _NAMED_WORK.finditer(text))


_SAID_TO_BE = re.compile(r"(?:是|为|属于|作为)[^，。；,;：:]*$")


# A list of works named where the question looks ("重点项目表里", "项目清单中"), not a work: the
# work asked is named after it (held-out probe, forty-fifth part AN14 was refused for want of
# 重点项目 in the row of "澧岙至蒿泉高速公路").
_LIST_OF_WORKS = re.compile(r"\s*(?:表|清单|名单|台账|库|一览)")


def named_work(question: str) -> str:
    """The name of the work a question asks a figure of, "" for none (see _NAMED_WORK)."""
    question = _ASKING.sub("，", question)
    m = next((m for m in _NAMED_WORK.finditer(question)
              if not _LIST_OF_WORKS.match(question, m.end())), None)
    if not m or _COUNTED.search(question[:m.start()]):
        return ""
    name = re.split(f"[{_NOT_IN_A_WORK}]", m.group(0))[-1]
    name = _OWNER_OF_WORK.split(name)[-1]
    return name if _NAMED_WORK.fullmatch(name) else ""


# An institution before a work's words owns the work, and names none ("交警支队隐患排查" is
# the 交警支队's campaign, its notice's own topic: held-out probe, fifty-first part AT13 was
# refused for want of 交警支队 in the contact line).
_OWNER_OF_WORK = re.compile(r"(?:局|厅|支队|大队|中心|委员会|办公室)")


# A county or district a figure is asked of ("东湖县问责了多少人?", "那西岭县呢"): named at the
# question's start or after a particle. A 督查通报 gives its figures county by county; another
# county's figure, or the whole city's, does not answer (held-out probe: "东湖县问责了多少人?"
# was answered with the city's 问责11人 that lists three other counties).
# A town under its county is one too ("柘川县马鞍乡…受理了多少件?", "其中观音桥镇抽查了多少份?":
# a 督查通报 over a county's towns gives each its own figures; held-out probe, eleventh part),
# but not 乡村 or 镇街, nor a "name" holding 省 or 县 ("广西省乡村振兴…": NCP, once 乡 was read).
_NAMED_PLACE = re.compile(r"(?:^|(?<=[\s,，、;；:：那在和与对市县区给向为从])|(?<=其中))"
                          # (nor "按", "据", "请", "让", "被" before it: "按湑泾县…的办理指南", held-
                          # out probe, forty-fourth part AM15 asked of a place "按湑泾县")
                          r"((?:(?![全本各该每某此其那这哪几今明去前年月季对在向把给为个省县和与及或按据请让被])[\u4e00-\u9fff]){2,3}?"
                          # (a development zone: "浛浦高新区", held-out probe, thirty-fourth
                          # part AC24 was answered with the city's ranking)
                          # (not "县里", "乡里": the level in general, "溱州市要求县里…拿出多少钱"
                          # read 要求县 as a place, held-out probe, thirty-third part AB22)
                          r"(?:高新|经开|开发|保税)?(?:县|区|旗|乡(?![村镇土亲])|镇(?![街村])|街道)(?!里))")
# Common nouns ending in 区, 乡, 镇 or 街道 that name no place (老旧小区, 社区, 城镇 …).
_AREA_NOUNS = frozenset("小区 社区 园区 景区 城区 校区 街区 市区 片区 辖区 矿区 灾区 库区 牧区 郊区 "
                        "疫区 营区 院区 专区 湾区 城镇 集镇 乡镇 村镇 小镇 重镇 城乡 家乡 下乡 老乡 "
                        "他乡 老街道".split())


# A place named in a list ("在临江区、望岳区、丰河县新建社区健身中心12个") shares the figure with the
# others, unless each has it ("…各建成1所", "分别…", "每个…"): the 12 is not 丰河县's (held-out
# probe, ninth part g27).
# What joins places listed together ("南港区、北塘区", "设区市和赣江新区").
_JOINS = "、和及与"
_LISTED = re.compile(f"[{_JOINS}]$")
_EACH = re.compile(r"\s*(?:各|分别|均|每个|每县|每区)")
# a figure right after the place is its own ("其中南港区5人、北塘区4人")
_OWN_FIGURE = re.compile(r"\s*(?:\d|[一二三四五六七八九十两]+\s*[个名人家所项处座])")
_LIST_ITEM = re.compile(rf"[{_JOINS}][\u4e00-\u9fff]{{2,6}}?(?:县|区|旗|市|镇|乡|街道)")


def states_place(quote: str, place: str) -> bool:
    """Does the quote state its figure of `place`: named alone, or in a list each of whose
    places has it?"""
    for m in re.finditer(re.escape(place), quote):
        if _OWN_FIGURE.match(quote, m.end()):
            return True
        end = m.end()
        while (item := _LIST_ITEM.match(quote, end)) is not None:
            end = item.end()
        listed = bool(_LISTED.search(quote[:m.start()])) or end > m.end()
        if not listed or _EACH.match(quote, end):
            return True
    return False


# The money a question names by its kind right before asking its amount ("总投资是多少",
# "罚款多少"): a sentence stating another kind of money ("争取中央水利发展资金1450万元" for an
# investment) does not answer it (held-out probe, ninth part g26). Each kind with the words a
# notice states it with.
_MONEY_KINDS = {"投资": ("投资", "投入"), "罚款": ("罚款", "罚没", "处罚"), "损失": ("损失",),
                # a price ("每吨水价是多少钱?": held-out probe, thirty-second part AA28 was
                # answered by the money invested)
                "价": ("价", "收费", "费用标准"),
                "补助": ("补助", "补贴", "奖补"), "补贴": ("补助", "补贴", "奖补"),
                "赔偿": ("赔偿", "赔付", "理赔"), "租金": ("租金", "房租"), "工资": ("工资", "薪酬"),
                # a fee or a voucher ("签约服务费每人每年多少元?", "发放多少万元消费券?": held-out
                # probe n8 and s29 were answered by a subsidy and by a sales total)
                "费": ("费",), "消费券": ("券",)}
_KIND_WORDS = "|".join(_MONEY_KINDS)
_MONEY_KIND = re.compile(rf"({_KIND_WORDS})(?:资金|金额|总额|额|款|用)?(?:标准)?(?:一共|总共|共|总计)?"
                         rf"(?:每[人年月户次个位件]){{0,3}}(?:是|为|有|达到|达|了)?(?:多少|几)"
                         rf"|(?:多少|几)(?:万|亿)?元?的?({_KIND_WORDS})")


def named_money(question: str) -> tuple[str, ...]:
    """The words a sentence must use for the kind of money asked, () for none named."""
    m = _MONEY_KIND.search(question)
    return _MONEY_KINDS[m.group(1) or m.group(2)] if m else ()


def states_money(sentence: str, words: tuple[str, ...]) -> bool:
    return not words or any(w in sentence for w in words)


# A district named X城区 ("澉城区", "东城区") is a place, unless X only says which part of a town
# (老城区, 主城区: held-out probe, thirty-fourth part AC25 was answered with the city's total).
_TOWN_PARTS = "老新主旧全市县本该各中"


# A part of the place named right after it, longer than _NAMED_PLACE reads ("东城区交道口地区":
# NCP, the 地区 is asked of, and its notice need not name the district).
# (a name: not "白沙县要建多少个社区托育点", whose 社区 is no part of the county's name)
_INNER_AREA = re.compile(r"(?:(?![多少几个有要的了在和与是])[\u4e00-\u9fff]){2,4}?地区")


# Words of time or sequence a question opens with, before a level word that is no place's
# ("后来县农业农村局…核减了多少…?": held-out probe, forty-third part ALc3#2 asked of "后来县").
_TIME_WORDS = frozenset("后来 然后 之后 随后 以后 今后 目前 现在 当时 最后 首先 其次 同时 另外 此外 "
                        "此前 以前 之前 原来 本来".split())


def _is_place(name: str) -> bool:
    if len(name) == 3 and name.endswith("城区"):
        return name[0] not in _TOWN_PARTS
    body, tail = (name[:-2], name[-3:]) if name.endswith("街道") else (name[:-1], name[-2:])
    return tail not in _AREA_NOUNS and body not in _AREA_NOUNS and body not in _TIME_WORDS


def named_place(question: str, skip: Callable[[str], bool] = lambda place: False) -> str:
    """The county or district the question asks a figure of, "" for none (_NAMED_PLACE). A
    place the question lists with others ("11个设区市和赣江新区", "潜在污染区、污染区") asks
    of them together: none (NCP, read not tuned on: three questions so asked were refused
    once a listed place had to be named alone). Places `skip` says are passed over (an
    agency's own county before the town asked: "漪川县…考核中，岽山乡的得分", held-out probe,
    forty-first part AJ25)."""
    passed: list[str] = []
    for m in _NAMED_PLACE.finditer(question):
        if not _is_place(m.group(1)):
            continue
        if skip(m.group(1)) or any(m.group(1).endswith(p) for p in passed):
            passed.append(m.group(1))  # (and "按淯川县" after "淯川县": a word before it)
            continue
        inner = _NAMED_PLACE.match(question, m.end())
        if inner is not None and _is_place(inner.group(1)) or _INNER_AREA.match(question, m.end()):
            continue  # "柘川县马鞍乡": the town is asked, not its county
        before, after = question[m.start() - 1:m.start()], question[m.end():m.end() + 1]
        if before and before in _JOINS or after and after in _JOINS:
            return ""
        return m.group(1)
    return ""



# The post a "who" question names ("党委书记是谁?"): the name answering it is written with that
# very post; "党委副书记、副局长刘动任组长" does not say who the 党委书记 is.
_ASKED_POST = re.compile(r"((?:" + r"|".join(("巡察组", "巡视组", "督查组", "工作组", "领导小组", "专班"))
                         + r")?(?:党委|党组)?副?" + _ASKED_POSTS + r")(?:分别)?是(?:谁|哪(?:一)?位)")
_ENDS_IN_POST = re.compile(_ASKED_POSTS + r"$")
_CLAUSES = re.compile(r"[,，;；。]")
# The body a post belongs to, when the question names it ("巡察组组长是谁?"): the 组长 of the
# 整改领导小组 is not the 巡察组's (found using the shipped index).
_POST_BODY = re.compile(r"巡察组|巡视组|督查组|工作组|领导小组|专班")


def states_subject(quote: str, subject: str) -> bool:
    """Does the quote name what a figure or name is asked of? A post is named as itself, not
    as its deputy (副局长 is no 局长: found using the shipped index), and with its body when
    the question names one."""
    if not subject:
        return True
    body = _POST_BODY.match(subject)
    if body is not None:
        if body.group(0) not in quote:
            return False
        subject = subject[body.end():]
    own = re.escape(subject) if subject.startswith("副") else rf"(?<!副){re.escape(subject)}"
    if not _ENDS_IN_POST.search(subject):
        return re.search(own, quote) is not None
    # A post's holder is named in the post's own clause: "由分管副局长任主任" does not say who the
    # 主任 is because "局长唐耀文任组长" stands a clause before it.
    named = _holder_after(own)
    return any(re.search(own, clause) and (_PERSON.stated.search(clause) or named.search(clause))
               for clause in _CLAUSES.split(quote))


@functools.lru_cache(maxsize=256)
def _holder_after(post: str) -> re.Pattern:
    """A name written right after the post ("主任李明主持…"), compiled once per post pattern
    (states_subject runs per evidence sentence)."""
    return re.compile(post + _NOT_A_NAME + _PERSON_CHAR.format("任") + r"{2,3}(?:同志)?"
                      r"(?=主持|负责|担任|兼任|任|牵头|带队|分管|、|$)")


# The rate a rate question names ("利率是多少", "胜诉率有多高"): up to two characters before 率,
# no particle among them.
_ASKED_RATE = re.compile(r"((?:(?![的之是其])[\u4e00-\u9fff]){1,2})率(?:是|为|达到|有)?(?:多少|几|多高|多大)")


def asked_rate(question: str) -> str:
    """What a rate asked is of: the stem of its name (满意 of 满意率, which a sentence may write
    as 满意度), or the whole name when the stem is one character (利率); "" for none. A
    sentence stating another rate ("逾期率降至0.27%") does not answer "利率是多少" (held-out
    probe, eleventh part k26)."""
    m = _ASKED_RATE.search(question)
    if m is None:
        return ""
    stem = m.group(1)
    return stem if len(stem) >= 2 else stem + "率"


def asked_post(question: str) -> str:
    """The post whose holder the question asks, "" for none (see _ASKED_POST)."""
    m = _ASKED_POST.search(question)
    return m.group(1) if m else ""


# "这些园区", "那五个片区", "那10条具体措施": a plural demonstrative, or one with a count, and
# what it points at (dev conversations q447#3, q451#3, q481#3: near misses about 片区, 园区 and
# 措施 the notices state no such figure of were answered with other sentences).
_POINTED_GROUP = re.compile(r"(?:这些|那些|(?P<counted>(?:这|那)(?:\d+|[一二三四五六七八九十两几]+)\s*"
                            r"(?:个|家|项|条|名|所|批|位|处)))")


def pointed_group(text: str, words: Callable[[str], list[str]], counted_only: bool = False) -> str:
    """The group a follow-up points at ("这些园区…" → 园区), "" for none; `words` tokenizes.
    `counted_only`: only a group given with its count ("那13家充装企业"); a standalone
    question's "那些家庭式的小食品加工点" describes a kind, in words of its own."""
    m = _POINTED_GROUP.search(text)
    if m is None or (counted_only and not m.group("counted")):
        return ""
    after = words(text[m.end():])
    return after[0] if after and len(after[0]) >= 2 and text[m.end():].startswith(after[0]) else ""


def pointed_subject(words: list[str]) -> str:
    """The thing a follow-up points at with a demonstrative ("这个规则是哪一年定的?" → 规则), ""
    for none or a one-character word. A figure about it is stated by a sentence naming it:
    the year of another sentence of the passage is not the rule's (dev q269#3, conv2)."""
    for word, after in zip(words, words[1:]):
        if _DEMONSTRATIVE.match(word) and len(after) >= 2:
            return after
    return ""
