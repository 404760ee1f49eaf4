"""The first citation of an answer comes from the notice a search ranks first: over notices
written here, in wordings of their own (not the shipped notices), with the weaker notice first
in index order so that the order the index holds them in would put it first."""
from __future__ import annotations

import pytest

from support import small_assistant

# Three agencies' notices on one topic: the last in index order states the topic most fully.
NOTICES = {
    "a_weak.txt": (
        "安徽省应急管理厅关于汛期工作情况的通报\n\n"
        "一、总体情况\n今年汛期我厅按要求开展工作, 总体平稳。\n\n"
        "二、值班安排\n汛期落实防汛值班值守制度, 安排人员值班。\n"),
    "b_other.txt": (
        "浙江省应急管理厅关于安全生产培训工作的通报\n\n"
        "一、培训情况\n全年组织安全生产培训12期, 培训企业负责人860人次。\n\n"
        "二、下一步打算\n继续加强企业主要负责人培训考核。\n"),
    "c_strong.txt": (
        "云南省应急管理厅关于防汛值班值守工作的通报\n\n"
        "一、防汛值班值守\n严格落实防汛24小时值班值守和领导带班制度, 防汛值班人员坚守岗位, "
        "防汛值班电话保持畅通。\n\n"
        "二、防汛值班检查\n对各州市防汛值班值守情况开展抽查, 通报防汛值班脱岗问题3起。\n"),
    # No agency in its title or text: the catalog cannot say whose it is.
    "d_unnamed.txt": (
        "关于做好汛期安全工作的通知\n\n"
        "一、工作要求\n汛期加强河道巡查, 确保安全度汛。\n"),
}


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embedder):
    return small_assistant(tmp_path_factory, embedder, NOTICES, "order")


def test_a_list_over_agencies_starts_with_the_best_ranked_notice(bot):
    question = "各单位在防汛值班值守方面采取了哪些措施?"
    catalog = bot._current().catalog
    top = bot.search(question, k=1)[0].notice
    assert top.doc_id == "c_strong"
    assert catalog.agencies[0] != top.meta.agency  # index order would start elsewhere
    answer = bot.ask(question)
    assert not answer.abstained
    assert answer.citations[0].doc_id == top.doc_id
    assert answer.groups[0].agency == top.meta.agency
    # Every agency, and the notices whose agency is unknown as one more group, not dropped.
    assert not catalog.docs["d_unnamed"].agency
    assert len(answer.groups) == len(catalog.agencies) + 1
    assert "" in [g.agency for g in answer.groups]


def test_a_single_answer_starts_with_the_best_ranked_notice(bot):
    question = "防汛值班电话要保持什么状态?"
    top = bot.search(question, k=1)[0]
    answer = bot.ask(question)
    assert answer.citations and answer.citations[0].passage_id == top.passage.passage_id


def test_a_named_agency_keeps_notices_whose_agency_is_unknown(bot):
    """Nothing rules out a notice with no known agency for "云南…?"; it never saves a question
    about an agency the index does not hold from refusal."""
    from assistant.models import Filters
    from assistant.question import analyse
    from assistant.scope import scope_of

    ctx = bot._current()
    scope = scope_of(analyse("云南省应急管理厅汛期河道巡查怎么做?", ctx.catalog), Filters(),
                     ctx.catalog, ctx.texts)
    assert set(scope.doc_ids) == {"c_strong", "d_unnamed"}
    refused = bot.ask("广东省应急管理厅汛期河道巡查怎么做?")
    assert refused.abstained and refused.reason == "scope"
