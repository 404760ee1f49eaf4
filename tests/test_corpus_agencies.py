"""Canonical agency names and matching of the ways users mention an agency."""
from __future__ import annotations

import pytest

from corpus.agencies import agency_matches, agency_places, canonical_agency


@pytest.mark.parametrize("name,canonical", [
    ("济南市应急管理局", "济南市应急管理局"),
    ("济南市应急局", "济南市应急管理局"),
    ("济南应急管理局", "济南市应急管理局"),
    ("济南应急局", "济南市应急管理局"),
    ("中共济南市应急管理局委员会", "济南市应急管理局"),
    ("济南市应急管理局党委", "济南市应急管理局"),
    ("中共东莞市应急管理局委员会", "东莞市应急管理局"),
    ("中共中山市应急管理局党委", "中山市应急管理局"),
    ("浙江应急厅", "浙江省应急管理厅"),
    ("浙江省应急管理厅党委", "浙江省应急管理厅"),
    ("广西应急厅", "广西壮族自治区应急管理厅"),
    ("北京应急局", "北京市应急管理局"),
    ("市应急局党委", "市应急管理局"),
    ("济南市历下区应急管理局", "济南市历下区应急管理局"),
    ("某某县住建局", "某某县住房和城乡建设局"),
    ("某某市发改委", "某某市发展和改革委员会"),
    (" 济宁市 应急管理局 ", "济宁市应急管理局"),
    # Not an agency's party committee: kept whole.
    ("中共东莞市纪律检查委员会", "中共东莞市纪律检查委员会"),
    ("国家税务总局南阳市税务局", "国家税务总局南阳市税务局"),
    ("", ""),
])
def test_canonical_agency(name: str, canonical: str) -> None:
    assert canonical_agency(name) == canonical


@pytest.mark.parametrize("query", [
    "济南", "济南市", "济南市应急局", "济南应急管理局", "济南应急局", "济南应急", "中共济南市应急管理局委员会",
    "济南市应急管理局党委", "应急管理局", "市应急局", "山东省济南市应急管理局",
])
def test_mentions_of_jinan(query: str) -> None:
    assert agency_matches(query, "济南市应急管理局")


@pytest.mark.parametrize("query", ["济宁", "济宁市应急管理局", "济南市公安局", "公安局", "南", "省应急厅", ""])
def test_non_mentions_of_jinan(query: str) -> None:
    assert not agency_matches(query, "济南市应急管理局")


@pytest.mark.parametrize("query,agency", [
    ("浙江应急厅", "浙江省应急管理厅"),
    ("浙江", "浙江省应急管理厅"),
    ("东莞", "东莞市应急管理局"),
    ("中共东莞市应急管理局委员会", "东莞市应急管理局"),
    ("中山市应急局党委", "中山市应急管理局"),
    ("济宁应急局", "济宁市应急管理局"),
    ("历下区应急局", "济南市历下区应急管理局"),
    ("某某县", "某某县应急管理局"),
    ("某某县应急局", "中共某某县应急管理局委员会"),
])
def test_agencies_outside_any_table(query: str, agency: str) -> None:
    assert agency_matches(query, agency)


def test_unknown_agency_never_matches() -> None:
    assert not agency_matches("济南", "")
    assert not agency_matches("济南", "人事处")
    assert not agency_matches("东莞", "中山市应急管理局")


def test_a_one_character_place_keeps_its_own_unit():
    from corpus.agencies import canonical_agency

    assert canonical_agency("乙县应急管理局") == "乙县应急管理局"
    assert canonical_agency("甲市卫生健康委员会") == "甲市卫生健康委员会"
    assert canonical_agency("济南应急管理局") == "济南市应急管理局"


def test_an_anonymised_place_is_a_place() -> None:
    from corpus.agencies import agency_places, department_forms

    assert agency_places("某区城市管理局") == ["某区"]
    assert department_forms("某区城市管理局") == ["城市管理局", "城管局"]  # its abbreviation too
    assert department_forms("某县卫生健康委员会")[0] == "卫生健康委员会"


def test_everyday_abbreviations_of_more_departments():
    """Held-out probe wordings: 医保局, 城管局, 环保局 name the full departments."""
    assert canonical_agency("临江县医保局") == "临江县医疗保障局"
    assert agency_matches("县医保局", "临江县医疗保障局")
    assert agency_matches("城管局", "青山区城市管理局")
    assert canonical_agency("临江市环保局") == "临江市生态环境局"


def test_no_place_opens_with_a_unit_word() -> None:
    """A garbled name ("市青省民政厅") gives no place "市青" for "上海市青浦区…" to name."""
    assert agency_places("市青省民政厅") == []
    assert agency_places("白沙县林业局") == ["白沙县", "白沙"]


def test_a_peoples_organisation_has_its_short_form():
    """"石门县残联" names 石门县残疾人联合会 whole: 残联 is no topic word."""
    from corpus.agencies import department_forms

    assert department_forms("石门县残疾人联合会") == ["残疾人联合会", "残联"]
    assert "妇联" in department_forms("白石县妇女联合会")


def test_short_names_of_bureaus_and_the_governments_office() -> None:
    assert canonical_agency("云岫县发改局") == "云岫县发展和改革局"
    assert canonical_agency("云岫县卫健局") == "云岫县卫生健康局"
    assert agency_matches("禾川市政府办公室", "禾川市人民政府办公室")
    assert agency_matches("禾川市政府办", "禾川市人民政府办公室")
    # the full name is not expanded twice
    assert canonical_agency("禾川市人民政府办公室") == "禾川市人民政府办公室"


def test_a_street_office_s_party_working_committee_is_named_by_its_street() -> None:
    from corpus.agencies import agency_places

    assert agency_places("中共桦口街道工作委员会")[:2] == ["桦口街道", "桦口"]
    assert agency_places("桦口街道党工委")[:2] == ["桦口街道", "桦口"]
