"""The extractive writer: the answer text from cited sentences, grouped by agency.

No language model: every statement is a quoted sentence followed by its marker [n], so the
answer says nothing the notices do not say.

>>> print(write_groups([AgencyGroup("济南市应急管理局", [citation])]))
济南市应急管理局:
· 将原有的20个党支部整合为9个党支部 [1]
"""
from __future__ import annotations

from typing import Sequence

from assistant.models import AgencyGroup, Citation

NO_ANSWER = "未在已收录的通报中找到可靠答案。"
UNCONFIRMED = "以下是最接近的段落, 未经确认, 仅供参考。"


def write_groups(groups: Sequence[AgencyGroup]) -> str:
    """One block per agency with evidence, each cited sentence on its own line."""
    blocks = []
    for group in groups:
        if group.citations:
            blocks.append(f"{_name(group.agency)}:\n" + "\n".join(_line(c) for c in group.citations))
    return "\n\n".join(blocks)


def write_enumeration(groups: Sequence[AgencyGroup]) -> str:
    """Which agencies have evidence (numbered), then which have none."""
    found = [g for g in groups if g.has_evidence and not g.tentative]
    unsure = [g for g in groups if g.has_evidence and g.tentative]
    missing = [g.agency for g in groups if not g.has_evidence]
    lines = [f"在已收录的 {len(groups)} 家单位中, {len(found)} 家有相关内容:"]
    for i, group in enumerate(found, start=1):
        lines.append(f"{i}. {_name(group.agency)}:")
        lines.extend(f"   {_line(c)}" for c in group.citations)
    if unsure:
        lines.append(f"另有 {len(unsure)} 家的内容可能相关 (与问题的吻合度明显较低, 请核对):")
        for i, group in enumerate(unsure, start=len(found) + 1):
            lines.append(f"{i}. {_name(group.agency)}:")
            lines.extend(f"   {_line(c)}" for c in group.citations)
    if missing:
        lines.append("未找到相关内容: " + "、".join(_name(a) for a in missing) + "。")
    return "\n".join(lines)


def write_refusal(reason: str, agencies: Sequence[str]) -> str:
    listed = "、".join(agencies)
    return f"{reason}\n已收录的单位: {listed}。" if listed else reason


def _line(c: Citation) -> str:
    return f"· {c.quote} [{c.n}]"


def _name(agency: str) -> str:
    return agency or "未注明单位"
