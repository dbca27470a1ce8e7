"""Membership rules (``text2kg.extract.relations.membership``) on hand-built parses."""

from __future__ import annotations

import pytest

from tests.extract.relations.handbuilt import flat, named, parse, place_entities
from text2kg.extract.relations.membership import find_memberships

JONAS = (0, 2, "Person", "Jonas Berg")


@pytest.mark.parametrize(
    ("words", "heads", "deps", "lemmas", "org", "expected"),
    [
        ("Jonas Berg joined the Harbour Workers Union .", [1, 2, 2, 6, 6, 6, 2, 2],
         ["compound", "nsubj", "ROOT", "det", "compound", "compound", "dobj", "punct"], {2: "join"},
         (4, 7, "Harbour Workers Union"), "memberOf"),
        ("Jonas Berg is a member of the Harbour Workers Union .", [1, 2, 2, 4, 2, 4, 9, 9, 9, 5, 2],
         ["compound", "nsubj", "ROOT", "det", "attr", "prep", "det", "compound", "compound", "pobj", "punct"],
         {2: "be"}, (7, 10, "Harbour Workers Union"), "memberOf"),
        ("Jonas Berg belongs to the Harbour Workers Union .", [1, 2, 2, 2, 7, 7, 7, 3, 2],
         ["compound", "nsubj", "ROOT", "prep", "det", "compound", "compound", "pobj", "punct"], {2: "belong"},
         (5, 8, "Harbour Workers Union"), "memberOf"),
        ("Jonas Berg works for the Meridian Agency .", [1, 2, 2, 2, 6, 6, 3, 2],
         ["compound", "nsubj", "ROOT", "prep", "det", "compound", "pobj", "punct"], {2: "work"},
         (5, 7, "Meridian Agency"), "employer"),
        ("Jonas Berg joined the Harbour Party .", [1, 2, 2, 5, 5, 2, 2],
         ["compound", "nsubj", "ROOT", "det", "compound", "dobj", "punct"], {2: "join"},
         (4, 6, "Harbour Party"), "politicalParty"),
    ],
)
def test_a_verb_or_a_member_noun_ties_a_person_to_an_organisation(words, heads, deps, lemmas, org, expected) -> None:
    index = place_entities(parse(words, heads, deps, lemmas), JONAS, (*org[:2], "Organization", org[2]))
    assert named(find_memberships(index.doc, index, []), index) == {("Jonas Berg", expected, org[2])}


def test_a_member_in_apposition_is_a_member() -> None:
    doc = parse("Jonas Berg , a member of the Union , spoke .", [1, 9, 1, 4, 1, 4, 7, 5, 1, 9, 9],
                ["compound", "nsubj", "punct", "det", "appos", "prep", "det", "pobj", "punct", "ROOT", "punct"],
                {9: "speak"})
    index = place_entities(doc, JONAS, (7, 8, "Organization", "Union"))
    assert named(find_memberships(doc, index, []), index) == {("Jonas Berg", "memberOf", "Union")}


def test_part_of_a_plain_noun_takes_the_first_organisation_inside_its_phrase() -> None:
    doc = parse("Velka is part of a coalition in the Harbour Council .", [1, 1, 1, 2, 5, 3, 5, 9, 9, 6, 1],
                ["nsubj", "ROOT", "attr", "prep", "det", "pobj", "prep", "det", "compound", "pobj", "punct"],
                {1: "be"})
    index = place_entities(doc, (0, 1, "Organization", "Velka"), (8, 10, "Organization", "Harbour Council"))
    assert named(find_memberships(doc, index, []), index) == {("Velka", "memberOf", "Harbour Council")}


def test_talking_to_a_member_is_not_membership() -> None:
    doc = parse("Raisi spoke to a member of the Death Committee .", [1, 1, 1, 4, 2, 4, 8, 8, 5, 1],
                ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "det", "compound", "pobj", "punct"], {1: "speak"})
    index = place_entities(doc, (0, 1, "Person", "Raisi"), (7, 9, "Organization", "Death Committee"))
    assert find_memberships(doc, index, []) == []


def test_only_a_person_has_an_employer() -> None:
    doc = parse("Velka works for the Meridian Agency .", [1, 1, 1, 5, 5, 2, 1],
                ["nsubj", "ROOT", "prep", "det", "compound", "pobj", "punct"], {1: "work"})
    index = place_entities(doc, (0, 1, "Organization", "Velka"), (4, 6, "Organization", "Meridian Agency"))
    assert find_memberships(doc, index, []) == []


def test_founding_passive_with_date_and_founder_and_active() -> None:
    passive = parse("The Meridian Agency was founded in 1998 by Samuel Osei .", [2, 2, 4, 4, 4, 4, 5, 4, 9, 7, 4],
                    ["det", "compound", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "agent", "compound", "pobj",
                     "punct"], {4: "found"})
    index = place_entities(passive, (1, 3, "Organization", "Meridian Agency"), (6, 7, "Date", "1998"),
                           (8, 10, "Person", "Samuel Osei"))
    assert named(find_memberships(passive, index, []), index) == {
        ("Meridian Agency", "inception", "1998"), ("Meridian Agency", "foundedBy", "Samuel Osei")}
    active = parse("Samuel Osei founded the Meridian Agency .", [1, 2, 2, 5, 5, 2, 2],
                   ["compound", "nsubj", "ROOT", "det", "compound", "dobj", "punct"], {2: "found"})
    index = place_entities(active, (0, 2, "Person", "Samuel Osei"), (4, 6, "Organization", "Meridian Agency"))
    assert named(find_memberships(active, index, []), index) == {("Meridian Agency", "foundedBy", "Samuel Osei")}


def test_a_job_title_with_an_organisation_is_an_employer_and_other_posts_are_not() -> None:
    doc = flat("Meridian Agency spokesman Jonas Berg and Meridian Agency chair Ida Ross spoke")
    index = place_entities(doc, (0, 2, "Organization", "Meridian Agency"), (3, 5, "Person", "Jonas Berg"),
                           (6, 8, "Organization", "Meridian Agency"), (9, 11, "Person", "Ida Ross"))
    org = "organization/Meridian Agency"
    positions = [{"person": "person/Jonas Berg", "role": "spokesman", "organization": org, "sentence": 0},
                 {"person": "person/Ida Ross", "role": "chair", "organization": org, "sentence": 0}]
    assert named(find_memberships(doc, index, positions), index) == {("Jonas Berg", "employer", "Meridian Agency")}


def test_an_organisation_named_after_another_of_the_document_is_part_of_it() -> None:
    doc = flat("U.N. Security Council and U.N. and UNESCO")
    index = place_entities(doc, (0, 3, "Organization", "U.N. Security Council"), (4, 5, "Organization", "U.N."),
                           (6, 7, "Organization", "UNESCO"))
    assert named(find_memberships(doc, index, []), index) == {("U.N. Security Council", "partOf", "U.N.")}
