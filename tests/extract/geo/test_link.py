"""Place linking: which place a document's place names mean, decided from the document.

Every case is a sentence written for these tests; the entities are built by hand as
extraction would hand them over (one per name, every mention), so no model is needed.
"""

from __future__ import annotations

import re

import pytest

from text2kg.extract.geo import link_places
from text2kg.extract.geo.candidates import candidates
from text2kg.records import Entity, Mention


def places(text: str, *names: str, types: dict[str, str] | None = None) -> dict[str, Entity]:
    """The linked entities of ``text``, one per name, with a mention at each occurrence."""
    entities = []
    for name in names:
        spans = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]
        assert spans, name
        mentions = tuple(Mention("t", a, b, name, 0) for a, b in spans)
        entities.append(Entity(f"place/{name}", name, (types or {}).get(name, "Place"), mentions=mentions))
    return {e.label: e for e in link_places(entities, text)}


def ids(text: str, *names: str) -> dict[str, str | None]:
    return {name: e.geonames_id or e.region_code for name, e in places(text, *names).items()}


@pytest.mark.parametrize(("text", "names", "paris"), [
    ("Pilots flew from Paris to Nice on Friday.", ("Paris", "Nice"), "2988507"),
    ("Paris, in Lamar County, lies north-east of Dallas, Texas.", ("Paris", "Dallas", "Texas"), "4717560"),
    ("Paris welcomed the new law, a senator from Ohio said in the U.S. Capitol.", ("Paris", "Ohio", "U.S."), None),
])
def test_paris_is_decided_by_the_places_named_beside_it(text: str, names: tuple[str, ...], paris: str | None) -> None:
    assert ids(text, *names)["Paris"] == paris


@pytest.mark.parametrize(("text", "names", "georgia"), [
    ("Georgia's farmers met in Atlanta, and later in Macon.", ("Georgia", "Atlanta", "Macon"), "4197000"),
    ("Georgia's farmers met in Tbilisi and in Kutaisi.", ("Georgia", "Tbilisi", "Kutaisi"), "614540"),
    ("Georgia's farmers met on Monday.", ("Georgia",), None),
])
def test_georgia_the_state_the_country_or_undecided(text: str, names: tuple[str, ...], georgia: str | None) -> None:
    assert ids(text, *names)["Georgia"] == georgia


@pytest.mark.parametrize(("text", "names", "victoria"), [
    ("Floods reached Victoria after rain in Melbourne and across Australia.", ("Victoria", "Melbourne", "Australia"), "AU-VIC"),
    ("The ferry from Vancouver reached Victoria late, Canada's coast guard said.", ("Vancouver", "Victoria", "Canada"), "6174041"),
    ("The choir sang in Victoria last spring.", ("Victoria",), None),
])
def test_victoria_is_left_unlinked_when_nothing_says_which(text: str, names: tuple[str, ...], victoria: str | None) -> None:
    assert ids(text, *names)["Victoria"] == victoria


def test_washington_alone_is_the_capital_and_with_seattle_the_state() -> None:
    assert ids("WASHINGTON - The bill passed.", "WASHINGTON")["WASHINGTON"] == "4140963"
    assert ids("Rain fell in Seattle and across Washington.", "Seattle", "Washington")["Washington"] == "5815135"


@pytest.mark.parametrize(("name", "expected"), [
    ("Paris, Texas", "4717560"), ("Vienna, Austria", "2761369"), ("Washington, D.C.", "4140963"),
    ("London, Ontario", "6058560"), ("Columbia, Md.", "4352053"),
])
def test_a_name_qualified_after_a_comma_is_the_place_in_the_qualifier(name: str, expected: str) -> None:
    assert [c.key for c in candidates((name,))] == [expected]


@pytest.mark.parametrize(("name", "expected"), [
    ("Singapore", ["1880251"]),  # the country, not its city
    ("Berlin", ["2950159"]),  # a city of millions, not its state
    ("Oklahoma", ["4544379"]),  # the state: "Oklahoma" is only an alternate name of its city
    ("Quebec", ["CA-QC"]),  # a preference: the province
    ("New Delhi", ["1261481"]),  # not Delhi, which GeoNames also calls New Delhi
    ("NEW YORK", ["5128581"]),  # a dateline in capitals; the city, by preference
])
def test_one_place_of_several_forms_of_a_name(name: str, expected: list[str]) -> None:
    assert [c.key for c in candidates((name,))] == expected


def test_words_beside_a_name_say_which_kind_of_place_it_is() -> None:
    text = "Aid reached the province of Herat, and flights left Herat airport; ships crossed the Red Sea."
    found = ids(text, "Herat", "Red Sea")
    assert found == {"Herat": "AF-HER", "Red Sea": None}
    modifier = "She joined the Chicago law firm, then moved to Houston."
    assert ids(modifier, "Chicago", "Houston")["Chicago"] == "4887398"


def test_a_small_town_abroad_from_the_rest_of_the_story_is_left_unlinked() -> None:
    text = "Police flew from Virginia to St. Thomas, U.S. Virgin Islands, after the storm."
    found = ids(text, "Virginia", "St. Thomas", "U.S. Virgin Islands")
    assert found["St. Thomas"] is None and found["Virginia"] == "6254928"


def test_a_linked_place_carries_codes_coordinates_and_links_to_its_country_and_region() -> None:
    text = "Floods hit Austin, the capital of Texas, the worst in the United States this year."
    found = places(text, "Austin", "Texas", "United States")
    austin = found["Austin"]
    assert (austin.geonames_id, austin.country_code, austin.region_code) == ("4671654", "US", "US-TX")
    assert austin.lat == "30.26715" and austin.long == "-97.74306"
    assert austin.country == "place/United States" and austin.region == "place/Texas"
    assert found["Texas"].country == "place/United States" and found["Texas"].region is None
    assert found["United States"].country is None and found["United States"].lat is None


def test_only_places_are_linked() -> None:
    found = places("Chelsea beat Everton in London.", "Chelsea", "London", types={"Chelsea": "Organization"})
    assert found["Chelsea"].geonames_id is None and found["London"].geonames_id == "2643743"


def test_a_widely_known_city_outweighs_a_small_namesake() -> None:
    assert ids("Talks resumed in Geneva on Monday.", "Geneva")["Geneva"] == "2660646"  # not Geneva, Illinois


def test_a_place_named_after_another_and_a_comma_lies_in_it() -> None:
    text = "He served in Chicago and Washington, then at the embassy in Vienna, Austria."
    assert ids(text, "Chicago", "Washington", "Vienna", "Austria")["Vienna"] == "2761369"


def test_a_country_is_not_taken_for_a_city_it_is_an_alternate_name_of() -> None:
    text = "Envoys from Albania met officials in Washington, Chicago and Boston."
    assert ids(text, "Albania", "Washington", "Chicago", "Boston")["Albania"] == "783754"  # not Albany


def test_each_further_place_in_a_country_counts_a_little() -> None:
    text = "London, Ontario - The plant closes, union leaders in Toronto and Hamilton said, and Canada must act."
    assert ids(text, "London", "Toronto", "Hamilton", "Canada")["London"] == "6058560"
    assert ids("London and Toronto were busy.", "London", "Toronto")["London"] is None
