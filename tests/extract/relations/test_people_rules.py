"""Lives and origins (``text2kg.extract.relations.people``) on hand-built parses."""

from __future__ import annotations

import pytest

from tests.extract.relations.handbuilt import GAZETTEER, flat, named, parse, place_entities
from text2kg.extract.relations.people import find_people_facts

WILLI = (0, 2, "Person", "Willi Schneider")


def _facts(index) -> set[tuple[str, str, str]]:
    return named(find_people_facts(index.doc, index, GAZETTEER), index)


@pytest.mark.parametrize(
    ("words", "others", "expected"),
    [
        ("Willi Schneider ( born 13 March 1963 in Bergen ) spoke", [(4, 7, "Date", "13 March 1963"), (8, 9, "Place", "Bergen")],
         {("dateOfBirth", "13 March 1963"), ("placeOfBirth", "Bergen")}),
        ("Willi Schneider ( 13 March 1963 – 5 May 2020 ) spoke", [(3, 6, "Date", "13 March 1963"), (7, 10, "Date", "5 May 2020")],
         {("dateOfBirth", "13 March 1963"), ("dateOfDeath", "5 May 2020")}),
        ("Willi Schneider ( born 1963 in Bergen , died 2020 ) spoke",
         [(4, 5, "Date", "1963"), (6, 7, "Place", "Bergen"), (9, 10, "Date", "2020")],
         {("dateOfBirth", "1963"), ("placeOfBirth", "Bergen"), ("dateOfDeath", "2020")}),
        ("Willi Schneider ( Bergen , 1963 ) spoke", [(3, 4, "Place", "Bergen"), (5, 6, "Date", "1963")], set()),
    ],
)
def test_brackets_after_a_name_give_birth_and_death(words, others, expected) -> None:
    index = place_entities(flat(words), WILLI, *others)
    assert _facts(index) == {("Willi Schneider", p, o) for p, o in expected}


def test_born_in_a_place_on_a_day_and_died_in_a_place() -> None:
    born = parse("Ida Ross was born in Bergen on Friday .", [1, 3, 3, 3, 3, 4, 3, 6, 3],
                 ["compound", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "pobj", "punct"], {3: "bear"})
    index = place_entities(born, (0, 2, "Person", "Ida Ross"), (5, 6, "Place", "Bergen"), (7, 8, "Date", "Friday"))
    assert _facts(index) == {("Ida Ross", "placeOfBirth", "Bergen"), ("Ida Ross", "dateOfBirth", "Friday")}
    died = parse("Ida Ross died in Oslo .", [1, 2, 2, 2, 3, 2], ["compound", "nsubj", "ROOT", "prep", "pobj", "punct"],
                 {2: "die"})
    index = place_entities(died, (0, 2, "Person", "Ida Ross"), (4, 5, "Place", "Oslo"))
    assert _facts(index) == {("Ida Ross", "placeOfDeath", "Oslo")}


def test_a_nationality_describing_a_person_is_citizenship_and_an_organisations_is_its_country() -> None:
    person = parse("Willi Schneider is a German skeleton racer .", [1, 2, 2, 6, 6, 6, 2, 2],
                   ["compound", "nsubj", "ROOT", "det", "amod", "compound", "attr", "punct"], {2: "be"})
    index = place_entities(person, WILLI, (4, 5, "Place", "Germany"))
    assert _facts(index) == {("Willi Schneider", "countryOfCitizenship", "Germany")}
    org = parse("Velka , a German weapons maker , grew .", [7, 0, 5, 5, 5, 0, 0, 7, 7],
                ["nsubj", "punct", "det", "amod", "compound", "appos", "punct", "ROOT", "punct"], {7: "grow"})
    index = place_entities(org, (0, 1, "Organization", "Velka"), (3, 4, "Place", "Germany"))
    assert _facts(index) == {("Velka", "country", "Germany")}


def test_a_name_after_is_is_an_identity_not_a_description() -> None:
    doc = parse("Velka is the German Harbour Union .", [1, 1, 5, 5, 5, 1, 1],
                ["nsubj", "ROOT", "det", "amod", "compound", "attr", "punct"], {1: "be"})
    index = place_entities(doc, (0, 1, "Organization", "Velka"), (3, 4, "Place", "Germany"),
                           (4, 6, "Organization", "Harbour Union"))
    assert _facts(index) == set()
