"""SHACL: what we build conforms; a broken graph does not."""

from __future__ import annotations

from tests.conftest import make_extraction
from tests.graph.helpers import load
from text2kg.graph.store import OxigraphStore
from text2kg.graph.validate import validate_store

DOC = make_extraction("a.txt", "Amnesty International met Kumi Naidoo.",
                      [("Organization", "Amnesty International", ["AI"], ["Amnesty International"]),
                       ("Person", "Kumi Naidoo", [], ["Kumi Naidoo"])])


def test_a_built_graph_conforms() -> None:
    report = validate_store(load(OxigraphStore(), DOC))
    assert report.conforms, report.text


def test_an_anchor_that_does_not_slice_the_text_is_a_violation() -> None:
    store = load(OxigraphStore(), DOC)
    store.update("""
        DELETE { GRAPH ?g { ?m nif:anchorOf ?a } } INSERT { GRAPH ?g { ?m nif:anchorOf "Kumi Naidu" } }
        WHERE { GRAPH ?g { ?m a t2k:Mention ; nif:anchorOf ?a FILTER(?a = "Kumi Naidoo") } }""")
    report = validate_store(store)
    assert not report.conforms and report.results == 1
    assert "is not the text at" in report.text


def test_two_labels_on_one_entity_are_a_violation() -> None:
    store = load(OxigraphStore(), DOC)
    store.update('INSERT DATA { GRAPH <urn:x> { <https://w3id.org/text2kg/id/person/kumi-naidoo> rdfs:label "K. Naidoo" } }')
    report = validate_store(store)
    assert not report.conforms and "rdfs:label" in report.text
