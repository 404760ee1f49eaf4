"""Which agencies of a list have evidence (abstention.agency_evidence), on scores written
here: a list asked in everyday words scores low everywhere and is still a list."""
from __future__ import annotations

from assistant.abstention import (AGENCY_MIN_SCORE, AGENCY_RELATIVE_SCORE, agency_evidence)
from assistant.evidence import Evidence
from tests.support import one_passage_hit


def _evidence(agency: str, score: float) -> Evidence:
    hit = one_passage_hit("开展谈心谈话活动。", (), f"{agency}巡察整改通报", agency)
    return Evidence(hit, hit.passage.text, 0, len(hit.passage.text), score, score, score)


def test_a_reworded_list_keeps_the_agencies_close_to_the_best_however_low():
    best = AGENCY_MIN_SCORE + 0.1  # every agency below the old absolute floor (0.65)
    found = {
        "甲市应急管理局": ([_evidence("甲市应急管理局", best)], 20.0),
        "乙市应急管理局": ([_evidence("乙市应急管理局", best * (AGENCY_RELATIVE_SCORE + 0.05))], 15.0),
        "丙市应急管理局": ([_evidence("丙市应急管理局", best * (AGENCY_RELATIVE_SCORE - 0.1))], 15.0),
        "丁市应急管理局": ([_evidence("丁市应急管理局", best)], 2.0),  # words far from the topic
    }
    chosen = agency_evidence(found, 3)
    assert [a for a, ev in chosen.items() if ev] == ["甲市应急管理局", "乙市应急管理局"]


def test_nothing_is_evidence_below_the_floor():
    low = AGENCY_MIN_SCORE - 0.05
    found = {a: ([_evidence(a, low)], 10.0) for a in ("甲市应急管理局", "乙市应急管理局")}
    assert not any(agency_evidence(found, 3).values())
