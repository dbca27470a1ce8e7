"""Facts to RDF: relations, posts held, quotations and co-mentions of one document.

Every fact appears twice: as a plain triple a query can follow (``<X> t2k:memberOf <Y>``)
and as an ``rdf:Statement`` that says where it came from (``prov:wasDerivedFrom`` its
sentence), which rule made it and how sure that rule is. Posts are W3C ORG memberships
with an OWL-Time interval; quotations are ``schema:Quotation``.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterator
from decimal import Decimal

from pyoxigraph import Literal, NamedNode

from text2kg.graph.triples.iris import Iris
from text2kg.graph.triples.vocab import RDF_TYPE, Triple, iso_literal, term, typed
from text2kg.records import Extraction, Position, Quotation, Relation

#: Entity types whose co-mentions are recorded.
CO_MENTIONED = frozenset({"Person", "Organization", "Place", "Event"})

SentenceNode = Callable[[int], NamedNode]


def fact_triples(extraction: Extraction, iris: Iris, entity: dict[str, NamedNode], sentence: SentenceNode) -> list[Triple]:
    """The triples of every fact in ``extraction``.

    Args:
        entity: entity id -> IRI.
        sentence: sentence index -> the sentence's node (whose triples the caller writes).
    """
    doc = _Numbered(iris.document(extraction.document.id))
    triples: list[Triple] = []
    for relation in extraction.relations:
        triples += _relation(relation, doc, entity, sentence)
    for position in extraction.positions:
        triples += _position(position, doc, iris, entity, sentence)
    for quotation in extraction.quotations:
        triples += _quotation(quotation, doc, entity, sentence)
    triples += _co_mentions(extraction, doc, entity, sentence)
    return triples


class _Numbered:
    """Names a document's fact nodes in order: ``<doc#statement-1>``, ``<doc#membership-1>``.

    The same records always give the same names; a document's graph is replaced whole, so
    names never need to survive a change of its facts.
    """

    def __init__(self, document: NamedNode) -> None:
        self.document = document
        self.counters: dict[str, itertools.count[int]] = defaultdict(lambda: itertools.count(1))

    def node(self, kind: str) -> NamedNode:
        return Iris.statement(self.document, f"{kind}-{next(self.counters[kind])}")


def fact_sentences(extraction: Extraction) -> set[int]:
    """The sentences that facts cite as evidence."""
    facts = (*extraction.relations, *extraction.positions, *extraction.quotations)
    return {f.sentence for f in facts}


def _provenance(node: NamedNode, sentences: list[NamedNode], rule: str, confidence: float) -> Iterator[Triple]:
    for s in sentences:
        yield node, term("prov:wasDerivedFrom"), s
    yield node, term("t2k:confidence"), typed(decimal(confidence), "decimal")
    yield node, term("t2k:extractedBy"), Literal(rule)


def decimal(value: float) -> str:
    """Two places, in the canonical form Oxigraph stores (so every store holds the same literal).

    >>> decimal(0.8), decimal(1.0), decimal(0.854)
    ('0.8', '1', '0.85')
    """
    return format(Decimal(str(round(value, 2))).normalize(), "f")


def _statement(doc: _Numbered, s: NamedNode, p: NamedNode, o: NamedNode, sentences: list[NamedNode],
               rule: str, confidence: float) -> list[Triple]:
    node = doc.node("statement")
    return [
        (s, p, o),
        (node, RDF_TYPE, term("rdf:Statement")),
        (node, term("rdf:subject"), s),
        (node, term("rdf:predicate"), p),
        (node, term("rdf:object"), o),
        *_provenance(node, sentences, rule, confidence),
    ]


def _relation(r: Relation, doc: _Numbered, entity: dict[str, NamedNode], sentence: SentenceNode) -> list[Triple]:
    return _statement(doc, entity[r.subject], term(f"t2k:{r.predicate}"), entity[r.object],
                      [sentence(r.sentence)], r.rule, r.confidence)


def _position(p: Position, doc: _Numbered, iris: Iris, entity: dict[str, NamedNode], sentence: SentenceNode) -> list[Triple]:
    person = entity[p.person]
    role = iris.entity("Role", p.role)
    node = doc.node("membership")
    evidence = [sentence(p.sentence)]
    triples: list[Triple] = [
        (role, RDF_TYPE, term("org:Role")),
        (role, term("rdfs:label"), Literal(p.role)),
        (node, RDF_TYPE, term("org:Membership")),
        (node, term("org:member"), person),
        (node, term("org:role"), role),
        *_provenance(node, evidence, p.rule, p.confidence),
    ]
    if p.organization is not None:
        triples.append((node, term("org:organization"), entity[p.organization]))
    if p.qualifier:
        triples.append((node, term("t2k:qualifier"), Literal(p.qualifier)))
    if p.start or p.end:
        interval = Iris.part(node, "time")
        triples += [(node, term("org:memberDuring"), interval), (interval, RDF_TYPE, term("time:Interval"))]
        for edge, value in (("hasBeginning", p.start), ("hasEnd", p.end)):
            if value:
                instant = Iris.part(interval, edge[3:].lower())
                literal = iso_literal(value)
                prop = "time:inXSDgYear" if literal.datatype.value.endswith("gYear") else "time:inXSDDate"
                if literal.datatype.value.endswith("gYearMonth"):
                    prop = "time:inXSDgYearMonth"
                triples += [(interval, term(f"time:{edge}"), instant), (instant, RDF_TYPE, term("time:Instant")),
                            (instant, term(prop), literal)]
    triples += _statement(doc, person, term("t2k:positionHeld"), role, evidence, p.rule, p.confidence)
    return triples


def _quotation(q: Quotation, doc: _Numbered, entity: dict[str, NamedNode], sentence: SentenceNode) -> list[Triple]:
    node = Iris.statement(doc.document, f"quote={q.start},{q.end}")
    triples: list[Triple] = [
        (node, RDF_TYPE, term("schema:Quotation")),
        (node, term("schema:text"), Literal(q.text)),
        (node, term("schema:creator"), entity[q.speaker]),
        (node, term("nif:beginIndex"), typed(q.start, "integer")),
        (node, term("nif:endIndex"), typed(q.end, "integer")),
        (node, term("nif:referenceContext"), doc.document),
        *_provenance(node, [sentence(q.sentence)], q.rule, q.confidence),
    ]
    if q.kind == "call":
        triples.append((node, RDF_TYPE, term("t2k:Call")))
    for addressee in q.addressees:
        triples.append((node, term("t2k:addressee"), entity[addressee]))
    return triples


def _co_mentions(extraction: Extraction, doc: _Numbered, entity: dict[str, NamedNode], sentence: SentenceNode) -> list[Triple]:
    """Entities named in the same sentence: a weak, counted link, apart from typed relations."""
    in_sentence: dict[int, set[str]] = defaultdict(set)
    for e in extraction.entities:
        if e.type in CO_MENTIONED:
            for m in e.mentions:
                in_sentence[m.sentence].add(e.id)
    shared: dict[tuple[NamedNode, NamedNode], set[int]] = defaultdict(set)
    for number, ids in in_sentence.items():
        nodes = sorted({entity[i] for i in ids}, key=lambda n: n.value)
        for i, a in enumerate(nodes):
            for b in nodes[i + 1 :]:
                shared[(a, b)].add(number)
    triples: list[Triple] = []
    for (a, b), numbers in sorted(shared.items(), key=lambda kv: (kv[0][0].value, kv[0][1].value)):
        sentences = [sentence(n) for n in sorted(numbers)]
        statement = _statement(doc, a, term("t2k:coMentionedWith"), b, sentences, "co-mention", 1.0)
        triples += statement + [(statement[1][0], term("t2k:coMentionCount"), typed(len(numbers), "integer"))]
    return triples
