"""People across documents: one surname joins the one full name, and only then."""

from __future__ import annotations

import itertools

from tests.conftest import make_extraction
from tests.graph.helpers import IRIS, load, quad_set, rows
from text2kg.graph.corpus import remove_documents
from text2kg.graph.store import OxigraphStore

FULL = make_extraction("full.txt", "President Ebrahim Raisi spoke. Raisi left.",
                       [("Person", "Ebrahim Raisi", ["Raisi"], ["Ebrahim Raisi", "Raisi"])])
SHORT = make_extraction("short.txt", "Raisi was part of the Death Committee.",
                        [("Person", "Raisi", [], ["Raisi"]), ("Organization", "Death Committee", [], ["Death Committee"])])
OTHER = make_extraction("other.txt", "Ahmad Raisi, a farmer, spoke.",
                        [("Person", "Ahmad Raisi", [], ["Ahmad Raisi"])])

WHO = """SELECT ?doc ?label WHERE {
  ?m itsrdf:taIdentRef ?e ; nif:referenceContext ?d . ?d dcterms:identifier ?doc . ?e rdfs:label ?label
} ORDER BY ?doc ?label"""


def who(store) -> set[tuple[str, str]]:
    return {(r["doc"], r["label"]) for r in rows(store, WHO)}


def test_a_surname_alone_joins_the_only_full_name_in_the_corpus() -> None:
    store = load(OxigraphStore(), FULL, SHORT)
    assert ("short.txt", "Ebrahim Raisi") in who(store)
    labels = rows(store, "SELECT DISTINCT ?l WHERE { ?e a t2k:Person ; rdfs:label ?l }")
    assert labels == [{"l": "Ebrahim Raisi"}]  # one entity, one label across graphs
    kept = rows(store, "SELECT ?n WHERE { GRAPH ?g { ?e t2k:nameInDocument ?n } }")
    assert kept == [{"n": "Raisi"}]


def test_a_second_full_name_with_that_surname_undoes_the_join() -> None:
    store = load(OxigraphStore(), FULL, SHORT)
    load(store, OTHER)
    assert ("short.txt", "Raisi") in who(store)
    assert quad_set(store) == quad_set(load(OxigraphStore(), OTHER, SHORT, FULL))


def test_the_graph_does_not_depend_on_the_order_of_documents() -> None:
    results = set()
    for order in itertools.permutations([FULL, SHORT, OTHER]):
        store = OxigraphStore()
        for extraction in order:  # one build per document, as users add them
            load(store, extraction)
        results.add(frozenset(quad_set(store)))
    assert len(results) == 1


def test_removing_the_full_name_splits_the_surname_off_again() -> None:
    store = load(OxigraphStore(), FULL, SHORT)
    remove_documents(store, ["full.txt"], IRIS)
    assert quad_set(store) == quad_set(load(OxigraphStore(), SHORT))
