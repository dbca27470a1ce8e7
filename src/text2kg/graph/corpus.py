"""Operations on a store as a corpus: its ontology graph, its documents, their hashes."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from text2kg.graph import summary
from text2kg.graph.iris import Iris
from text2kg.graph.rdf import document_triples
from text2kg.graph.reconcile import reconcile
from text2kg.graph.store import GraphStore
from text2kg.ontology import ONTOLOGY_IRI, ontology_path
from text2kg.records import Extraction

#: The named graph that holds the ontology, so queries can follow rdfs:subClassOf.
ONTOLOGY_GRAPH = ox.NamedNode(ONTOLOGY_IRI)


def ensure_ontology(store: GraphStore) -> None:
    """Put the current ontology in its graph, unless it is already there."""
    triples = [(t.subject, t.predicate, t.object) for t in ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE)]
    version = next(o for s, p, o in triples if s == ONTOLOGY_GRAPH and p.value.endswith("#versionInfo"))
    count = len(triples)
    asked = store.query(
        f"ASK {{ GRAPH {ONTOLOGY_GRAPH} {{ {ONTOLOGY_GRAPH} owl:versionInfo {version} }} "
        f"{{ SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {ONTOLOGY_GRAPH} {{ ?s ?p ?o }} }} }} FILTER(?n = {count}) }}"
    )
    if not bool(asked):
        store.replace_graph(ONTOLOGY_GRAPH, triples)


def stored_hashes(store: GraphStore) -> dict[str, str]:
    """The content hash of every stored document, by document graph IRI."""
    rows = store.query("SELECT ?d ?h WHERE { GRAPH ?d { ?d a t2k:Document ; t2k:contentHash ?h } }")
    return {row["d"].value: row["h"].value for row in rows}


def add_extraction(store: GraphStore, extraction: Extraction, iris: Iris, touched: summary.Touched | None = None,
                   *, replaces: bool = True) -> None:
    """Replace the document's graph with what was extracted from it (atomically).

    Args:
        touched: told what the old graph and the new one hold, for the summary.
        replaces: whether a graph of this document may be stored already.
    """
    graph = iris.document(extraction.document.id)
    triples = document_triples(extraction, iris)
    if touched is not None:
        if replaces:
            touched.add_graph(store, graph)
        touched.add_triples(graph, triples)
    store.replace_graph(graph, triples)


def document_graph(store: GraphStore, doc_id: str) -> ox.NamedNode | None:
    """The graph of the stored document with this id (its ``dcterms:identifier``), if any."""
    rows = list(store.query(
        "SELECT ?d WHERE { GRAPH ?d { ?d a t2k:Document ; dcterms:identifier ?id } }",
        {"id": ox.Literal(doc_id)},
    ))
    return rows[0]["d"] if rows else None


def remove_documents(store: GraphStore, doc_ids: Iterable[str], iris: Iris) -> list[str]:
    """Drop the documents' graphs, redo the cross-document join and update the summary.

    The entities only they supported go with them: entity triples live in document graphs.
    Returns the ids that were not in the store.
    """
    trusted = summary.is_current(store, stored_hashes(store))
    touched = summary.Touched()
    missing = []
    for doc_id in doc_ids:
        graph = document_graph(store, doc_id)
        if graph is None:
            missing.append(doc_id)
            continue
        touched.add_graph(store, graph)
        store.drop_graph(graph)
    reconcile(store, iris, touched)
    summary.refresh(store, touched, trusted=trusted)
    return missing
