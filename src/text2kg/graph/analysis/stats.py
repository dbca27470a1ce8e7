"""Counts a user wants first: documents, entities by type, mentions, top entities."""

from __future__ import annotations

from dataclasses import dataclass, field

from text2kg.graph.analysis.merged import is_merged
from text2kg.graph.stores.store import GraphStore
from text2kg.records import ENTITY_TYPES

#: A merged file (no named graphs) states each triple once: it is counted from its triples.
_MERGED_COUNTS = ("SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?type . ?type rdfs:subClassOf t2k:Entity } "
                  "GROUP BY ?type")
_MERGED_TOP = ("SELECT ?name (COUNT(DISTINCT ?m) AS ?n) WHERE { ?e a t2k:TYPE ; rdfs:label ?name . "
               "?m itsrdf:taIdentRef ?e } GROUP BY ?e ?name ORDER BY DESC(?n) ?name LIMIT TOP")


@dataclass
class GraphStats:
    documents: int = 0
    triples: int = 0
    mentions: int = 0
    statements: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    top: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


def graph_stats(store: GraphStore, top: int = 5) -> GraphStats:
    """Count what a store holds (the ontology's own triples included in ``triples``).

    Entities are counted and ranked from the summary graph (made in memory for a file that
    lacks a current one, reported when a store's is stale); a Turtle or N-Triples file,
    whose graphs were merged, is counted from its triples.
    """
    from text2kg.graph.analysis.network import check_summary  # the projection's own check

    stats = GraphStats()
    merged = is_merged(store)
    if not merged:
        check_summary(store)
    row = next(iter(store.query(
        "SELECT (COUNT(*) AS ?t) WHERE { ?s ?p ?o }" if merged else "SELECT (COUNT(*) AS ?t) WHERE { GRAPH ?g { ?s ?p ?o } }"
    )))
    stats.triples = int(row["t"].value)
    row = next(iter(store.query(
        "SELECT (COUNT(DISTINCT ?d) AS ?docs) (COUNT(DISTINCT ?m) AS ?mentions) WHERE {"
        " { ?d a t2k:Document } UNION { ?m a t2k:Mention } }"
    )))
    stats.documents, stats.mentions = int(row["docs"].value), int(row["mentions"].value)
    row = next(iter(store.query(
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a rdf:Statement ; rdf:predicate ?p FILTER(?p != t2k:coMentionedWith) }"
    )))
    stats.statements = int(row["n"].value)
    # Per entity, the summary graph: in the document graphs an entity's type and label
    # repeat once per document that names it.
    counting = (_MERGED_COUNTS if merged else
                "SELECT ?type (COUNT(?e) AS ?n) WHERE { GRAPH t2k:summary { ?e a ?type ; t2k:mentionCount ?m } } GROUP BY ?type")
    counts = {r["type"].value.rsplit("#", 1)[1]: int(r["n"].value) for r in store.query(counting)}
    stats.entities = {t: counts.get(t, 0) for t in ENTITY_TYPES}
    for type_ in ENTITY_TYPES[:4] if top else ():
        ranking = _MERGED_TOP if merged else (
            "SELECT ?name ?n WHERE { GRAPH t2k:summary { ?e a t2k:TYPE ; skos:prefLabel ?name ; t2k:mentionCount ?n } } "
            "ORDER BY DESC(?n) ?name LIMIT TOP")
        rows = store.query(ranking.replace("TYPE", type_).replace("TOP", str(int(top))))
        stats.top[type_] = [(r["name"].value, int(r["n"].value)) for r in rows]
    return stats
