"""Where the Milvus backend keeps an index: the connection and three collections.

    <name>_rows   one row per passage (kind 0) and per notice (kind 1, the document prior):
                  passage_id, doc_id, agency, date, doc_type, fingerprint, length, avgdl,
                  gen_from, gen_to, bm25 (sparse: term id -> saturation), dense (e5 vector;
                  zeros on notice rows)
    <name>_terms  one row per term version: term, term_id (stable), df of passages and of
                  notices, gen_from, gen_to
    <name>_gens   one row per synced generation: its folder name and corpus statistics; the
                  newest row is the live generation (written last: the commit point)

A row is visible to generation g when gen_from <= g < gen_to, so a reader pinned to g never
sees half of a publication: the next generation's rows are written with gen_from = g + 1 and
the rows it replaces are closed with gen_to = g + 1.
"""
from __future__ import annotations

import hashlib
import json
import re
import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path

from index.storage.store import IndexIncompatible

# gen_to of a row no generation has closed yet.
OPEN = 2**62

# Generations kept searchable besides the live one: the file backend's KEEP_PREVIOUS, so a
# reader pinned to any kept generation (Searcher.search index=) still finds its rows.
KEEP_SYNCED = 3

# Dense index: FLAT is exact, so dense rankings equal FAISS IndexFlatIP's. A cluster of 10^7
# passages would use HNSW (docs/scale-out.md); FLAT at 10^5 passages measured in eval/reports.
DENSE_INDEX = {"index_type": "FLAT", "metric_type": "IP"}

# Inner product over the stored BM25 saturations; drop_ratio 0 keeps every term (exact).
SPARSE_INDEX = {"index_type": "SPARSE_INVERTED_INDEX", "metric_type": "IP",
                "params": {"drop_ratio_build": 0.0}}

# Collections need a vector field to be loaded: the bookkeeping ones carry a tiny one.
BOOKKEEPING_DIM = 2

# Longest values of the string fields (Milvus VARCHAR needs a bound): doc ids are file stems.
ID_CHARS = 1024
TEXT_CHARS = 512

PASSAGE, NOTICE = 0, 1  # kind of a row

# Largest result list one Milvus search returns (its topk limit).
MAX_LIMIT = 16384


class MilvusUnavailable(IndexIncompatible):
    """The Milvus URI cannot be opened; the message (Chinese) says what to check (interfaces
    show it as one line, as every IndexIncompatible)."""


@dataclass(frozen=True)
class Names:
    rows: str
    terms: str
    gens: str


def names(root: Path, collection: str | None = None) -> Names:
    """Collections of the index in `root`: by default named after the resolved folder, so two
    indexes never share one (a cluster shared by machines sets NOTICES_MILVUS_COLLECTION)."""
    base = collection or "notices_" + hashlib.sha256(
        str(Path(root).resolve()).encode("utf-8")).hexdigest()[:12]
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,200}", base):
        raise MilvusUnavailable(f"Milvus 集合名 {base} 无效: 只能包含字母、数字和下划线, 且不能以数字开头。")
    return Names(f"{base}_rows", f"{base}_terms", f"{base}_gens")


def connect(uri: str):
    """A client: a file path opens embedded Milvus Lite, http(s)://host:port a server."""
    from pymilvus import MilvusClient

    target = uri if uri.startswith(("http://", "https://", "tcp://")) else _lite_path(uri)
    try:
        with warnings.catch_warnings():  # milvus-lite 2.5 imports pkg_resources
            warnings.simplefilter("ignore", UserWarning)
            # Its own connection: clients of one URI otherwise share one, and closing a
            # writer's client would cut off the searcher's.
            return MilvusClient(target, alias=f"notices-{uuid.uuid4().hex}")
    except Exception as exc:  # pymilvus raises several types for one cause: unreachable
        raise MilvusUnavailable(f"无法连接 Milvus ({uri}): {exc}。请检查地址, "
                                f"或用文件路径 (如 milvus.db) 使用嵌入式 Milvus Lite。") from exc


def _lite_path(uri: str) -> str:
    path = Path(uri).expanduser()
    if path.suffix != ".db":
        raise MilvusUnavailable(f"Milvus Lite 的数据文件须以 .db 结尾: {uri}")
    path.parent.mkdir(parents=True, exist_ok=True)
    return str(path)


def ensure(client, n: Names, dimension: int) -> None:
    """Create the three collections if missing; a dimension change drops the rows."""
    from pymilvus import DataType

    if client.has_collection(n.rows):
        fields = client.describe_collection(n.rows)["fields"]
        dense = next(f for f in fields if f["name"] == "dense")
        if dense["params"].get("dim") != dimension:
            for name in (n.rows, n.terms, n.gens):
                client.drop_collection(name)
    if not client.has_collection(n.rows):
        schema = client.create_schema(auto_id=False)
        schema.add_field("pk", DataType.INT64, is_primary=True)
        schema.add_field("kind", DataType.INT8)
        schema.add_field("passage_id", DataType.VARCHAR, max_length=ID_CHARS)
        schema.add_field("doc_id", DataType.VARCHAR, max_length=ID_CHARS)
        schema.add_field("agency", DataType.VARCHAR, max_length=TEXT_CHARS)
        schema.add_field("date", DataType.VARCHAR, max_length=32)
        schema.add_field("doc_type", DataType.VARCHAR, max_length=64)
        schema.add_field("fingerprint", DataType.VARCHAR, max_length=64)
        schema.add_field("length", DataType.INT64)
        schema.add_field("avgdl", DataType.DOUBLE)
        schema.add_field("gen_from", DataType.INT64)
        schema.add_field("gen_to", DataType.INT64)
        schema.add_field("bm25", DataType.SPARSE_FLOAT_VECTOR)
        schema.add_field("dense", DataType.FLOAT_VECTOR, dim=dimension)
        index = client.prepare_index_params()
        index.add_index("bm25", **SPARSE_INDEX)
        index.add_index("dense", **DENSE_INDEX)
        client.create_collection(n.rows, schema=schema, index_params=index,
                                 consistency_level="Strong")
    if not client.has_collection(n.terms):
        schema = client.create_schema(auto_id=False)
        schema.add_field("pk", DataType.INT64, is_primary=True)
        schema.add_field("term", DataType.VARCHAR, max_length=TEXT_CHARS)
        schema.add_field("term_id", DataType.INT64)
        schema.add_field("df_passages", DataType.INT64)
        schema.add_field("df_notices", DataType.INT64)
        schema.add_field("gen_from", DataType.INT64)
        schema.add_field("gen_to", DataType.INT64)
        schema.add_field("unused", DataType.FLOAT_VECTOR, dim=BOOKKEEPING_DIM)
        _create_bookkeeping(client, n.terms, schema)
    if not client.has_collection(n.gens):
        schema = client.create_schema(auto_id=False)
        schema.add_field("seq", DataType.INT64, is_primary=True)
        schema.add_field("name", DataType.VARCHAR, max_length=TEXT_CHARS)
        schema.add_field("stats", DataType.JSON)
        schema.add_field("unused", DataType.FLOAT_VECTOR, dim=BOOKKEEPING_DIM)
        _create_bookkeeping(client, n.gens, schema)


def _create_bookkeeping(client, name: str, schema) -> None:
    index = client.prepare_index_params()
    index.add_index("unused", index_type="FLAT", metric_type="L2")
    client.create_collection(name, schema=schema, index_params=index, consistency_level="Strong")


def one_of(field: str, values: list[str]) -> str:
    """`field in [...]` with the values as escaped string literals (Milvus Lite 2.5.1 has no
    expression templates)."""
    return f"{field} in [{', '.join(literal(v) for v in values)}]"


def literal(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def visible(generation: int) -> str:
    """Filter of the rows generation `generation` sees."""
    return f"gen_from <= {int(generation)} and gen_to > {int(generation)}"
