"""Leaders given items by their numbers in a closing sentence, as meeting minutes do: "局领导按
分工督促落实：柏振华同志负责第一、二项，童蕙兰同志负责第三、七、八、九项…" (held-out probe,
fourteenth part m4: no 议定事项 had its leader)."""
from __future__ import annotations

import re
from typing import Sequence

from corpus.ledger.totals import count_number

# "X同志负责第一、二项", "由X同志牵头第三项": a name (2-4 characters) and the numbers it takes.
_TAKES = re.compile(r"([\u4e00-\u9fff]{2,4})同志(?:负责|牵头|督促落实|分管|领办)"
                    r"第([一二三四五六七八九十、和及\d]+)项")
_NUMBER_SEP = re.compile(r"[、和及]")
# The number an item's line opens with ("三、", "3.").
_OPENING = re.compile(r"([一二三四五六七八九十]+)、|(\d{1,2})[.．、]")


def leaders_by_number(text: str, problems: Sequence[tuple[int, int]]) -> dict[int, list[tuple[int, int]]]:
    """For each problem (by index) the name spans of the leaders given its number."""
    numbered: dict[int, list[int]] = {}
    for i, (start, _) in enumerate(problems):
        line_start = text.rfind("\n", 0, start) + 1
        opening = _OPENING.match(text, line_start)
        if opening is not None and opening.end() <= start:
            number = count_number(opening.group(1) or opening.group(2))
            numbered.setdefault(number, []).append(i)
    found: dict[int, list[tuple[int, int]]] = {}
    for match in _TAKES.finditer(text):
        for token in _NUMBER_SEP.split(match.group(2)):
            for i in numbered.get(count_number(token), [])[-1:]:  # the last list's item
                found.setdefault(i, []).append(match.span(1))
    return found
