"""Operations on a store as a corpus: its ontology graph, its documents, their hashes."""

from __future__ import annotations

import pyoxigraph as ox

from text2kg.graph.iris import Iris
from text2kg.graph.rdf import document_triples
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


def add_extraction(store: GraphStore, extraction: Extraction, iris: Iris) -> None:
    """Replace the document's graph with what was extracted from it (atomically)."""
    store.replace_graph(iris.document(extraction.document.id), document_triples(extraction, iris))


def document_graph(store: GraphStore, doc_id: str) -> ox.NamedNode | None:
    """The graph of the stored document with this id (its ``dcterms:identifier``), if any."""
    rows = list(store.query(
        "SELECT ?d WHERE { GRAPH ?d { ?d a t2k:Document ; dcterms:identifier ?id } }",
        {"id": ox.Literal(doc_id)},
    ))
    return rows[0]["d"] if rows else None


def remove_document(store: GraphStore, doc_id: str) -> bool:
    """Drop a document's graph; False when no such document is stored.

    The entities it alone supported go with it: entity triples live in document graphs.
    """
    graph = document_graph(store, doc_id)
    if graph is None:
        return False
    store.drop_graph(graph)
    return True
