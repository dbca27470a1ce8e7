"""Records to RDF: the golden graph of one hand-made document."""

from __future__ import annotations

import dataclasses

from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic

from tests.conftest import make_extraction
from text2kg.graph.triples.iris import Iris
from text2kg.graph.triples.rdf import content_hash, document_triples
from text2kg.records import Position, Quotation, Relation

TEXT = "Kumi Naidoo met Raisi in Tehran.\n\nRaisi left in 1988."

GOLDEN = """
@prefix t2k: <https://w3id.org/text2kg/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix schema: <https://schema.org/> .
@prefix kg: <https://example.org/kg/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix geo: <http://www.w3.org/2003/01/geo/wgs84_pos#> .
@prefix d: <https://example.org/kg/doc/d1.txt#> .

kg:doc\\/d1.txt a t2k:Document, nif:Context ;
    dcterms:identifier "d1.txt" ;
    dcterms:title "Short story" ;
    dcterms:date "2024-01-05"^^xsd:date ;
    dcterms:source <https://news.example.org/1> ;
    t2k:contentHash "HASH" ;
    nif:isString "TEXT" ;
    nif:beginIndex 0 ; nif:endIndex 53 .

kg:person\\/kumi-naidoo a t2k:Person ; rdfs:label "Kumi Naidoo" ; t2k:nameLastWord "Naidoo" .
kg:person\\/raisi a t2k:Person ; rdfs:label "Raisi" .
kg:place\\/tehran a t2k:Place ; rdfs:label "Tehran" ; skos:altLabel "Teheran" ;
    # what place linking identified: GeoNames identity, ISO code, WGS84 coordinates
    owl:sameAs <https://sws.geonames.org/112931/> ; t2k:geonamesId "112931" ; t2k:countryCode "IR" ;
    geo:lat "35.69439"^^xsd:decimal ; geo:long "51.42151"^^xsd:decimal .
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

# a relation: the plain triple and its statement
kg:person\\/kumi-naidoo t2k:placeOfBirth kg:place\\/tehran .
d:statement-1 a rdf:Statement ; rdf:subject kg:person\\/kumi-naidoo ; rdf:predicate t2k:placeOfBirth ;
    rdf:object kg:place\\/tehran ; prov:wasDerivedFrom d:char\\=0\\,32 ;
    t2k:confidence "0.8"^^xsd:decimal ; t2k:extractedBy "born-in" .

# a post held: a W3C ORG membership with an OWL-Time interval, and its statement
kg:role\\/president a org:Role ; rdfs:label "president" .
d:membership-1 a org:Membership ; org:member kg:person\\/raisi ; org:role kg:role\\/president ;
    t2k:qualifier "former" ; org:memberDuring d:membership-1-time ;
    prov:wasDerivedFrom d:char\\=34\\,53 ; t2k:confidence "0.9"^^xsd:decimal ; t2k:extractedBy "title-before-name" .
d:membership-1-time a time:Interval ; time:hasBeginning d:membership-1-time-beginning .
d:membership-1-time-beginning a time:Instant ; time:inXSDgYear "1988"^^xsd:gYear .
kg:person\\/raisi t2k:positionHeld kg:role\\/president .
d:statement-2 a rdf:Statement ; rdf:subject kg:person\\/raisi ; rdf:predicate t2k:positionHeld ;
    rdf:object kg:role\\/president ; prov:wasDerivedFrom d:char\\=34\\,53 ;
    t2k:confidence "0.9"^^xsd:decimal ; t2k:extractedBy "title-before-name" .

# a quotation
d:quote\\=40\\,44 a schema:Quotation ; schema:text "left" ; schema:creator kg:person\\/raisi ;
    nif:beginIndex 40 ; nif:endIndex 44 ; nif:referenceContext kg:doc\\/d1.txt ;
    prov:wasDerivedFrom d:char\\=34\\,53 ; t2k:confidence "0.8"^^xsd:decimal ; t2k:extractedBy "said-colon" .

# co-mentions in the first sentence (Dates are not co-mentioned)
kg:person\\/kumi-naidoo t2k:coMentionedWith kg:person\\/raisi, kg:place\\/tehran .
kg:person\\/raisi t2k:coMentionedWith kg:place\\/tehran .
d:statement-3 a rdf:Statement ; rdf:subject kg:person\\/kumi-naidoo ; rdf:predicate t2k:coMentionedWith ;
    rdf:object kg:person\\/raisi ; prov:wasDerivedFrom d:char\\=0\\,32 ; t2k:coMentionCount 1 ;
    t2k:confidence "1"^^xsd:decimal ; t2k:extractedBy "co-mention" .
d:statement-4 a rdf:Statement ; rdf:subject kg:person\\/kumi-naidoo ; rdf:predicate t2k:coMentionedWith ;
    rdf:object kg:place\\/tehran ; prov:wasDerivedFrom d:char\\=0\\,32 ; t2k:coMentionCount 1 ;
    t2k:confidence "1"^^xsd:decimal ; t2k:extractedBy "co-mention" .
d:statement-5 a rdf:Statement ; rdf:subject kg:person\\/raisi ; rdf:predicate t2k:coMentionedWith ;
    rdf:object kg:place\\/tehran ; prov:wasDerivedFrom d:char\\=0\\,32 ; t2k:coMentionCount 1 ;
    t2k:confidence "1"^^xsd:decimal ; t2k:extractedBy "co-mention" .
"""


def extraction():
    base = make_extraction(
        "d1.txt", TEXT,
        [("Person", "Kumi Naidoo", [], ["Kumi Naidoo"]), ("Person", "Raisi", [], ["Raisi", "Raisi"]),
         ("Place", "Tehran", ["Teheran"], ["Tehran"]), ("Date", "1988", [], ["1988"])],
        title="Short story", date="2024-01-05", url="https://news.example.org/1", **{"value:1988": "1988"},
    )
    tehran = dataclasses.replace(base.entities[2], geonames_id="112931", country_code="IR",
                                 lat="35.69439", long="51.42151")
    return dataclasses.replace(
        base,
        entities=(*base.entities[:2], tehran, *base.entities[3:]),
        relations=(Relation("person/Kumi Naidoo", "placeOfBirth", "place/Tehran", 0, "born-in", 0.8),),
        positions=(Position("person/Raisi", "president", 1, "title-before-name", 0.9, start="1988", qualifier="former"),),
        quotations=(Quotation("person/Raisi", "left", 40, 44, 1, "said-colon", 0.8),),
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
