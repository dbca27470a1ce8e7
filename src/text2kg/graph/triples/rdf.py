"""Records to RDF: the triples of one document's named graph.

Everything extracted from a document goes into the graph named by the document's IRI:
the document (also the ``nif:Context`` of its mentions), the sentences that hold
mentions, the mentions, and the entities as this document names them. Entities are
shared across graphs through their IRIs. No blank nodes: every node has a minted IRI, so
the same input always gives the same triples.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from pyoxigraph import Literal, NamedNode

from text2kg.graph.triples.facts import fact_sentences, fact_triples
from text2kg.graph.triples.iris import Iris
from text2kg.graph.triples.vocab import RDF_TYPE, Triple, iso_literal, term, typed
from text2kg.records import Document, Entity, Extraction


def content_hash(text: str) -> str:
    """SHA-256 of a document's text, in hexadecimal."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_triples(extraction: Extraction, iris: Iris) -> list[Triple]:
    """All triples of one document's graph."""
    doc = extraction.document
    doc_iri = iris.document(doc.id)
    triples = list(_document(doc, doc_iri))
    used_sentences: set[int] = fact_sentences(extraction)
    entity_iris = {e.id: iris.entity_of(e, doc.id) for e in extraction.entities}
    for entity in extraction.entities:
        entity_iri = entity_iris[entity.id]
        triples.extend(_entity(entity, entity_iri))
        triples.extend(place_triples(entity, entity_iri, entity_iris))
        for mention in entity.mentions:
            span = iris.span(doc_iri, mention.start, mention.end)
            sentence = extraction.sentences[mention.sentence]
            used_sentences.add(mention.sentence)
            triples += [
                (span, RDF_TYPE, term("t2k:Mention")),
                (span, term("nif:beginIndex"), typed(mention.start, "integer")),
                (span, term("nif:endIndex"), typed(mention.end, "integer")),
                (span, term("nif:anchorOf"), Literal(mention.text)),
                (span, term("nif:referenceContext"), doc_iri),
                (span, term("itsrdf:taIdentRef"), entity_iri),
                (span, term("nif:sentence"), iris.span(doc_iri, sentence.start, sentence.end)),
            ]
    def sentence_node(number: int) -> NamedNode:
        used_sentences.add(number)
        found = extraction.sentences[number]
        return iris.span(doc_iri, found.start, found.end)

    triples += fact_triples(extraction, iris, entity_iris, sentence_node)
    for number in sorted(used_sentences):
        triples.extend(sentence_triples(extraction, number, doc_iri, iris))
    return triples


def sentence_triples(extraction: Extraction, number: int, doc_iri: NamedNode, iris: Iris) -> list[Triple]:
    """A ``nif:Sentence`` with its offsets and text, for evidence."""
    sentence = extraction.sentences[number]
    node = iris.span(doc_iri, sentence.start, sentence.end)
    return [
        (node, RDF_TYPE, term("nif:Sentence")),
        (node, term("nif:beginIndex"), typed(sentence.start, "integer")),
        (node, term("nif:endIndex"), typed(sentence.end, "integer")),
        (node, term("nif:anchorOf"), Literal(extraction.document.text[sentence.start : sentence.end])),
        (node, term("nif:referenceContext"), doc_iri),
    ]


def _document(doc: Document, node: NamedNode) -> Iterator[Triple]:
    yield node, RDF_TYPE, term("t2k:Document")
    yield node, RDF_TYPE, term("nif:Context")
    yield node, term("dcterms:identifier"), Literal(doc.id)
    if doc.title:
        yield node, term("dcterms:title"), Literal(doc.title)
    if doc.date:
        date = doc.date[:10]
        is_day = re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) is not None
        yield node, term("dcterms:date"), typed(date, "date") if is_day else Literal(doc.date)
    if doc.url:
        yield node, term("dcterms:source"), _iri_or_literal(doc.url)
    elif doc.source:
        yield node, term("dcterms:source"), Literal(doc.source)
    yield node, term("t2k:contentHash"), Literal(content_hash(doc.text))
    yield node, term("nif:isString"), Literal(doc.text)
    yield node, term("nif:beginIndex"), typed(0, "integer")
    yield node, term("nif:endIndex"), typed(len(doc.text), "integer")


def _entity(entity: Entity, node: NamedNode) -> Iterator[Triple]:
    yield node, RDF_TYPE, term(f"t2k:{entity.type}")
    yield node, term("rdfs:label"), Literal(entity.label)
    word = name_key(entity.label) if entity.type == "Person" else None
    if word is not None:
        yield node, term("t2k:nameLastWord"), Literal(word)
    for alias in entity.aliases:
        yield node, term("skos:altLabel"), Literal(alias)
    if entity.value:
        yield node, term("t2k:isoValue"), iso_literal(entity.value)


def place_triples(entity: Entity, node: NamedNode, entity_iris: dict[str, NamedNode]) -> list[Triple]:
    """What place linking identified about a place: its GeoNames IRI and id (to join with
    GeoNames and Wikidata), ISO 3166 codes, WGS84 coordinates, and its country and region
    among this document's entities."""
    triples: list[Triple] = []
    if entity.geonames_id:
        triples += [(node, term("owl:sameAs"), Iris.geonames(entity.geonames_id)),
                    (node, term("t2k:geonamesId"), Literal(entity.geonames_id))]
    if entity.country_code:
        triples.append((node, term("t2k:countryCode"), Literal(entity.country_code)))
    if entity.region_code:
        triples.append((node, term("t2k:regionCode"), Literal(entity.region_code)))
    if entity.lat and entity.long:
        triples += [(node, term("geo:lat"), typed(entity.lat, "decimal")),
                    (node, term("geo:long"), typed(entity.long, "decimal"))]
    if entity.country in entity_iris:
        triples.append((node, term("t2k:country"), entity_iris[entity.country]))
    if entity.region in entity_iris:
        triples.append((node, term("t2k:locatedIn"), entity_iris[entity.region]))
    return triples


def name_key(label: str) -> str | None:
    """The word another document may name this person by alone: the last word of a name of
    several (the cross-document join, :mod:`text2kg.graph.upkeep.reconcile`, matches on it).

    >>> name_key("Ebrahim Raisi"), name_key("Raisi")
    ('Raisi', None)
    """
    return label.rsplit(" ", 1)[1] if " " in label else None


def _iri_or_literal(value: str) -> NamedNode | Literal:
    try:
        return NamedNode(value) if re.match(r"^[a-z][a-z0-9+.-]*:", value, re.I) else Literal(value)
    except ValueError:
        return Literal(value)
