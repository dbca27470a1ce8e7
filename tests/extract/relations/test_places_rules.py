"""Place rules (``text2kg.extract.relations.places``) on hand-built parses and a small gazetteer."""

from __future__ import annotations

from tests.extract.relations.handbuilt import GAZETTEER, flat, named, parse, place_entities
from text2kg.extract.relations.places import find_place_facts


def _facts(index) -> set[tuple[str, str, str]]:
    return named(find_place_facts(index.doc, index, GAZETTEER), index)


def test_a_chain_of_places_says_what_lies_in_what() -> None:
    index = place_entities(flat("They met in Karsk , Vestland , Norway ."), (3, 4, "Place", "Karsk"),
                           (5, 6, "Place", "Vestland"), (7, 8, "Place", "Norway"))
    found = _facts(index)
    assert {("Karsk", "locatedIn", "Vestland"), ("Vestland", "country", "Norway"), ("Karsk", "country", "Norway"),
            ("Vestland", "containsPlace", "Karsk")} <= found


def test_a_list_is_not_a_chain() -> None:
    index = place_entities(flat("They visited Karsk , Velka and Tromso ."), (2, 3, "Place", "Karsk"),
                           (4, 5, "Place", "Velka"), (6, 7, "Place", "Tromso"))
    assert _facts(index) == set()


def test_a_town_in_a_region_lies_in_it() -> None:
    doc = parse("Karsk is a town in Vestland .", [1, 1, 3, 1, 3, 4, 1],
                ["nsubj", "ROOT", "det", "attr", "prep", "pobj", "punct"], {1: "be"})
    index = place_entities(doc, (0, 1, "Place", "Karsk"), (5, 6, "Place", "Vestland"))
    assert _facts(index) == {("Karsk", "locatedIn", "Vestland"), ("Vestland", "containsPlace", "Karsk")}


def test_an_organisation_based_in_a_place_has_its_headquarters_there() -> None:
    doc = parse("The Meridian Agency is based in Bergen .", [2, 2, 4, 4, 4, 4, 5, 4],
                ["det", "compound", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"], {4: "base"})
    index = place_entities(doc, (1, 3, "Organization", "Meridian Agency"), (6, 7, "Place", "Bergen"))
    assert _facts(index) == {("Meridian Agency", "headquarters", "Bergen")}


def test_the_gazetteer_places_a_city_in_the_region_and_country_the_document_names() -> None:
    index = place_entities(flat("Ida trained in Bergen , far from Vestland , before she left Norway ."),
                           (3, 4, "Place", "Bergen"), (7, 8, "Place", "Vestland"), (12, 13, "Place", "Norway"))
    found = _facts(index)
    assert {("Bergen", "country", "Norway"), ("Bergen", "locatedIn", "Norway"), ("Bergen", "locatedIn", "Vestland"),
            ("Vestland", "containsPlace", "Bergen"), ("Norway", "containsPlace", "Vestland")} <= found
    assert ("Norway", "containsPlace", "Bergen") not in found  # a country is not said to contain each city


def test_one_country_in_a_document_places_its_organisations_there_but_not_international_ones() -> None:
    words = "The Harbour Union and Amnesty International met in Norway ."
    index = place_entities(flat(words), (1, 3, "Organization", "Harbour Union"),
                           (4, 6, "Organization", "Amnesty International"), (8, 9, "Place", "Norway"))
    assert _facts(index) == {("Harbour Union", "country", "Norway")}
    two = place_entities(flat("The Harbour Union met in Norway and Sweden ."), (1, 3, "Organization", "Harbour Union"),
                         (5, 6, "Place", "Norway"), (7, 8, "Place", "Sweden"))
    assert _facts(two) == set()


def test_places_the_gazetteer_puts_elsewhere_are_not_put_in_the_one_country_named() -> None:
    words = "The Harbour Union met in Bergen , Vestland , then in Berlin , Germany ."
    index = place_entities(flat(words), (1, 3, "Organization", "Harbour Union"), (5, 6, "Place", "Bergen"),
                           (7, 8, "Place", "Vestland"), (11, 12, "Place", "Berlin"), (13, 14, "Place", "Germany"))
    found = _facts(index)
    assert not any(p == "country" and o == "Germany" and s in ("Bergen", "Vestland") for s, p, o in found)
    assert ("Harbour Union", "country", "Germany") not in found  # Norway's places are named more often
    assert ("Berlin", "country", "Germany") in found
