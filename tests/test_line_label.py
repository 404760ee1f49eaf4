"""A short label opening a line ("西岭县：…。…。") is what every sentence of the line is about.

Held-out wording (a 督查通报 giving each county's figures on its own line): the sentence stating
what was asked, after the county's first sentence, is the one quoted. No index."""
from __future__ import annotations

from assistant.evidence import best_sentence, line_label
from support import one_passage_hit, tiny_coverage

REPORT = ("二、各县区推进情况\n"
          "东湖县：民生实事项目28项，已完工25项，完成率89.3%。农村供水提质工程提前完工。\n"
          "西岭县：民生实事项目30项，已完工22项，完成率73.3%。督查发现问题12个，已整改10个。\n"
          "三、存在的主要问题\n一是部分项目前期工作不扎实。")


def test_a_line_label_is_the_label_of_every_later_sentence_of_its_line():
    second = REPORT.index("督查发现")
    assert line_label(REPORT, second) == "西岭县"
    assert line_label(REPORT, REPORT.index("西岭县")) == ""  # the label's own start
    assert line_label(REPORT, REPORT.index("一是")) == ""  # a line without a label
    assert line_label("整改情况：一是修订制度。", 5) == "整改情况"


def test_the_labelled_line_quotes_the_sentence_stating_what_was_asked():
    hit = one_passage_hit(REPORT, ("二、各县区推进情况",), "督查通报", "江州市人民政府督查室")
    # idf as in a corpus where the county is rarer than the report's words (督查 in every line
    # of a 督查 notice): without the label the county's first sentence outscores the answer
    scorer = tiny_coverage(REPORT.split("\n") + ["督查工作"] * 3)
    terms = scorer.terms("西岭县督查发现了多少问题")
    quote = best_sentence(hit, terms, scorer, unit="").quote
    assert quote.startswith("督查发现问题12个")


def test_a_label_line_over_a_line_names_it():
    """Written for this test: a contact list whose units stand on lines of their own."""
    text = "联系人及联系方式：\n河道管理科\n李明，电话：0591-1234567。\n水土保持科\n王芳，电话：0591-7654321。"
    assert line_label(text, text.index("王芳")) == "水土保持科"
    assert line_label(text, text.index("李明")) == "河道管理科"
    assert line_label(text, text.index("河道管理科")) == ""  # its line above ends in "："
    assert line_label("二、加强队伍建设，提升能力水平\n王芳，电话：1。", 17) == ""  # punctuated
    hit = one_passage_hit(text, (), "通知", "青禾市水利局")
    scorer = tiny_coverage(text.split("\n") + ["联系方式"] * 3)
    quote = best_sentence(hit, scorer.terms("水土保持科的电话是多少"), scorer, unit="").quote
    assert quote == "水土保持科\n王芳，电话：0591-7654321。"  # the label cited with its line
    assert text.count(quote) == 1


def test_a_field_label_alone_is_quoted_with_the_item_before_it_on_its_line():
    """Written for this test: a plan's task ending in labelled fields; a question matching the
    assisting office's name quotes the task, not "配合单位：审计股。" alone."""
    plan = ("二、加强基金监管\n"
            "5.开展定点医药机构专项检查，对违规机构暂停结算。牵头单位：基金监管股；配合单位：财务审计股。\n"
            "6.推广医保电子凭证。牵头单位：信息股。")
    hit = one_passage_hit(plan, ("二、加强基金监管",), "工作要点", "白石县医疗保障局")
    scorer = tiny_coverage(plan.split("\n") + ["医保工作"] * 3)
    quote = best_sentence(hit, scorer.terms("哪些单位开展了财务审计"), scorer).quote
    assert quote.startswith("5.开展定点医药机构专项检查") and "配合单位：财务审计股。" in quote
