"""SHACL validation of a graph against ``shapes.ttl`` (with pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyoxigraph as ox

from text2kg.graph.stores.store import GraphStore
from text2kg.ontology import ONTOLOGY_IRI

if TYPE_CHECKING:
    from rdflib.term import Node


@dataclass
class ValidationReport:
    conforms: bool
    results: int
    text: str


def validate_store(store: GraphStore) -> ValidationReport:
    """Check the union of a store's graphs (ontology included) against our shapes, and each
    document graph for what SHACL cannot see in the union: one label per entity."""
    import pyshacl
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDF, SH

    from text2kg.ontology import shapes_path

    data = Graph()
    for quad in store.quads():
        data.add((_rdflib(quad.subject), URIRef(quad.predicate.value), _rdflib(quad.object)))
    shapes = Graph().parse(shapes_path(), format="turtle")
    conforms, report_graph, text = pyshacl.validate(data, shacl_graph=shapes, advanced=True, inference="none")
    results = len(list(report_graph.subjects(RDF.type, SH.ValidationResult)))
    labelled_twice = _labelled_twice(store)
    if labelled_twice:
        conforms, results = False, results + len(labelled_twice)
        text += "".join(f"\nDocument graph {g}: entity {e} has {n} rdfs:label values; a document names an entity once"
                        for g, e, n in labelled_twice)
    return ValidationReport(bool(conforms), results, text)


def _labelled_twice(store: GraphStore) -> list[tuple[str, str, int]]:
    """Entities that one document graph labels more than once: (graph, entity, labels)."""
    rows = store.query(f"""SELECT ?g ?e (COUNT(DISTINCT ?label) AS ?n) WHERE {{
  GRAPH ?g {{ ?e a ?type ; rdfs:label ?label }} FILTER(?g != t2k:summary && ?g != <{ONTOLOGY_IRI}>)
}} GROUP BY ?g ?e HAVING (COUNT(DISTINCT ?label) > 1) ORDER BY ?g ?e""")
    return [(row["g"].value, row["e"].value, int(row["n"].value)) for row in rows]


def _rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    """A pyoxigraph term as the rdflib term it is."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))
