"""The material of the scale benchmark (eval/bench.py), made once and kept in the cache folder.

    <cache>/bench/base-<n>-<corpus>.pkl  parsed laws notices, their BM25 tokens (product code)
    <cache>/bench/.vector-cache/...      real e5 vectors of a sample of their passages (chunks:
                                         an interrupted run resumes where it stopped)
    <cache>/bench/queries-<n>-<model>.npz  real e5 query vectors (ONNX, as the searcher embeds)

What is real and what is not (the report repeats it):
- Text: laws notices parsed and tokenised by the product (corpus.load_notice, the builder's
  tokenisation). Sizes beyond the parsed passages use *varied* copies: a copy of passage i is
  the first half of i's tokens followed by the second half of another passage's tokens, so
  copies are not duplicates and term statistics keep growing with size.
- Vectors: SAMPLE_PASSAGES passages spread over the base are embedded for real (e5, the
  product's passage encoder). Every other row is a normalised mixture of MIX_PARTS real
  vectors of *different* passages with Dirichlet weights: a point among real vectors, never a
  near-copy of one (a seed plus tiny noise made every row sit in a tight cluster of its seed,
  which makes approximate-search recall meaningless).
- Queries: real questions (the benchmark's own and the NCP set's) embedded for real.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import corpus
from corpus.models import Notice
from index import config
from index.builder import tokenize_notice
from index.dense.encoder.embedder import Embedder
from index.dense.vector_cache import VectorCache
from index.lexical.tokenizer import Tokenizer
from index.passage_text import passage_text

# Real passages embedded once (cached). 2,048 at ~15-25 passages/s on 2 cores is 2-3 minutes
# once; with 3 parts per mixture they span C(2048, 3) ~ 1.4x10^9 distinct rows.
SAMPLE_PASSAGES = 2048
# Real vectors mixed per synthetic row, and the Dirichlet concentration of their weights
# (1.0: uniform on the simplex, so most rows lean towards one passage without copying it).
MIX_PARTS = 3
MIX_ALPHA = 1.0
# Laws files parsed for the text (every k-th file of the corpus): ~36k passages, under a
# minute of parsing and tokenising, enough distinct text for 10^4 without copies.
BASE_FILES = 500
EMBED_CHUNK = 64  # passages embedded between two cache saves
NCP_QUERIES = 180  # NCP questions used as real queries (plus the benchmark's own 20)

QUERIES = [
    "个人信息处理者应当履行哪些义务", "安全生产责任制", "行政处罚的听证程序",
    "未成年人保护 学校 责任", "劳动合同解除 经济补偿", "食品安全事故处置",
    "环境影响评价文件审批", "消防救援 应急预案", "土地承包经营权流转", "政府信息公开申请",
    "哪些单位合并了党支部", "巡察整改 形式主义 官僚主义", "违反中央八项规定精神",
    "网络安全等级保护制度", "城市房屋征收补偿", "交通事故 赔偿责任", "公司股东的权利",
    "著作权的保护期限", "野生动物保护 禁止猎捕", "突发事件应对 信息报告",
]


@dataclass
class Base:
    notices: list[Notice]
    passage_tokens: list[list[str]]  # row order: notices in order, passages in order
    document_tokens: list[list[str]]
    row_doc: np.ndarray  # passage row -> notice index


def cache_folder() -> Path:
    """<cache>/bench, or $NOTICES_BENCH_CACHE (tests keep theirs apart)."""
    folder = Path(os.environ.get("NOTICES_BENCH_CACHE") or config.cache_dir() / "bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def base(corpus_dir: Path) -> Base:
    """Parsed and tokenised notices of BASE_FILES laws files (cached)."""
    tag = hashlib.sha256(str(corpus_dir.resolve()).encode()).hexdigest()[:10]
    path = cache_folder() / f"base-{BASE_FILES}-{tag}.pkl"
    if path.exists():
        with path.open("rb") as f:
            return Base(**pickle.load(f))
    files = corpus.iter_notice_files([corpus_dir])
    step = max(1, len(files) // BASE_FILES)
    tokenizer = Tokenizer()
    notices, passage_tokens, document_tokens, row_doc = [], [], [], []
    for path_ in files[::step][:BASE_FILES]:
        try:
            notice = corpus.load_notice(path_)
        except corpus.NoticeError:
            continue
        if not notice.passages:
            continue
        tokens = tokenize_notice(notice, tokenizer)
        row_doc += [len(notices)] * len(notice.passages)
        notices.append(notice)
        passage_tokens += tokens.passages
        document_tokens.append(tokens.document)
    made = Base(notices, passage_tokens, document_tokens, np.array(row_doc, dtype=np.int64))
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as f:
        pickle.dump(vars(made), f, protocol=pickle.HIGHEST_PROTOCOL)  # fields, not the class
    tmp.rename(path)
    return made


def sample_rows(material: Base) -> np.ndarray:
    """The base rows embedded for real: evenly spread over the base."""
    n = len(material.passage_tokens)
    return np.unique(np.linspace(0, n - 1, min(n, SAMPLE_PASSAGES)).astype(np.int64))


def sample_texts(material: Base) -> list[str]:
    texts = []
    for row in sample_rows(material):
        notice = material.notices[int(material.row_doc[row])]
        first = int(np.searchsorted(material.row_doc, material.row_doc[row]))
        texts.append(passage_text(notice, notice.passages[int(row) - first]))
    return texts


def real_vectors(emb: Embedder, texts: list[str], progress: bool = True) -> np.ndarray:
    """e5 vectors of `texts`, embedded in chunks saved to the cache as they finish (a killed
    run resumes: only texts without a cached vector are embedded)."""
    cache = VectorCache(cache_folder(), emb.model_id, emb.encoder_id)
    known = cache.load()
    keys = [VectorCache.key(t) for t in texts]
    missing = [i for i, k in enumerate(keys) if k not in known]
    for start in range(0, len(missing), EMBED_CHUNK):
        rows = missing[start:start + EMBED_CHUNK]
        vectors = emb.encode_passages([texts[i] for i in rows])
        cache.save([keys[i] for i in rows], vectors)
        known.update({keys[i]: v for i, v in zip(rows, vectors)})
        if progress:
            print(f"  embedded {len(texts) - len(missing) + start + len(rows)}/{len(texts)} "
                  "sample passages", flush=True)
    return np.vstack([known[k] for k in keys]).astype(np.float32)


def questions(ncp_dir: Path) -> list[str]:
    """The benchmark's own questions, then NCP_QUERIES NCP questions where ../shared has them."""
    out = list(QUERIES)
    path = ncp_dir / "questions.jsonl"
    if path.exists():
        lines = path.read_text("utf-8").splitlines()
        step = max(1, len(lines) // NCP_QUERIES)
        out += [json.loads(line)["question"] for line in lines[::step][:NCP_QUERIES]]
    return out


def query_vectors(emb: Embedder, texts: list[str]) -> np.ndarray:
    tag = hashlib.sha256(emb.model_id.encode()).hexdigest()[:10]  # hash() varies by process
    path = cache_folder() / f"queries-{len(texts)}-{tag}.npz"
    if path.exists():
        with np.load(path) as data:
            if list(data["texts"]) == texts:
                return data["vectors"]
    vectors = emb.encode_queries(texts).astype(np.float32)
    np.savez(path, texts=np.array(texts), vectors=vectors)
    return vectors


def mixed_vectors(real: np.ndarray, size: int, seed: int = 0) -> np.ndarray:
    """`size` unit rows: the real vectors first, then mixtures of MIX_PARTS distinct real
    vectors with Dirichlet(MIX_ALPHA) weights."""
    rng = np.random.default_rng(seed)
    out = np.empty((size, real.shape[1]), dtype=np.float32)
    head = min(size, len(real))
    out[:head] = real[:head]
    block = 32_768
    for start in range(head, size, block):
        n = min(block, size - start)
        parts = rng.integers(0, len(real), (n, MIX_PARTS))
        while True:  # distinct passages within a row
            same = np.zeros(n, dtype=bool)
            for a in range(MIX_PARTS):
                for b in range(a + 1, MIX_PARTS):
                    same |= parts[:, a] == parts[:, b]
            if not same.any():
                break
            parts[same] = rng.integers(0, len(real), (int(same.sum()), MIX_PARTS))
        weights = rng.dirichlet([MIX_ALPHA] * MIX_PARTS, n).astype(np.float32)
        rows = np.einsum("np,npd->nd", weights, real[parts])
        out[start:start + n] = rows / np.linalg.norm(rows, axis=1, keepdims=True)
    return out


def varied_tokens(tokens: list[list[str]], size: int, seed: int = 0) -> list[list[str]]:
    """`size` token lists: the base's, then varied copies (first half of one passage, second
    half of another), so no copy duplicates a passage."""
    n = len(tokens)
    if size <= n:
        return tokens[:size]
    rng = np.random.default_rng(seed)
    out = list(tokens)
    others = rng.integers(0, n, size - n)
    for i, other in zip(range(n, size), others):
        a, b = tokens[i % n], tokens[int(other)]
        out.append(a[:len(a) // 2] + b[len(b) // 2:])
    return out


def main() -> None:
    """Prepare the cache alone: python -m eval.bench_data [corpus]."""
    import sys

    corpus_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else \
        Path(__file__).resolve().parents[2] / "shared" / "corpora" / "laws"
    material = base(corpus_dir)
    print(f"base: {len(material.notices)} notices, {len(material.passage_tokens)} passages")
    real_vectors(Embedder.load(), sample_texts(material))


if __name__ == "__main__":
    main()
