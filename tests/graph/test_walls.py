"""graph/'s inner walls: each room imports only the rooms before it in the data's order,
and no module imports itself back through another, not even inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

import text2kg.graph

GRAPH = Path(text2kg.graph.__file__).parent
PACKAGE = GRAPH.parent
#: Each room and the rooms (and top-level modules) it may import, in the data's order:
#: records -> triples -> where triples live -> cross-document upkeep -> the network -> the web.
ALLOWED = {
    "errors": set(),
    "triples": {"records", "ontology"},
    "stores": {"triples", "errors", "ontology"},
    "upkeep": {"stores", "triples", "errors", "records", "ontology"},
    "analysis": {"upkeep", "stores", "triples", "errors", "records"},
    "web": {"analysis", "upkeep", "stores", "triples", "errors"},
}


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


_MODULES = {_module(p) for p in PACKAGE.rglob("*.py")}


def _imports(path: Path) -> set[str]:
    """Every text2kg module ``path`` imports, at module level or inside a function
    (``from package import module`` counts as the module: that is the package pattern)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("text2kg"):
            submodules = {f"{node.module}.{alias.name}" for alias in node.names} & _MODULES
            found.update(submodules or {node.module})
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("text2kg"))
    return found


def _graph() -> dict[str, set[str]]:
    """Which text2kg modules each module of the package imports."""
    modules = {_module(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {m for m in _imports(path) if m in modules and m != name} for name, path in modules.items()}


def _room(module: str) -> str:
    parts = module.split(".")
    return parts[2] if len(parts) > 2 else "graph"


def test_each_room_imports_only_the_rooms_before_it() -> None:
    wrong = []
    for path in GRAPH.rglob("*.py"):
        name = _module(path)
        room = _room(name)
        if room not in ALLOWED:
            continue
        for imported in _imports(path):
            parts = imported.split(".")
            target = parts[2] if parts[1] == "graph" and len(parts) > 2 else parts[1]
            if target != room and target not in ALLOWED[room]:
                wrong.append(f"{name} imports {imported}")
    assert wrong == []


def test_every_module_of_graph_is_in_a_room() -> None:
    rooms = {_room(_module(p)) for p in GRAPH.rglob("*.py")}
    assert rooms <= set(ALLOWED) | {"graph"}


def test_no_import_cycle_in_the_package() -> None:
    graph = _graph()
    cycles, state = [], {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                cycles.append(" -> ".join([*trail[trail.index(nxt):], nxt]))
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []
