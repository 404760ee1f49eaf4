"""Signature blocks: the issuing agency and date that close a notice (or its cover letter).

They are metadata (NoticeMeta.agency, NoticeMeta.written_date), not passages: alone they
answer no question, yet "中共中山市应急管理局委员会 2025年9月12日" shares words with every
question about that agency and ranked as a hit.

>>> signature_lines(["全年检查企业120家。", "中共中山市应急管理局委员会", "2025年9月12日"])
{1, 2}
"""
from __future__ import annotations

import re

from corpus.dates import is_date_line

# A signature line (the issuing agency above the date) is short.
SIGNATURE_MAX_CHARS = 40
# Offices named 室 are listed by name (督查室, 研究室, 参事室, 督导室): a bare 室 would make a
# room ("三楼会议室") an agency.
# People's organisations issue notices too (残疾人联合会, 总工会, 红十字会, 科协): held-out probe,
# twelfth part, a 县残疾人联合会 report had no agency and so joined every agency's scope.
# So do cooperatives and institutions named 社, 馆, 所, 校 (供销合作社联合社, 图书馆, 研究所, 党校):
# held-out probe, nineteenth part, a 市供销合作社联合社 report had none either.
AGENCY_NAME = re.compile(
    r"^[\u4e00-\u9fff（）()、]{3,40}?(?:委员会|党组|党总支|人民政府|政府|办公厅|办公室|厅|局|部|委|办|署|院|"
    r"中心|指挥部|领导小组|小组|集团|公司|总队|支队|大队|督查室|督导室|研究室|参事室|"
    r"联合会|总工会|工会|红十字会|协会|科协|残联|妇联|侨联|文联|学会|商会|基金会|研究会|促进会|"
    r"社|馆|所|校)$"
)


# Joint signers set side by side on one line ("中共X镇委员会　　　X镇人民政府", one space once
# cleaned: held-out probe, twenty-fourth part, whose joint signature was read as no agency).
_SIGNERS_GAP = re.compile(r"[ \t\u3000]+")


def signing_agencies(line: str) -> list[str]:
    """The agency names a line holds and nothing else: one, or joint signers side by side;
    [] for any other line."""
    line = line.strip()
    if len(line) > SIGNATURE_MAX_CHARS:
        return []
    names = _SIGNERS_GAP.split(line)
    return names if all(AGENCY_NAME.match(name) for name in names) else []


def is_agency_line(line: str) -> bool:
    """A line that is nothing but an agency's name (or joint signers' names)."""
    return bool(signing_agencies(line))


# The first half of an agency name wrapped onto two lines ("泰州市海陵区应对新型冠状病毒感染" /
# "肺炎疫情工作领导小组 2020年2月9日"): a short run of Chinese characters, no punctuation, that
# starts with a place (or 中共/国家) and is no agency name itself.
_WRAPPED_HEAD = re.compile(r"^(?:中共|国家|[\u4e00-\u9fff]{1,6}?[省市县区州旗])[\u4e00-\u9fff]{1,30}$")


def wrapped_name(above: str, name: str) -> str | None:
    """The whole agency name when `name` is the end of one wrapped from the line `above`."""
    above = above.strip()
    joined = above + name
    if (_WRAPPED_HEAD.match(above) and not is_agency_line(above)
            and len(joined) <= SIGNATURE_MAX_CHARS and AGENCY_NAME.match(joined)):
        return joined
    return None


def split_agency_date(line: str) -> tuple[str, str] | None:
    """("北京市交通委员会", "2020年2月7日") for a signature written on one line, else None."""
    name, _, date = line.strip().rpartition(" ")
    if name and is_agency_line(name) and is_date_line(date):
        return name, date
    return None


def signature_lines(lines: list[str]) -> set[int]:
    """Indices of the lines that belong to a signature block: bare date lines, agency and
    date on one line, and the agency lines directly above a date line (joint signatures
    stack several)."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        one_line = split_agency_date(line)
        if one_line:
            found.add(i)
            if i > 0 and wrapped_name(lines[i - 1], one_line[0]):
                found.add(i - 1)
        elif is_date_line(line):
            found.add(i)
            above = i - 1
            while above >= 0 and above not in found and is_agency_line(lines[above]):
                found.add(above)
                above -= 1
            if above >= 0 and above + 1 < i and wrapped_name(lines[above], lines[above + 1]):
                found.add(above)
    return found
