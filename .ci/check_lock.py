"""Is requirements.lock current with pyproject.toml's dependencies?

The lock's first line records a sha256 of the [project] dependencies and optional
dependencies; `make lock` regenerates the lock and writes it (--write), `.ci/run` checks it.
"""
from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
PREFIX = "# pyproject-dependencies-sha256: "


def dependency_hash() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    declared = {"dependencies": sorted(project.get("dependencies", [])),
                "optional": {k: sorted(v) for k, v in
                             sorted(project.get("optional-dependencies", {}).items())}}
    return hashlib.sha256(json.dumps(declared, sort_keys=True).encode()).hexdigest()


def main(argv: list[str]) -> int:
    lines = LOCK.read_text("utf-8").splitlines() if LOCK.exists() else []
    if argv[1:] == ["--write"]:
        body = [line for line in lines if not line.startswith(PREFIX)]
        LOCK.write_text("\n".join([PREFIX + dependency_hash(), *body]) + "\n", "utf-8")
        return 0
    recorded = lines[0].removeprefix(PREFIX) if lines and lines[0].startswith(PREFIX) else None
    if recorded != dependency_hash():
        print("requirements.lock is stale against pyproject.toml: run `make lock` and commit it.",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
