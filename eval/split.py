"""The dev/test split of the own set, fixed in `questions.jsonl` itself.

Every record carries `"split": "dev"` or `"split": "test"`. The split was assigned once, by
hand, with this module (`python -m eval.split`), and nothing at run time assigns or changes
it: the evaluation only reads the field. Tune on dev; report test.

Assignment, for records that have no split yet (records that have one are never touched):
records are grouped by stratum (their `type`), each group is shuffled with a random
generator seeded by `SEED` and the stratum's name, and each record goes to the split that
has fewer records of that stratum so far (dev on a tie). Every type is therefore split
within one record of 50/50, and adding questions later keeps it so without moving any
earlier one.

Records marked `"dev_only": true` were written after the split to tune on (issue 18, branch
`conv2`: follow-up kinds dev had too few turns of); they are always dev, take no part in the
stratification, and the test split never grows from them.

>>> records = [{"id": f"q{i}", "type": "fact"} for i in range(4)]
>>> sorted(r["split"] for r in assign_splits(records))
['dev', 'dev', 'test', 'test']
"""
from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from pathlib import Path

SPLITS = ("dev", "test")
SEED = 18  # issue 18; fixed once, never changed


def stratum(record: dict) -> str:
    return str(record["type"])


def assign_splits(records: list[dict], seed: int = SEED) -> list[dict]:
    """Give every record without a split one; records with a split keep it."""
    counts: dict[str, Counter] = defaultdict(Counter)
    missing: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        key = stratum(record)
        if record.get("dev_only"):
            record["split"] = "dev"
            continue
        if record.get("split") in SPLITS:
            counts[key][record["split"]] += 1
        else:
            missing[key].append(record)
    for key in sorted(missing):
        group = sorted(missing[key], key=lambda r: str(r["id"]))
        random.Random(f"{seed}:{key}").shuffle(group)
        for record in group:
            chosen = min(SPLITS, key=lambda s: (counts[key][s], SPLITS.index(s)))
            record["split"] = chosen
            counts[key][chosen] += 1
    return records


def main(path: Path | None = None) -> None:
    from eval.questions import DEFAULT_SET

    path = Path(path or DEFAULT_SET)
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = assign_splits([json.loads(line) for line in lines])
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    table = Counter((stratum(r), r["split"]) for r in records)
    for key in sorted({k for k, _ in table}):
        print(f"{key:14s} dev {table[(key, 'dev')]:3d}  test {table[(key, 'test')]:3d}")


if __name__ == "__main__":
    main()
