"""The n-th item of a list the last answer quoted, when the list is announced by a numeric code
("“2131”工程，即…") or is a run of 、-joined items the question names by their closing word
("…等关键步骤" / "第三个步骤"), or is a colon list its lead counts ("两处站点：A；B"). Wordings
written here; no index."""
from __future__ import annotations

from assistant.catalog import Catalog, DocInfo
from assistant.followup import resolve
from assistant.listing import coded_lists, runs_in
from assistant.models import Answer, Citation, Turn

AGENCY = "汶阳市住房和城乡建设局"
TEXT = ("汶阳市住房和城乡建设局2025年工作要点\n"
        "一、推进城市更新\n"
        "一是实施老旧小区改造。全年改造小区46个。二是推进“2131”城市更新工程，即完善2项更新制度，"
        "建设1个城市信息模型平台，打造3类示范片区（历史街区、工业遗存、滨水空间）；培育1支专业运营队伍。"
        "三是开展城市体检，形成问题清单。\n"
        "二、加强质量安全\n"
        "专项检查围绕现场巡查、资料核验、实体检测、问题交办、整改复查等关键步骤依次推进，全年检查在建项目210个。\n"
        "落实“1+2+1”监管体系：建立1个质量安全监管平台；推行工程质量潜在缺陷保险、住宅分户验收2项制度；"
        "组建1支专家巡查队。\n")


def test_a_code_announces_one_item_per_figure():
    found = dict(coded_lists(TEXT))
    assert [TEXT[s:e] for s, e in found["2131"]] == [
        "完善2项更新制度", "建设1个城市信息模型平台", "打造3类示范片区（历史街区、工业遗存、滨水空间）",
        "培育1支专业运营队伍"]
    assert [TEXT[s:e] for s, e in found["1+2+1"]] == [
        "建立1个质量安全监管平台", "推行工程质量潜在缺陷保险、住宅分户验收2项制度", "组建1支专家巡查队"]


def test_a_run_of_items_ends_before_its_closing_word():
    start = TEXT.index("专项检查")
    runs = runs_in(TEXT, start, TEXT.index("\n", start))
    assert [TEXT[s:e] for s, e in runs[0]] == ["现场巡查", "资料核验", "实体检测", "问题交办", "整改复查"]


def _catalog() -> Catalog:
    return Catalog.of_docs([DocInfo("h1", "汶阳市住房和城乡建设局2025年工作要点", AGENCY,
                                    "2025-02-10", None, "要点")])


def _citing(*quotes: str):
    def recall(earlier):
        citations = []
        for n, quote in enumerate(quotes, start=1):
            start = TEXT.index(quote)
            line_start = TEXT.rfind("\n", 0, start) + 1
            line_end = TEXT.index("\n", start)
            citations.append(Citation(n, "h1", "汶阳市住房和城乡建设局2025年工作要点", AGENCY,
                                      "2025-02-10", None, (), "h1#0", quote, start,
                                      start + len(quote), line_start, line_end))
        return Answer(earlier.text, earlier.text, "…", False, citations, [])
    return recall


def _ask(first: str, then: str, *quotes: str):
    history = [Turn("user", first), Turn("assistant", "…")]
    return resolve(then, history, _catalog(), _citing(*quotes), {"h1": TEXT})


def test_the_item_of_a_code_named_by_the_question_before():
    quoted = "二是推进“2131”城市更新工程，即完善2项更新制度，建设1个城市信息模型平台，"
    turn = _ask("汶阳住建局的“2131”工程具体指什么?", "第三项那个“3”具体是哪几类?",
                "一是实施老旧小区改造。", quoted)
    start, end = turn.span[1:]
    assert TEXT[start:end].startswith("打造3类示范片区")
    last = _ask("汶阳住建局的“2131”工程具体指什么?", "最后那个“1”是什么?", quoted)
    assert TEXT[slice(*last.span[1:])] == "培育1支专业运营队伍"


def test_the_item_of_a_run_named_by_its_closing_word():
    quoted = "专项检查围绕现场巡查、资料核验、实体检测、问题交办、整改复查等关键步骤依次推进，全年检查在建项目210个。"
    turn = _ask("汶阳住建局的质量安全专项检查是怎么推进的?", "其中第三个步骤是什么?", quoted)
    assert TEXT[slice(*turn.span[1:])] == "实体检测"
    # an ordinal that does not name the run's items is no run's
    other = _ask("汶阳住建局的质量安全专项检查是怎么推进的?", "第三个是什么?", quoted)
    assert other.span is None or TEXT[slice(*other.span[1:])] != "实体检测"


def test_a_colon_list_its_lead_counts_is_a_list() -> None:
    """"两处站点：A…；B…。" is a list of two; a count that does not match the parts is none."""
    from assistant.listing import lists_in

    text = "关于您提到的两处站点：东门站已于3月建成；西门站正在选址，计划9月底前建成。"
    lists = lists_in(text)
    assert [[text[s:e] for s, e in items] for items in lists] == [
        ["东门站已于3月建成", "西门站正在选址，计划9月底前建成"]]
    assert lists_in("三个小区：甲小区已建成；乙小区在建。") == []


def test_a_grade_of_a_run_is_its_nth_item_and_asked_more_of_it_is_searched():
    """"第二级" of "分为蓝色、黄色、橙色、红色四个级别" is 黄色; "第二级是在什么情况下发?" asks
    more than the name, so 黄色 and the question's words are searched in the notice, while
    "第二级是什么?" is answered by the name itself."""
    text = ("汶阳市住房和城乡建设局2025年工作要点\n"
            "三、燃气安全预警\n燃气安全预警由低到高分为蓝色、黄色、橙色、红色四个级别。\n"
            "黄色预警：管网压力异常持续2小时以上。\n")
    quote = "燃气安全预警由低到高分为蓝色、黄色、橙色、红色四个级别。"

    def recall(earlier):
        start = text.index(quote)
        citation = Citation(1, "h1", "汶阳市住房和城乡建设局2025年工作要点", AGENCY, "2025-02-10",
                            None, (), "h1#0", quote, start, start + len(quote), start,
                            start + len(quote))
        return Answer(earlier.text, earlier.text, "…", False, [citation], [])

    history = [Turn("user", "汶阳市燃气安全预警分几级?"), Turn("assistant", "…")]
    what = resolve("第二级是什么?", history, _catalog(), recall, {"h1": text})
    assert what.span is not None and text[what.span[1]:what.span[2]] == "黄色", what
    when = resolve("第二级是在什么情况下发?", history, _catalog(), recall, {"h1": text})
    assert when.span is None and when.text.startswith("黄色") and "什么情况" in when.text, when
