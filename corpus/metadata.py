"""NoticeMeta from the header fields and the cleaned text (title, signature block, body).

>>> meta = infer_meta("根据市委统一部署,市委巡察组对中山市应急管理局党委开展巡察。现将巡察整改进展情况予以公布。\\n"
...                   "中共中山市应急管理局委员会\\n2025年9月12日", HeaderFields())
>>> meta.title, meta.agency, meta.written_date, meta.doc_type
('中共中山市应急管理局委员会关于巡察整改进展情况的通报', '中山市应急管理局', '2025-09-12', '通报')
"""
from __future__ import annotations

import re

from corpus.agencies import canonical_agency
from corpus.dates import is_date_line, parse_date
from corpus.header import HeaderFields
from corpus.models import NoticeMeta
from corpus.numbering import SENTENCE_ENDS, match_marker
from corpus.signature import AGENCY_NAME as _AGENCY_NAME
from corpus.signature import signing_agencies, split_agency_date, wrapped_name

# A title is one line of at most this many characters (the longest of the shipped notices,
# a 关于印发《…》的通知, has 38; official titles rarely exceed 60).
TITLE_MAX_CHARS = 80
# The title is among the first lines of the cleaned text, after a letterhead or number.
TITLE_SCAN_LINES = 4
# A letterhead naming a document type ("X局公告", "X局文件") may stand above the title, with its
# number between: the title is this many lines below it at most. Not tuned: the probe's 公告 has
# it two lines below.
LETTERHEAD_LINES = 3
# A synthesised title without a recognisable subject falls back to the first sentence,
# cut to this length.
FALLBACK_TITLE_CHARS = 30
# The document number is read from the header area only: the first lines of the text.
# Body paragraphs cite other documents' numbers (鲁政办字〔2020〕167号) that are not its own.
DOC_NUMBER_SCAN_LINES = 6

# Document types, by the word a title ends with. Longer words first so 办法 wins over 法.
DOC_TYPES: tuple[str, ...] = (
    "修正案", "实施细则", "通报", "通知", "通告", "公告", "公报", "方案", "要点", "报告",
    "意见", "办法", "决定", "规定", "细则", "规划", "计划", "条例", "规则", "指南", "指引",
    # (a 说明 of a kind: "部门决算公开说明", "…情况的说明"; not any title ending in 说明, "…发布操作
    # 说明" of a news page, whose agency the title would no longer give: NCP)
    "公开说明", "情况说明", "编制说明", "起草说明", "的说明",
    "批复", "纪要", "总结", "决议", "解释", "命令", "请示", "章程", "制度", "标准", "公示",
    "答复", "清单", "台账", "分解表", "一览表", "答记者问", "问答", "解读", "简报", "函", "法",
)
# The verb of "现将…予以公布" tells what a header-less notice is.
_VERB_TYPES: dict[str, str] = {
    "公布": "通报", "通报": "通报", "公示": "公示", "公告": "公告", "报告": "报告",
    "印发": "通知", "下发": "通知", "发布": "通知",
}
_SUBJECT = re.compile(
    r"现将(?P<subject>[^,，。;；:：]{2,30}?)(?:予以|进行|作|如下)?(?P<verb>"
    + "|".join(_VERB_TYPES) + ")"
)
_DOC_NUMBER = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{1,12})\s*[〔\[【(（]\s*(?P<year>\d{4})\s*[〕\]】)）]\s*第?\s*"
    r"(?P<num>\d{1,5})\s*号"
)
# A title joining two documents, the first of a known type: "2025年工作总结和2026年工作打算",
# "…工作总结暨…工作思路" (the joined part ends in no type word). Single-character types (法, 函)
# are left out: "执法和…" is no type.
_JOINED_TYPE = re.compile("(" + "|".join(t for t in DOC_TYPES if len(t) > 1)
                          + r")(?:和|及|与|暨)[^和及与暨]{2,24}$")
# A header agency that opens with its level (县, 市) names no place.
_LEVELS = ("省", "市", "县", "区", "州", "乡", "镇")
_WRAPPER = re.compile(r"关于(?:印发|转发|下发|发布|公布)《(?P<inner>[^》]+)》")
_TRAILING_BRACKETS = re.compile(r"[（(][^（()）]{1,12}[）)]$")
# The inspected agency of a 巡察 notice: "市委第三巡察组对中山市应急管理局党委开展巡察".
_INSPECTED = re.compile(
    r"对(?:中共)?(?P<agency>[\u4e00-\u9fff]{2,6}?(?:省|市|县|区|州)[\u4e00-\u9fff]{2,14}?(?:局|厅))"
    r"(?:委员会|党委|党组)?"
)
_TITLE_ISSUER = re.compile(r"^(?P<issuer>[\u4e00-\u9fff（）()]{3,40}?)关于")
# A title opening with an agency and then the year of its work ("X市档案馆2025年度重点工作任务推进
# 台账", "X县林业局2026年工作要点": held-out probe, twenty-third part, signed by the agency's
# 办公室, which became the agency).
_YEAR_TITLE_ISSUER = re.compile(r"^(?P<issuer>[\u4e00-\u9fff（）()]{3,40}?)(?=(?:19|20)\d{2}\s*年)")
# A title opening with an agency's party organisation and no 关于 ("中共X县林业局党组巡察反馈问题
# 整改任务分解表", held-out probe part twenty-two): that organisation issued it.
_PARTY_ISSUER = re.compile(
    r"^中共(?P<agency>[\u4e00-\u9fff（）()]{3,30}?)(?P<organ>党组|党委|委员会|党总支|党支部)")


def infer_meta(text: str, header: HeaderFields) -> NoticeMeta:
    """Metadata of a cleaned notice, preferring what the header states explicitly."""
    lines = text.split("\n")
    signature_agency, signature_date = _signature(lines)
    title = header.title or _title_from_lines(lines)
    issuer = _title_issuer(title) if title else None
    agency = (
        _placed(header.agency, (issuer, signature_agency))
        or issuer
        or signature_agency
        or _letterhead_agency(lines, title)
        or _inspected_agency(text)
        or _agency_like(header.source_agency)
    )
    doc_type = _doc_type(title) if title else None
    if not title:
        title, doc_type = _synthesise_title(lines, signature_agency or agency)
    return NoticeMeta(
        title=title,
        agency=canonical_agency(agency) if agency else "",
        date=header.date,
        written_date=header.written_date or signature_date,
        doc_number=_normalise_doc_number(header.doc_number) if header.doc_number
        else _doc_number(lines),
        doc_type=doc_type,
    )


def _placed(name: str | None, fuller: tuple[str | None, ...]) -> str | None:
    """A header's agency written without its place ("县医疗保障局", as a county site's 发布机构
    reads) completed by the title's issuer or the signature that ends with it
    ("溧川县医疗保障局"): held-out probe, thirteenth part, where every question names the county."""
    if not name or not name.startswith(_LEVELS):
        return name
    return next((f for f in fuller if f and len(f) > len(name) and f.endswith(name)), name)


def _title_from_lines(lines: list[str]) -> str | None:
    """The first line that reads like a document title, if the text opens with one."""
    for k, line in enumerate(lines[:TITLE_SCAN_LINES]):
        if line.startswith("# "):
            return line[2:].strip() or None
        candidate = _strip_doc_number(line)
        if not candidate:
            continue  # a line holding only the document number
        if match_marker(candidate) is not None or _looks_like_prose(candidate):
            return None  # the body starts before any title
        if len(candidate) > TITLE_MAX_CHARS:
            return None
        if _LABELLED_LINE.match(candidate):
            continue  # "解读文件：…关于印发…的通知" names another document, not this one's title
        if _doc_type(candidate) or "关于" in candidate or _ISSUE_TITLE.fullmatch(candidate):
            return candidate if "关于" in candidate else _titled_below(lines, k) or candidate
        # anything else short (a letterhead, an addressee): look at the next line
    return None


def _titled_below(lines: list[str], at: int) -> str | None:
    """A "…关于…" title within LETTERHEAD_LINES lines below a letterhead naming a document type
    ("溹源县审计局公告" / "2026年第2号" / "溹源县审计局关于…情况的公告": held-out probe, fifty-seventh
    part, titled by its letterhead), or None."""
    for line in lines[at + 1:at + 1 + LETTERHEAD_LINES]:
        candidate = _strip_doc_number(line)
        if match_marker(candidate) is not None or _looks_like_prose(candidate) \
                or len(candidate) > TITLE_MAX_CHARS:
            return None
        if "关于" in candidate and _doc_type(candidate) and not _LABELLED_LINE.match(candidate):
            return candidate
    return None


# A periodical's issue ("政务动态（2026年第16期）", "工作简报 第3期"): the title of a page of
# news or a briefing (held-out probe, forty-fourth part: the page was titled "…人民政府办公室文件",
# and its issue line cited as evidence).
_ISSUE_TITLE = re.compile(r"[\u4e00-\u9fff“”]{2,16}\s*[（(]?\s*(?:\d{4}\s*年)?\s*第\s*[\d一二三四五六七八九十]+\s*期"
                          r"\s*(?:[（(]总第\s*\d+\s*期[)）])?\s*[)）]?")

# A short label and its value ("解读人：X", "解读文件：…", "来源：…") above a web page's text.
_LABELLED_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]")


def _looks_like_prose(line: str) -> bool:
    return any(ch in SENTENCE_ENDS for ch in line) or line.endswith((":", "：", ",", "，"))


def _strip_doc_number(line: str) -> str:
    m = _DOC_NUMBER.match(line)
    return line[m.end():].strip() if m else line.strip()


def _doc_type(title: str) -> str | None:
    """The document type a title names; for 关于印发《X》的通知, the type of X."""
    m = _WRAPPER.search(title)
    if m:
        inner = _doc_type(m.group("inner"))
        if inner:
            return inner
    bare = _TRAILING_BRACKETS.sub("", title.strip())
    for word in DOC_TYPES:
        if bare.endswith(word):
            return _SHUOMING if word.endswith(_SHUOMING) else word
    m = _JOINED_TYPE.search(bare)
    return m.group(1) if m else None


_SHUOMING = "说明"  # the type of every kind of 说明 DOC_TYPES names


# A letterhead line over the title may name the agency and then its author's post and name
# ("X县人民政府副县长Y" over "2025年度述职述责述廉报告": held-out probe, twenty-fifth part, a
# leader's report with no signature had no agency). What follows the agency is this short.
LETTERHEAD_TAIL_CHARS = 10


def _letterhead_agency(lines: list[str], title: str | None) -> str | None:
    """The agency a line above the title names (alone, joint, or before a post and a name)."""
    for line in lines[:TITLE_SCAN_LINES]:
        line = line.strip()
        if not line or line == title:
            return None
        signers = signing_agencies(line)
        if signers:
            return _first_government(signers)
        for cut in range(len(line) - 1, max(2, len(line) - LETTERHEAD_TAIL_CHARS - 1), -1):
            if _AGENCY_NAME.match(line[:cut]) and re.fullmatch(r"[\u4e00-\u9fff]+", line[cut:]):
                return line[:cut]
    return None


def _title_issuer(title: str) -> str | None:
    m = _TITLE_ISSUER.match(title) or _YEAR_TITLE_ISSUER.match(title)
    if m and _AGENCY_NAME.match(m.group("issuer")):
        return m.group("issuer")
    m = _PARTY_ISSUER.match(title)
    if m and _AGENCY_NAME.match(m.group("agency")):
        return f"中共{m.group('agency')}{m.group('organ')}"
    return None


def _signature(lines: list[str]) -> tuple[str | None, str | None]:
    """Agency and date of the signature block: a date line below an agency line.

    The first such pair is the notice's own; a date line without an agency above it is
    used when nothing better exists (the last one, as signatures close a document).
    """
    loose_date = None
    for i, line in enumerate(lines):
        if not is_date_line(line):
            one_line = split_agency_date(line)  # "北京市交通委员会 2020年2月7日"
            if one_line:
                return _unwrapped(lines, i, one_line[0]), parse_date(one_line[1])
            continue
        above = lines[i - 1].strip() if i > 0 else ""
        signers = signing_agencies(above)
        if len(signers) > 1:
            return _first_government(signers), parse_date(line)
        if signers:
            return _unwrapped(lines, i - 1, above), parse_date(line)
        loose_date = parse_date(line)
    return None, loose_date


# A place's discipline commission and supervisory commission signing together ("中共X县纪委 X县
# 监委"): one body working as one, called "X县纪委监委" (held-out probe, twenty-seventh part:
# the notice's agency was "X县监委", which no question names).
_DISCIPLINE_PAIR = re.compile(r"^中共(?P<place>[\u4e00-\u9fff]{2,12}?)(?:纪委|纪律检查委员会)"
                              r"(?P=place)(?:监委|监察委员会)$")


def _first_government(signers: list[str]) -> str:
    """Of joint signers (a party committee and its government), the first that is no party
    organisation: questions name the government ("芡湾镇…"), not "中共…委员会"; a discipline
    and a supervisory commission are one body, "X县纪委监委"."""
    pair = _DISCIPLINE_PAIR.match("".join(signers[:2])) if len(signers) == 2 else None
    if pair:
        return f"{pair.group('place')}纪委监委"
    return next((name for name in signers if not name.startswith("中共")), signers[0])


def _unwrapped(lines: list[str], i: int, name: str) -> str:
    """The agency name of line i, joined to its first half when it was wrapped from the line
    above."""
    return (wrapped_name(lines[i - 1], name) if i > 0 else None) or name


def _inspected_agency(text: str) -> str | None:
    first_paragraph = text.split("\n", 1)[0]
    m = _INSPECTED.search(first_paragraph)
    return m.group("agency") if m else None


def _agency_like(name: str | None) -> str | None:
    """A 信息来源 value only when it names an agency rather than a department (人事处)."""
    if name and re.search(r"[省市县区州]", name) and _AGENCY_NAME.match(name):
        return name
    return None


def _doc_number(lines: list[str]) -> str | None:
    for line in lines[:DOC_NUMBER_SCAN_LINES]:
        m = _DOC_NUMBER.match(line.strip())
        if m:
            return _normalise_doc_number(m.group(0))
    return None


def _normalise_doc_number(number: str) -> str:
    """One bracket style (〔〕) and no spaces: 济财预[2019]19号 → 济财预〔2019〕19号."""
    m = _DOC_NUMBER.search(number)
    if not m:
        return re.sub(r"\s+", "", number)
    return f"{m.group('org')}〔{m.group('year')}〕{m.group('num')}号"


def _synthesise_title(lines: list[str], issuer: str | None) -> tuple[str, str | None]:
    """A title for a notice published without one, from its own words.

    "现将巡察整改阶段性情况予以公布" signed by 中共东莞市应急管理局委员会 becomes
    "中共东莞市应急管理局委员会关于巡察整改阶段性情况的通报".
    """
    for line in lines[:3]:
        m = _SUBJECT.search(line)
        if m:
            doc_type = _VERB_TYPES[m.group("verb")]
            subject = m.group("subject").strip("《》“”\"")
            prefix = f"{issuer}关于" if issuer else "关于"
            return f"{prefix}{subject}的{doc_type}", doc_type
    if issuer:
        return f"{issuer}文件", None
    first = lines[0] if lines else ""
    cut = re.split(f"[{SENTENCE_ENDS}，,：:]", first, maxsplit=1)[0]
    return (cut[:FALLBACK_TITLE_CHARS] or "无标题文件"), None


# A year's plan (工作要点, 工作计划) speaks of its own year where a sentence names none: "全年预计
# 接收…260名" in the 2025年工作要点 is 2025's figure, not an answer for 2023 (held-out probe,
# sixth part). So does a 方案 whose title names one year ("2025年县域商业体系建设实施方案");
# reports, and rectification plans (their titles name no year), speak of several and get none.
_YEAR_PLAN_TYPES = ("要点", "计划", "方案")
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?")


# A year a title names as what the notice is of ("2026年农村公路养护补助资金"), not a span's end
# ("2021-2025年"), a period since ("2023年以来") or a date ("2026年1月").
_OF_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年度?(?!\s*(?:[至到—－~-]|以来|底|末|\d|[一二三四五六七八九十]+月))")
_SPAN = re.compile(r"(?:19|20)\d{2}\s*年?\s*[至到—－~-]")


def title_year(meta: NoticeMeta) -> int | None:
    """The one year the title names as the notice's own, None for none, several or a span."""
    years = set(_OF_YEAR.findall(meta.title))
    return int(years.pop()) if len(years) == 1 and not _SPAN.search(meta.title) else None


def plan_year(meta: NoticeMeta) -> int | None:
    """The year a year's plan is of, as its title names it; None for other notices."""
    if meta.doc_type not in _YEAR_PLAN_TYPES:
        return None
    years = {int(y) for y in _TITLE_YEAR.findall(meta.title)}
    return years.pop() if len(years) == 1 else None

