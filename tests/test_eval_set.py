"""Validate the labelled evaluation set in eval/questions.jsonl.

Self-contained: reads only eval/questions.jsonl and corpus/notices/*.txt.
Quotes are matched against the raw text of each notice file, so the check does
not depend on how the index chunks the notices.
"""
from __future__ import annotations

import collections
import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EVAL_PATH = REPO / "eval" / "questions.jsonl"
NOTICES_DIR = REPO / "corpus" / "notices"

REQUIRED_KEYS = {"id", "question", "type", "need", "gold"}
OPTIONAL_KEYS = {"notes"}
NEEDS = {"any", "all"}
MIN_PER_TYPE = {
    "fact": 20,
    "paraphrase": 15,
    "number": 12,
    "cross_agency": 12,
    "heading": 8,
    "keyword": 8,
    "negative": 10,
}
TYPES = set(MIN_PER_TYPE)
MIN_QUESTIONS = 80
QUOTE_MIN, QUOTE_MAX = 8, 40
ID_RE = re.compile(r"^q\d{3,}$")


def load_eval_set(path: Path = EVAL_PATH) -> list[dict]:
    """Load the evaluation set: one JSON object per non-blank line."""
    items = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:  # pragma: no cover - reported by test
                raise AssertionError(f"{path.name}:{lineno}: invalid JSON: {exc}") from exc
            assert isinstance(obj, dict), f"{path.name}:{lineno}: not a JSON object"
            items.append(obj)
    return items


def load_notices(directory: Path = NOTICES_DIR) -> dict[str, str]:
    """Map file stem -> raw decoded text (no newline translation)."""
    return {p.stem: p.read_bytes().decode("utf-8") for p in sorted(directory.glob("*.txt"))}


@pytest.fixture(scope="module")
def eval_set() -> list[dict]:
    assert EVAL_PATH.is_file(), f"missing {EVAL_PATH}"
    return load_eval_set()


@pytest.fixture(scope="module")
def notices() -> dict[str, str]:
    texts = load_notices()
    assert texts, f"no notices found in {NOTICES_DIR}"
    return texts


def test_schema(eval_set):
    problems = []
    for item in eval_set:
        qid = item.get("id", "<no id>")
        keys = set(item)
        if not REQUIRED_KEYS <= keys:
            problems.append(f"{qid}: missing keys {sorted(REQUIRED_KEYS - keys)}")
            continue
        if keys - REQUIRED_KEYS - OPTIONAL_KEYS:
            problems.append(f"{qid}: unknown keys {sorted(keys - REQUIRED_KEYS - OPTIONAL_KEYS)}")
        if not isinstance(item["id"], str) or not ID_RE.match(item["id"]):
            problems.append(f"{qid}: bad id")
        if not isinstance(item["question"], str) or not item["question"].strip():
            problems.append(f"{qid}: empty question")
        if item["type"] not in TYPES:
            problems.append(f"{qid}: bad type {item['type']!r}")
        if item["need"] not in NEEDS:
            problems.append(f"{qid}: bad need {item['need']!r}")
        if not isinstance(item["gold"], list):
            problems.append(f"{qid}: gold is not a list")
            continue
        for g in item["gold"]:
            if not isinstance(g, dict) or set(g) != {"doc", "quote"}:
                problems.append(f"{qid}: gold entry must be {{doc, quote}}: {g!r}")
            elif not isinstance(g["doc"], str) or not isinstance(g["quote"], str):
                problems.append(f"{qid}: gold doc/quote must be strings: {g!r}")
    assert not problems, "\n".join(problems)


def test_ids_and_questions_unique(eval_set):
    ids = collections.Counter(item["id"] for item in eval_set)
    dup_ids = [i for i, n in ids.items() if n > 1]
    assert not dup_ids, f"duplicate ids: {dup_ids}"
    questions = collections.Counter(item["question"].strip() for item in eval_set)
    dup_q = [q for q, n in questions.items() if n > 1]
    assert not dup_q, f"duplicate questions: {dup_q}"


def test_size_and_type_counts(eval_set):
    assert len(eval_set) >= MIN_QUESTIONS, f"only {len(eval_set)} questions"
    counts = collections.Counter(item["type"] for item in eval_set)
    short = {t: (counts.get(t, 0), m) for t, m in MIN_PER_TYPE.items() if counts.get(t, 0) < m}
    assert not short, f"type counts below minimum (have, need): {short}"


def test_quotes_exist_exactly_once(eval_set, notices):
    problems = []
    for item in eval_set:
        for g in item["gold"]:
            doc, quote = g["doc"], g["quote"]
            where = f"{item['id']} [{doc}] {quote!r}"
            if doc not in notices:
                problems.append(f"{where}: unknown doc")
                continue
            if not QUOTE_MIN <= len(quote) <= QUOTE_MAX:
                problems.append(f"{where}: length {len(quote)} not in {QUOTE_MIN}-{QUOTE_MAX}")
            if "\n" in quote or "\r" in quote:
                problems.append(f"{where}: contains a newline")
            if quote != quote.strip():
                problems.append(f"{where}: leading/trailing whitespace")
            n = notices[doc].count(quote)
            if n != 1:
                problems.append(f"{where}: occurs {n} times (must be exactly once)")
    assert not problems, "\n".join(problems)


def test_no_duplicate_gold_within_question(eval_set):
    problems = []
    for item in eval_set:
        pairs = [(g["doc"], g["quote"]) for g in item["gold"]]
        if len(pairs) != len(set(pairs)):
            problems.append(item["id"])
    assert not problems, f"duplicate gold entries in: {problems}"


def test_negatives_have_empty_gold(eval_set):
    problems = []
    for item in eval_set:
        if item["type"] == "negative":
            if item["gold"]:
                problems.append(f"{item['id']}: negative with gold")
            if item["need"] != "any":
                problems.append(f"{item['id']}: negative should use need='any'")
        elif not item["gold"]:
            problems.append(f"{item['id']}: non-negative question without gold")
    assert not problems, "\n".join(problems)


def test_need_all_spans_notices(eval_set):
    problems = []
    for item in eval_set:
        if item["need"] != "all":
            continue
        docs = {g["doc"] for g in item["gold"]}
        if len(item["gold"]) < 2 or len(docs) < 2:
            problems.append(f"{item['id']}: need=all requires >=2 gold from >=2 notices")
    assert not problems, "\n".join(problems)


def test_cross_agency_mostly_multi_notice(eval_set):
    """Most cross-agency questions should require evidence from several notices."""
    cross = [item for item in eval_set if item["type"] == "cross_agency"]
    multi = [item for item in cross if item["need"] == "all"]
    assert len(multi) >= MIN_PER_TYPE["cross_agency"] - 2, (
        f"only {len(multi)} of {len(cross)} cross_agency questions span several notices"
    )


def test_reference_example_present(eval_set):
    by_q = {item["question"]: item for item in eval_set}
    item = by_q.get("哪些单位合并了党支部?")
    assert item is not None, "reference example question missing"
    assert {"doc": "000_b11a1ea20a8bf83a", "quote": "将原有的20个党支部整合为9个党支部"} in item["gold"]
