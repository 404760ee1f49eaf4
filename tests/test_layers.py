"""The house stays a house: imports point down the floors, and no modules import each other.

Floors, from the bottom (ARCHITECTURE.md draws them):

    corpus < index < assistant < eval < ui

and within index/, rooms, from the bottom:

    index.config, index.passage_text, index.question  (shared constants and checks)
    < index.lexical < index.storage < index.dense < index.milvus < index.search
    < the rest of index/ (builder, status, verify, embed_job: they use the rooms)

A module may import its own floor (room) and the ones below it, never one above. Every import
statement counts, wherever it stands: at the top of a module, inside a function (a lazy
import), under `if TYPE_CHECKING:`. Between modules of the project there is no cycle, even
within one floor (a cycle is two modules that cannot be read, or moved, one without the
other). And every import of the project's own modules names a module that exists (or a name
it defines): a branch written before a module moved to its room fails here, not at run time.

The check reads the source with `ast` (nothing is imported), so it needs no dependency and
runs in a fraction of a second; the last tests run it on a small package tree written to a
temporary folder, to show that it does fail on an upward import and on a cycle.
"""
from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# The floors, bottom first. A package's index here is its height.
FLOORS = ("corpus", "index", "assistant", "eval", "ui")
# The rooms of index/, bottom first, between its shared base modules and its front modules.
INDEX_BASE = ("index", "index.config", "index.passage_text", "index.question")
INDEX_ROOMS = ("lexical", "storage", "dense", "milvus", "search")


def module_files(root: Path, packages: tuple[str, ...]) -> dict[str, Path]:
    """Every module of `packages` under `root`, by dotted name (a package by its own name)."""
    modules = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


def _imported(name: str, path: Path, tree: ast.AST, modules: dict[str, Path]) -> set[str]:
    """The project modules `name` imports, anywhere in its source."""
    is_package = path.name == "__init__.py"
    found = set()

    def resolve(dotted: str) -> str | None:
        """`dotted`, or the longest enclosing module the project has."""
        parts = dotted.split(".")
        while parts:
            candidate = ".".join(parts)
            if candidate in modules:
                return candidate
            parts.pop()
        return None

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                if not is_package:
                    base = base[:-1]
                base = base[:len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            # `from index.storage import store` imports the module index.storage.store.
            targets = [f"{module}.{alias.name}" for alias in node.names] or [module]
        else:
            continue
        for target in targets:
            resolved = resolve(target)
            if resolved is not None and resolved != name:
                found.add(resolved)
    return found


def import_graph(root: Path, packages: tuple[str, ...]) -> dict[str, set[str]]:
    modules = module_files(root, packages)
    return {name: _imported(name, path, ast.parse(path.read_text(encoding="utf-8")), modules)
            for name, path in modules.items()}


def upward_imports(graph: dict[str, set[str]], floors: tuple[str, ...]) -> list[str]:
    """`a -> b` for every import of a module on a higher floor than the importer's."""
    height = {package: i for i, package in enumerate(floors)}
    return upward_by(graph, lambda module: height[module.split(".")[0]])


def index_room_height(module: str) -> int | None:
    """The height of an index/ module among the rooms; None outside index/."""
    parts = module.split(".")
    if parts[0] != "index":
        return None
    if module in INDEX_BASE:
        return 0
    if parts[1] in INDEX_ROOMS:
        return 1 + INDEX_ROOMS.index(parts[1])
    return 1 + len(INDEX_ROOMS)


def upward_by(graph: dict[str, set[str]], height) -> list[str]:
    """`a -> b` for every import where height(b) > height(a) (modules of height None skipped)."""
    found = []
    for source, targets in graph.items():
        for target in targets:
            low, high = height(source), height(target)
            if low is not None and high is not None and high > low:
                found.append(f"{source} -> {target}")
    return sorted(found)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def _defined_names(tree: ast.Module) -> set[str] | None:
    """Names a module defines at its top level (inside if/try too); None when it has a module
    `__getattr__`, which may answer any name."""
    names: set[str] = set()

    def visit(body) -> None:
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    names.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
            elif isinstance(node, ast.Import):
                names.update(a.asname or a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                names.update(a.asname or a.name for a in node.names)
            for field in ("body", "orelse", "finalbody", "handlers"):
                if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    visit(getattr(node, field, []))

    visit(tree.body)
    return None if "__getattr__" in names else names


def unresolved_imports(root: Path, packages: tuple[str, ...]) -> list[str]:
    """Imports of the project's own modules that name no module and no name of one, such as
    `from index import store` once store.py has moved to a room: they would fail at run
    time, and the graph above would not see them."""
    modules = module_files(root, packages)
    trees = {name: ast.parse(path.read_text(encoding="utf-8")) for name, path in modules.items()}
    found = []
    for name, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.split(".")[0] in packages and alias.name not in modules:
                        found.append(f"{name}: import {alias.name}")
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = name.split(".") if modules[name].name == "__init__.py" else name.split(".")[:-1]
                    base = base[:len(base) - (node.level - 1)]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                if module.split(".")[0] not in packages:
                    continue
                if module not in modules:
                    found.append(f"{name}: from {module}")
                    continue
                defined = _defined_names(trees[module])
                for alias in node.names:
                    if (alias.name != "*" and f"{module}.{alias.name}" not in modules
                            and defined is not None and alias.name not in defined):
                        found.append(f"{name}: from {module} import {alias.name}")
    return sorted(found)


def test_every_floor_exists():
    for package in FLOORS:
        assert (REPO / package / "__init__.py").is_file(), package


def test_imports_point_down_the_floors():
    assert upward_imports(import_graph(REPO, FLOORS), FLOORS) == []


def test_index_rooms_point_down():
    assert upward_by(import_graph(REPO, FLOORS), index_room_height) == []


def test_every_index_room_says_what_it_owns():
    for room in INDEX_ROOMS:
        init = REPO / "index" / room / "__init__.py"
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), room


def test_every_import_names_a_real_module():
    assert unresolved_imports(REPO, FLOORS) == []


def test_no_import_cycles():
    assert cycles(import_graph(REPO, FLOORS)) == []


def _write(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_the_check_fails_on_an_upward_import(tmp_path):
    """A synthetic house: `low` imports `high` lazily, inside a function; `high` imports `low`
    as it may. The check names exactly the one upward import."""
    _write(tmp_path, {
        "low/__init__.py": "",
        "low/base.py": "def helper():\n    from high.door import run\n    return run\n",
        "high/__init__.py": "",
        "high/door.py": "from low import base\n\ndef run():\n    return base\n",
    })
    graph = import_graph(tmp_path, ("low", "high"))
    assert upward_imports(graph, ("low", "high")) == ["low.base -> high.door"]
    # Ordered the other way round, the import of `low` by `high` is the upward one.
    assert upward_imports(graph, ("high", "low")) == ["high.door -> low.base"]
    # The same through a height function, as the rooms of index/ are checked.
    height = {"low.base": 0, "low": 0, "high": 1, "high.door": 1}.get
    assert upward_by(graph, height) == ["low.base -> high.door"]


def test_the_check_fails_on_a_moved_module(tmp_path):
    """`from pkg import old` after old.py moved into a room is reported, lazy or not; names a
    package defines, and submodules, are not."""
    _write(tmp_path, {
        "pkg/__init__.py": "VERSION = 1\n",
        "pkg/room/__init__.py": "",
        "pkg/room/old.py": "def f():\n    pass\n",
        "pkg/user.py": ("from pkg import VERSION, room\nfrom pkg.room.old import f\n"
                        "def g():\n    from pkg import old\n    import pkg.old\n"),
    })
    assert unresolved_imports(tmp_path, ("pkg",)) == ["pkg.user: from pkg import old",
                                                      "pkg.user: import pkg.old"]


def test_the_check_fails_on_a_cycle(tmp_path):
    """Two modules of one floor that import each other (one of them relatively) are a cycle;
    a third that only imports them is not part of it."""
    _write(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/a.py": "from pkg import b\n",
        "pkg/b.py": "def f():\n    from . import a\n",
        "pkg/c.py": "import pkg.a\nfrom pkg.b import f\n",
    })
    graph = import_graph(tmp_path, ("pkg",))
    assert upward_imports(graph, ("pkg",)) == []
    assert cycles(graph) == [["pkg.a", "pkg.b"]]
