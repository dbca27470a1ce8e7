"""What follows from facts (``closure``), how rules find mentions (``index``) and write facts (``common``)."""

from __future__ import annotations

from tests.extract.relations.handbuilt import flat, place_entities
from text2kg.extract.relations.closure import close_relations
from text2kg.extract.relations.common import relation, unique


def _fact(subject: str, predicate: str, obj: str, confidence: float = 0.8, rule: str = "r") -> dict:
    return relation(subject, predicate, obj, 0, rule, confidence)


def test_located_in_follows_a_chain_with_the_lower_confidence() -> None:
    closed = close_relations([_fact("karsk", "locatedIn", "vestland", 0.9), _fact("vestland", "country", "norway", 0.8)], {})
    derived = [r for r in closed if r["rule"] == "inferred"]
    assert derived == [{"subject": "karsk", "predicate": "country", "object": "norway", "sentence": 0,
                        "rule": "inferred", "confidence": 0.72}]


def test_declared_inverses_are_added_once_and_nothing_points_at_itself() -> None:
    facts = [_fact("summit", "participant", "ida", rule="took-part"), _fact("council", "partOf", "un"),
             _fact("un", "hasPart", "council"), _fact("a", "locatedIn", "b"), _fact("b", "locatedIn", "a")]
    closed = close_relations(facts, {})
    triples = [(r["subject"], r["predicate"], r["object"]) for r in closed]
    assert ("ida", "participantIn", "summit") in triples
    assert next(r["rule"] for r in closed if r["predicate"] == "participantIn") == "inverse-of-took-part"
    assert triples.count(("un", "hasPart", "council")) == 1
    assert not any(s == o for s, _, o in triples)


def test_unique_keeps_the_first_of_each_triple() -> None:
    first, again = _fact("a", "p", "b", 0.9, "one"), _fact("a", "p", "b", 0.5, "two")
    assert unique([first, again, _fact("b", "p", "a")]) == [first, _fact("b", "p", "a")]


def test_the_index_finds_the_longest_mention_of_a_type_and_each_mention_once() -> None:
    index = place_entities(flat("the University of Bergen in Bergen"), (1, 4, "Organization", "University of Bergen"),
                           (3, 4, "Place", "Bergen"), (5, 6, "Place", "Bergen"))
    doc = index.doc
    assert index.at(doc[3]).text == "University of Bergen"
    assert index.at(doc[3], ["Place"]).text == "Bergen"
    assert index.at(doc[0]) is None
    assert [s.text for s in index.in_tokens(doc, ["Place"])] == ["Bergen", "Bergen"]
    assert [s.label_ for s in index.in_tokens(doc[1:4], ["Place", "Organization"])] == ["Organization", "Place"]
    assert index.type_of("place/Bergen") == "Place" and index.type_of("nothing") is None
    assert index.value_of("place/Bergen") is None and index.sentence(doc[5]) == 0
