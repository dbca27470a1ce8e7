import pytest

from tests.extract.relations.helpers import facts, relations

pytestmark = pytest.mark.model


def test_birth_in_brackets_and_nationality(nlp) -> None:
    found = relations(facts(nlp, "Willi Schneider (born 13 March 1963 in Bucharest) is a German skeleton racer."))
    assert ("Willi Schneider", "dateOfBirth", "13 March 1963") in found
    assert ("Willi Schneider", "placeOfBirth", "Bucharest") in found
    assert ("Willi Schneider", "countryOfCitizenship", "Germany") in found


def test_a_chain_of_places_says_what_lies_in_what(nlp) -> None:
    found = relations(facts(nlp, "Heeney is a small town in Summit County, Colorado, United States."))
    assert ("Summit County", "locatedIn", "Colorado") in found
    assert ("Summit County", "country", "United States") in found
    assert ("Colorado", "country", "United States") in found


def test_a_list_of_countries_is_not_a_chain(nlp) -> None:
    found = relations(facts(nlp, "Delegations from Norway, Japan and Canada attended the talks."))
    assert not {p for _, p, _ in found} & {"locatedIn", "country", "containsPlace"}


def test_the_gazetteer_places_a_city_in_a_country_the_document_names(nlp) -> None:
    found = relations(facts(nlp, "Luan Bo trained in Harbin for years before she left China."))
    assert ("Harbin", "country", "China") in found
    assert ("Harbin", "locatedIn", "China") in found


def test_one_country_in_a_document_places_its_organisations_there_but_not_international_ones(nlp) -> None:
    found = relations(facts(nlp, "The Harbour Workers Union and Amnesty International met in Oslo, Norway."))
    assert ("Harbour Workers Union", "country", "Norway") in found
    assert not any(s == "Amnesty International" and p == "country" for s, p, _ in found)
    two = facts(nlp, "The Harbour Workers Union met in Oslo, Norway, and in Stockholm, Sweden.")
    assert not any(r.rule == "sole-country" for r in two.relations)  # the scorer may still weigh a nearby country


def test_event_year_and_place(nlp) -> None:
    found = relations(facts(nlp, "They called for the 1988 massacre in Iran to be recognised as genocide."))
    assert ("1988 massacre", "pointInTime", "1988") in found
    assert ("1988 massacre", "location", "Iran") in found


def test_places_the_gazetteer_puts_elsewhere_are_not_put_in_the_one_country_named(nlp) -> None:
    text = ("Lone Star Freight of Dallas, Texas, will buy Delta Haulage of Memphis, the companies said. "
            "The deal was backed by an Egyptian tycoon.")
    found = relations(facts(nlp, text))
    assert not any(p == "country" and o == "Egypt" for _, p, o in found), found
