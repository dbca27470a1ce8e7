"""The Python API: each ``text2kg`` command is one call here, and the command line only
parses options and prints what these calls return::

    from text2kg import api

    built = api.build_graph(["samples/"], store="kg/")    # or output="graph.trig", endpoint=URL
    print(built.added, built.graph.documents)            # what the build did, what the graph holds
    api.query("kg/", name="people-by-mentions").values()
    api.stats("kg/", write_back=True)                    # PageRank and communities, stored in kg/
    api.write_browser("kg/", "graph.html")
    graph = api.entity_graph("kg/")                      # networkx, for notebooks; api.to_pyvis(graph)

A SOURCE is an RDF file, a store folder or a SPARQL endpoint URL, as on the command line.
Each name is loaded when it is first used: ``text2kg query`` should not wait for spaCy to
load, nor ``text2kg build`` for the web server.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

#: Where each public name lives: ``api.*`` modules by their short name, else a full module path.
_HOMES = {
    "building": ("BuildSummary", "LoadSummary", "build_graph", "extract", "load_parts"),
    "querying": ("FORMATS", "Table", "named_queries", "open_graph", "query"),
    "corpus": ("ontology", "remove_documents", "validate"),
    "analysis": ("Community", "NoPathError", "Stats", "entity_graph", "export_graph", "find_path", "stats"),
    "text2kg.graph.analysis.network": ("analyse", "find_node", "shortest_path"),
    "text2kg.graph.web.pyvis_view": ("to_pyvis",),
    "web": ("Server", "serve", "write_browser"),
    "evaluation": ("evaluate",),
    "text2kg.graph.errors": ("QueryError", "StoreError"),
    "text2kg.graph.triples.iris": ("DEFAULT_BASE",),
    "text2kg.documents.read": ("MAX_CHARS", "count_documents"),
    "text2kg.records": ("ENTITY_TYPES", "Extraction"),
    "text2kg.extract.model": ("ModelNotFoundError",),
    "text2kg.extract.background": ("ExtractionError",),
    "text2kg.evaluate.gold": ("GoldFormatError",),
}
_HOME = {name: home if "." in home else f"{__name__}.{home}" for home, names in _HOMES.items() for name in names}

__all__ = [
    "DEFAULT_BASE", "ENTITY_TYPES", "FORMATS", "MAX_CHARS", "BuildSummary", "Community", "Extraction", "ExtractionError",
    "GoldFormatError", "LoadSummary", "ModelNotFoundError", "NoPathError", "QueryError", "Server", "Stats",
    "StoreError", "Table", "analyse", "build_graph", "count_documents", "entity_graph", "evaluate", "export_graph",
    "extract", "find_node", "find_path", "load_parts", "named_queries", "ontology", "open_graph", "query",
    "remove_documents", "serve", "shortest_path", "stats", "to_pyvis", "validate", "write_browser",
]


def __getattr__(name: str) -> Any:
    """Import a name's module the first time the name is asked for (PEP 562)."""
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:  # what the names are, for type checkers and editors
    from text2kg.api.analysis import Community, NoPathError, Stats, entity_graph, export_graph, find_path, stats
    from text2kg.api.building import BuildSummary, LoadSummary, build_graph, extract, load_parts
    from text2kg.api.corpus import ontology, remove_documents, validate
    from text2kg.api.evaluation import evaluate
    from text2kg.api.querying import FORMATS, Table, named_queries, open_graph, query
    from text2kg.api.web import Server, serve, write_browser
    from text2kg.documents.read import MAX_CHARS, count_documents
    from text2kg.evaluate.gold import GoldFormatError
    from text2kg.extract.background import ExtractionError
    from text2kg.extract.model import ModelNotFoundError
    from text2kg.graph.analysis.network import analyse, find_node, shortest_path
    from text2kg.graph.errors import QueryError, StoreError
    from text2kg.graph.triples.iris import DEFAULT_BASE
    from text2kg.graph.web.pyvis_view import to_pyvis
    from text2kg.records import ENTITY_TYPES, Extraction
