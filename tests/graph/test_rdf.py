"""Records to RDF: the golden graph of one hand-made document."""

from __future__ import annotations

from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic

from tests.conftest import make_extraction
from text2kg.graph.iris import Iris
from text2kg.graph.rdf import content_hash, document_triples

TEXT = "Kumi Naidoo met Raisi in Tehran.\n\nRaisi left in 1988."

GOLDEN = """
@prefix t2k: <https://w3id.org/text2kg/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
@prefix kg: <https://example.org/kg/> .
@prefix d: <https://example.org/kg/doc/d1.txt#> .

kg:doc\\/d1.txt a t2k:Document, nif:Context ;
    dcterms:identifier "d1.txt" ;
    dcterms:title "Short story" ;
    dcterms:date "2024-01-05"^^xsd:date ;
    dcterms:source <https://news.example.org/1> ;
    t2k:contentHash "HASH" ;
    nif:isString "TEXT" ;
    nif:beginIndex 0 ; nif:endIndex 53 .

kg:person\\/kumi-naidoo a t2k:Person ; rdfs:label "Kumi Naidoo" .
kg:person\\/raisi a t2k:Person ; rdfs:label "Raisi" .
kg:place\\/tehran a t2k:Place ; rdfs:label "Tehran" ; skos:altLabel "Teheran" .
kg:date\\/1988 a t2k:Date ; rdfs:label "1988" ; t2k:isoValue "1988"^^xsd:gYear .

<https://example.org/kg/doc/d1.txt#char=0,11> a t2k:Mention ; nif:beginIndex 0 ; nif:endIndex 11 ;
    nif:anchorOf "Kumi Naidoo" ; nif:referenceContext kg:doc\\/d1.txt ;
    itsrdf:taIdentRef kg:person\\/kumi-naidoo ; nif:sentence <https://example.org/kg/doc/d1.txt#char=0,32> .
<https://example.org/kg/doc/d1.txt#char=16,21> a t2k:Mention ; nif:beginIndex 16 ; nif:endIndex 21 ;
    nif:anchorOf "Raisi" ; nif:referenceContext kg:doc\\/d1.txt ;
    itsrdf:taIdentRef kg:person\\/raisi ; nif:sentence <https://example.org/kg/doc/d1.txt#char=0,32> .
<https://example.org/kg/doc/d1.txt#char=34,39> a t2k:Mention ; nif:beginIndex 34 ; nif:endIndex 39 ;
    nif:anchorOf "Raisi" ; nif:referenceContext kg:doc\\/d1.txt ;
    itsrdf:taIdentRef kg:person\\/raisi ; nif:sentence <https://example.org/kg/doc/d1.txt#char=34,53> .
<https://example.org/kg/doc/d1.txt#char=25,31> a t2k:Mention ; nif:beginIndex 25 ; nif:endIndex 31 ;
    nif:anchorOf "Tehran" ; nif:referenceContext kg:doc\\/d1.txt ;
    itsrdf:taIdentRef kg:place\\/tehran ; nif:sentence <https://example.org/kg/doc/d1.txt#char=0,32> .
<https://example.org/kg/doc/d1.txt#char=48,52> a t2k:Mention ; nif:beginIndex 48 ; nif:endIndex 52 ;
    nif:anchorOf "1988" ; nif:referenceContext kg:doc\\/d1.txt ;
    itsrdf:taIdentRef kg:date\\/1988 ; nif:sentence <https://example.org/kg/doc/d1.txt#char=34,53> .

<https://example.org/kg/doc/d1.txt#char=0,32> a nif:Sentence ; nif:beginIndex 0 ; nif:endIndex 32 ;
    nif:anchorOf "Kumi Naidoo met Raisi in Tehran." ; nif:referenceContext kg:doc\\/d1.txt .
<https://example.org/kg/doc/d1.txt#char=34,53> a nif:Sentence ; nif:beginIndex 34 ; nif:endIndex 53 ;
    nif:anchorOf "Raisi left in 1988." ; nif:referenceContext kg:doc\\/d1.txt .
"""


def extraction():
    return make_extraction(
        "d1.txt", TEXT,
        [("Person", "Kumi Naidoo", [], ["Kumi Naidoo"]), ("Person", "Raisi", [], ["Raisi", "Raisi"]),
         ("Place", "Tehran", ["Teheran"], ["Tehran"]), ("Date", "1988", [], ["1988"])],
        title="Short story", date="2024-01-05", url="https://news.example.org/1", **{"value:1988": "1988"},
    )


def as_rdflib(triples) -> Graph:
    graph = Graph()
    graph.parse(data="\n".join(f"{s} {p} {o} ." for s, p, o in triples), format="nt")
    return graph


def test_document_graph_is_the_golden_graph() -> None:
    golden = GOLDEN.replace('"HASH"', f'"{content_hash(TEXT)}"').replace('"TEXT"', '"""' + TEXT + '"""')
    expected = Graph().parse(data=golden, format="turtle")
    actual = as_rdflib(document_triples(extraction(), Iris("https://example.org/kg/")))
    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(expected, actual)
        raise AssertionError(
            "graphs differ\nexpected only:\n" + only_expected.serialize(format="nt")
            + "\nactual only:\n" + only_actual.serialize(format="nt")
        )


def test_same_records_give_the_same_triples() -> None:
    iris = Iris("https://example.org/kg/")
    assert document_triples(extraction(), iris) == document_triples(extraction(), iris)


def test_text_with_quotes_and_markup_is_a_literal_not_syntax() -> None:
    evil = 'He said "}} DROP ALL ; <script>alert(1)</script>\n'
    ex = make_extraction("x", evil, [])
    graph = as_rdflib(document_triples(ex, Iris()))
    texts = [str(o) for o in graph.objects(predicate=None) if str(o) == evil]
    assert texts == [evil]
