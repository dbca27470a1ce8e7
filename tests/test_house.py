"""House rules a newcomer can rely on: small modules, and the walls between extraction and
the graph (extract/ never imports an RDF library, graph/ never imports spaCy)."""

from __future__ import annotations

import ast
from pathlib import Path

import text2kg

PACKAGE = Path(text2kg.__file__).parent
#: Generated from the ontology, not written by hand.
GENERATED = {"ontology/namespace.py"}


def _modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).as_posix() not in GENERATED]


def _imported(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
    return found


def test_no_module_is_over_300_lines() -> None:
    long = {p.relative_to(PACKAGE).as_posix(): n for p in _modules() if (n := len(p.read_text(encoding="utf-8").splitlines())) > 300}
    assert long == {}


def test_extraction_imports_no_rdf_library_and_the_graph_no_spacy() -> None:
    wrong = [f"{p.relative_to(PACKAGE)} imports {lib}" for p in (PACKAGE / "extract").rglob("*.py")
             for lib in _imported(p) & {"rdflib", "pyoxigraph", "oxrdflib", "pyshacl"}]
    wrong += [f"{p.relative_to(PACKAGE)} imports {lib}" for p in (PACKAGE / "graph").rglob("*.py")
              for lib in _imported(p) & {"spacy", "thinc"}]
    assert wrong == []
