"""The synonym groups (assistant/resources/synonyms.txt): everyday words meet the notices'
administrative ones in sentence scoring. No index."""
from __future__ import annotations

from assistant.relevance import Coverage, load_synonyms
from index.lexical.tokenizer import Tokenizer
from support import tiny_coverage

TOKENIZER = Tokenizer()


def test_every_synonym_is_one_word_or_a_phrase_cut_into_words():
    """A synonym is met as a token of the text, or by all the words it is cut into."""
    scorer = tiny_coverage(["修订档案管理办法"])
    for word in load_synonyms():
        assert TOKENIZER.words(word) == [word] or scorer._parts(word), word


def _coverage_of_first(texts: list[str], question: str) -> tuple[float, float, Coverage]:
    """Coverage of the question by texts[0] with and without synonyms, over these texts."""
    scorer = tiny_coverage(texts)
    terms = scorer.terms(question)
    without = Coverage(TOKENIZER, scorer.weights, synonyms={}).of(terms, texts[0])
    return scorer.of(terms, texts[0]), without, scorer


def test_an_everyday_question_meets_the_notices_words():
    texts = ["对违规发放的补助资金全部予以收回", "修订档案管理办法", "开展安全生产大检查"]
    with_synonyms, without, scorer = _coverage_of_first(texts, "哪些单位追回了不该发的钱")
    assert with_synonyms > without
    assert scorer.of(scorer.terms("哪些单位追回了不该发的钱"), texts[1]) == 0.0


def test_recruiting_by_exam_is_recruiting():
    """Held-out wording: a 林业局 "通过招录、遴选补充执法人员" answers "哪些单位通过招聘补充了人员"."""
    texts = ["通过招录、遴选补充执法人员", "开展执法业务轮训", "修订档案管理办法"]
    with_synonyms, without, _ = _coverage_of_first(texts, "哪些单位通过招聘补充了人员")
    assert with_synonyms > without


def test_the_money_asked_by_duoshao_qian_is_no_term_but_money_as_a_topic_is():
    """"多少钱" asks an amount (the quantity check reads it); its 钱 met any 费用 by synonym,
    so a sentence on travel costs covered "慰问金退回来多少钱" as well as one on the 慰问金."""
    texts = ["差旅费用超标部分已全部退回", "慰问金超发部分已退回", "修订档案管理办法"]
    scorer = tiny_coverage(texts)
    asked = scorer.terms("超发的慰问金退回来多少钱?")
    assert "钱" not in asked
    assert scorer.of(asked, texts[1]) > scorer.of(asked, texts[0])
    assert "钱" in scorer.terms("救灾的钱从哪里来?")


def test_a_one_character_verb_no_notice_uses_alone_is_met_in_part_by_a_word_holding_it():
    from assistant.relevance import SINGLE_CHARACTER_SHARE

    texts = ["全年监督罚款87万元", "开展安全生产大检查", "修订档案管理办法"]
    scorer = tiny_coverage(texts)
    terms = scorer.terms("罚了多少?")
    assert "罚" in terms and "罚" not in scorer.weights
    assert scorer.of(terms, texts[0]) == SINGLE_CHARACTER_SHARE
    assert scorer.of(terms, texts[1]) == 0.0


def test_an_agencys_short_name_is_no_term_once_the_scope_is_that_agency():
    from assistant.relevance import without_name

    terms = {"泰州": 2.0, "应急局": 3.0, "党支部": 4.0, "支部": 1.0}
    assert without_name(terms, "泰州市应急管理局") == {"党支部": 4.0, "支部": 1.0}
    assert without_name({"泰州": 2.0}, "泰州市应急管理局") == {"泰州": 2.0}  # nothing else
    assert without_name(terms, "") == terms


def test_a_synonym_of_several_words_is_met_with_a_word_between_them():
    """减负 is written 减轻…负担 ("减轻企业负担"): met when both words are in the text."""
    texts = ["深化落实减轻企业负担的各项措施", "修订档案管理办法", "开展安全生产大检查"]
    with_synonyms, without, scorer = _coverage_of_first(texts, "哪些单位给企业减负了")
    assert with_synonyms > without
    assert scorer.of(scorer.terms("哪些单位给企业减负了"), "减轻了群众的排队时间") < with_synonyms


def test_only_a_rare_words_synonyms_are_searched_too():
    texts = ["深化落实减轻企业负担的各项措施", "修订档案管理办法", "开展安全生产大检查"]
    scorer = tiny_coverage(texts)
    assert scorer.with_synonyms("怎么给企业减负") == "怎么给企业减负 减轻负担"
    assert scorer.with_synonyms("开展了哪些检查") == "开展了哪些检查"  # 检查 is in a passage


def test_everyday_words_for_cadre_work_meet_the_official_ones():
    """Written for this test: a 水务局's cadre measures asked in everyday words."""
    cases = [
        (["分管领导与新入职人员逐一开展谈心谈话", "修订档案管理办法", "开展防汛检查"],
         "领导是怎么跟新人交心的?"),
        (["安排3名青年干部到基层站所轮岗", "修订档案管理办法", "开展防汛检查"],
         "有没有让青年干部换岗?"),
        (["选派干部到抗洪一线挂职锻炼", "修订档案管理办法", "开展防汛检查"],
         "干部到哪里历练?"),
        (["对各站所工作实行季度评比", "修订档案管理办法", "开展防汛检查"],
         "各站所是怎么打分的?"),
    ]
    for texts, question in cases:
        with_synonyms, without, _ = _coverage_of_first(texts, question)
        assert with_synonyms > without, question


def test_a_name_written_in_several_words_meets_its_short_form():
    """Written for this test: "内部审计" asked, a 水务局 writing only "内审"; "危险化学品"
    asked, only "危化品"."""
    texts = ["局里成立内审小组, 每年开展一次内审", "修订档案管理办法", "开展防汛检查"]
    with_synonyms, without, scorer = _coverage_of_first(texts, "水务局的内部审计是怎么开展的?")
    assert with_synonyms > without
    assert "内审" in scorer.with_synonyms("水务局的内部审计是怎么开展的?").split()
    texts = ["全县危化品企业32家", "修订档案管理办法", "开展防汛检查"]
    with_synonyms, without, _ = _coverage_of_first(texts, "危险化学品企业有多少家?")
    assert with_synonyms > without


def test_the_words_of_a_phrase_far_apart_do_not_make_the_phrase():
    scorer = tiny_coverage(["局里成立内审小组", "修订档案管理办法"])
    assert scorer.phrases_in(scorer.terms("内部审计怎么做?")) == {"内部审计":
                                                               frozenset({"内部", "审计"})}
    assert scorer.phrases_in(scorer.terms("审计发现的内部问题有哪些?")) == {}
    # one word between (减轻基层负担 is 减轻负担), and its short form is searched
    scorer = tiny_coverage(["为基层减负", "修订档案管理办法", "减轻企业负担"])
    assert "减轻负担" in scorer.phrases_in(scorer.terms("怎么减轻基层负担?"))
    assert "减负" in scorer.with_synonyms("怎么减轻基层负担?").split()


def test_everyday_service_names_meet_the_official_ones():
    """Written for this test: 煤气 is 燃气, 托儿所 is 托育机构, 房租 is 租金."""
    for texts, question in (
            (["对餐饮场所使用燃气开展安全检查", "修订档案管理办法", "开展执法业务轮训"], "哪些单位检查了饭店用煤气的安全"),
            (["对备案托育机构给予运营补助", "修订档案管理办法", "开展执法业务轮训"], "托儿所能拿到什么补助"),
            (["追缴拖欠的公租房租金", "修订档案管理办法", "开展执法业务轮训"], "公租房拖欠的房租追回了吗")):
        with_synonyms, without, _ = _coverage_of_first(texts, question)
        assert with_synonyms > without, question


def test_a_cheaper_fee_for_a_second_child_is_a_reduction_for_the_second_child():
    """Written for this test: "老二…便宜" in everyday words, "二孩…减免" in the notice's."""
    texts = ["二孩家庭的幼儿入园，保教费减免15%", "开展安全生产大检查", "修订档案管理办法"]
    with_synonyms, without, _ = _coverage_of_first(texts, "家里老二上幼儿园能便宜多少?")
    assert with_synonyms > without


def test_everyday_water_and_sand_words_meet_the_notices_words():
    """Written for this test: "自来水", "半夜挖沙" in a question, "供水", "夜间采砂" in a notice."""
    texts = ["对12处农村供水工程加装消毒设备", "开展夜间联合巡查，查处非法采砂案件5起", "修订档案管理办法"]
    with_synonyms, without, _ = _coverage_of_first(texts, "村里的自来水怎么整改的")
    assert with_synonyms > without
    scorer = tiny_coverage(texts)
    terms = scorer.terms("半夜在河里挖沙怎么管")
    assert scorer.of(terms, texts[1]) > Coverage(TOKENIZER, scorer.weights, synonyms={}).of(
        terms, texts[1])
