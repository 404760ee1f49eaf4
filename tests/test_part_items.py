"""A question asking which ones, answered by two items of one part below a first citation
outside it, lists every item of the part (up to twelve), the first citation kept first.
Written for this test (滁溪县, in other wordings). No index."""
from __future__ import annotations

from assistant.evidence import span_evidence
from assistant.widening import sibling_items
from corpus.load import parse_notice

ITEMS = ["（一）筹措资金。全年投入供水资金0.9亿元。", "（二）建设水厂。滁北水厂于8月建成通水。",
         "（三）改造管网。改造老旧管网46公里。", "（四）应急送水。组织送水车辆820车次。",
         "（五）水质检测。每季度抽检出厂水和末梢水。", "（六）智慧管理。建成供水监测平台。",
         "（七）排查整治。排查整改问题158个。"]
TEXT = ("滁溪县人民政府办公室关于农村供水建议的答复\n一、基本情况\n近年来，全县农村自来水普及率逐年提高。\n"
        "二、已开展的工作\n" + "\n".join(ITEMS) + "\n三、下一步打算\n继续推进城乡供水一体化。\n")


def test_two_items_of_a_part_cited_below_a_background_sentence_list_the_whole_part():
    notice = parse_notice(TEXT.encode("utf-8"), "县政府办_答复.txt")

    def cite(sentence: str):
        start = notice.text.index(sentence)
        return span_evidence(notice, start, start + len(sentence))

    background = cite("近年来，全县农村自来水普及率逐年提高。")
    chosen = [background, cite("滁北水厂于8月建成通水。"), cite("建成供水监测平台。")]
    listed = [e.quote for e in sibling_items(chosen, "滁溪县去年为解决农村饮水做了哪些工作?")]
    assert listed[0] == background.quote
    assert [q.split("。")[0] for q in listed[1:]] == [item.split("。")[0] for item in ITEMS]
    # one item cited below the background is no list of the part
    assert sibling_items(chosen[:2], "滁溪县去年为解决农村饮水做了哪些工作?") == []


def test_an_announcing_citation_numbers_the_lines_below_it():
    from types import SimpleNamespace
    from assistant.followup import _announced_lines
    text = ("全体会议由局长主持。主要议程如下：\n1. 观看专题片。\n2. 通报上年工作情况。\n"
            "3. 副局长解读建设方案。\n四、有关要求\n请准时参会。\n")
    cited = SimpleNamespace(start=0, end=text.index("\n"))
    lines = [text[a:b] for a, b in _announced_lines(text, cited)]
    assert lines == ["1. 观看专题片。", "2. 通报上年工作情况。", "3. 副局长解读建设方案。"]
    plain = SimpleNamespace(start=text.index("请准时"), end=len(text) - 1)
    assert _announced_lines(text, plain) == []
