"""Agency and place facts of one notice: the places its text names and the years it speaks
of, computed once when the notice is published and stored in its manifest record
(index/storage/manifest.py), so that a question naming an agency, a place or a year is
scoped without reading every notice's text (assistant/scope.py).

A pure function of the notice's cleaned text and its document BM25 tokens. Places are read
three ways, since none finds them all: the tokens the dictionary tags as places, the
"<name><unit>" spans of the text, and the part-of-speech tagger's places (the tagger a
question is read with). The tagger is the cost: 10-44 k characters/s on this machine
(0.1-0.5 s for a law of 5,700 characters), paid once when a notice is published.

>>> facts = notice_facts("2021年济南市应急管理局对历城区开展巡察", ["济南", "济南市", "历城区"])
>>> facts.names("济南"), facts.names("佛山"), facts.speaks_of(2021), facts.dated
(True, False, True, True)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from corpus.agencies import place_spans
from index.lexical.tokenizer import default_word_table, tagged_words

# Between two names in NoticeFacts.places: never part of a cleaned text's CJK name.
SEPARATOR = "\n"
# Bump when what notice_facts returns for the same notice changes: records of an older
# version are recomputed when the next generation is saved.
FACTS_VERSION = 2  # 2: next_year

# An agency named in full in running text (济南市应急管理局, 浙江省应急管理厅): a place span
# and what follows it up to the first department word.
_AGENCY_SPAN = re.compile(
    r"[\u4e00-\u9fff]{2,6}?(?:省|市|州|县|区|自治区|盟|旗)[\u4e00-\u9fff]{0,8}?"
    r"(?:应急管理局|应急管理厅|委员会|政府|党委|局|厅)")
# Items of an enumeration (先后对长清、济阳、商河等): places the tagger misses when they stand
# alone. An item may carry a word before it (后对长清); a place found within it still counts.
_LISTED = re.compile(r"[\u4e00-\u9fff]{2,4}(?=、)|(?<=、)[\u4e00-\u9fff]{2,4}")
# A year the text speaks of, exactly as assistant/scope.py matches a question's year in a
# text: "2021年", "2021 年", or the start of a range "2020-2021年" / "2020至2021". A lookahead,
# so that overlapping candidates ("12021年" holds 2021) are all found.
_YEAR_SPOKEN = re.compile(r"(?=((?:19|20)\d{2})\s*[年\-—至到])")
# Any year at all ("…年"): a text with none cannot be ruled out by a question's year.
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
# The year after the notice's own, as a notice names it ("次年1月底前", "明年").
_NEXT_YEAR = re.compile(r"次年|明年|下一年度?|来年")


def speaks_of_next_year(text: str) -> bool:
    """Does the text speak of the year after its own ("次年1月底前")?"""
    return _NEXT_YEAR.search(text) is not None


@dataclass(frozen=True)
class NoticeFacts:
    # Place and agency names the text names: the tokens jieba's dictionary tags as places
    # (ns), every "<name><unit>" span (济南市, 昌吉州) and agency named in full, the items of
    # enumerations, and the tagger's places. Each is a substring of the text, so a name
    # found within one is named by the text (the facts never say more than the text).
    # One string, the names separated by SEPARATOR, a name within another left out: one
    # substring search per notice answers a question (3,476 notices: ~5 ms a form).
    places: str
    years: tuple[int, ...]  # years the text speaks of ("2021年", "2020-2021年")
    dated: bool  # the text names some year ("…年")
    next_year: bool = False  # the text speaks of the year after its own (speaks_of_next_year)
    version: int = FACTS_VERSION

    def names(self, form: str) -> bool:
        """Whether the text names `form` (a place or agency mention) within one of its
        places."""
        return SEPARATOR not in form and form in self.places

    def speaks_of(self, year: int) -> bool:
        return year in self.years

    def to_record(self) -> dict:
        return {"places": self.places, "years": list(self.years), "dated": self.dated,
                "next_year": self.next_year, "version": self.version}

    @classmethod
    def from_record(cls, data: dict | None) -> "NoticeFacts | None":
        """None for a record of an older extractor (or none): readers then read the text."""
        if not data or data.get("version") != FACTS_VERSION:
            return None
        return cls(data["places"], tuple(data["years"]), bool(data["dated"]),
                   bool(data.get("next_year")), data["version"])


def notice_facts(text: str, tokens: Iterable[str]) -> NoticeFacts:
    """The facts of a notice from its cleaned text and its document BM25 tokens (words,
    dictionary subwords and character bigrams of its text)."""
    table = default_word_table()
    places = {t for t in set(tokens) if len(t) >= 2 and (table.tag(t) or "").startswith("ns")}
    places.update(place_spans(text))
    places.update(m.group(0) for m in _AGENCY_SPAN.finditer(text))
    places.update(m.group(0) for m in _LISTED.finditer(text))
    # Places jieba's dictionary lacks (长清 in "先后对长清、济阳、商河等"), tagged as a question's
    # places are (assistant/question.py reads them with the same tagger).
    places.update(w for w, flag in tagged_words(text) if flag.startswith("ns") and len(w) >= 2)
    # The tokens also cover the title line and NFKC-normalised text: keep only what the text
    # itself holds, so that a place found in the facts is one the text names.
    places = {p for p in places if p in text}
    kept = ""
    for place in sorted(places, key=lambda p: (-len(p), p)):  # longest first
        if place not in kept:
            kept += place + SEPARATOR
    years = {int(m.group(1)) for m in _YEAR_SPOKEN.finditer(text)}
    return NoticeFacts(kept, tuple(sorted(years)),
                       _ANY_YEAR.search(text) is not None, speaks_of_next_year(text))
