"""Agency and place facts stored when a notice is published answer scope questions without
reading texts, as the texts would (index/lexical/facts.py, assistant/scope.py)."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from assistant.catalog import Catalog
from assistant.question import analyse
from assistant.question import _UNIT_END
from assistant.scope import _PLACE_SUFFIX, scope_of
from assistant.models import Filters
from corpus import agency_places
from corpus.agencies import PROVINCES
from index.lexical.facts import FACTS_VERSION, NoticeFacts, notice_facts
from index.lexical.tokenizer import tagged_words
from index.search.loaded import LoadedIndex
from support import NoReads


@pytest.fixture()
def index(seed_index) -> LoadedIndex:
    return LoadedIndex.open(seed_index)


def _forms(index: LoadedIndex) -> set[str]:
    """What a question may name: every indexed agency and its place forms, and every place
    the tagger finds in any notice (ending in an administrative unit, or a province: the
    tagger also calls 重特大 and 最高 places in some sentences and not in others), as
    written and without its unit/department."""
    forms: set[str] = set()
    for notice in index.notices.values():
        names = [w for w, flag in tagged_words(notice.text) if flag.startswith("ns")
                 and (_UNIT_END.search(w) or w in PROVINCES)]
        if notice.meta.agency:
            names += [notice.meta.agency, *agency_places(notice.meta.agency)]
        for name in names:
            forms.update(f for f in (name, _PLACE_SUFFIX.sub("", name)) if len(f) >= 2)
    return forms


def test_every_record_carries_current_facts(index):
    for doc_id, record in index.manifest.documents.items():
        assert record.has_facts
        facts = NoticeFacts.from_record(record.facts)
        assert facts is not None and facts.version == FACTS_VERSION


def test_facts_name_what_the_text_names(index):
    """The stored facts never say more than the text, and on the shipped notices say all a
    question could ask about (places and agencies of every notice, years 2000-2030)."""
    forms = _forms(index)
    assert len(forms) > 20
    for doc_id, record in index.manifest.documents.items():
        text = index.notices[doc_id].text
        facts = NoticeFacts.from_record(record.facts)
        missed = [f for f in forms if (f in text) != facts.names(f)]
        assert not missed, (doc_id, missed)
        for year in range(2000, 2031):
            spoken = re.search(rf"{year}\s*年|{year}\s*[-—至到]", text) is not None
            assert facts.speaks_of(year) == spoken, (doc_id, year)
        assert facts.dated == (re.search(r"(?:19|20)\d{2}\s*年", text) is not None)


def test_facts_never_claim_a_name_the_text_lacks():
    text = "2020-2021年，先后对长清、济阳等地开展检查。济南市应急管理局负责。"
    facts = notice_facts(text, ["长清", "济南", "佛山"])  # a token the text lacks
    assert facts.names("长清") and facts.names("济南市应急管理局") and facts.names("济阳")
    assert not facts.names("佛山") and not facts.names("长清\n济阳")
    assert facts.speaks_of(2020) and facts.speaks_of(2021) and not facts.speaks_of(2019)


QUESTIONS = ("济南市应急管理局如何整改党支部问题?", "那东莞呢?", "佛山市应急管理局巡察整改进展情况",
             "2021年安全生产责任制有哪些要求?", "浙江省厅2020年做了什么?", "长清有哪些整改?",
             "中山和泰州分别怎么做的?", "2019年北京的情况")


def test_scope_from_facts_reads_no_text_and_equals_scope_from_texts(index):
    with_facts = Catalog.of_index(index)
    assert all(d.facts is not None for d in with_facts.docs.values())
    without = Catalog.of_docs(replace(d, facts=None) for d in with_facts.docs.values())
    texts = {d: n.text for d, n in index.notices.items()}
    unread = NoReads(index.manifest.documents)
    for question in QUESTIONS:
        analysis = analyse(question, with_facts)
        assert (scope_of(analysis, Filters(), with_facts, unread)
                == scope_of(analysis, Filters(), without, texts)), question


def test_an_index_without_facts_still_scopes_from_the_texts(index):
    old = {d: replace(r, facts=None) for d, r in index.manifest.documents.items()}
    older = replace(index, manifest=replace(index.manifest, documents=old))
    catalog = Catalog.of_index(older)
    assert all(d.facts is None for d in catalog.docs.values())
    texts = {d: n.text for d, n in index.notices.items()}
    analysis = analyse("长清有哪些整改?", catalog)
    assert scope_of(analysis, Filters(), catalog, texts) == scope_of(
        analysis, Filters(), Catalog.of_index(index), NoReads(texts))


def test_saving_an_older_manifest_adds_the_facts(index, tmp_path):
    import shutil

    from index.storage.manifest import Manifest

    folder = tmp_path / "gen"
    shutil.copytree(index.folder, folder)
    manifest = Manifest.load(folder)
    manifest.documents = {d: replace(r, facts=None) for d, r in manifest.documents.items()}
    manifest.save(folder)
    assert all(r.has_facts for r in Manifest.load(folder).documents.values())


def _doc(doc_id: str, title: str, agency: str = "", text: str = ""):
    from assistant.catalog import DocInfo
    return DocInfo(doc_id, title, agency, None, None, None, head=text[:80])


def test_a_place_no_notice_names_may_be_a_placeless_issuers_with_a_caveat():
    """"市政府关于…" names no city: a question about 台州 is answered from it, saying so;
    notices of named places still rule it out, and no placeless issuer means a refusal."""
    placeless = _doc("a", "市人民政府关于支持小微企业渡过难关的若干措施", text="各县(市、区)人民政府")
    named = _doc("b", "温州市人民政府关于做好复工复产的通知", "温州市人民政府", "温州市人民政府")
    catalog = Catalog.of_docs([placeless, named])
    texts = {"a": "各县(市、区)人民政府:为支持小微企业……", "b": "温州市各县区……"}
    asked = scope_of(analyse("台州市对小微企业有哪些扶持?", catalog), Filters(), catalog, texts)
    assert not asked.refusal and asked.doc_ids == ("a",)
    assert "没有写明台州市的文件" in asked.caveat
    own = scope_of(analyse("温州市对小微企业有哪些扶持?", catalog), Filters(), catalog, texts)
    assert not own.caveat
    only_named = Catalog.of_docs([named])
    refused = scope_of(analyse("台州市对小微企业有哪些扶持?", only_named), Filters(),
                       only_named, {"b": texts["b"]})
    assert refused.refusal == "已收录的通报中没有台州市的文件。"


def test_level_words_name_no_place():
    """镇街 (towns and subdistricts) is tagged a place by jieba but names none: a list over
    every agency keeps them all; a real place beside it is still unknown."""
    catalog = Catalog.of_docs([_doc("a", "温州市应急管理局工作要点", "温州市应急管理局", "温州市"),
                               _doc("b", "台州市应急管理局整改通报", "台州市应急管理局", "台州市")])
    texts = {"a": "温州市各县区……", "b": "台州市各乡镇……"}
    levels = analyse("各单位对下属区县、镇街的安全考核分别怎么打分?", catalog)
    assert levels.unknown_places == ()
    assert scope_of(levels, Filters(), catalog, texts).doc_ids is None
    assert analyse("佛山的镇街怎么考核?", catalog).unknown_places == ("佛山",)


def test_compass_words_name_no_place():
    """东西 ("things") and 南北 are tagged places by jieba but name none: the question is
    searched, not refused as one about a place the index lacks; a place with its unit is
    still one."""
    catalog = Catalog.of_docs([_doc("a", "温州市应急管理局工作要点", "温州市应急管理局", "温州市")])
    assert analyse("商贩卖假东西的事情归谁管?", catalog).unknown_places == ()
    assert analyse("南北两个片区的防汛怎么分工?", catalog).unknown_places == ()
    assert analyse("佛山的镇街怎么考核?", catalog).unknown_places == ("佛山",)


def test_a_place_with_its_agencys_short_form_is_one_mention():
    """"平川市住建局" names 平川市住房和城乡建设局 as a whole: the short department form goes with
    the place, so it is not left in the topic as a word the passages must hold."""
    catalog = Catalog.of_docs([
        _doc("a", "平川市住房和城乡建设局整改公示", "平川市住房和城乡建设局"),
        _doc("b", "河口县文化和旅游局工作要点", "河口县文化和旅游局")])
    asked = analyse("平川市住建局物业投诉是怎么处理的?", catalog)
    assert asked.agencies == ("平川市住房和城乡建设局",) and "住建局" not in asked.topic
    tour = analyse("河口县文旅局有哪些工作安排?", catalog)
    assert tour.agencies == ("河口县文化和旅游局",) and "文旅局" not in tour.topic
