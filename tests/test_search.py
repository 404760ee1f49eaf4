"""End-to-end retrieval on the shipped notices with the real model and real FAISS index."""
from __future__ import annotations

import pytest

from index.config import MODES

JINAN = "000_b11a1ea20a8bf83a"
JSON_FIELDS = {"rank", "score", "doc_id", "source", "title", "agency", "date", "doc_number",
               "section", "passage_id", "text", "start", "end"}


@pytest.mark.parametrize("mode", MODES)
def test_party_branch_merger_found_in_top3(searcher, mode):
    hits = searcher.search("哪些单位合并了党支部", k=3, mode=mode)
    assert any(h.notice.doc_id == JINAN and "将原有的20个党支部整合为9个党支部" in h.passage.text
               for h in hits), [h.passage.text[:40] for h in hits]


def test_hits_cite_exact_offsets_and_metadata(searcher):
    hits = searcher.search("三重一大决策制度执行不到位问题是如何整改的", k=5)
    assert [h.rank for h in hits] == [1, 2, 3, 4, 5]
    for hit in hits:
        record = hit.to_json()
        assert set(record) == JSON_FIELDS
        assert hit.notice.text[record["start"]:record["end"]] == record["text"]
        assert record["agency"] and record["title"] and record["source"].endswith(".txt")
    assert "三重一大" in hits[0].passage.text or "三重一大" in " ".join(hits[0].passage.section)


def test_agency_filter_keeps_only_that_agency(searcher):
    hits = searcher.search("森林防火", k=10, agency="济宁")
    assert hits and {h.notice.meta.agency for h in hits} == {"济宁市应急管理局"}
    for mode in MODES:
        assert searcher.search("森林防火", k=5, mode=mode, agency="北京市应急管理局") == []


def test_rrf_fusion_is_available(searcher):
    hits = searcher.search("哪些单位合并了党支部", k=3, fuse="rrf")
    assert any(h.notice.doc_id == JINAN for h in hits)


def test_unknown_mode_is_a_clear_error(searcher):
    with pytest.raises(ValueError, match="检索模式"):
        searcher.search("党支部", mode="fuzzy")


@pytest.mark.parametrize("mode", MODES)
def test_status_lines_are_found_by_the_problem_in_their_heading(searcher, mode):
    """"整改情况" paragraphs and bare "此问题已整改完成。" lines never name their problem:
    the heading path in the indexed text must carry it."""
    hits = searcher.search("支部队伍建设不够优化的问题整改得怎么样", k=5, mode=mode)
    assert any(h.passage.text.startswith("整改情况") and
               "(26)支部队伍建设不够优化" in h.passage.section for h in hits)
    hits = searcher.search("驾驭能力不到位、党委核心作用弱化的问题整改完成了吗", k=5, mode=mode)
    assert any(h.passage.text == "此问题已整改完成。" and
               any("驾驭能力不到位" in s for s in h.passage.section) for h in hits), \
        [(h.passage.text[:20], h.passage.section[-1:]) for h in hits]
