"""The chat's ledger route claims a question only where a notice in scope has a ledger: a
meeting notice or a policy has none, and "由哪个部门牵头" / "措施是什么" about it ask its text."""
from __future__ import annotations

from pathlib import Path

import pytest

import corpus
from assistant.ledger_intent import read_ledger_ask
from assistant.ledger_route import answer_ledger
from corpus.ledger import extract_ledger
from eval.ledger import ROOT
from eval.ledger_files import materialize


@pytest.fixture(scope="module")
def notices(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("ledger-route")
    loaded = [corpus.load_notice(materialize(ROOT / "tests/data/ledger" / name, folder))
              for name in ("11_市统计局_会议通知.txt", "10_区民政局_巡察整改通报.txt")]
    return {n.doc_id: n for n in loaded}


def _answer(question: str, doc_ids, notices):
    ask = read_ledger_ask(question)
    assert ask is not None, question  # the ledger intent reads it: the route must decide
    ledgers = {d: extract_ledger(notices[d]) for d in doc_ids}
    return answer_ledger(ask, list(doc_ids), notices, ledgers.__getitem__,
                         lambda topic: (lambda text, context: 0.0), question)


def test_a_notice_without_a_ledger_is_left_to_the_passage_route(notices):
    meeting, report = notices
    assert extract_ledger(notices[meeting]).items == ()
    assert _answer("这些问题由哪个部门牵头整改?", [meeting], notices) is None
    assert _answer("哪些问题已经整改完成?", [meeting], notices) is None


def test_a_notice_with_a_ledger_keeps_the_ledger_answer(notices):
    meeting, report = notices
    # the report lists problems but states no status per item: said plainly, not searched
    reply = _answer("哪些问题已经整改完成?", [report], notices)
    assert reply is not None and reply.abstained and not reply.citations
    reply = _answer("哪些问题已经整改完成?", [meeting, report], notices)
    assert reply is not None and reply.abstained
