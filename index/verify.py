"""Integrity checks of the live index: every count and offset agrees with the stored notices."""
from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

from index.storage import ledger_files, segment_records, segments, store
from index.search.loaded import LoadedIndex
from index.storage.manifest import Manifest
from index.lexical.tokenizer import Tokenizer

# Stored vectors are L2-normalised; float32 rounding keeps norms within this of 1.
NORM_TOLERANCE = 1e-3


def checksum_problems(folder: Path) -> list[str]:
    """Every recorded file (the manifest's, and the notices' in their segments' files.json),
    hashed again; problems name the notice."""
    manifest = Manifest.load(folder, catalog=False)
    if not manifest.files:
        return ["清单中没有文件校验和 (旧版索引), 请运行 notices index build 重建索引"]
    owner = {store.safe_name(doc_id): doc_id for doc_id in manifest.documents}
    problems: list[str] = []
    recorded = segment_records.expected_files(folder, vars(manifest))
    for relative, sums in sorted(recorded.items()):
        path = folder / relative
        parts = relative.split("/")
        doc_id = owner.get(Path(parts[-1]).stem) if len(parts) == 2 else None
        what = f"文档 {doc_id} 的文件 {relative}" if doc_id else f"共享文件 {relative}"
        if not path.is_file():
            problems.append(f"{what} 缺失")
        elif path.stat().st_size != sums["size"] or store.sha256_of(path) != sums["sha256"]:
            problems.append(f"{what} 已损坏 (校验和不符)")
    return problems


def verify_index(root: Path) -> list[str]:
    """Problems found, in Chinese; an empty list means the index is sound.

    Checksums come first: a damaged file is reported with the notice it belongs to, and the
    generation is then not opened (opening refuses it)."""
    folder = store.current_generation(root, check=False)
    damaged = checksum_problems(folder)
    if damaged:
        return damaged
    index = LoadedIndex.open(root)
    manifest = index.manifest
    problems: list[str] = []
    rows = len(index.passages)  # masked rows of removed or replaced notices included
    live = int(np.isin(index.row_doc, list(index.doc_row.values())).sum())
    if live != manifest.passage_count:
        problems.append(f"段落数 {live} 与清单记录 {manifest.passage_count} 不一致")
    if sum(manifest.segments.values()) != rows:
        problems.append(f"分段行数之和 {sum(manifest.segments.values())} 与段落行数 {rows} 不一致")
    if index.bm25.size != rows or index.bm25.live_count != live:
        problems.append(f"BM25 行数 {index.bm25.live_count} 与段落数 {live} 不一致")
    if index.doc_bm25.live_count != len(manifest.documents):
        problems.append(f"文档级 BM25 行数 {index.doc_bm25.live_count} 与文档数不一致")
    # Notices published with --defer-vectors hold placeholder rows, left out of dense search.
    if index.dense.ntotal != rows or index.dense.live != live - index.pending_passages:
        problems.append(f"向量索引行数 {index.dense.live} 与段落数 {live} 不一致")
    for name, part in zip(manifest.segments, index.dense.parts):
        if part.ntotal and part.d != manifest.dimension:
            problems.append(f"向量维度 {part.d} 与清单记录 {manifest.dimension} 不一致")
        kind = manifest.dense_types.get(name, segments.FLAT)
        if ((kind in segments.APPROXIMATE) != isinstance(part, faiss.IndexIVF)
                or segments.dense_params(part) != manifest.dense_params.get(name, {})):
            problems.append(f"分段 {name} 的向量索引与清单记录的类型或参数 ({kind}, "
                            f"{manifest.dense_params.get(name, {})}) 不一致")
    for doc_id, record in manifest.documents.items():
        notice = index.notices[doc_id]
        if len(notice.passages) != record.passage_count:
            problems.append(f"{doc_id}: 段落数与清单不一致")
        if notice.content_hash != record.content_hash:
            problems.append(f"{doc_id}: 内容哈希与清单不一致")
        for p in notice.passages:
            if notice.text[p.start:p.end] != p.text:
                problems.append(f"{p.passage_id}: 段落偏移与正文不符")
        vectors = store.read_vectors(folder, doc_id)
        if vectors.shape[0] != record.passage_count:
            problems.append(f"{doc_id}: 向量数与段落数不一致")
        elif doc_id in manifest.pending:
            if np.any(vectors):
                problems.append(f"{doc_id}: 待生成向量的文档存有非零向量")
        elif len(vectors) and np.abs(np.linalg.norm(vectors, axis=1) - 1).max() > NORM_TOLERANCE:
            problems.append(f"{doc_id}: 向量未归一化")
        if len(store.read_tokens(folder, doc_id).passages) != record.passage_count:
            problems.append(f"{doc_id}: 分词结果数与段落数不一致")
    problems += ledger_problems(folder, index)
    if manifest.tokenizer_signature != Tokenizer().signature:
        problems.append("分词词典已变更, 请运行 notices index build 重新分词")
    return problems


def ledger_problems(folder: Path, index: LoadedIndex) -> list[str]:
    """Every notice has its ledger file, of its own doc id, with every span exact.

    A generation written before the ledger existed has none at all: not a problem (readers
    extract it from the notices; the next update writes the files)."""
    if not ledger_files.has_ledger(folder):
        return []
    problems: list[str] = []
    for doc_id in index.manifest.documents:
        stored = ledger_files.read_ledger(folder, doc_id)
        if stored is None:
            problems.append(f"{doc_id}: 整改台账文件缺失")
            continue
        ledger, _ = stored
        text = index.notices[doc_id].text
        for item in ledger.items:
            spans = [*item.section, item.problem, *item.measures, *item.lead,
                     *(s for s in (item.status_quote, item.deadline) if s is not None)]
            if item.doc_id != doc_id or any(text[s.start:s.end] != s.text for s in spans):
                problems.append(f"{item.item_id}: 整改台账条目与正文不符")
    return problems
