"""Organisations' names cut in two by the model, joined again (``text2kg.extract.joins``)."""

import pytest
import spacy
from spacy.tokens import Doc, Span

from text2kg.extract.joins import join_cut_names

ORG_WORDS = frozenset({"bureau", "agency", "center"})
MISSIONS = frozenset({"mission", "embassy", "delegation"})
POSTS = frozenset({"director", "president"})


def _join(words: list[str], spans: list[tuple[int, int, str]]) -> list[str]:
    doc = Doc(spacy.blank("en").vocab, words=words)
    made = [Span(doc, start, end, label=label) for start, end, label in spans]
    return [s.text for s in join_cut_names(made, ORG_WORDS, MISSIONS, POSTS)]


@pytest.mark.parametrize(
    ("words", "spans", "expected"),
    [
        (["Bureau", "of", "Upland", "and", "Coastal", "Affairs"], [(0, 3, "ORG"), (4, 6, "ORG")],
         "Bureau of Upland and Coastal Affairs"),
        (["Permanent", "Mission", "of", "Ruritania", "to", "the", "Dalmor", "League"], [(0, 4, "ORG"), (6, 8, "ORG")],
         "Permanent Mission of Ruritania to the Dalmor League"),
        (["Ruritanian", "Embassy", "Velka"], [(0, 2, "ORG"), (2, 3, "GPE")], "Ruritanian Embassy Velka"),
        (["the", "Director", "'s", "Harbour", "Advisory", "Committee"], [(3, 6, "ORG")], "Director 's Harbour Advisory Committee"),
        (["Ruritanian", "Mission", "in", "the", "Velka", "Valley"], [(0, 2, "ORG"), (4, 6, "LOC")],
         "Ruritanian Mission in the Velka Valley"),
        (["Ada", "Ross", "Center", "for", "the", "Folk", "Arts"], [(0, 3, "PERSON"), (5, 7, "ORG")],
         "Ada Ross Center for the Folk Arts"),
    ],
)
def test_parts_of_one_organisations_name_are_joined(words, spans, expected) -> None:
    assert _join(words, spans) == [expected]


def test_two_organisations_and_a_place_after_in_stay_apart() -> None:
    words = ["Halden", "Trust", "and", "Orvik", "Group", "in", "Velka"]
    assert _join(words, [(0, 2, "ORG"), (3, 5, "ORG"), (6, 7, "GPE")]) == ["Halden Trust", "Orvik Group", "Velka"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Velka", ",", "VR"], ["Velka, VR"]),  # the gazetteer knows the whole name
        (["VELKA", ",", "VR"], ["VELKA, VR"]),  # in capitals, as a dateline writes it
        (["Velka", ",", "Orvik"], ["Velka", "Orvik"]),  # two places in a list
    ],
)
def test_a_place_and_its_comma_part_are_one_name_the_gazetteer_knows(words, expected) -> None:
    from text2kg.extract.joins import join_places

    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[False, True, False])
    spans = [Span(doc, 0, 1, label="GPE"), Span(doc, 2, 3, label="GPE")]
    assert [s.text for s in join_places(spans, {"Velka, VR", "Velka", "Orvik"})] == expected


@pytest.mark.parametrize(
    ("words", "spans", "expected"),
    [
        # an organisation "of" a field, "and" the rest of the field
        (["Central", "Agency", "of", "Marine", "and", "Polar", "Studies"], [(0, 4, "ORG"), (5, 7, "ORG")],
         ["Central Agency of Marine and Polar Studies"]),
        # ... or "on" a field and a list of the rest
        (["Bureau", "on", "Fisheries", ",", "Forests", ",", "and", "Mines"], [(0, 3, "ORG"), (7, 8, "ORG")],
         ["Bureau on Fisheries , Forests , and Mines"]),
        # ... even where the model dropped the last word of the field
        (["Bureau", "on", "Fisheries", ",", "Forests", ",", "and", "Mines", "met"], [(0, 3, "ORG")],
         ["Bureau on Fisheries , Forests , and Mines"]),
        (["Bureau", "on", "Fisheries", ",", "FBI", "and", "Mines"], [(0, 3, "ORG")], ["Bureau on Fisheries"]),
        # ... but not a name of its own after "and"
        (["Agency", "of", "Velka", "and", "FBI"], [(0, 3, "ORG"), (4, 5, "ORG")], ["Agency of Velka", "FBI"]),
        # cut after "of", before "the", and joined as often as it was cut
        (["Relief", "Mission", "in", "the", "Republic", "of", "the", "Velka"],
         [(0, 2, "ORG"), (4, 6, "GPE"), (7, 8, "GPE")], ["Relief Mission in the Republic of the Velka"]),
        # the office of a post: the post's last word belongs to the name
        (["Office", "of", "the", "Harbour", "Director", "said"], [(0, 4, "ORG")], ["Office of the Harbour Director"]),
    ],
)
def test_names_cut_more_than_the_simple_way(words, spans, expected) -> None:
    assert [s for s in _join(words, spans)] == expected


def test_a_mission_is_joined_to_where_it_is_sent_once() -> None:
    words = ["Mission", "of", "Velka", "to", "the", "Dalmor", "League", "in", "Orvik"]
    assert _join(words, [(0, 3, "ORG"), (5, 7, "ORG"), (8, 9, "GPE")]) == ["Mission of Velka to the Dalmor League", "Orvik"]
