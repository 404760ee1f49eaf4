"""A bigger index for update benchmarks, made from a built one without re-parsing or embedding.

    python -m eval.replicate_index SOURCE_INDEX TARGET_INDEX --copies 4

Every notice of SOURCE's live generation is repeated under new doc ids (`<doc_id>~c<n>`):
its per-notice files (docs, tokens, vectors, ledger) and its segments' files hard-linked,
each copy's segments under new names with their own docs.json (and, schema 5, record files
under the new ids), one manifest listing it all.
That is the file layout an archive of that size has (what an update's cost depends on: how
many notices, files and manifest entries it carries over); the copies' texts are the
originals' (and the copied files still name the original doc ids inside, so `index verify`
reports the copies' ledger items; checksums and sizes all match), so use it to time
updates, not search quality. 4 copies of the laws index:
1,162,008 passages, 13,904 notices, 55,665 files, in seconds.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

from index.storage import segment_records, store
from index.storage.segments import SEGMENTS, new_name

PER_NOTICE = (("docs", "json"), ("tokens", "json"), ("vectors", "npy"), ("ledger", "json"))


def replicate(source: Path, target: Path, copies: int) -> dict:
    """TARGET (replaced) holds one generation with `copies` copies of SOURCE's notices."""
    folder = store.current_generation(source)
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    shutil.rmtree(target, ignore_errors=True)
    name = f"{folder.name}-x{copies}"
    out = target / store.GENERATIONS / name
    for sub in ("docs", "tokens", "vectors", "ledger", SEGMENTS):
        (out / sub).mkdir(parents=True)
    # Schema 5: the notices' own sums are in the segments' files.json (the manifest holds
    # only files rewritten since their segment was written).
    split = manifest.get("schema_version", 0) >= segment_records.FIRST_SCHEMA
    files = {k: v for k, v in manifest["files"].items() if k == "ledger/SIGNATURE"}
    shutil.copy2(folder / "ledger" / "SIGNATURE", out / "ledger" / "SIGNATURE")
    documents, sizes, types, params = {}, {}, {}, {}
    for copy in range(copies):
        suffix = f"~c{copy}" if copy else ""
        renamed = {old: old if copy == 0 else new_name() for old in manifest["segments"]}
        for old, new in renamed.items():
            (out / SEGMENTS / new).mkdir()
            for path in (folder / SEGMENTS / old).iterdir():
                relative = f"{SEGMENTS}/{new}/{path.name}"
                if path.name in ("docs.json", segment_records.RECORDS,
                                 segment_records.NOTICE_FILES):
                    data = json.loads(path.read_text("utf-8"))
                    if path.name == "docs.json":
                        data = [[d + suffix, n] for d, n in data]
                    elif path.name == segment_records.RECORDS:
                        data = {d + suffix: v for d, v in data.items()}
                    else:
                        data = {d + suffix: _renamed(paths, d, suffix) for d, paths in data.items()}
                    (out / relative).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
                    files[relative] = {"sha256": store.sha256_of(out / relative),
                                       "size": (out / relative).stat().st_size}
                else:
                    os.link(path, out / relative)
                    files[relative] = manifest["files"][f"{SEGMENTS}/{old}/{path.name}"]
            sizes[new] = manifest["segments"][old]
            types[new] = manifest["dense_types"].get(old, "flat")
            if old in manifest["dense_params"]:
                params[new] = manifest["dense_params"][old]
        for doc_id, record in manifest["documents"].items():
            stem, new_stem = store.safe_name(doc_id), store.safe_name(doc_id + suffix)
            for sub, ext in PER_NOTICE:
                os.link(folder / sub / f"{stem}.{ext}", out / sub / f"{new_stem}.{ext}")
                recorded = manifest["files"].get(f"{sub}/{stem}.{ext}")
                if recorded is not None or not split:
                    files[f"{sub}/{new_stem}.{ext}"] = recorded
            documents[doc_id + suffix] = record | {
                "doc_id": doc_id + suffix, "source": record["source"] + suffix,
                "segment": renamed[record["segment"]]}
    manifest.update(documents=dict(sorted(documents.items())), segments=sizes,
                    dense_types=types, dense_params=params, files=files,
                    passage_count=sum(r["passage_count"] for r in documents.values()))
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    (target / store.CURRENT).write_text(name, encoding="utf-8")
    return {"passages": manifest["passage_count"], "notices": len(documents), "files": len(files)}


def _renamed(paths: dict[str, dict], doc_id: str, suffix: str) -> dict[str, dict]:
    """A notice's files.json entry under its copy's doc id."""
    stem, new_stem = store.safe_name(doc_id), store.safe_name(doc_id + suffix)
    return {relative.replace(f"/{stem}.", f"/{new_stem}.", 1): sums
            for relative, sums in paths.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--copies", type=int, default=4)
    args = parser.parse_args(argv)
    print(json.dumps(replicate(args.source, args.target, args.copies)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
