"""People across documents: one surname joins the one full name, and only then."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import make_extraction
from tests.graph.helpers import IRIS, load, quad_set, rows
from text2kg.graph.upkeep.corpus import remove_documents
from text2kg.graph.stores.store import OxigraphStore

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


NAMES = ["Ebrahim Raisi", "Ahmad Raisi", "Raisi", "Kumi Naidoo", "Naidoo", "Mary Robinson", "Robinson"]


def naming(doc_id: str, names: list[str]):
    """A document that names each of ``names`` in a sentence of its own."""
    text = " ".join(f"{name} spoke." for name in names)
    return make_extraction(doc_id, text, [("Person", name, [], [name]) for name in dict.fromkeys(names)])


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a.txt", "b.txt", "c.txt"]),
                          st.lists(st.sampled_from(NAMES), max_size=3)), min_size=1, max_size=6))
def test_each_change_gives_the_graph_a_fresh_build_of_the_same_documents_gives(steps) -> None:
    """A change redoes only the joins on the words it touches; the graph must still be the
    one a build from scratch makes. An empty list of names removes the document."""
    store, current = load(OxigraphStore()), {}
    for doc_id, names in steps:
        if names:
            current[doc_id] = naming(doc_id, names)
            load(store, current[doc_id])
        elif current.pop(doc_id, None) is not None:
            remove_documents(store, [doc_id], IRIS)
        assert quad_set(store) == quad_set(load(OxigraphStore(), *current.values()))


def test_a_store_without_join_keys_gets_them_and_joins_a_new_surname() -> None:
    store = load(OxigraphStore(), FULL)  # then made as an older text2kg made it: no keys, no format
    store.update("DELETE WHERE { GRAPH ?g { ?e t2k:nameLastWord ?w } } ; "
                 "DELETE WHERE { GRAPH t2k:summary { ?n t2k:storeFormat ?f } }")
    load(store, SHORT)
    assert ("short.txt", "Ebrahim Raisi") in who(store)
    assert quad_set(store) == quad_set(load(OxigraphStore(), FULL, SHORT))


def test_a_surname_its_own_document_tells_apart_from_the_full_name_stays_apart() -> None:
    both = naming("both.txt", ["Mary Robinson", "Robinson"])
    store = load(OxigraphStore(), both)
    assert who(store) == {("both.txt", "Mary Robinson"), ("both.txt", "Robinson")}
    load(store, naming("short.txt", ["Robinson"]))  # another document's "Robinson" does join
    assert ("short.txt", "Mary Robinson") in who(store)
