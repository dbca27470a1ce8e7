"""Operations on a store as a corpus: its ontology graph, its documents, their hashes."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from text2kg.graph.errors import StoreError
from text2kg.graph.stores.store import GraphStore
from text2kg.graph.triples.iris import Iris
from text2kg.graph.triples.rdf import document_triples
from text2kg.graph.upkeep import summary
from text2kg.graph.upkeep.reconcile import reconcile
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


#: True when a triple of some named graph is not in the default graph: the store does not
#: treat its default graph as the union of the named graphs. One triple is looked at.
_NOT_UNION = "ASK { { SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1 } FILTER NOT EXISTS { ?s ?p ?o } }"


def prepare_corpus(store: GraphStore) -> None:
    """Get a store ready for documents: check that its default graph is the union of its
    named graphs (every query text2kg ships reads it so), then put the ontology in place.

    On a store with no named graph yet, the ontology graph is the probe, and it is taken
    away again when the check fails: a store that cannot serve the graph is left as it was.

    Raises:
        StoreError: the default graph is not the union of the named graphs.
    """
    check_union_default_graph(store)
    had_graphs = bool(store.query("ASK { GRAPH ?g { ?s ?p ?o } }"))
    ensure_ontology(store)
    if not had_graphs:
        try:
            check_union_default_graph(store)
        except StoreError:
            store.drop_graph(ONTOLOGY_GRAPH)
            raise


def check_union_default_graph(store: GraphStore) -> None:
    """Raise :class:`StoreError` when a named graph's triple is missing from the default graph
    (a store with no named graph passes: there is nothing to tell by)."""
    if bool(store.query(_NOT_UNION)):
        where = getattr(store, "url", None) or "the store"
        raise StoreError(f"{where}: its default graph is not the union of its named graphs, so text2kg's "
                         "queries would find nothing: serve it with one (oxigraph serve --union-default-graph; "
                         "Fuseki: unionDefaultGraph)")


def stored_hashes(store: GraphStore) -> dict[str, str]:
    """The content hash of every stored document, by document graph IRI."""
    rows = store.query("SELECT ?d ?h WHERE { GRAPH ?d { ?d a t2k:Document ; t2k:contentHash ?h } }")
    return {row["d"].value: row["h"].value for row in rows}


def summary_is_stale(store: GraphStore) -> bool:
    """Whether the summary graph does not count the stored documents: a build or removal
    stopped between writing documents and refreshing it. (A store with no documents, or
    an RDF file not made by text2kg, is not stale.)"""
    return not summary.is_sealed(store) and bool(store.query("ASK { ?d a t2k:Document }"))


class Changes:
    """One round of changes to a stored corpus: documents written and dropped, then
    :meth:`finish` redoes the cross-document join and brings the summary up to date.

    Args:
        hashes: the stored documents' content hashes, when the caller has them already.
    """

    def __init__(self, store: GraphStore, iris: Iris, hashes: dict[str, str] | None = None) -> None:
        self.store, self.iris = store, iris
        self.trusted = summary.is_current(store, stored_hashes(store) if hashes is None else hashes)
        self.touched = summary.Touched()
        self.sealed = summary.is_sealed(store)

    def _unseal(self) -> None:
        if self.sealed:  # before the first write: the summary no longer counts what is stored
            summary.unseal(self.store)
            self.sealed = False

    def add(self, extraction: Extraction, *, replaces: bool = True) -> None:
        """Write a document's graph; ``replaces``: whether one of it may be stored already."""
        graph = self.iris.document(extraction.document.id)
        triples = document_triples(extraction, self.iris)
        if replaces:
            self.touched.add_graph(self.store, graph)
        self.touched.add_triples(graph, triples)
        self._unseal()
        self.store.replace_graph(graph, triples)

    def remove(self, doc_id: str) -> bool:
        """Drop a document's graph; False when no such document is stored."""
        graph = document_graph(self.store, doc_id)
        if graph is None:
            return False
        self.touched.add_graph(self.store, graph)
        self._unseal()
        self.store.drop_graph(graph)
        return True

    def finish(self) -> int:
        """Join people across documents and update the summary; return how many entities moved."""
        moved = reconcile(self.store, self.iris, self.touched, everyone=not self.trusted)
        if self.touched or not self.trusted:
            summary.refresh(self.store, self.touched, trusted=self.trusted)
        return moved


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
    check_union_default_graph(store)
    changes = Changes(store, iris)
    missing = [doc_id for doc_id in doc_ids if not changes.remove(doc_id)]
    changes.finish()
    return missing
