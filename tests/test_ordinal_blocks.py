"""A report that groups problems by verdict and keeps each one's original number ("★第3项：…"
blocks of labelled lines), signed jointly by a township's party committee and government on one
line, and a web page's Q&A whose labelled lines ("解读文件：…") stand above the body. Written for
this test (a 乡 in other wordings than the probe's 镇). No index."""
from __future__ import annotations

from corpus.chrome import is_chrome_line
from corpus.ledger import extract_ledger
from corpus.load import parse_notice
from corpus.numbering import match_marker

REPORT = (
    "中共榑川县蒲岭乡委员会\n"
    "榑川县蒲岭乡人民政府\n"
    "关于审计反馈问题整改验收情况的报告\n\n"
    "县审计局：\n"
    "县审计局对我乡2025年财政收支进行了审计，指出问题5个。现将验收情况报告如下。\n\n"
    "一、已验收通过的问题\n\n"
    "★第2项：乡村公益性岗位人员管理松散\n"
    "整改措施：\n"
    "1. 对全乡公益性岗位人员逐一考勤核查；\n"
    "2. 建立岗位人员月度考核台账。\n"
    "责任人：副乡长柯望舒\n"
    "承办单位：社会事务办、财政所\n"
    "整改时限：2026年2月28日\n"
    "整改进展：已整改到位。清退不在岗人员3名。\n\n"
    "★第5项：项目资金拨付滞后\n"
    "整改措施：\n"
    "1. 已拨付滞留资金42万元。\n"
    "责任人：乡长岑若水\n"
    "承办单位：财政所\n"
    "整改时限：立行立改\n"
    "整改进展：已整改到位。\n\n"
    "二、尚未通过验收的问题\n\n"
    "★第1项：村级债务化解缓慢\n"
    "整改措施：\n"
    "1. 制定村级债务三年化解计划。\n"
    "责任人：副乡长柯望舒\n"
    "承办单位：经济发展办\n"
    "整改时限：2026年12月31日\n"
    "整改进展：正在整改。已化解债务18万元。\n\n"
    "中共榑川县蒲岭乡委员会　　榑川县蒲岭乡人民政府\n"
    "2026年3月9日\n")


def _notice():
    return parse_notice(REPORT.encode("utf-8"), "蒲岭乡_审计整改验收报告.txt")


def test_an_ordinal_behind_a_bullet_opens_an_item():
    assert match_marker("★第2项：乡村公益性岗位人员管理松散").style == "第1项"
    assert match_marker("◆第十一项　惠农补贴代管").style == "第1项"
    assert match_marker("第3个问题：食堂管理不规范").style == "第1项"
    assert match_marker("▲（二）强化督查").style == "(一)"
    assert match_marker("第三项工作进展顺利。") is None  # prose opening with an ordinal
    assert match_marker("★ 重点工作") is None  # a bullet with no number opens nothing


def test_each_block_is_one_item_with_its_original_number_and_fields():
    items = extract_ledger(_notice()).items
    assert [i.problem.text for i in items] == ["乡村公益性岗位人员管理松散", "项目资金拨付滞后",
                                                "村级债务化解缓慢"]
    assert [i.status for i in items] == ["完成", "完成", "推进中"]
    assert [[s.text for s in i.lead] for i in items] == [["社会事务办", "财政所"], ["财政所"],
                                                        ["经济发展办"]]
    assert [[s.text for s in i.leaders] for i in items] == [["副乡长柯望舒"], ["乡长岑若水"],
                                                           ["副乡长柯望舒"]]
    assert [i.deadline.text for i in items] == ["2026年2月28日", "立行立改", "2026年12月31日"]


def test_a_lone_office_line_is_text_but_a_site_footer_is_chrome():
    assert not is_chrome_line("承办单位：财政所")
    assert not is_chrome_line("主办单位：乡党政办")
    assert is_chrome_line("主办单位：某市人民政府办公室　　地址：某市人民路1号")
    assert is_chrome_line("主办单位：某县人民政府　　承办：某县大数据中心")
    assert "承办单位：经济发展办" in _notice().text


def test_joint_signers_on_one_line_give_the_government_as_the_agency():
    assert _notice().meta.agency == "榑川县蒲岭乡人民政府"


PAGE = (
    "<html><body><div class='article'>"
    "<h1>县医保局负责同志就《榑川县门诊慢特病管理办法》答记者问</h1>"
    "<p>解读人：聂清和</p>"
    "<p>解读文件：榑川县医疗保障局关于印发《榑川县门诊慢特病管理办法》的通知（榑医保发〔2026〕2号）</p>"
    "<p>问：《办法》什么时候施行？</p><p>答：自2026年3月1日起施行。</p>"
    "</div></body></html>")


def test_a_labelled_line_above_the_text_is_not_its_title():
    meta = parse_notice(PAGE.encode("utf-8"), "医保局_政策解读.html").meta
    assert meta.title == "县医保局负责同志就《榑川县门诊慢特病管理办法》答记者问"
    assert meta.doc_type == "答记者问"


def test_the_joint_signature_closes_the_last_item():
    last = extract_ledger(_notice()).items[-1]
    assert [m.text for m in last.measures] == ["1. 制定村级债务三年化解计划"]


QA = (
    "县医保局负责同志就门诊慢特病新政答记者问\n"
    "问：哪些病种可以申请门诊慢特病待遇？\n"
    "答：首批纳入高血压、糖尿病等32个病种。\n"
    "记者问：报销比例是多少？\n"
    "答：职工医保报销75%，居民医保报销60%。\n"
    "年度支付限额另行公布。\n")


def test_a_question_titles_its_answer_and_is_no_passage_of_its_own():
    notice = parse_notice(QA.encode("utf-8"), "医保局_答记者问.txt")
    answers = {p.text: p.section[-1] for p in notice.passages[1:]}
    assert answers == {"答：首批纳入高血压、糖尿病等32个病种。": "问：哪些病种可以申请门诊慢特病待遇",
                       "答：职工医保报销75%，居民医保报销60%。": "记者问：报销比例是多少",
                       "年度支付限额另行公布。": "记者问：报销比例是多少"}
    assert match_marker("问题：报销比例") is None  # a 问题 label is no question


def test_a_bare_label_takes_the_line_below_into_its_passage():
    notice = _notice()
    assert not any(p.text.strip() in ("整改措施：", "整改措施:") for p in notice.passages)
    assert any(p.text.startswith("整改措施：\n1. 已拨付滞留资金42万元") for p in notice.passages)


def test_a_list_of_links_is_other_pages_titles_but_a_list_of_text_is_kept():
    page = ("<html><body><div class='article'><h1>县医保局关于门诊慢特病待遇的通知</h1>"
            "<p>各乡镇：</p><ul><li>高血压；</li><li>糖尿病；</li></ul>"
            "<p>特此通知。</p></div>"
            "<div class='box'><h4>推荐阅读</h4><ul><li><a href='/a'>图解：医保门诊共济</a></li>"
            "<li><a href='/b'>县医保局开展政策宣讲</a></li></ul></div></body></html>")
    text = parse_notice(page.encode("utf-8"), "医保局_通知.html").text
    assert "高血压" in text and "糖尿病" in text
    assert "图解：医保门诊共济" not in text and "政策宣讲" not in text


def test_a_letterhead_naming_the_agency_and_its_author_gives_the_agency():
    report = ("榑川县人民政府副县长聂清和\n2025年度述职述廉报告\n（2026年1月10日）\n"
              "本人分管县水利局、县农业农村局。全年完成水毁工程修复36处。\n以上报告，请予评议。\n")
    meta = parse_notice(report.encode("utf-8"), "述职报告.txt").meta
    assert meta.agency == "榑川县人民政府" and meta.title == "2025年度述职述廉报告"
    addressed = "关于做好汛期值守的通知\n各乡镇人民政府：\n请做好值守。\n"
    assert parse_notice(addressed.encode("utf-8"), "通知.txt").meta.agency == ""
