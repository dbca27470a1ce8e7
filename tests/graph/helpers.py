"""Loading hand-made extractions into a store, as a build would."""

from __future__ import annotations

from text2kg.graph.corpus import add_extraction, ensure_ontology
from text2kg.graph.iris import Iris
from text2kg.graph.reconcile import reconcile
from text2kg.graph.store import GraphStore

IRIS = Iris()


def load(store: GraphStore, *extractions) -> GraphStore:
    ensure_ontology(store)
    for extraction in extractions:
        add_extraction(store, extraction, IRIS)
    reconcile(store, IRIS)
    return store


def quad_set(store: GraphStore) -> set[str]:
    return {str(q) for q in store.quads()}


def rows(store: GraphStore, sparql: str, **params) -> list[dict[str, str | None]]:
    from text2kg.api import query

    return query(store, sparql, params=params).values()
