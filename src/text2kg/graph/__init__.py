"""The knowledge graph (no spaCy here), in rooms that import only the rooms before them:
``triples`` (records to RDF, IRIs, the vocabulary), ``stores`` (where triples live: Oxigraph,
endpoints, SPARQL, named queries, validation), ``upkeep`` (the summary graph, ranks,
reconciling names across documents), ``analysis`` (the entity network) and ``web`` (the
browser page, the pyvis view, the SPARQL server). Users call :mod:`text2kg.api`."""

from text2kg.graph.errors import QueryError, StoreError
from text2kg.graph.triples.iris import DEFAULT_BASE, Iris
from text2kg.graph.stores.named import named_queries, named_query
from text2kg.graph.triples.rdf import document_triples
from text2kg.graph.stores.source import open_store
from text2kg.graph.stores.store import GraphStore, OxigraphStore

__all__ = [
    "DEFAULT_BASE",
    "GraphStore",
    "Iris",
    "OxigraphStore",
    "QueryError",
    "StoreError",
    "document_triples",
    "named_queries",
    "named_query",
    "open_store",
]
