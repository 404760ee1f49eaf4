"""Query token ids without loading the model's whole tokenizer.json.

multilingual-e5-small's tokenizer is a Unigram model of 250,002 pieces; `Tokenizer.from_file`
takes 0.9 s on a quiet machine and 2-4 s under load, holding the GIL (a background thread
only slowed the rest, measured), most of a one-shot dense search. A Unigram segmentation of a
text can only use pieces that occur in it, so a question is tokenised by a Unigram model of
just those pieces, found in a memory-mapped table of every piece (index/lexical/word_table.py) with
their ids and scores, behind the model's own normalizer and pre-tokenizer. The ids equal
the full tokenizer's (tests/test_encoder.py checks every own-set question and every shipped
passage). Text the trick does not cover (added tokens such as "<s>" typed in a question) goes
to the full tokenizer, loaded then.

The table is written once per tokenizer.json into the cache folder, by the first query.
"""
from __future__ import annotations

import array
import json
import mmap
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from index import config
from index.lexical.word_table import WordTable, write_table

FORMAT_VERSION = 2  # 2: the layout records the padding id
# Characters per call served from the piece table. Each character costs up to `longest`
# (16) table lookups, ~2 us each: a 500-character question (the longest allowed) ~15 ms;
# batches of passages (onnx-fp32 builds) go to the full tokenizer, loaded once for them.
MAX_TABLE_CHARS = 2_000


@dataclass(frozen=True)
class _Layout:
    """What tokenizer.json says beyond its pieces, for the model and the special tokens."""

    unk_id: int
    unk_piece: str
    lowest_id: int  # the piece with the lowest score: Unigram's unknown-piece penalty uses it
    lowest_piece: str
    longest: int  # characters of the longest piece
    bos_id: int
    eos_id: int
    pad_id: int  # "<pad>" (1, as XLM-R's, when the tokenizer has none), as the full one pads
    added: tuple[str, ...]  # added tokens' text (matched in the raw text before normalising)


class QueryTokenizer:
    """ids of short texts, equal to the full tokenizer with [bos] ... [eos] and truncation."""

    def __init__(self, directory: Path, max_length: int) -> None:
        from tokenizers import Tokenizer

        template = Tokenizer.from_str((directory / "template.json").read_text("utf-8"))
        self._normalizer = template.normalizer
        self._pre_tokenizer = template.pre_tokenizer
        self._pieces = WordTable.open(directory / "pieces.table")  # piece -> id
        with open(directory / "scores.bin", "rb") as f:
            self._scores_map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        self._scores = memoryview(self._scores_map).cast("d")  # id -> score
        self._layout = _Layout(**json.loads((directory / "layout.json").read_text("utf-8")))
        self._max_length = max_length
        self.pad_id = self._layout.pad_id

    @classmethod
    def for_model(cls, tokenizer_json: Path, max_length: int) -> "QueryTokenizer | None":
        """The query tokenizer of this tokenizer.json, written on first use; None if it is
        not a Unigram model with [bos] A [eos] post-processing (then use the full one)."""
        stat = tokenizer_json.stat()
        directory = (config.cache_dir() / "tokenizers" /
                     f"{tokenizer_json.parent.name}-{stat.st_size}-{stat.st_mtime_ns}"
                     f"-v{FORMAT_VERSION}")
        if not (directory / "layout.json").exists():
            if (directory / "unsupported").exists() or not _write(tokenizer_json, directory):
                return None
        return cls(directory, max_length)

    def encode(self, texts: Sequence[str]) -> list[list[int]] | None:
        """Token ids of each text, or None when a text needs the full tokenizer."""
        if sum(map(len, texts)) > MAX_TABLE_CHARS:
            return None
        if any(token in text for text in texts for token in self._layout.added):
            return None
        return [self._encode(text) for text in texts]

    def _encode(self, text: str) -> list[int]:
        from tokenizers import Tokenizer
        from tokenizers.models import Unigram

        layout = self._layout
        words = self._pre_tokenizer.pre_tokenize_str(self._normalizer.normalize_str(text))
        # Every piece occurring in the text, and the two whose presence changes no
        # segmentation but keeps Unigram's constants: the unknown piece and the lowest score.
        pieces = {layout.unk_id: layout.unk_piece, layout.lowest_id: layout.lowest_piece}
        for word, _ in words:
            for start in range(len(word)):
                for end in range(start + 1, min(len(word), start + layout.longest) + 1):
                    found = self._pieces.get(word[start:end])
                    if found is not None:
                        pieces.setdefault(found, word[start:end])
        chosen = list(pieces)  # mini-model id -> id; the unknown piece first
        vocab = [(pieces[i], self._scores[i]) for i in chosen]
        model = Tokenizer(Unigram(vocab, unk_id=0, byte_fallback=False))
        model.normalizer = self._normalizer
        model.pre_tokenizer = self._pre_tokenizer
        content = [chosen[i] for i in model.encode(text, add_special_tokens=False).ids]
        return [layout.bos_id, *content[: self._max_length - 2], layout.eos_id]


def _write(tokenizer_json: Path, directory: Path) -> bool:
    """Write template, piece table, scores and layout into `directory`; False if the model
    is not one this tokenizer reproduces (recorded, so the check runs once)."""
    data = json.loads(tokenizer_json.read_text("utf-8"))
    layout = _layout_of(data)
    directory.mkdir(parents=True, exist_ok=True)
    if layout is None:
        (directory / "unsupported").touch()
        return False
    vocab = data["model"]["vocab"]
    template = dict(data, added_tokens=[], post_processor=None, truncation=None, padding=None,
                    model=dict(data["model"], vocab=[["<unk>", 0.0]], unk_id=0))
    staging = Path(tempfile.mkdtemp(dir=directory.parent, prefix=directory.name + "."))
    try:
        (staging / "template.json").write_text(json.dumps(template, ensure_ascii=False),
                                               "utf-8")
        write_table(staging / "pieces.table", {p: i for i, (p, _) in enumerate(vocab)},
                    total=0, tags={})
        (staging / "scores.bin").write_bytes(array.array("d", [s for _, s in vocab]).tobytes())
        (staging / "layout.json").write_text(json.dumps(layout.__dict__), "utf-8")
        for path in staging.iterdir():  # layout.json last: its presence marks a complete set
            if path.name != "layout.json":
                os.replace(path, directory / path.name)
        os.replace(staging / "layout.json", directory / "layout.json")
    finally:
        for path in staging.iterdir():
            path.unlink()
        staging.rmdir()
    return True


def _layout_of(data: dict) -> _Layout | None:
    model, post = data.get("model") or {}, data.get("post_processor") or {}
    if model.get("type") != "Unigram" or model.get("byte_fallback") or \
            model.get("unk_id") is None or post.get("type") != "TemplateProcessing":
        return None
    single = post.get("single") or []
    if len(single) != 3 or "Sequence" not in single[1] or \
            not all("SpecialToken" in single[i] for i in (0, 2)):
        return None
    specials = post.get("special_tokens") or {}
    bos, eos = (specials[single[i]["SpecialToken"]["id"]]["ids"] for i in (0, 2))
    if len(bos) != 1 or len(eos) != 1:
        return None
    vocab = model["vocab"]
    lowest = min(range(len(vocab)), key=lambda i: vocab[i][1])
    pads = [t["id"] for t in data.get("added_tokens") or [] if t["content"] == "<pad>"]
    pads += [i for i, (p, _) in enumerate(vocab) if p == "<pad>"]
    unk = int(model["unk_id"])
    return _Layout(unk_id=unk, unk_piece=vocab[unk][0], lowest_id=lowest,
                   lowest_piece=vocab[lowest][0],
                   longest=max(len(p) for p, _ in vocab), bos_id=bos[0], eos_id=eos[0],
                   pad_id=pads[0] if pads else 1,
                   added=tuple(t["content"] for t in data.get("added_tokens") or []))
