"""Chinese tokens for BM25: jieba words (domain dictionary, stop words) plus character bigrams.

>>> Tokenizer().tokenize("哪些单位合并了党支部?")
['单位', '合并', '支部', '党支部', '单位', '位合', '合并', '党支', '支部']

`Tokenizer()` loads jieba's whole dictionary on first use (builds tokenise every notice);
`Tokenizer.for_queries()` reads it from a memory-mapped word table (index/lexical/word_table.py), so
a process that segments a few questions starts in milliseconds, with identical tokens.
"""
from __future__ import annotations

import hashlib
import io
import logging
import re
import sys
import threading
import unicodedata
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from index.config import cache_dir
from index.lexical.word_table import WordTable, write_table


def _import_jieba():
    """jieba, imported without pkg_resources.

    jieba's _compat imports pkg_resources only to open its own dict.txt (0.17 s of every
    start, -X importtime) and, with the setuptools pinned for milvus-lite (<81), makes it
    print an English deprecation warning; without it jieba opens the file by path."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba
        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


jieba = _import_jieba()

RESOURCES = resources.files("index") / "resources"

# Only CJK characters form bigrams: digits and Latin letters are kept whole by jieba.
_CJK = re.compile(r"[\u4e00-\u9fff]")

# A token is kept only if it holds a letter, digit or CJK character: punctuation and spaces
# carry no evidence.
_WORD = re.compile(r"[\w\u4e00-\u9fff]")

# Bump when tokenisation changes in a way that invalidates persisted tokens.
TOKENIZER_VERSION = "2"

jieba.setLogLevel(logging.WARNING)


def _resource_lines(name: str) -> list[str]:
    text = (RESOURCES / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def normalise(text: str) -> str:
    """NFKC (full-width to half-width digits and letters) and lower case."""
    return unicodedata.normalize("NFKC", text).lower()


class Tokenizer:
    """jieba search-mode words plus the character bigrams of every run of content words.

    Words give precision; bigrams make a question match a paragraph that jieba segmented
    differently (整合为 vs 整合, 党支部 vs 支部). Bigrams skip stop words, so "哪些单位" adds
    no "些单". On the external NCP set jieba + bigrams raised BM25 document R@1 from 0.719 to
    0.795 and R@5 from 0.896 to 0.932; the own set's BM25 R@5 went from 0.863 to 0.875
    (eval/README.md, tuning log row 0c).
    """

    def __init__(self, table: WordTable | None = None) -> None:
        self._table = table  # None: jieba's own dictionary, loaded on first use
        self._lock = threading.Lock()
        self.stopwords = frozenset(_resource_lines("stopwords.txt"))

    @classmethod
    def for_queries(cls) -> "Tokenizer":
        """Same tokens, jieba's dictionary read from the word table (written on first use)."""
        return cls(default_word_table())

    @cached_property
    def _jieba(self) -> "jieba.Tokenizer":
        with self._lock:  # API threads may tokenise the first question at once
            if self._table is None:
                segmenter = jieba.Tokenizer()
                segmenter.initialize()
                _save_word_table(segmenter)  # a build's tokenizer prepares the query path's
            else:
                segmenter = _table_segmenter(self._table)
            for line in _resource_lines("dictionary.txt"):
                parts = line.split()
                word, freq = parts[0], int(parts[1]) if len(parts) > 1 else None
                segmenter.add_word(word, freq=freq)
            return segmenter

    @cached_property
    def signature(self) -> str:
        """Hash of dictionary, stop words and version: persisted tokens are valid only with it."""
        digest = hashlib.sha256(TOKENIZER_VERSION.encode())
        for name in ("dictionary.txt", "stopwords.txt"):
            digest.update((RESOURCES / name).read_bytes())
        return digest.hexdigest()[:16]

    def tokenize(self, text: str) -> list[str]:
        tokens: list[str] = []
        runs: list[str] = []
        run = ""
        for word in self._jieba.cut(normalise(text)):
            if _WORD.search(word) and word not in self.stopwords:
                tokens.extend(self._subwords(word))
                tokens.append(word)
                run += word
            elif run:
                runs.append(run)
                run = ""
        if run:
            runs.append(run)
        for chars in runs:
            tokens.extend(
                chars[i : i + 2] for i in range(len(chars) - 1)
                if _CJK.match(chars[i]) and _CJK.match(chars[i + 1])
            )
        return tokens

    def words(self, text: str) -> list[str]:
        """The content words alone (no subwords, no bigrams), in order."""
        return [w for w in self._jieba.cut(normalise(text))
                if _WORD.search(w) and w not in self.stopwords]

    def _subwords(self, word: str) -> list[str]:
        """jieba's search mode: the dictionary words of length 2 and 3 inside a longer word."""
        freq = self._jieba.FREQ
        grams = [word[i : i + 2] for i in range(len(word) - 1)] if len(word) > 2 else []
        grams += [word[i : i + 3] for i in range(len(word) - 2)] if len(word) > 3 else []
        return [g for g in grams if freq.get(g)]


# --- jieba's dictionary from the word table ------------------------------------------------

class _Frequencies:
    """jieba.Tokenizer.FREQ over the word table: the words add_word puts in, then the table.
    jieba reads it with `in`, `[]` and `.get`, and writes it only in add_word."""

    def __init__(self, table: WordTable) -> None:
        self._table = table
        self._added: dict[str, int] = {}

    def get(self, word: str, default=None):
        freq = self._added.get(word)
        return self._table.get(word, default) if freq is None else freq

    def __contains__(self, word: str) -> bool:
        return word in self._added or word in self._table

    def __getitem__(self, word: str) -> int:
        freq = self._added.get(word)
        return self._table[word] if freq is None else freq

    def __setitem__(self, word: str, freq: int) -> None:
        self._added[word] = freq


class _Tags:
    """jieba.posseg's word_tag_tab over the word table ('x' for an untagged word, as there)."""

    def __init__(self, table: WordTable) -> None:
        self._table = table

    def get(self, word: str, default: str | None = None) -> str | None:
        tag = self._table.tag(word)
        return default if tag is None else tag


def _table_segmenter(table: WordTable) -> "jieba.Tokenizer":
    """A jieba.Tokenizer whose dictionary is the table, as if initialize() had loaded it."""
    segmenter = jieba.Tokenizer()
    segmenter.FREQ = _Frequencies(table)
    segmenter.total = table.total
    segmenter.initialized = True
    return segmenter


def tagged_words(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech flag) pairs, exactly as `jieba.posseg.cut(text)` gives them
    (jieba's default dictionary), read from the word table."""
    return [(pair.word, pair.flag) for pair in _pos_segmenter().cut(text)]


@lru_cache(maxsize=1)
def _pos_segmenter():
    posseg = _import_posseg()

    class TablePOSTokenizer(posseg.POSTokenizer):
        def __init__(self, table: WordTable) -> None:  # no dict.txt to read: tags from the table
            self.tokenizer = _table_segmenter(table)
            self.word_tag_tab = _Tags(table)

    tagger = TablePOSTokenizer(default_word_table())
    if isinstance(posseg.dt.tokenizer, _NoDictionary):  # imported here: keep posseg.cut working
        posseg.dt = tagger
    return tagger


def _import_posseg():
    """jieba.posseg without the dict.txt parse its import does for a module-level tagger
    (jieba.posseg.dt: 0.5-1 s). That tagger is replaced by the table-backed one, so
    jieba.posseg.cut still gives the same pairs."""
    if "jieba.posseg" in sys.modules:
        return sys.modules["jieba.posseg"]
    real = jieba.dt
    jieba.dt = _NoDictionary()
    try:
        import jieba.posseg as posseg
    finally:
        jieba.dt = real
    return posseg


class _NoDictionary:
    """Stands in for jieba.dt while jieba.posseg is imported: an empty dict.txt."""

    def get_dict_file(self) -> io.BytesIO:
        return io.BytesIO(b"")


@lru_cache(maxsize=1)
def default_word_table() -> WordTable:
    """The table of jieba's default dictionary, written into the cache folder if missing."""
    path = _word_table_path()
    if not path.exists():
        segmenter = jieba.Tokenizer()
        segmenter.initialize()
        _save_word_table(segmenter)
    return WordTable.open(path)


def _word_table_path() -> Path:
    """One table per jieba version and dictionary file (and byte order: arrays are native)."""
    size = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME).stat().st_size
    return (cache_dir() / "jieba" /
            f"words-{jieba.__version__}-{size}-{sys.byteorder}.table")


def _save_word_table(segmenter: "jieba.Tokenizer") -> None:
    """Write the table from a freshly initialised default segmenter (before add_word)."""
    path = _word_table_path()
    if path.exists():
        return
    tags: dict[str, str] = {}
    dictionary = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
    with open(dictionary, encoding="utf-8") as lines:  # as jieba.posseg's load_word_tag
        for line in lines:
            line = line.strip()
            if line:
                word, _, tag = line.split(" ")
                tags[word] = tag
    write_table(path, segmenter.FREQ, segmenter.total, tags)
