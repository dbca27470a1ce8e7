"""A query's own dataset (FROM, FROM NAMED) and the protocol's graph parameters, in the store."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from text2kg.graph.errors import QueryError
from text2kg.graph.stores.store import OxigraphStore

P = ox.NamedNode("http://x/p")
ONE, TWO = ox.NamedNode("http://x/graph/1"), ox.NamedNode("http://x/graph/2")


@pytest.fixture()
def store() -> OxigraphStore:
    store = OxigraphStore()
    store.add(ONE, [(ox.NamedNode(f"http://x/{i}"), P, ox.Literal(i)) for i in range(3)])
    store.add(TWO, [(ox.NamedNode("http://x/a"), P, ox.Literal("a"))])
    return store


def count(store: OxigraphStore, sparql: str, **dataset) -> int:
    return int(next(iter(store.query(sparql, **dataset)))["n"].value)


@pytest.mark.parametrize("sparql, expected", [
    ("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", 4),  # no dataset named: every graph
    ("SELECT (COUNT(*) AS ?n) FROM <http://nothing/> WHERE { ?s ?p ?o }", 0),
    ("SELECT (COUNT(*) AS ?n) FROM <http://x/graph/2> WHERE { ?s ?p ?o }", 1),
    ("SELECT (COUNT(*) AS ?n) from <http://x/graph/1> FROM <http://x/graph/2> WHERE { ?s ?p ?o }", 4),
    ("SELECT (COUNT(*) AS ?n) FROM NAMED <http://x/graph/1> WHERE { GRAPH ?g { ?s ?p ?o } }", 3),
    ("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?from } # FROM <http://nothing/>", 4),
])
def test_a_query_reads_the_dataset_it_names(store: OxigraphStore, sparql: str, expected: int) -> None:
    assert count(store, sparql) == expected


def test_the_protocols_graph_parameters_replace_the_querys_dataset(store: OxigraphStore) -> None:
    every = "SELECT (COUNT(*) AS ?n) FROM <http://x/graph/1> WHERE { ?s ?p ?o }"
    assert count(store, every, default_graphs=[TWO.value]) == 1
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", named_graphs=[ONE.value]) == 3
    with pytest.raises(QueryError, match="not a graph IRI"):
        store.query(every, default_graphs=["not an iri"])


def test_a_prefix_named_from_is_not_a_dataset_clause() -> None:
    from text2kg.graph.stores.keywords import has_dataset_clause

    assert not has_dataset_clause("PREFIX from: <http://x/> SELECT * WHERE { ?s from:p ?o }")
    assert has_dataset_clause("SELECT * FROM <http://g/> WHERE { ?s ?p ?o }")
