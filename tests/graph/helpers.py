"""Loading hand-made extractions into a store, as a build would."""

from __future__ import annotations

from text2kg.graph.upkeep import summary
from text2kg.graph.upkeep.corpus import Changes, ensure_ontology
from text2kg.graph.triples.iris import Iris
from text2kg.graph.triples.rdf import document_triples
from text2kg.graph.stores.store import GraphStore
from text2kg.records import Extraction

IRIS = Iris()


def load(store: GraphStore, *extractions) -> GraphStore:
    """Add extractions as a build does: documents, then the cross-document join, then the summary."""
    ensure_ontology(store)
    changes = Changes(store, IRIS)
    for extraction in extractions:
        changes.add(extraction)
    changes.finish()
    return store


def add_extraction(store: GraphStore, extraction: Extraction, iris: Iris = IRIS) -> None:
    """Write a document's graph and nothing else, as a build that stopped before the
    cross-document join and the summary leaves the store (a build goes through ``Changes``)."""
    summary.unseal(store)
    store.replace_graph(iris.document(extraction.document.id), document_triples(extraction, iris))


def quad_set(store: GraphStore) -> set[str]:
    return {str(q) for q in store.quads()}


def rows(store: GraphStore, sparql: str, **params) -> list[dict[str, str | None]]:
    from text2kg.api import query

    return query(store, sparql, params=params).values()
