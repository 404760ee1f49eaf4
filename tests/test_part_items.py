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


def _citer(text: str, name: str):
    """A function citing a sentence of the notice `text` as evidence."""
    notice = parse_notice(text.encode("utf-8"), name)

    def cite(sentence: str):
        start = notice.text.index(sentence)
        return span_evidence(notice, start, start + len(sentence))

    return cite


def test_two_items_of_a_part_cited_below_a_background_sentence_list_the_whole_part():
    cite = _citer(TEXT, "县政府办_答复.txt")
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


CASES = ("滁溪县卫生健康局关于医疗机构检查情况的通报\n一、基本情况\n全县共检查医疗机构46家。\n二、发现的典型问题\n"
         "（一）滁北镇卫生院处方管理问题。抽查处方120张，不合格9张。\n"
         "（二）仁和诊所超范围执业问题。该诊所开展未经登记的诊疗科目。\n"
         "（三）康宁药店违规销售问题。该药店无处方销售处方药。\n"
         "以上典型问题暴露出部分机构管理松弛，各单位要引以为戒。\n三、下一步工作\n持续开展检查。\n")


def test_one_item_cited_below_the_parts_own_closing_lists_the_part_it_names():
    cite = _citer(CASES, "卫健局_通报.txt")
    closing = cite("以上典型问题暴露出部分机构管理松弛，各单位要引以为戒。")
    chosen = [closing, cite("抽查处方120张，不合格9张。")]
    listed = [e.quote for e in sibling_items(chosen, "滁溪县卫健局通报了哪几个典型问题?")]
    assert listed[0] == closing.quote and len(listed) >= 4
    assert any(q.startswith("（三）康宁药店") for q in listed)
    # a question not naming the part gets no list from one item
    assert sibling_items(chosen, "滁溪县卫健局做了什么?") == []


def test_an_ordinal_counts_the_numbered_items_not_a_first_citation_outside_them():
    from types import SimpleNamespace
    from assistant.followup import LAST, _numbered_citation, _numeral
    quotes = ["以上典型问题暴露出部分机构管理松弛。", "（一）滁北镇卫生院处方管理问题。", "（二）仁和诊所超范围执业问题。",
              "（三）康宁药店违规销售问题。"]
    citations = [SimpleNamespace(quote=q) for q in quotes]
    assert _numbered_citation(citations, 2) == 3
    assert _numbered_citation(citations, LAST) is None
    assert _numbered_citation(citations[1:], 2) is None  # the first is an item: counted as cited
    assert [_numeral(m) for m in ("（二）", "十二、", "3.", "二十一、", "第")] == [2, 12, 3, 21, None]


def test_an_ordinal_after_an_item_picked_from_a_list_counts_in_that_list():
    from assistant.catalog import Catalog, DocInfo
    from assistant.followup import resolve
    from assistant.models import Answer, Citation, Turn

    notice = parse_notice(CASES.encode("utf-8"), "卫健局_通报.txt")
    text = notice.text
    agency = "滁溪县卫生健康局"

    def citation(n: int, quote: str) -> Citation:
        start = text.index(quote)
        line_end = text.index("\n", start)
        return Citation(n, "c1", "通报", agency, "2027-03-01", None, (), "c1#0", quote, start,
                        start + len(quote), text.rfind("\n", 0, start) + 1, line_end)

    listed = [citation(1, "以上典型问题暴露出部分机构管理松弛，各单位要引以为戒。"),
              citation(2, "（一）滁北镇卫生院处方管理问题。"), citation(3, "（二）仁和诊所超范围执业问题。"),
              citation(4, "（三）康宁药店违规销售问题。")]

    def recall(earlier):  # the list turn cites the list; an item turn cites its item alone
        cited = listed if not earlier.span else [citation(1, text[earlier.span[1]:earlier.span[2]])]
        return Answer(earlier.text, earlier.text, "…", False, cited, [])

    catalog = Catalog.of_docs([DocInfo("c1", "通报", agency, "2027-03-01", None, "通报")])
    history = [Turn("user", "滁溪县卫健局通报了哪几个典型问题?"), Turn("assistant", "…"),
               Turn("user", "第二个问题是怎么处理的?"), Turn("assistant", "…")]
    second = resolve("第二个问题是怎么处理的?", history[:2], catalog, recall, {"c1": text})
    assert text[second.span[1]:second.span[2]].startswith("（二）仁和诊所")
    third = resolve("第三个问题是怎么处理的?", history, catalog, recall, {"c1": text})
    assert third.span is not None and text[third.span[1]:third.span[2]].startswith("（三）康宁药店")
