"""Validate the labelled evaluation set in eval/questions.jsonl.

Self-contained: reads only eval/questions.jsonl and corpus/notices/*.txt (and, for the
cleaned text, the project's own corpus parser); nothing of ../shared. Quotes are matched
against the raw text of each notice file, so the check does not depend on how the index
chunks the notices, and against the cleaned text the evaluation locates them in.

Records of type "conversation" (eval/QUESTIONS.md) carry the opening turn in
question/need/gold and the later turns in follow_ups; every gold of every turn is checked
like a question's.
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

REQUIRED_KEYS = {"id", "question", "type", "need", "gold", "split"}
OPTIONAL_KEYS = {"notes", "miss", "follow_ups", "dev_only"}
NEEDS = {"any", "all"}
SPLITS = {"dev", "test"}
MISS_KINDS = {"not_stated", "not_indexed"}
TURN_KEYS = {"question", "kind", "need", "gold"}
TURN_KINDS = {"agency_switch", "topic_switch", "similar", "ordinal", "pronoun", "amount",
              "outcome", "elliptic", "near_miss"}
MIN_PER_TYPE = {
    "fact": 20,
    "paraphrase": 15,
    "number": 12,
    "cross_agency": 12,
    "heading": 8,
    "keyword": 8,
    "negative": 10,
}
TYPES = set(MIN_PER_TYPE) | {"conversation"}
MIN_QUESTIONS = 80
# Own set v2 (issue 18): records (a conversation counts once), negatives, paraphrases,
# conversations, and conversations exercising each kind of follow-up.
MIN_RECORDS_V2 = 250
MIN_NEGATIVES_V2 = 40
MIN_PARAPHRASE_V2 = 40
MIN_CONVERSATIONS_V2 = 30
MIN_NEAR_MISS_NOT_STATED = 30  # negatives whose notice covers the topic but not the figure
MIN_TURNS_PER_KIND = {"agency_switch": 8, "topic_switch": 6, "similar": 3, "ordinal": 2,
                      "pronoun": 3, "amount": 5, "near_miss": 3}
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


def all_golds(item: dict) -> list[dict]:
    """Golds of a question, or of every turn of a conversation."""
    return list(item["gold"]) + [g for turn in item.get("follow_ups", []) for g in turn["gold"]]


def test_quotes_exist_exactly_once(eval_set, notices):
    problems = []
    for item in eval_set:
        for g in all_golds(item):
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
        for golds in [item["gold"]] + [t["gold"] for t in item.get("follow_ups", [])]:
            pairs = [(g["doc"], g["quote"]) for g in golds]
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
        for turn in [item] + item.get("follow_ups", []):
            if turn["need"] != "all":
                continue
            docs = {g["doc"] for g in turn["gold"]}
            if len(turn["gold"]) < 2:
                problems.append(f"{item['id']}: need=all requires >=2 gold")
            elif item["type"] == "cross_agency" and turn is item and len(docs) < 2:
                # a list within one notice ("…要做哪几件事?") needs all of its items too
                problems.append(f"{item['id']}: a cross-agency list needs >=2 notices")
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


# --- own set v2 (issue 18): split, negatives' kind, conversations, counts --------------


def test_every_record_has_a_split(eval_set):
    bad = [item["id"] for item in eval_set if item.get("split") not in SPLITS]
    assert not bad, f"records without split dev/test: {bad}"


def test_split_is_stratified_by_type(eval_set):
    """About 50/50 overall and within one record of 50/50 in every type, not counting the
    records written only to tune on (`dev_only`, always dev)."""
    by_type: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    shared = [item for item in eval_set if not item.get("dev_only")]
    for item in shared:
        by_type[item["type"]][item["split"]] += 1
    skewed = {t: dict(c) for t, c in by_type.items() if abs(c["dev"] - c["test"]) > 1}
    assert not skewed, f"split not stratified: {skewed}"
    total = collections.Counter(item["split"] for item in shared)
    assert abs(total["dev"] - total["test"]) <= len(by_type), dict(total)


def test_dev_only_records_are_dev(eval_set):
    bad = [item["id"] for item in eval_set
           if item.get("dev_only") not in (None, True) or
           (item.get("dev_only") and item["split"] != "dev")]
    assert not bad, f"dev_only must be true and its split dev: {bad}"


def test_split_is_the_one_eval_split_assigns(eval_set):
    """The split in the file is fixed: re-running the assignment changes nothing."""
    import copy

    from eval.split import assign_splits

    again = assign_splits(copy.deepcopy(eval_set))
    assert [r["split"] for r in again] == [r["split"] for r in eval_set]


def test_negatives_say_why_they_have_no_answer(eval_set):
    problems = [item["id"] for item in eval_set
                if item["type"] == "negative" and item.get("miss") not in MISS_KINDS]
    problems += [item["id"] for item in eval_set
                 if item["type"] != "negative" and "miss" in item]
    assert not problems, f"negatives need miss in {sorted(MISS_KINDS)} (others none): {problems}"


def test_conversations_are_well_formed(eval_set):
    problems = []
    for item in eval_set:
        if item["type"] != "conversation":
            if "follow_ups" in item:
                problems.append(f"{item['id']}: follow_ups outside a conversation")
            continue
        follow_ups = item.get("follow_ups")
        if not isinstance(follow_ups, list) or not 1 <= len(follow_ups) <= 3:
            problems.append(f"{item['id']}: a conversation has 2-4 turns")
            continue
        if not item["gold"]:
            problems.append(f"{item['id']}: the opening turn must be answerable")
        for n, turn in enumerate(follow_ups, start=2):
            where = f"{item['id']}#{n}"
            if not isinstance(turn, dict) or set(turn) != TURN_KEYS:
                problems.append(f"{where}: a turn is exactly {sorted(TURN_KEYS)}")
                continue
            if not isinstance(turn["question"], str) or not turn["question"].strip():
                problems.append(f"{where}: empty question")
            if turn["kind"] not in TURN_KINDS:
                problems.append(f"{where}: bad kind {turn['kind']!r}")
            if turn["need"] not in NEEDS:
                problems.append(f"{where}: bad need {turn['need']!r}")
            if turn["kind"] == "near_miss" and turn["gold"]:
                problems.append(f"{where}: a near_miss turn must be refused (empty gold)")
            if not turn["gold"] and turn["need"] != "any":
                problems.append(f"{where}: a refused turn uses need='any'")
            for g in turn["gold"]:
                if not isinstance(g, dict) or set(g) != {"doc", "quote"}:
                    problems.append(f"{where}: gold entry must be {{doc, quote}}: {g!r}")
    assert not problems, "\n".join(problems)


def test_v2_counts_meet_the_minimums(eval_set):
    counts = collections.Counter(item["type"] for item in eval_set)
    assert len(eval_set) >= MIN_RECORDS_V2, len(eval_set)
    assert counts["negative"] >= MIN_NEGATIVES_V2, counts
    assert counts["paraphrase"] >= MIN_PARAPHRASE_V2, counts
    assert counts["conversation"] >= MIN_CONVERSATIONS_V2, counts
    not_stated = sum(item.get("miss") == "not_stated" for item in eval_set)
    assert not_stated >= MIN_NEAR_MISS_NOT_STATED, not_stated
    kinds = collections.Counter(turn["kind"] for item in eval_set
                                for turn in item.get("follow_ups", []))
    short = {k: (kinds[k], m) for k, m in MIN_TURNS_PER_KIND.items() if kinds[k] < m}
    assert not short, f"follow-up kinds below minimum (have, need): {short}"


def test_every_gold_is_found_in_the_cleaned_text(eval_set):
    """The evaluation locates quotes in the cleaned text (eval/gold.py): each one, exactly."""
    import corpus

    cleaned = {p.stem: corpus.load_notice(p).text for p in sorted(NOTICES_DIR.glob("*.txt"))}
    problems = []
    for item in eval_set:
        for g in all_golds(item):
            if cleaned.get(g["doc"], "").count(g["quote"]) != 1:
                problems.append(f"{item['id']} [{g['doc']}] {g['quote']!r}")
    assert not problems, "not exactly once in the cleaned text:\n" + "\n".join(problems)


def test_the_loader_reads_every_record(eval_set):
    from eval.questions import load_conversations, load_questions

    questions = load_questions(EVAL_PATH)
    conversations = load_conversations(EVAL_PATH)
    assert len(questions) + len(conversations) == len(eval_set)
    assert {q.split for q in questions} == SPLITS
    dev = load_questions(EVAL_PATH, split="dev") + load_conversations(EVAL_PATH, split="dev")
    assert len(dev) == sum(item["split"] == "dev" for item in eval_set)
    by_id = {item["id"]: item for item in eval_set}
    for conversation in conversations:
        record = by_id[conversation.id]
        assert len(conversation.turns) == 1 + len(record["follow_ups"])
        assert conversation.turns[0].question == record["question"]
