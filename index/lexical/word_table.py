"""jieba's prefix dictionary (word -> frequency, part-of-speech tag) as a memory-mapped hash
table, so that a process that segments a few questions reads only the entries it looks up.

jieba itself unmarshals all 498,113 entries of its cache into a dict before the first cut
(1.2-1.8 s of a one-shot `notices search`, cProfile), and `jieba.posseg` parses its 5 MB
dict.txt again for the tags. The table is written once per jieba version into the cache
folder and answers the same lookups with the same values (tests/test_word_table.py).

>>> table = WordTable.open(path)
>>> table.get("党支部"), table.tag("党支部"), table.total
(298, 'j', 60101967)
"""
from __future__ import annotations

import array
import mmap
import os
import struct
import tempfile
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path

MAGIC = b"NWTABLE1"
# Header after the magic: entries, slots, total frequency, bytes of words, bytes of tag names
# (native byte order, like the arrays: the table is a cache of this machine).
_HEADER = struct.Struct("=5Q")
# Slots per entry, rounded up to a power of two: at 498,113 entries 2^20 slots (load 0.48),
# so a lookup probes ~1.5 slots; the table file is ~23 MB, of which a question touches pages.
_SLOTS_PER_ENTRY = 2
_NO_TAG = 255  # tag index of a word without a tag (the prefixes jieba adds with frequency 0)


class WordTable(Mapping[str, int]):
    """Read-only word -> frequency mapping with `total` and `tag(word)`, as jieba keeps them."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as f:
            self._map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        if self._map[: len(MAGIC)] != MAGIC:
            raise ValueError(f"{path} is not a word table")
        start = len(MAGIC)
        n, slots, self.total, words_len, tags_len = _HEADER.unpack_from(self._map, start)
        start += _HEADER.size
        view = memoryview(self._map)
        self._mask = slots - 1
        self._slots = view[start : start + 4 * slots].cast("I")  # entry + 1, 0 = empty
        start += 4 * slots
        self._offsets = view[start : start + 4 * (n + 1)].cast("I")  # into the words blob
        start += 4 * (n + 1)
        self._freqs = view[start : start + 4 * n].cast("I")
        start += 4 * n
        self._words_at = start
        start += words_len
        self._tag_of = view[start : start + n]
        start += n
        self._tag_names = bytes(self._map[start : start + tags_len]).decode("utf-8").split("\n")
        self._n = n

    @classmethod
    def open(cls, path: Path) -> "WordTable":
        return cls(path)

    def _find(self, word: str) -> int:
        """Entry index of `word`, or -1."""
        key = word.encode("utf-8")
        slot = zlib.crc32(key) & self._mask
        words, offsets, at = self._map, self._offsets, self._words_at
        while True:
            entry = self._slots[slot]
            if entry == 0:
                return -1
            entry -= 1
            if words[at + offsets[entry] : at + offsets[entry + 1]] == key:
                return entry
            slot = (slot + 1) & self._mask

    def get(self, word: str, default=None):  # type: ignore[override]
        entry = self._find(word)
        return default if entry < 0 else self._freqs[entry]

    def __getitem__(self, word: str) -> int:
        entry = self._find(word)
        if entry < 0:
            raise KeyError(word)
        return self._freqs[entry]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._find(word) >= 0

    def tag(self, word: str) -> str | None:
        """The word's part-of-speech tag in jieba's dict.txt, None if it has none."""
        entry = self._find(word)
        if entry < 0 or self._tag_of[entry] == _NO_TAG:
            return None
        return self._tag_names[self._tag_of[entry]]

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[str]:
        at, offsets = self._words_at, self._offsets
        for i in range(self._n):
            yield bytes(self._map[at + offsets[i] : at + offsets[i + 1]]).decode("utf-8")


def write_table(path: Path, freq: Mapping[str, int], total: int,
                tags: Mapping[str, str]) -> None:
    """Write the table atomically (concurrent writers each rename a complete file)."""
    words = list(freq)
    encoded = [w.encode("utf-8") for w in words]
    tag_names = sorted(set(tags.values()))
    if len(tag_names) >= _NO_TAG:
        raise ValueError("too many part-of-speech tags for one byte")
    tag_index = {t: i for i, t in enumerate(tag_names)}
    slots = 1 << max(1, (len(words) * _SLOTS_PER_ENTRY - 1).bit_length())
    mask = slots - 1
    table = [0] * slots
    for i, key in enumerate(encoded):
        slot = zlib.crc32(key) & mask
        while table[slot]:
            slot = (slot + 1) & mask
        table[slot] = i + 1
    offsets = [0]
    for key in encoded:
        offsets.append(offsets[-1] + len(key))
    blob = b"".join(encoded)
    tag_blob = "\n".join(tag_names).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(MAGIC)
            out.write(_HEADER.pack(len(words), slots, total, len(blob), len(tag_blob)))
            out.write(_uint32(table))
            out.write(_uint32(offsets))
            out.write(_uint32([freq[w] for w in words]))
            out.write(blob)
            out.write(bytes(tag_index[tags[w]] if w in tags else _NO_TAG for w in words))
            out.write(tag_blob)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _uint32(values: list[int]) -> bytes:
    """Native byte order, as memoryview.cast reads it back (the file name carries the order)."""
    data = array.array("I", values)
    if data.itemsize != 4:
        raise ValueError("unsigned int is not 4 bytes here")
    return data.tobytes()
