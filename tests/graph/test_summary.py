"""The summary graph: corpus totals that stay right through adds, changes, removals and crashes."""

from __future__ import annotations

import dataclasses
import itertools

from tests.conftest import make_extraction
from tests.graph.helpers import IRIS, add_extraction, load, quad_set, rows
from text2kg.graph.upkeep import ranks, summary
from text2kg.graph.upkeep.corpus import remove_documents
from text2kg.graph.stores.store import OxigraphStore
from text2kg.records import Position, Relation

A = make_extraction("a.txt", "Kumi Naidoo met Amnesty International in Geneva. Kumi Naidoo left Geneva.",
                    [("Person", "Kumi Naidoo", [], ["Kumi Naidoo", "Kumi Naidoo"]),
                     ("Organization", "Amnesty International", [], ["Amnesty International"]),
                     ("Place", "Geneva", [], ["Geneva", "Geneva"])])
A = dataclasses.replace(
    A, relations=(Relation("person/Kumi Naidoo", "memberOf", "organization/Amnesty International", 0, "test", 0.9),),
    positions=(Position("person/Kumi Naidoo", "secretary-general", 0, "test", 0.9, "organization/Amnesty International"),))
B = make_extraction("b.txt", "Kumi Naidoo spoke in Geneva.",
                    [("Person", "Kumi Naidoo", [], ["Kumi Naidoo"]), ("Place", "Geneva", [], ["Geneva"])])
B2 = make_extraction("b.txt", "Kumi Naidoo spoke in Paris.",
                     [("Person", "Kumi Naidoo", [], ["Kumi Naidoo"]), ("Place", "Paris", [], ["Paris"])])
FULL = make_extraction("full.txt", "Ebrahim Raisi spoke in Geneva.",
                       [("Person", "Ebrahim Raisi", [], ["Ebrahim Raisi"]), ("Place", "Geneva", [], ["Geneva"])])
SHORT = make_extraction("short.txt", "Raisi was in Geneva.",
                        [("Person", "Raisi", [], ["Raisi"]), ("Place", "Geneva", [], ["Geneva"])])
SHORT = dataclasses.replace(SHORT, relations=(Relation("person/Raisi", "placeOfBirth", "place/Geneva", 0, "test", 0.9),))

TOTALS = """SELECT ?name ?mentions ?documents WHERE {
  GRAPH t2k:summary { ?e skos:prefLabel ?name ; t2k:mentionCount ?mentions ; t2k:documentCount ?documents }
} ORDER BY ?name"""
PAIRS = """SELECT ?a ?b ?sentences ?documents WHERE {
  GRAPH t2k:summary { ?p a t2k:CoMention ; rdf:subject/skos:prefLabel ?a ; rdf:object/skos:prefLabel ?b ;
                      t2k:coMentionCount ?sentences ; t2k:documentCount ?documents }
} ORDER BY ?a ?b"""


def summary_quads(store) -> set[str]:
    return {str(q) for q in store.quads() if q.graph_name == summary.SUMMARY}


def rebuilt(store) -> set[str]:
    """The summary recomputed from scratch on a copy of the store."""
    copy = OxigraphStore()
    copy.store.extend(store.quads())
    summary.rebuild(copy)
    return summary_quads(copy)


def test_totals_count_mentions_documents_and_shared_sentences() -> None:
    store = load(OxigraphStore(), A, B)
    assert [(r["name"], r["mentions"], r["documents"]) for r in rows(store, TOTALS)] == [
        ("Amnesty International", "1", "1"), ("Geneva", "3", "2"), ("Kumi Naidoo", "3", "2")]
    pairs = {frozenset((r["a"], r["b"])): (r["sentences"], r["documents"]) for r in rows(store, PAIRS)}
    assert pairs[frozenset(("Geneva", "Kumi Naidoo"))] == ("3", "2")  # two sentences of a.txt, one of b.txt
    assert pairs[frozenset(("Amnesty International", "Kumi Naidoo"))] == ("1", "1")
    assert len(pairs) == 3


FACTS = """SELECT ?subject ?predicate ?object WHERE {
  GRAPH t2k:summary { ?s ?p ?o . ?s skos:prefLabel ?subject . ?o skos:prefLabel ?object FILTER(?p != rdf:type) }
  BIND(STRAFTER(STR(?p), "#") AS ?predicate)
} ORDER BY ?subject ?predicate ?object"""
POSTS = """SELECT ?member ?organisation ?post WHERE {
  GRAPH t2k:summary { ?m a org:Membership ; org:member/skos:prefLabel ?member ;
                      org:organization/skos:prefLabel ?organisation ; org:role/skos:prefLabel ?post }
}"""


def test_facts_and_posts_are_stated_once_with_names_to_show() -> None:
    store = load(OxigraphStore(), A, SHORT, FULL)
    facts = [(r["subject"], r["predicate"], r["object"]) for r in rows(store, FACTS)]
    assert facts == [("Ebrahim Raisi", "placeOfBirth", "Geneva"),  # "Raisi" of short.txt, joined across documents
                     ("Kumi Naidoo", "memberOf", "Amnesty International"),
                     ("Kumi Naidoo", "positionHeld", "secretary-general")]
    assert rows(store, POSTS) == [{"member": "Kumi Naidoo", "organisation": "Amnesty International", "post": "secretary-general"}]
    remove_documents(store, ["a.txt"], IRIS)
    assert rows(store, POSTS) == [] and [r["subject"] for r in rows(store, FACTS)] == ["Ebrahim Raisi"]


def test_every_change_leaves_the_summary_a_full_recount_would_give() -> None:
    store = load(OxigraphStore(), A, B)
    assert summary_quads(store) == rebuilt(store)
    load(store, B2)  # b.txt changed: Geneva loses a document, Paris arrives
    assert summary_quads(store) == rebuilt(store)
    assert "Paris" in {r["name"] for r in rows(store, TOTALS)}
    load(store, SHORT, FULL)  # "Raisi" moves to "Ebrahim Raisi" across documents
    assert summary_quads(store) == rebuilt(store)
    remove_documents(store, ["full.txt"], IRIS)  # ... and back again
    assert summary_quads(store) == rebuilt(store)
    assert {r["name"] for r in rows(store, TOTALS)} == {"Amnesty International", "Geneva", "Kumi Naidoo", "Paris", "Raisi"}


def test_the_summary_does_not_depend_on_the_order_documents_came_in() -> None:
    results = {frozenset(summary_quads(load(OxigraphStore(), *order)))
               for order in itertools.permutations([A, B, FULL, SHORT])}
    assert len(results) == 1


def test_a_summary_left_behind_by_a_crash_is_recomputed() -> None:
    store = load(OxigraphStore(), A)
    add_extraction(store, B, IRIS)  # written, then the process died before the summary's turn
    hashes = {r["d"]: r["h"] for r in rows(store, "SELECT ?d ?h WHERE { GRAPH ?d { ?d t2k:contentHash ?h } }")}
    assert not summary.is_current(store, hashes)
    load(store)  # the next build, with nothing new to add
    assert summary.is_current(store, hashes)
    assert summary_quads(store) == rebuilt(store)


def test_a_store_without_documents_has_an_empty_summary() -> None:
    store = load(OxigraphStore(), A)
    remove_documents(store, ["a.txt"], IRIS)
    assert rows(store, "SELECT ?s ?p WHERE { GRAPH t2k:summary { ?s ?p ?o } }") == [
        {"s": str(summary.SUMMARY.value), "p": "https://w3id.org/text2kg/ns#storeFormat"}]  # nothing counted


def people(doc_id: str, *counts: tuple[str, int]):
    """A document naming each person as many times as given, in one sentence each."""
    text = " ".join(f"{name} spoke." for name, n in counts for _ in range(n))
    return make_extraction(doc_id, text, [("Person", name, [], [name] * n) for name, n in counts])


RANKED_PEOPLE = """SELECT ?name ?rank WHERE {
  GRAPH t2k:summary { ?e t2k:mentionRank ?rank ; a t2k:Person ; skos:prefLabel ?name }
} ORDER BY ?rank"""


def test_ranks_follow_every_change_as_a_full_recount_would(monkeypatch) -> None:
    monkeypatch.setattr(ranks, "RANKED", 2)  # so that few people are enough to leave some unranked
    store = load(OxigraphStore(), people("a.txt", ("Ann Lee", 3), ("Bo Chan", 2), ("Cy Dunn", 1)))
    assert [r["name"] for r in rows(store, RANKED_PEOPLE)] == ["Ann Lee", "Bo Chan"]
    load(store, people("b.txt", ("Cy Dunn", 4)))  # an unranked person climbs past both
    assert [r["name"] for r in rows(store, RANKED_PEOPLE)] == ["Cy Dunn", "Ann Lee"]
    assert summary_quads(store) == rebuilt(store)
    load(store, people("b.txt", ("Dee Ford", 1)))  # b.txt changed: Cy Dunn falls back, an untouched Bo Chan returns
    assert [r["name"] for r in rows(store, RANKED_PEOPLE)] == ["Ann Lee", "Bo Chan"]
    assert summary_quads(store) == rebuilt(store)
    remove_documents(store, ["a.txt"], IRIS)
    assert [r["name"] for r in rows(store, RANKED_PEOPLE)] == ["Dee Ford"]
    assert summary_quads(store) == rebuilt(store)


def test_a_store_from_an_older_text2kg_is_brought_up_to_date() -> None:
    """A store written before ranks and join keys: its next build recounts and re-keys it."""
    store = load(OxigraphStore(), A, B, FULL)
    fresh = quad_set(store)
    hashes = {r["d"]: r["h"] for r in rows(store, "SELECT ?d ?h WHERE { GRAPH ?d { ?d t2k:contentHash ?h } }")}
    assert summary.is_current(store, hashes)
    store.update("DELETE WHERE { GRAPH t2k:summary { ?n t2k:mentionRank ?r } } ; "
                 "DELETE WHERE { GRAPH t2k:summary { ?n t2k:storeFormat ?f } } ; "
                 "DELETE WHERE { GRAPH ?g { ?e t2k:nameLastWord ?w } }")
    assert not summary.is_current(store, hashes)
    load(store)
    assert quad_set(store) == fresh


def test_a_corpus_with_nothing_to_rank_stays_current() -> None:
    only_places = make_extraction("p.txt", "Geneva is far from Paris.",
                                  [("Place", "Geneva", [], ["Geneva"]), ("Place", "Paris", [], ["Paris"])])
    store = load(OxigraphStore(), only_places)
    hashes = {r["d"]: r["h"] for r in rows(store, "SELECT ?d ?h WHERE { GRAPH ?d { ?d t2k:contentHash ?h } }")}
    assert rows(store, "SELECT ?r WHERE { GRAPH t2k:summary { ?n t2k:mentionRank ?r } }") == []
    assert summary.is_current(store, hashes)  # places are not ranked: no reason to recount


def test_a_summary_left_behind_by_a_crash_is_reported_stale_until_the_next_build() -> None:
    from text2kg.graph.upkeep.corpus import summary_is_stale

    store = load(OxigraphStore(), A)
    assert not summary_is_stale(store)
    add_extraction(store, B, IRIS)  # written, then the process died before the summary's turn
    assert summary_is_stale(store)
    load(store)
    assert not summary_is_stale(store)
    assert not summary_is_stale(OxigraphStore())  # no documents: nothing to be out of date about


def test_a_change_stopped_before_its_refresh_leaves_the_summary_unsealed_and_a_reader_sees_it_in_one_look() -> None:
    from text2kg.graph.upkeep.corpus import Changes, summary_is_stale

    store = load(OxigraphStore(), A, B)
    asked: list[str] = []
    query = store.query

    def counted(sparql, bindings=None, **options):
        asked.append(sparql)
        return query(sparql, bindings, **options)

    store.query = counted  # type: ignore[method-assign]
    assert not summary_is_stale(store)
    assert all(q.lstrip().startswith("ASK") for q in asked), asked  # no read of every document's hash
    store.query = query  # type: ignore[method-assign]
    changes = Changes(store, IRIS)
    changes.remove("a.txt")  # then the process dies before finish()
    assert summary_is_stale(store)
    Changes(store, IRIS).finish()  # the next build refreshes it
    assert not summary_is_stale(store)
