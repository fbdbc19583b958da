"""The code's layers only look down: no import cycles in api/, counting imports inside functions too, and the
service never imports the curation code. The graph is read from the source with ast, not by importing it."""
from __future__ import annotations

import ast
from pathlib import Path

from tests.fixtures.root import REPO

PACKAGE = REPO / "api"
CURATION = ("api.records", "api.graph", "api.build", "api.extract")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports(path: Path, name: str, known: set[str]) -> set[str]:
    """The api modules a module imports, anywhere in it (module level, functions, TYPE_CHECKING blocks).
    `from api.service import web` names the module api.service.web; `from api.service.web import render`
    names api.service.web."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:       # `import api.service.web.i18n` → that module
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def graph() -> dict[str, set[str]]:
    known = modules()
    names = set(known)
    return {name: imports(path, name, names) for name, path in known.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_the_graph_is_read():
    edges = graph()
    assert "api.service.app" in edges and "api.service.engine" in edges["api.service.app"]


def test_no_import_cycles():
    """Parent packages are left out of the edges a module gets from its own package's __init__ only when
    they are imported; a package's __init__ importing its children is an edge like any other."""
    assert cycles(graph()) == []


def test_the_service_never_imports_the_curation_code():
    edges = graph()
    service = {name for name in edges if name == "api.service" or name.startswith("api.service.")}
    wrong = sorted(f"{name} → {target}" for name in service for target in edges[name]
                   if target.startswith(CURATION) and (target in CURATION or target.startswith(
                       tuple(c + "." for c in CURATION))))
    assert wrong == []
