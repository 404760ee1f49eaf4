"""Which agencies of a list have evidence (abstention.agency_evidence), on scores written
here: a list asked in everyday words scores low everywhere and is still a list."""
from __future__ import annotations

from assistant.abstention import (AGENCY_MIN_SCORE, AGENCY_RELATIVE_SCORE,
                                  AGENCY_RUNNER_UP_SCORE, agency_evidence)
from assistant.evidence import Evidence
from tests.support import one_passage_hit


def _evidence(agency: str, score: float) -> Evidence:
    hit = one_passage_hit("开展谈心谈话活动。", (), f"{agency}巡察整改通报", agency)
    return Evidence(hit, hit.passage.text, 0, len(hit.passage.text), score, score, score)


def _cited(scores: dict[str, tuple[float, float]]) -> list[str]:
    found = {a: ([_evidence(a, s)], bm25) for a, (s, bm25) in scores.items()}
    return [a for a, ev in agency_evidence(found, 3).items() if ev]


def test_a_reworded_list_keeps_the_agencies_close_to_the_runner_up_however_low():
    best, runner_up = AGENCY_MIN_SCORE + 0.3, AGENCY_MIN_SCORE + 0.2  # all below 0.65
    near = runner_up * (AGENCY_RUNNER_UP_SCORE + 0.04)
    assert near >= best * AGENCY_RELATIVE_SCORE and near < best * 0.8  # the old floor cut it
    assert _cited({
        "甲市应急管理局": (best, 20.0),  # states the topic in the question's own words
        "乙市应急管理局": (runner_up, 15.0),
        "丙市应急管理局": (near, 15.0),
        "丁市应急管理局": (runner_up * (AGENCY_RUNNER_UP_SCORE - 0.1), 15.0),
        "戊市应急管理局": (best, 2.0),  # words far from the topic
    }) == ["甲市应急管理局", "乙市应急管理局", "丙市应急管理局"]


def test_a_lone_relevant_agency_does_not_carry_its_weak_runner_up():
    best = 0.9
    assert _cited({"甲市应急管理局": (best, 20.0),
                   "乙市应急管理局": (best * AGENCY_RELATIVE_SCORE - 0.05, 15.0)}) == ["甲市应急管理局"]


def test_nothing_is_evidence_below_the_floor():
    low = AGENCY_MIN_SCORE - 0.05
    assert _cited({a: (low, 10.0) for a in ("甲市应急管理局", "乙市应急管理局")}) == []


def test_an_agency_kept_only_by_the_runner_up_floor_is_marked_possibly_related():
    from assistant.abstention import AGENCY_CONFIDENT_SCORE, tentative
    from assistant.models import AgencyGroup
    from assistant.writer import write_enumeration

    best = 0.9
    scores = {"甲市应急管理局": (best, 20.0),
              "乙市应急管理局": (best * (AGENCY_CONFIDENT_SCORE - 0.04), 15.0),
              "丙市应急管理局": (best * (AGENCY_CONFIDENT_SCORE - 0.05), 15.0)}
    found = {a: ([_evidence(a, s)], bm25) for a, (s, bm25) in scores.items()}
    chosen = agency_evidence(found, 3)
    assert all(chosen.values())  # all three kept (the runner-up floor) ...
    assert tentative(chosen) == {"乙市应急管理局", "丙市应急管理局"}  # ... two of them unsure
    assert tentative({"甲市应急管理局": chosen["甲市应急管理局"]}) == set()
    sure = AgencyGroup("甲市应急管理局", [chosen["甲市应急管理局"][0].cite(1)])
    unsure = AgencyGroup("乙市应急管理局", [chosen["乙市应急管理局"][0].cite(2)], tentative=True)
    text = write_enumeration([unsure, sure])
    assert text.startswith("在已收录的 2 家单位中, 1 家有相关内容:\n1. 甲市应急管理局:")
    assert "另有 1 家的内容可能相关" in text and "2. 乙市应急管理局:" in text
