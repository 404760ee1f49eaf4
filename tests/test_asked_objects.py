"""What a question names that is not what it asks about: a document type a verb acts on ("报
整改方案") and an institution owning a campaign ("交警支队隐患排查"). Pure readings of the
question, no index."""
from __future__ import annotations

from assistant.catalog import Catalog
from assistant.question import analyse
from assistant.quantity import named_work


def test_a_document_type_a_verb_acts_on_is_no_document_asked() -> None:
    catalog = Catalog({}, [], {})
    assert analyse("滦川市财政局的通报要求各部门什么时候之前报送整改方案？", catalog).doc_types == ()
    assert analyse("各单位要在哪天前提交工作总结？", catalog).doc_types == ()
    # named as the document itself it still is one
    assert analyse("滦川市财政局的整改方案有哪些措施？", catalog).doc_types == ("方案",)
    assert analyse("整改方案里要求什么时候报整改方案？", catalog).doc_types == ("方案",)


def test_an_institution_before_a_campaign_owns_it() -> None:
    assert named_work("滦川市交警支队隐患排查整治通报的联系电话是多少？") == ""
    # (the campaign keeps its object, not its owner)
    assert named_work("市应急管理局安全生产专项整治中查处了多少家企业？") == "安全生产专项整治"
    assert named_work("城东片区棚户区改造项目什么时候完工？") == "城东片区棚户区改造项目"


def test_a_county_and_its_town_name_a_place_whatever_their_characters() -> None:
    catalog = Catalog({}, [], {})
    # rare characters the tagger reads as no place: the county before the town is one
    assert analyse("溦水县榉口镇巡察整改台账里有哪些问题？", catalog).unknown_places == ("溦水县",)
    assert analyse("各区县乡镇的整改进展如何？", catalog).unknown_places == ()
