"""Make the Milvus collections hold the live generation of an index folder.

Only notices whose files changed are written: a row is keyed by the sha256 of the notice's
docs/tokens/vectors files the manifest records, so an add, replace or remove of one notice
writes that notice's rows, closes the rows it replaces and writes the terms whose document
frequency changed. The new generation's row in <name>_gens is written last: until then
readers keep searching the previous one, and a sync killed half-way is undone by the next.

>>> report = sync_index(Path("/tmp/idx"), "/tmp/idx.milvus.db")
>>> report.written_notices
19
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from index.storage import segment_records, store
from index.storage.manifest import Manifest
from index.milvus import bulk, layout
from index.milvus.layout import NOTICE, OPEN, PASSAGE, Names, visible
from index.milvus.weights import CorpusStats, passage_weights

# Rows per insert/upsert request (index.milvus.bulk: one column-wise request each): well
# under the gRPC message limit of 64 MB with 384-dim vectors and a few hundred sparse terms
# per row. Measured on 21,525 laws rows: 500, 1,000 and 2,000 cost the same (6.2 / 5.8 /
# 6.0 s), one request of 8,000 took 25 times as long as four of 2,000 (Milvus Lite 2.5).
BATCH = 2000


@dataclass
class SyncReport:
    generation: str
    seq: int
    written_notices: int = 0
    closed_notices: int = 0
    written_terms: int = 0
    unchanged: bool = False


def sync_index(root: Path, uri: str, collection: str | None = None) -> SyncReport:
    """Publish the live generation of `root` to Milvus (idempotent)."""
    folder = store.current_generation(root)
    manifest = Manifest.load(folder)
    client = layout.connect(uri)
    try:
        n = layout.names(root, collection)
        layout.ensure(client, n, manifest.dimension)
        return _sync(client, n, folder, manifest)
    finally:
        client.close()


def live_generation(client, n: Names) -> dict | None:
    """The newest synced generation's row (seq, name, stats), or None."""
    rows = client.query(n.gens, filter="seq >= 0", output_fields=["seq", "name", "stats"])
    return max(rows, key=lambda r: r["seq"]) if rows else None


def _sync(client, n: Names, folder: Path, manifest: Manifest) -> SyncReport:
    live = live_generation(client, n)
    if live is not None and live["name"] == folder.name:
        return SyncReport(folder.name, live["seq"], unchanged=True)
    before = live["seq"] if live else 0
    seq = before + 1
    _undo_unfinished(client, n, before)

    recorded = segment_records.expected_files(folder, vars(manifest))
    want = {doc_id: _fingerprint(recorded, doc_id) for doc_id in manifest.documents}
    held = _held_fingerprints(client, n, before) if live else {}
    write = [d for d in want if held.get(d) != want[d]]
    close = [d for d in held if want.get(d) != held[d]]

    tokens = {d: store.read_tokens(folder, d) for d in manifest.documents}
    passages = CorpusStats.of([t for d in manifest.documents for t in tokens[d].passages])
    notices = CorpusStats.of([tokens[d].document for d in manifest.documents])
    term_ids, next_id, written_terms = _sync_terms(
        client, n, before, seq, passages, notices, live["stats"]["next_term_id"] if live else 0)

    if close:
        _close_rows(client, n.rows, f"{layout.one_of('doc_id', close)} and gen_to == {OPEN}", seq)
    _write_notices(client, n, folder, write, tokens, term_ids, passages, notices, seq, want)
    # Rows kept from earlier generations carry their avgdl: the range bounds how far their
    # exact BM25 scores can be from Milvus's (search.MilvusCandidates._best_exact).
    kept = live["stats"] if live and len(write) < len(want) else None
    stats = {"model": manifest.model_id, "tokenizer": manifest.tokenizer_signature,
             "passages": _stats_json(passages, kept and kept["passages"]),
             "notices": _stats_json(notices, kept and kept["notices"]),
             "next_term_id": next_id}
    client.insert(n.gens, [{"seq": seq, "name": folder.name, "stats": stats,
                            "unused": [0.0] * layout.BOOKKEEPING_DIM}])
    _forget_old(client, n, seq)
    return SyncReport(folder.name, seq, len(write), len(close), written_terms)


def _fingerprint(recorded: dict[str, dict], doc_id: str) -> str:
    """The notice's files as the generation records them (segment_records.expected_files):
    text, tokens and vectors."""
    name = store.safe_name(doc_id)
    parts = [recorded[f"{sub}/{name}.{ext}"]["sha256"]
             for sub, ext in (("docs", "json"), ("tokens", "json"), ("vectors", "npy"))]
    return hashlib.sha256("".join(parts).encode("ascii")).hexdigest()


def _held_fingerprints(client, n: Names, seq: int) -> dict[str, str]:
    rows = query_all(client, n.rows, f"kind == {NOTICE} and {visible(seq)}",
                      ["doc_id", "fingerprint"])
    return {r["doc_id"]: r["fingerprint"] for r in rows}


def _sync_terms(client, n: Names, before: int, seq: int, passages: CorpusStats,
                notices: CorpusStats, next_id: int) -> tuple[dict[str, int], int, int]:
    """Term ids never change; a term whose document frequencies changed gets a new version."""
    old = {r["term"]: r for r in query_all(client, n.terms, visible(before),
                                            ["pk", "term", "term_id", "df_passages",
                                             "df_notices"])} if before else {}
    terms = dict.fromkeys(list(passages.doc_freq) + list(notices.doc_freq))
    ids: dict[str, int] = {}
    fresh: list[dict] = []
    for term in terms:
        counts = (passages.doc_freq.get(term, 0), notices.doc_freq.get(term, 0))
        previous = old.get(term)
        if previous is not None:
            ids[term] = previous["term_id"]
            if (previous["df_passages"], previous["df_notices"]) == counts:
                continue
        else:
            ids[term] = next_id
            next_id += 1
        fresh.append({"pk": (seq << 32) | len(fresh), "term": term, "term_id": ids[term],
                      "df_passages": counts[0], "df_notices": counts[1], "gen_from": seq,
                      "gen_to": OPEN, "unused": [0.0] * layout.BOOKKEEPING_DIM})
    changed = {f["term"] for f in fresh}
    stale = [r["pk"] for t, r in old.items() if t not in terms or t in changed]
    for start in range(0, len(stale), BATCH):
        _close_rows(client, n.terms, f"pk in {stale[start:start + BATCH]}", seq)
    for start in range(0, len(fresh), BATCH):
        bulk.insert(client, n.terms, fresh[start:start + BATCH])
    return ids, next_id, len(fresh)


def _write_notices(client, n: Names, folder: Path, doc_ids: list[str], tokens: dict,
                   term_ids: dict[str, int], passages: CorpusStats, notices: CorpusStats,
                   seq: int, fingerprints: dict[str, str]) -> None:
    batch: list[dict] = []
    counter = 0
    for doc_id in doc_ids:
        notice = store.read_notice(folder, doc_id)
        vectors = store.read_vectors(folder, doc_id)
        meta = notice.meta
        common = {"doc_id": doc_id, "agency": (meta.agency or "")[:layout.TEXT_CHARS],
                  "date": meta.date or meta.written_date or "", "doc_type": meta.doc_type or "",
                  "fingerprint": fingerprints[doc_id], "gen_from": seq, "gen_to": OPEN}
        doc_tokens = tokens[doc_id]
        rows = [(PASSAGE, p.passage_id, doc_tokens.passages[i], passages.avgdl,
                 vectors[i].tolist()) for i, p in enumerate(notice.passages)]
        rows.append((NOTICE, doc_id, doc_tokens.document, notices.avgdl,
                     [0.0] * vectors.shape[1]))
        for kind, passage_id, words, avgdl, dense in rows:
            weights = passage_weights(words, avgdl)
            batch.append(common | {
                "pk": (seq << 32) | counter, "kind": kind, "passage_id": passage_id,
                "length": len(words), "avgdl": avgdl, "dense": dense,
                "bm25": {term_ids[t]: w for t, w in weights.items()},
            })
            counter += 1
        if len(batch) >= BATCH:
            bulk.insert(client, n.rows, batch)
            batch = []
    if batch:
        bulk.insert(client, n.rows, batch)


def _close_rows(client, collection: str, condition: str, seq: int) -> None:
    """Set gen_to = seq on the matching open rows (an upsert rewrites the whole row)."""
    rows = _full_rows(client, collection, condition)
    for start in range(0, len(rows), BATCH):
        bulk.upsert(client, collection, [r | {"gen_to": seq} for r in rows[start:start + BATCH]])


def _undo_unfinished(client, n: Names, live: int) -> None:
    """A sync killed before its commit left rows of generation live+1: remove and reopen."""
    for collection in (n.rows, n.terms):
        client.delete(collection, filter=f"gen_from > {live}")
        reopened = _full_rows(client, collection, f"gen_to > {live} and gen_to < {OPEN}")
        for start in range(0, len(reopened), BATCH):
            bulk.upsert(client, collection,
                        [r | {"gen_to": OPEN} for r in reopened[start:start + BATCH]])


def _forget_old(client, n: Names, seq: int) -> None:
    """Rows no kept generation sees any more, and the rows of generations no longer kept."""
    oldest = seq - layout.KEEP_SYNCED
    if oldest <= 0:
        return
    for collection in (n.rows, n.terms):
        client.delete(collection, filter=f"gen_to <= {oldest}")
    client.delete(n.gens, filter=f"seq < {oldest}")


def _full_rows(client, collection: str, condition: str) -> list[dict]:
    """Every field of the matching rows. Keys are looked up first: Milvus Lite 2.5.1 fails
    ("Growing segment loss raw data") when asked for a sparse field of an empty collection."""
    keys = [r["pk"] for r in query_all(client, collection, condition, ["pk"])]
    rows: list[dict] = []
    for start in range(0, len(keys), BATCH):
        rows.extend(dict(r) for r in client.get(collection, ids=keys[start:start + BATCH]))
    return rows


def query_all(client, collection: str, condition: str, fields: list[str]) -> list[dict]:
    """Every matching row (a plain query returns at most 16,384)."""
    iterator = client.query_iterator(collection, batch_size=layout.MAX_LIMIT // 2,
                                     filter=condition, output_fields=fields)
    rows: list[dict] = []
    try:
        while True:
            page = iterator.next()
            if not page:
                return rows
            rows.extend(dict(r) for r in page)
    finally:
        iterator.close()


def _stats_json(stats: CorpusStats, kept: dict | None) -> dict:
    """Corpus statistics, and the avgdl range of the visible rows: this generation's avgdl,
    widened by the range of the rows kept from the previous one (None: unknown)."""
    if kept is None:
        row_avgdl = [stats.avgdl, stats.avgdl]
    elif kept.get("row_avgdl") is None:
        row_avgdl = None
    else:
        low, high = kept["row_avgdl"]
        row_avgdl = [min(low, stats.avgdl), max(high, stats.avgdl)]
    return {"size": stats.size, "avgdl": stats.avgdl, "average_idf": stats.average_idf,
            "row_avgdl": row_avgdl}
