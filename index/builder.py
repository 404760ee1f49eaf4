"""Adding, replacing and removing notices: only changed notices are parsed into new vectors.

Longer than 400 lines on purpose: the steps of one update (parse, reuse, embed, write,
publish) in the order they run; the helpers below update_index are private to it.

>>> report = update_index(Path("/tmp/idx"), add=[Path("corpus/notices")], sync=True)
>>> [(o.source, o.status) for o in report.outcomes][:1]
[('000_b11a1ea20a8bf83a.txt', 'added')]
"""
from __future__ import annotations

import math
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Literal

import numpy as np
from tqdm import tqdm

import corpus
from corpus.models import Notice, NoticeError
from index.dense import embedding_progress, sentence_store
from index.storage import generation_records, ledger_files, segment_records, segments, store
from index.config import encoder_spec, model_spec
from index.dense.encoder.model_folder import model_dimension
from index.storage.manifest import REUSABLE_SCHEMAS, SCHEMA_VERSION, DocRecord, Manifest
from index.milvus.selection import synced_on_exit
from index.passage_text import PASSAGE_TEXT_VERSION, document_text, passage_text
from index.lexical.tokenizer import Tokenizer
from index.dense.vector_cache import VectorCache

# Passages embedded (and saved to the vector cache) per step: what an interruption can lose.
# A multiple of the embedder's batch size, so the batches are those of one big call; ~1-2
# minutes of embedding on 2 cores (7-15 passages/s, eval/reports/bench.md).
EMBED_CHUNK = 1024

# Updates tokenising at most this many passages use the query path's memory-mapped word table
# (index.lexical.word_table: same tokens, no dictionary load) instead of loading jieba's
# dictionary. Measured on a shipped notice's passages (/tmp profiling, load ~6): loading
# jieba took 3.1 s, then 2.7 ms a passage; the table 0.02 s, then 6.0 ms a passage, so the
# table wins below ~930 passages; half of that, for the noise of a loaded machine.
TABLE_TOKENIZER_UP_TO = 500

# Share of segments.MAX_SEGMENTS left after a merge (_to_merge): a half, so that a merge
# happens at most every MAX_SEGMENTS / 2 updates and joins about that many small segments.
MERGE_DOWN_SHARE = 0.5

# "vectorized": a notice published earlier without vectors (defer_vectors) got them now.
Status = Literal["added", "replaced", "skipped", "rejected", "removed", "held", "vectorized"]


@dataclass(frozen=True)
class FileOutcome:
    source: str  # the path as given, or the doc id for removals
    status: Status  # "held": a removal that was not confirmed, so nothing was changed
    doc_id: str = ""
    passages: int = 0
    reason: str = ""  # Chinese, for rejected and skipped


@dataclass
class UpdateReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    published: bool = False
    generation: str = ""
    passage_count: int = 0
    # Unchanged notices whose ledger was extracted again: the previous generation had no
    # ledger files, or another extractor made them (index.storage.ledger_files).
    ledger_refreshed: int = 0
    # Wall seconds per step of the update (eval/bench_update.py splits "add one notice" by
    # them): "embedding" is the encoder's own time, the rest is index update.
    seconds: dict[str, float] = field(default_factory=dict)

    def count(self, status: Status) -> int:
        return sum(o.status == status for o in self.outcomes)


def update_index(
    root: Path,
    add: Iterable[Path] = (),
    remove: Iterable[str] = (),
    sync: bool = False,
    model: str | None = None,
    embedder_factory: Callable[[str], "object"] | None = None,
    show_progress: bool = True,
    confirm_removal: bool = True,
    encoder: str | None = None,
    on_wait: Callable[[], None] | None = None,
    compact: bool = False,
    defer_vectors: bool = False,
    workers: int = 0,
    ray_address: str | None = None,
    sentences: bool = True,
) -> UpdateReport:
    """Apply additions and removals and publish a new generation if anything changed.

    sync=True makes the index hold exactly the given files (`index build`): notices no longer
    given are removed, and a different model or passage encoder rebuilds every vector. With
    confirm_removal=False an update that would remove notices changes nothing: the report
    lists them as "held" (the command line asks for --yes / --prune).
    Updates add a small segment (index.storage.segments); sync=True or compact=True rewrite the row
    indexes into one segment (as do updates past the compaction thresholds).
    Another writer of the same folder is waited for (`on_wait` is called first), so
    writes never interleave.
    defer_vectors=True publishes new notices for BM25 at once, without embedding them (their
    rows are left out of dense search, manifest.pending); every update without it embeds
    the pending notices first (`notices index embed` is such an update with nothing else).
    workers >= 1 embeds the fresh passages on that many Ray actors (index.dense.encoder.distributed)
    of the cluster at `ray_address`, or of one started on this machine for the build.
    sentences=False leaves the fresh notices' sentence vectors to question time (the store
    doubles a build's encoding: index/dense/sentence_store.py).
    """
    spec = model_spec(model)
    report = UpdateReport()
    started = time.perf_counter()
    with store.writer_lock(root, on_wait), synced_on_exit(root):
        store.remove_leftovers(root)  # of writers killed mid-build; the lock says none is live
        encoder_id = encoder_spec(encoder, recorded=_recorded_encoder(root))
        live = _live_documents(root)
        files = _expand_paths(add, report)
        if sync:
            given = {path.stem for path in files}  # doc id = file stem (corpus.load_notice)
            to_remove = {d for d in live if d not in given}
        else:
            to_remove = _match_removals(live, remove, report)
        if to_remove and not confirm_removal:
            report.outcomes.extend(
                FileOutcome(doc_id, "held", doc_id, live[doc_id].passage_count, "未确认, 未删除")
                for doc_id in sorted(to_remove)
            )
            report.passage_count = sum(d.passage_count for d in live.values())
            return report

        previous = _previous(root, spec, encoder_id, sync)
        old = Manifest.load(previous, catalog=False) if previous else None
        report.seconds["open_previous"] = time.perf_counter() - started
        with _step(report, "parse"):
            notices = _parse_files(files, report, show_progress)
        notices = _without_duplicates(notices, {} if sync or old is None else old.documents,
                                      report)

        kept: dict[str, DocRecord] = dict(old.documents) if old else {}
        fresh: list[Notice] = []
        for notice in notices:
            before = kept.get(notice.doc_id)
            if before and _unchanged(previous, before, notice):
                report.outcomes.append(
                    FileOutcome(notice.source, "skipped", notice.doc_id,
                                before.passage_count, "内容未变化")
                )
                continue
            status: Status = "replaced" if before else "added"
            reason = "解析结果已变化 (解析程序更新)" if before and \
                before.content_hash == notice.content_hash else ""
            report.outcomes.append(
                FileOutcome(notice.source, status, notice.doc_id, len(notice.passages), reason)
            )
            kept.pop(notice.doc_id, None)
            fresh.append(notice)

        for doc_id in sorted(to_remove):
            record = kept.pop(doc_id, None) or live[doc_id]
            report.outcomes.append(FileOutcome(doc_id, "removed", doc_id, record.passage_count))
        pending = sorted(set(old.pending) & set(kept)) if old else []
        if not defer_vectors:  # notices published without vectors get them now
            for doc_id in pending:
                notice = store.read_notice(previous, doc_id)
                kept.pop(doc_id)
                fresh.append(notice)
                report.outcomes.append(FileOutcome(notice.source, "vectorized", doc_id,
                                                   len(notice.passages), "补全语义检索向量"))
            pending = []
        else:
            pending = sorted(set(pending) | {n.doc_id for n in fresh})

        # An older layout is rewritten even when no notice changed (no re-embedding).
        migrate = old is not None and old.schema_version != SCHEMA_VERSION
        # A generation without the current extractor's ledger gets it (no re-embedding).
        stale_ledger = previous is not None and not ledger_files.is_current(previous)
        changed = bool(fresh or to_remove) or (old is not None and
                                              (compact or migrate or stale_ledger))
        if not changed:
            report.passage_count = old.passage_count if old else 0
            return report
        # Deferred: not even the model is converted, only its dimension is read (seconds
        # count on a first `make run`: the conversion took 46 s on the loaded 2 cores), and
        # no Ray workers are started.
        needed = bool(fresh) and not (defer_vectors and embedder_factory is None)
        with _passage_encoder(needed, spec, encoder_id, embedder_factory,
                              0 if defer_vectors else workers, ray_address) as embedder:
            dimension = embedder.dimension if embedder else \
                model_dimension(spec) if fresh else (old.dimension if old else 0)
            manifest = _build_generation(root, previous, kept, fresh, spec, embedder, old,
                                         show_progress, embedder.encoder_id if embedder else
                                         encoder_id, rewrite=sync or compact,
                                         pending=pending, dimension=dimension,
                                         defer_vectors=defer_vectors, report=report)
            if embedder is not None and fresh and not defer_vectors and sentences:
                # The sentences the assistant scores, encoded once here instead of during
                # questions (index/dense/sentence_store.py); a failure leaves them to
                # question time, never the published generation undone.
                with _step(report, "sentences"):
                    try:
                        sentence_store.store_notices(root, fresh, embedder)
                    except OSError:
                        pass
        report.published = True
        report.generation = store.current_name(root) or ""
        report.passage_count = manifest.passage_count
    report.seconds["total"] = time.perf_counter() - started
    return report


@contextmanager
def _step(report: UpdateReport, name: str) -> Iterator[None]:
    """Add the wall time of the block to report.seconds[name]."""
    start = time.perf_counter()
    try:
        yield
    finally:
        report.seconds[name] = report.seconds.get(name, 0.0) + time.perf_counter() - start


def store_sentences(root: Path, model: str | None = None,
                    embedder_factory: Callable[[str], "object"] | None = None):
    """Encode and store the sentences of the live generation's notices that the sentence
    store lacks (index/dense/sentence_store.py): an index built before the store gets them
    without any notice re-embedded. Returns sentence_store.StoreReport (None: nothing to do
    or an embedder without a local backend)."""
    with store.writer_lock(root):
        name = store.current_name(root)
        if name is None:
            return None
        folder = store.current_generation(root)
        manifest = Manifest.load(folder)
        if not manifest.documents or not manifest.model_id:
            return None
        spec = manifest.model_id
        if model is not None and model_spec(model) != spec:
            return None  # another model's index: its sentences are scored by that model
        if embedder_factory is not None:
            embedder = embedder_factory(spec)
        else:
            from index.dense.encoder.embedder import Embedder

            embedder = Embedder.load(spec, manifest.encoder)
        notices = (store.read_notice(folder, doc_id) for doc_id in manifest.documents)
        return sentence_store.store_notices(root, list(notices), embedder)


def rollback(root: Path, name: str | None = None) -> tuple[str, Path]:
    """store.restore inside the writer lock, then the selected Milvus synced to the restored
    generation before the lock is released (as every writer does): returns the restored name
    and the new live folder."""
    with store.writer_lock(root), synced_on_exit(root):
        return store.restore(root, name)


def _live_documents(root: Path) -> dict[str, DocRecord]:
    """Notices of the live generation, even one another model or schema built: what an update
    would remove is decided against what users can search now."""
    name = store.current_name(root)
    if name is None:
        return {}
    try:
        return Manifest.load(root / store.GENERATIONS / name, catalog=False).documents
    except (OSError, ValueError, TypeError, KeyError):
        return {}  # unreadable: nothing can be kept from it anyway


def _expand_paths(paths: Iterable[Path], report: UpdateReport) -> list[Path]:
    """Notice files of the given paths; every path that yields none is reported as rejected."""
    files: dict[Path, Path] = {}  # resolved -> as given: a file reached twice is read once
    for path in paths:
        try:
            found = corpus.iter_notice_files([path])
        except NoticeError as exc:
            report.outcomes.append(FileOutcome(str(path), "rejected", reason=str(exc)))
            continue
        if not found:
            report.outcomes.append(FileOutcome(
                str(path), "rejected",
                reason=f"文件夹中没有支持的文件 (支持 {corpus.supported_formats()})"))
        for file in found:
            files.setdefault(file.resolve(), file)
    return list(files.values())


def _recorded_encoder(root: Path) -> str | None:
    """The passage encoder of the live generation, if there is one: an index keeps its encoder
    unless the caller or $NOTICES_ENCODER names another (config.encoder_spec)."""
    try:
        folder = store.current_generation(root, schemas=REUSABLE_SCHEMAS, notice_files=False)
        return Manifest.load(folder, records=False).encoder
    except (store.IndexMissing, store.IndexIncompatible):
        return None


def _previous(root: Path, spec: str, encoder_id: str, sync: bool) -> Path | None:
    """The live generation whose files may be reused, after checking model, encoder and text
    format."""
    try:
        # An update does not stat the notices' own files (55,000 at 10^6 passages): a damaged
        # one is linked with its recorded sums, so verify and readers still find it (store's
        # docstring). A build (sync), the repair command, checks them all and re-embeds.
        folder = store.current_generation(root, schemas=REUSABLE_SCHEMAS, notice_files=sync)
    except store.IndexMissing:
        return None
    except store.IndexIncompatible:
        if sync:
            return None
        raise
    manifest = Manifest.load(folder, records=False)
    if (manifest.model_id, manifest.encoder, manifest.passage_text_version) == \
            (spec, encoder_id, PASSAGE_TEXT_VERSION):
        return folder
    if sync:
        return None  # a build with another model, encoder or passage text re-embeds everything
    if manifest.model_id != spec:
        raise store.IndexIncompatible(
            f"索引由模型 {manifest.model_id} 构建, 当前模型为 {spec}。"
            f"请用原模型 (--model {manifest.model_id}) 更新, "
            f"或运行 notices index build --model {spec} --index-dir {root} 重建索引。"
        )
    if manifest.encoder != encoder_id:
        raise store.IndexIncompatible(
            f"索引的向量由编码器 {manifest.encoder} 生成, 当前编码器为 {encoder_id}。"
            f"请设置 NOTICES_ENCODER={manifest.encoder} 后更新, "
            f"或运行 notices index build --index-dir {root} 重建索引。"
        )
    raise store.IndexIncompatible(
        f"索引的段落格式已过期。请运行 notices index build --index-dir {root} 重建索引。"
    )


def _unchanged(previous: Path | None, before: DocRecord, notice: Notice) -> bool:
    """Same bytes and the same parse: a newer corpus/ parser may cut the same file into other
    passages, and those must be re-embedded even though the file did not change."""
    if previous is None or before.content_hash != notice.content_hash:
        return False
    try:
        stored = store.read_notice(previous, notice.doc_id)
    except (OSError, ValueError, KeyError, TypeError):  # damaged: given again, it is rewritten
        return False
    return (stored.text, stored.meta, stored.passages) == (notice.text, notice.meta,
                                                          notice.passages)


def _parse_files(paths: list[Path], report: UpdateReport, show_progress: bool) -> list[Notice]:
    """Read each file on its own: a broken file is reported and never stops the batch."""
    notices: list[Notice] = []
    seen: dict[str, str] = {}
    for path in tqdm(paths, desc="读取文件", unit="个", disable=not (show_progress and paths)):
        try:
            notice = corpus.load_notice(path)
        except NoticeError as exc:
            report.outcomes.append(FileOutcome(str(path), "rejected", reason=str(exc)))
            continue
        except Exception as exc:  # an unforeseen parser failure is still one file's problem
            report.outcomes.append(
                FileOutcome(str(path), "rejected", reason=f"解析失败: {type(exc).__name__}: {exc}")
            )
            continue
        if not notice.passages:
            report.outcomes.append(FileOutcome(str(path), "rejected", reason="文件中没有正文段落"))
            continue
        if notice.doc_id in seen:
            report.outcomes.append(FileOutcome(
                str(path), "rejected", notice.doc_id,
                reason=f"文档编号 {notice.doc_id} 与 {seen[notice.doc_id]} 重复, 请重命名文件"))
            continue
        seen[notice.doc_id] = str(path)
        notices.append(notice)
    return notices


def _without_duplicates(notices: list[Notice], indexed: dict[str, DocRecord],
                        report: UpdateReport) -> list[Notice]:
    """The same bytes under a second name would answer every question twice: the copy is
    rejected, naming the notice it duplicates (indexed before, or earlier in this batch)."""
    given = {n.doc_id for n in notices}
    owner = {rec.content_hash: doc_id for doc_id, rec in indexed.items() if doc_id not in given}
    unique: list[Notice] = []
    for notice in notices:
        first = owner.setdefault(notice.content_hash, notice.doc_id)
        if first != notice.doc_id:
            report.outcomes.append(FileOutcome(
                notice.source, "rejected", notice.doc_id,
                reason=f"内容与已索引的文档 {first} 完全相同 (重复文件)"))
            continue
        unique.append(notice)
    return unique


def _match_removals(kept: dict[str, DocRecord], names: Iterable[str],
                    report: UpdateReport) -> set[str]:
    """A notice is named by its doc id or by its file name."""
    by_source = {rec.source: doc_id for doc_id, rec in kept.items()}
    found: set[str] = set()
    for name in names:
        doc_id = name if name in kept else by_source.get(Path(name).name)
        if doc_id is None:
            report.outcomes.append(FileOutcome(name, "rejected", reason="索引中没有这个文档"))
        else:
            found.add(doc_id)
    return found


@contextmanager
def _passage_encoder(needed: bool, spec: str, encoder_id: str,
                     factory: Callable[[str], object] | None, workers: int,
                     ray_address: str | None) -> Iterator[object | None]:
    """The encoder of the fresh passages, if there are any: the given factory's, the Ray
    workers' (stopped when the build ends), or this process's Embedder."""
    if not needed:
        yield None
    elif factory is not None:
        yield factory(spec)
    elif workers:
        from index.dense.encoder.distributed import DistributedEmbedder

        with DistributedEmbedder.start(spec, encoder_id, workers, ray_address) as embedder:
            yield embedder
    else:
        from index.dense.encoder.embedder import Embedder

        yield Embedder.load(spec, encoder_id)


def _build_generation(root: Path, previous: Path | None, kept: dict[str, DocRecord],
                      fresh: list[Notice], spec: str, embedder, old: Manifest | None,
                      show_progress: bool, encoder_id: str, rewrite: bool,
                      pending: list[str], dimension: int, defer_vectors: bool,
                      report: UpdateReport) -> Manifest:
    """Link what is unchanged, write the fresh notices and one segment for them (or, with
    `rewrite` or past the compaction thresholds, one segment for everything), and the
    ledger files (index.storage.ledger_files), publish.
    `pending` notices keep zero vectors (defer_vectors: the fresh ones get them too)."""
    retokenize = old is not None and old.tokenizer_signature != Tokenizer().signature
    to_tokenize = sum(len(n.passages) for n in fresh) + \
        (sum(r.passage_count for r in kept.values()) if retokenize else 0)
    tokenizer = Tokenizer.for_queries() if to_tokenize <= TABLE_TOKENIZER_UP_TO else Tokenizer()
    building = store.new_generation(root)
    try:
        linked: list[str] = []  # notices' files hard-linked from the previous generation
        with _step(report, "link_kept"), ThreadPoolExecutor(1) as ledger_links:
            # The ledger files are linked beside the other folders (store.FOLDER_THREADS).
            ledgers = ledger_links.submit(ledger_files.link_ledgers, previous, building,
                                          list(kept))
            if kept:
                linked += store.reuse_docs(previous, building, list(kept), tokens=not retokenize)
            ledger_linked, extract_kept = ledgers.result()
            linked += ledger_linked
            if retokenize:  # dictionary or stop words changed: cheap, no re-embedding
                for doc_id in kept:
                    notice = store.read_notice(building, doc_id)
                    store.write_tokens(building, doc_id, tokenize_notice(notice, tokenizer))
        records = dict(kept)
        with _step(report, "write_fresh"):
            _embed_fresh(root, building, fresh, tokenizer, embedder, show_progress, spec,
                         encoder_id, dimension if defer_vectors else None, report)
        with _step(report, "ledger"):
            report.ledger_refreshed = ledger_files.write_generation_ledger(
                building, extract_kept, fresh)
        fresh_segment = segments.new_name()
        for n in fresh:
            records[n.doc_id] = DocRecord(n.doc_id, n.source, n.content_hash,
                                          len(n.passages), n.meta.title, n.meta.agency,
                                          fresh_segment)
        order = dict(sorted(records.items()))
        reused = [] if rewrite or retokenize or old is None else \
            _segments_in_use(old, order)
        if reused and _needs_compaction(old, reused, order):
            reused = []
        # Past MAX_SEGMENTS the smallest segments join the fresh one (their notices' files
        # are already linked here): the big ones are never rewritten by an update.
        merged = _to_merge(old, reused, bool(fresh)) if reused else []
        moved = [d for d, r in order.items() if r.segment in set(merged)]
        for doc_id in moved:
            order[doc_id] = replace(order[doc_id], segment=fresh_segment)
        reused = [name for name in reused if name not in set(merged)]
        linked_segments: list[str] = []  # their files, record files included
        written: dict[str, list[str]] = {}  # new segments: name -> doc ids, in row order
        with _step(report, "segments"):
            if reused:
                for name in reused:
                    linked_segments += segments.link_segment(previous, building, name)
                names = {name: old.segments[name] for name in reused}
                kinds = {name: old.dense_types.get(name, segments.FLAT) for name in reused}
                params = {name: old.dense_params[name] for name in reused
                          if name in old.dense_params}
                if fresh or moved:
                    written[fresh_segment] = [n.doc_id for n in fresh] + moved
                    (names[fresh_segment], kinds[fresh_segment],
                     params[fresh_segment]) = segments.write_segment(
                        building, fresh_segment, written[fresh_segment], dimension)
            else:  # one segment holding every notice, in manifest order
                single = segments.new_name()
                order = {d: replace(r, segment=single) for d, r in order.items()}
                written[single] = list(order)
                rows, kind, single_params = segments.write_segment(building, single, list(order),
                                                                   dimension)
                names, kinds, params = {single: rows}, {single: kind}, {single: single_params}
        manifest = Manifest(model_id=spec, dimension=dimension,
                            tokenizer_signature=tokenizer.signature,
                            passage_text_version=PASSAGE_TEXT_VERSION,
                            built_at=store.utc_now(), encoder=encoder_id,
                            documents=order, segments=names, dense_types=kinds,
                            dense_params=params, pending=pending)
        with _step(report, "records"):
            overrides = _write_records(building, previous, old, order, reused, written, linked,
                                       report.ledger_refreshed > 0)
        recorded = old.files if old is not None else {}
        with _step(report, "checksums"):
            manifest.files = store.file_sums(
                building, {path: recorded[path] for path in linked_segments if path in recorded})
            manifest.files.update(overrides)
        with _step(report, "manifest"):
            manifest.save(building)
        with _step(report, "publish"):
            store.publish(root, building, prune=False)
        with _step(report, "old_generations"):
            store.prune_generations(root)
        with _step(report, "cleanup"):
            if not defer_vectors:  # the vectors now live in the generation
                VectorCache(root, spec, encoder_id).clear()
                embedding_progress.clear(root)
    except BaseException:
        store.discard(building)
        raise
    return manifest


def _write_records(building: Path, previous: Path | None, old: Manifest | None,
                   order: dict[str, DocRecord], reused: list[str], written: dict[str, list[str]],
                   linked: list[str], rewritten: bool) -> dict[str, dict]:
    """The record files (index.storage.segment_records) of the new segments, and of linked
    segments that have none (a schema-4 previous generation: written once, from its
    manifest); returns the per-notice sums the manifest must hold itself
    (generation_records.overrides). `rewritten`: kept notices got new files (ledgers)."""
    earlier = generation_records.PreviousRecords(previous, old)
    linked_set: set[str] | None = None

    def was_linked(relative: str) -> bool:
        nonlocal linked_set
        if linked_set is None:  # built only when a kept notice's records are written
            linked_set = set(linked)
        return relative in linked_set

    members: dict[str, list[str]] = {}
    for doc_id, record in order.items():
        members.setdefault(record.segment, []).append(doc_id)
    linked_records = {name for name in reused
                      if segment_records.has_records(previous, name)}
    for name in reused:
        if name not in linked_records:  # migrating a schema-4 segment
            written.setdefault(name, members.get(name, []))
    for name, doc_ids in written.items():
        live = [d for d in doc_ids if order[d].segment == name]
        generation_records.write_records(building, name, live, earlier, was_linked)
    carried = old is not None and any(segment_records.is_notice_path(p) for p in old.files)
    if not linked_records or not (rewritten or carried):
        return {}
    return generation_records.overrides(building, order, linked_records, earlier, was_linked)


def _segments_in_use(old: Manifest, records: dict[str, DocRecord]) -> list[str]:
    """The previous segments that still hold live rows, in their order."""
    used = {r.segment for r in records.values()}
    return [name for name in old.segments if name in used]


def _to_merge(old: Manifest, reused: list[str], adds_segment: bool) -> list[str]:
    """Segments to rewrite together with the fresh notices: none while the update leaves at
    most MAX_SEGMENTS, else the smallest ones, leaving MERGE_DOWN_SHARE of them. A tiered merge:
    merged segments grow, stop being among the smallest, and so are rewritten rarely; the
    archive's big segments never are (a full compaction, which rewrote them every
    MAX_SEGMENTS updates, cost a whole build without embedding: minutes at 3x10^5)."""
    if len(reused) + adds_segment <= segments.MAX_SEGMENTS:
        return []
    keep = max(1, math.ceil(segments.MAX_SEGMENTS * MERGE_DOWN_SHARE))
    smallest = sorted(reused, key=lambda name: (old.segments[name], name))
    return smallest[:max(1, len(reused) + 1 - keep)]


def _needs_compaction(old: Manifest, reused: list[str],
                      records: dict[str, DocRecord]) -> bool:
    """Too many masked rows in the segments still in use (MAX_DEAD_SHARE)."""
    total = sum(old.segments[name] for name in reused)
    live = sum(r.passage_count for r in records.values() if r.segment in set(reused))
    return total > 0 and (total - live) / total > segments.MAX_DEAD_SHARE


def _embed_fresh(root: Path, building: Path, fresh: list[Notice], tokenizer: Tokenizer,
                 embedder, show_progress: bool, spec: str, encoder_id: str,
                 placeholder: int | None, report: UpdateReport) -> None:
    """Fresh passages longest first across the whole build (less padding than per notice:
    see eval/README.md, encoder throughput), in chunks saved to the vector cache as they are
    done: an interrupted build resumes where it stopped (index.dense.vector_cache). Deferred
    (`placeholder` = the dimension): zero vectors, nothing embedded."""
    texts = [passage_text(n, p) for n in fresh for p in n.passages]
    if placeholder is not None:
        vectors = list(np.zeros((len(texts), placeholder), np.float32))
    else:
        with _step(report, "embedding"):
            vectors = _embedded(root, texts, embedder, show_progress, spec, encoder_id)
    start = 0
    for notice in fresh:
        end = start + len(notice.passages)
        block = np.array(vectors[start:end], dtype=np.float32)
        store.write_doc(building, notice, tokenize_notice(notice, tokenizer), block)
        start = end
    if texts and placeholder is None and hasattr(embedder, "prepare_queries"):
        with _step(report, "embedding"):  # encoder work, not index update
            embedder.prepare_queries()  # export the query encoder now, not at the first search


def _embedded(root: Path, texts: list[str], embedder, show_progress: bool, spec: str,
              encoder_id: str) -> list[np.ndarray]:
    """The texts' vectors: cached ones reused, the rest embedded chunk by chunk, with the
    progress written for other processes to read (index.dense.embedding_progress)."""
    cache = VectorCache(root, spec, encoder_id)
    keys = [cache.key(t) for t in texts]
    cached = cache.load() if texts else {}
    vectors: list[np.ndarray | None] = [cached.get(k) for k in keys]
    missing = sorted((i for i, v in enumerate(vectors) if v is None), key=lambda i: -len(texts[i]))
    if not missing:
        return vectors  # type: ignore[return-value]
    progress = embedding_progress.ProgressWriter(root, len(texts), len(texts) - len(missing))
    # Distributed encoders ask for larger chunks, so that every worker gets enough batches.
    chunk = max(EMBED_CHUNK, getattr(embedder, "chunk_size", 0))

    def advance(count: int) -> None:
        bar.update(count)
        progress.advance(count)

    with tqdm(total=len(texts), initial=len(texts) - len(missing), desc="向量化段落", unit="段",
              disable=not show_progress) as bar:
        try:
            for start in range(0, len(missing), chunk):
                rows = missing[start:start + chunk]
                encoded = embedder.encode_passages([texts[i] for i in rows], progress=advance)
                cache.save([keys[i] for i in rows], encoded)
                for i, vector in zip(rows, encoded):
                    vectors[i] = vector
        except Exception as exc:
            progress.fail(f"{type(exc).__name__}: {exc}")
            raise
    return vectors  # type: ignore[return-value]


def tokenize_notice(notice: Notice, tokenizer: Tokenizer) -> store.DocTokens:
    return store.DocTokens(
        passages=[tokenizer.tokenize(passage_text(notice, p)) for p in notice.passages],
        document=tokenizer.tokenize(document_text(notice)),
    )
