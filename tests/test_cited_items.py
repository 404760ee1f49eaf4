"""Which ledger items an answer's citations quote (ledger_route.cited_items): a follow-up
"谁负责?" asks the field of the item the answer was about. Written for this test: a .md
report whose offices stand in a table after the prose, and a plan numbered "13. " inline.
No index."""
from __future__ import annotations

from assistant.evidence import span_evidence
from assistant.ledger_route import cited_items
from corpus.ledger import extract_ledger
from corpus.load import parse_notice

REPORT = (
    "# 柳塘县文化和旅游局关于审计查出问题整改情况的报告\n\n"
    "## 一、审计查出问题的整改情况\n\n"
    "### （一）关于文物保护专项资金闲置的问题\n\n"
    "审计发现，文物保护专项资金86万元闲置超过一年。整改情况：已将闲置资金统筹用于3处县级文物修缮，"
    "该问题已整改到位。\n\n"
    "### （二）关于公共文化场馆免费开放不到位的问题\n\n"
    "审计发现，县图书馆分馆有4处未按规定免费开放。整改情况：4处分馆已于2025年6月恢复免费开放，"
    "剩余设备更新计划于2025年12月31日前完成。整改结果：正在整改。\n\n"
    "### （三）关于旅游厕所建设验收不规范的问题\n\n"
    "审计发现，新建旅游厕所12座中有5座未验收即投入使用。整改情况：已组织补充验收。整改结果：已整改到位。\n\n"
    "## 二、整改责任分工\n\n"
    "| 序号 | 问题 | 整改结果 | 责任股室 | 责任领导 |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 1 | 文物保护专项资金闲置 | 已整改到位 | 文物股 | 韦思远 |\n"
    "| 2 | 公共文化场馆免费开放不到位 | 正在整改 | 公共服务股 | 韦思远 |\n"
    "| 3 | 旅游厕所建设验收不规范 | 已整改到位 | 产业发展股 | 蓝若溪 |\n")

PLAN = ("潞河县水务局2025年工作要点\n一、保障供水安全\n"
        "12. 推进农村供水规模化改造。完成3处水厂并网。(农水股负责;完成时限:持续推进)\n"
        "13. 加强取水许可监管工作。开展取水口核查,建立取水台账。(水资源股负责;完成时限:12月底前)\n")


def _cited(text: str, name: str, *quotes: str):
    notice = parse_notice(text.encode("utf-8"), name)
    ledger = extract_ledger(notice)
    citations = []
    for n, quote in enumerate(quotes, start=1):
        start = text.index(quote)
        citations.append(span_evidence(notice, start, start + len(quote)).cite(n))
    return cited_items(citations, lambda doc_id: ledger)


def test_an_item_whose_office_stands_in_a_closing_table_does_not_reach_over_later_items():
    items = _cited(REPORT, "柳塘县文化和旅游局_审计整改报告.md",
                   "审计发现，县图书馆分馆有4处未按规定免费开放。")
    assert [i.problem.text for i in items] == ["（二）关于公共文化场馆免费开放不到位的问题"]
    assert [s.text for s in items[0].lead] == ["公共服务股"]


def test_a_quote_opening_at_the_next_items_number_quotes_that_item():
    items = _cited(PLAN, "潞河县水务局_2025年工作要点.txt",
                   "13. 加强取水许可监管工作。开展取水口核查,建立取水台账。")
    assert [i.deadline.text for i in items] == ["12月底前"]


def test_a_quote_spanning_two_items_whole_quotes_both():
    items = _cited(PLAN, "潞河县水务局_2025年工作要点.txt",
                   "完成3处水厂并网。(农水股负责;完成时限:持续推进)\n13. 加强取水许可监管工作。开展取水口核查,")
    assert len(items) == 2


LEDGER_PAGE = (
    "<html><body><h1>中共澄溪县农业农村局党组关于县委巡察反馈意见整改台账的公示</h1>"
    "<p>根据县委统一部署，现将整改台账公示如下。</p>"
    "<table><tr><th>序号</th><th>反馈问题</th><th>整改措施</th><th>责任人</th><th>完成时限</th>"
    "<th>整改状态</th></tr>"
    "<tr><td rowspan='2'>1</td><td rowspan='2'>农机购置补贴审核不严，3户重复申领补贴</td>"
    "<td>追回重复申领的补贴资金4.2万元</td><td>计财股股长邝明远</td><td>2025年7月31日</td>"
    "<td>已完成</td></tr>"
    "<tr><td>建立补贴申领信息比对机制，每季度开展一次核查</td><td>农机股股长柏思齐</td>"
    "<td>2025年12月31日</td><td>推进中</td></tr>"
    "<tr><td rowspan='2'>2</td><td rowspan='2'>高标准农田项目验收把关不严</td>"
    "<td>对2023年以来验收的11个项目开展复核</td><td>农田建设股股长芮清和</td><td>2025年9月30日</td>"
    "<td>推进中</td></tr>"
    "<tr><td>修订项目验收办法，引入第三方抽检</td><td>农田建设股股长芮清和</td><td>2026年3月31日</td>"
    "<td>推进中</td></tr>"
    "</table><p>中共澄溪县农业农村局党组</p><p>2025年6月20日</p></body></html>")


def test_a_row_quoted_from_its_problem_cell_is_that_rows_measure_not_the_row_above():
    """A table of one row per measure: the quote opening at the next problem's cell lies after
    the last cell of the row above, so the row above is not quoted."""
    notice = parse_notice(LEDGER_PAGE.encode("utf-8"), "澄溪县农业农村局_巡察整改台账.html")
    ledger = extract_ledger(notice)
    quote = "高标准农田项目验收把关不严 | 对2023年以来验收的11个项目开展复核"
    start = notice.text.index(quote)
    citation = span_evidence(notice, start, start + len(quote)).cite(1)
    items = cited_items([citation], lambda doc_id: ledger)
    assert [i.deadline.text for i in items] == ["2025年9月30日"]
