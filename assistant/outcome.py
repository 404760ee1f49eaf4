"""Whether a planned thing happened: "储备库最后有没有按计划在9月开工?" asks an outcome, which a
sentence stating the work only as planned ("计划于9月份开工") does not answer."""
from __future__ import annotations

import re

from assistant.quantity import Kind

# Acts whose happening a question may ask of a plan (a start, a completion, an opening, an
# issue); a general list of administrative milestones, not taken from a notice.
_ACTS = ("开工", "动工", "完工", "竣工", "建成", "开通", "通车", "投用", "投入使用", "投产", "上线",
         "运行", "运营", "开业", "启用", "交付", "落地", "完成", "出台", "印发", "实施", "召开",
         "举办", "开展", "签约", "挂牌", "成立", "验收")
# Everyday short forms and the acts a sentence states them with ("最后发了没有?": 印发, 出台 …).
_SHORT_ACTS = {"发": ("印发", "发布", "出台", "下发", "发出"), "办": ("举办", "召开", "开展", "办结"),
               "开": ("召开", "开工", "开通", "开业")}
_ACT = "|".join(sorted((*_ACTS, *_SHORT_ACTS), key=len, reverse=True))
# The question asks what came of it: "最后/最终/到底/后来/实际/究竟 … 有没有/是否 … 开工", "…最后
# 建成了没有", or "有没有按计划/如期/按期/按时 … 开工" with no such word. A plain "有没有开展培训?"
# asks what was planned as much as done and is not read here.
_FINALLY = r"(?:最后|最终|到底|后来|实际上?|究竟)"
_WHETHER = r"(?:有没有|是否|有无|是不是)"
_ASKED = re.compile(
    rf"(?:{_FINALLY}[^,，。?？]{{0,10}}?{_WHETHER}|{_WHETHER}[^,，。?？]{{0,4}}?"
    rf"(?:按计划|按原计划|如期|按期|按时))[^,，。?？]{{0,12}}?({_ACT})"
    rf"|{_FINALLY}[^,，。?？]{{0,12}}?({_ACT})(?:成|好|完)?(?:了)?(?:没有|吗|了没|与否)"
    # "…在12月底前完工了没有?": 了没有 after the act asks what came of it
    rf"|({_ACT})(?:成|好|完)?了没有")
# Words that make an act a plan or an aim in its clause ("计划于9月份开工", "力争年底前建成").
# A deadline before the act plans it too ("剩余35户12月31日前全部完工").
_PLAN = (r"计划|拟|预计|力争|争取|准备|打算|将于|将在|将要|要在|确保|有望|预期"
         r"|(?:\d|[一二三四五六七八九十])\s*(?:日|号|月底|月末|年底|年末)前")
_CLAUSE = r"[,，。;；:：!！?？\n]"


# A court's (or an arbitrator's) decision asked ("法院是怎么判的?", "官司判了没有?"): a sentence
# saying only that a suit was filed ("已向县人民法院起诉") does not answer it (held-out probe,
# twenty-fourth part r29).
_VERDICT_ASKED = re.compile(r"怎么判|如何判|判了没|判没判|判得|判决结果|判决如何|判决是|裁决结果|"
                            r"(?:官司|诉讼|案子|仲裁)[^,，。?？]{0,6}(?:结果|输赢|赢了|输了)")
_VERDICT = Kind("verdict", "判决结果", _VERDICT_ASKED,
                re.compile(r"判决|判处|判令|判定|裁定|裁决|胜诉|败诉|调解结案|撤诉|驳回"), numeric=False)


def outcome_kinds(question: str) -> tuple[Kind, ...]:
    """The outcome asked (a Kind stated by a sentence writing the act outside a plan), or ()."""
    if _VERDICT_ASKED.search(question):
        return (_VERDICT,)
    m = _ASKED.search(question)
    if m is None:
        return ()
    act = m.group(1) or m.group(2) or m.group(3)
    forms = "|".join(re.escape(a) for a in _SHORT_ACTS.get(act, (act,)))
    stated = re.compile(rf"(?:^|{_CLAUSE})(?:(?!{_PLAN}|{_CLAUSE}).)*?(?:{forms})")
    return (Kind("outcome", f"实际结果 (是否已{act})", _ASKED, stated, numeric=False),)


# A plan (工作要点, 方案, 计划) states what is to be done, never what came of it: its "制定出台
# 《…意见》" is a task, not an outcome (dev q436: "原计划4月出台的意见,最后发了没有?").
PLAN_TYPES = ("要点", "方案", "计划")


def states_outcome_in(doc_type: str | None) -> bool:
    """Can a notice of this type state an outcome at all?"""
    return doc_type not in PLAN_TYPES

