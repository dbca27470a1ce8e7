"""Every named query, on a small graph whose answers we know."""

from __future__ import annotations

import dataclasses

import pytest

from tests.conftest import make_extraction
from tests.graph.helpers import load
from text2kg.api import query
from text2kg.graph import QueryError, named_queries, named_query
from text2kg.graph.stores.store import OxigraphStore
from text2kg.records import Position, Relation

OPED = make_extraction(
    "oped.txt",
    "Raisi was part of the Death Committee in 1988. Kumi Naidoo, secretary-general of Amnesty International, "
    "spoke. The 1988 massacre shocked Amnesty International. Raisi denied the 1988 massacre.",
    [
        ("Person", "Ebrahim Raisi", ["Raisi"], ["Raisi", "Raisi"]),
        ("Organization", "Death Committee", [], ["Death Committee"]),
        ("Person", "Kumi Naidoo", [], ["Kumi Naidoo"]),
        ("Organization", "Amnesty International", [], ["Amnesty International", "Amnesty International"]),
        ("Event", "1988 massacre", [], ["1988 massacre", "1988 massacre"]),
        ("Date", "1988", [], ["1988"]),
        ("Place", "Iran", [], []),
    ],
    title="Op-ed", date="2021-09-03", **{"value:1988": "1988"},
)
OTHER = make_extraction("other.txt", "Kumi Naidoo visited Geneva.",
                        [("Person", "Kumi Naidoo", [], ["Kumi Naidoo"]), ("Place", "Geneva", [], ["Geneva"])])
OPED = dataclasses.replace(
    OPED,
    relations=(
        Relation("person/Ebrahim Raisi", "memberOf", "organization/Death Committee", 0, "membership-part-of", 0.9),
        Relation("event/1988 massacre", "pointInTime", "date/1988", 2, "event-year", 0.9),
        Relation("event/1988 massacre", "location", "place/Iran", 2, "event-place", 0.7),
        Relation("event/1988 massacre", "participant", "person/Ebrahim Raisi", 3, "event-participant", 0.7),
    ),
    positions=(Position("person/Kumi Naidoo", "secretary-general", 1, "position-appositive", 0.9,
                        "organization/Amnesty International", "2018", "2020", "former"),
               Position("person/Ebrahim Raisi", "president", 3, "position-title", 0.9)),
)


@pytest.fixture(scope="module")
def store():
    return load(OxigraphStore(), OPED, OTHER)


def run(store, query_name: str, **params) -> list[dict]:
    return query(store, name=query_name, params=params).values()


def test_people_by_mentions(store) -> None:
    assert [(r["name"], r["mentions"], r["documents"]) for r in run(store, "people-by-mentions")] == [
        ("Ebrahim Raisi", "2", "1"), ("Kumi Naidoo", "2", "2"),
    ]


def test_organisations_and_members(store) -> None:
    got = [(r["name"], r["memberName"], r["post"]) for r in run(store, "organisations-and-members")]
    assert got == [("Amnesty International", "Kumi Naidoo", "secretary-general"),
                   ("Death Committee", "Ebrahim Raisi", None)]


def test_positions(store) -> None:
    assert [(r["personName"], r["post"]) for r in run(store, "positions")] == [
        ("Ebrahim Raisi", "president"), ("Kumi Naidoo", "secretary-general")]
    (row,) = run(store, "positions", name="Kumi Naidoo")
    assert (row["personName"], row["post"], row["where"], row["start"], row["end"], row["qualifier"]) == (
        "Kumi Naidoo", "secretary-general", "Amnesty International", "2018", "2020", "former")
    assert row["evidence"].startswith("Kumi Naidoo, secretary-general of Amnesty International")


def test_positions_of_one_person_by_alias(store) -> None:
    assert [(r["personName"], r["post"], r["where"]) for r in run(store, "positions", name="Raisi")] == [
        ("Ebrahim Raisi", "president", None)]
    assert run(store, "positions", name="Nobody") == []


def test_events(store) -> None:
    (row,) = run(store, "events")
    assert (row["name"], row["date"], row["places"], row["participants"], row["mentions"]) == (
        "1988 massacre", "1988", "Iran", "Ebrahim Raisi", "2")


def test_entity_evidence_by_alias(store) -> None:
    got = [(r["document"], r["text"]) for r in run(store, "entity-evidence", name="Raisi")]
    assert got == [
        ("oped.txt", "Raisi was part of the Death Committee in 1988."),
        ("oped.txt", "Raisi denied the 1988 massacre."),
    ]


def test_co_mentioned(store) -> None:
    pairs = {(r["aName"], r["bName"]): r["sentences"] for r in run(store, "co-mentioned")}
    assert pairs[("1988 massacre", "Amnesty International")] == "1"
    assert ("Death Committee", "Ebrahim Raisi") in pairs or ("Ebrahim Raisi", "Death Committee") in pairs
    assert all(a != b for a, b in pairs)


def test_documents_mentioning(store) -> None:
    got = [(r["document"], r["title"], r["mentions"]) for r in run(store, "documents-mentioning", name="Kumi Naidoo")]
    assert sorted(got) == [("oped.txt", "Op-ed", "1"), ("other.txt", None, "1")]


def test_every_named_query_is_tested_and_documented() -> None:
    tests = [name.replace("_", "-") for name in globals() if name.startswith("test_")]
    assert [q for q in named_queries() if not any(t.startswith(f"test-{q}") for t in tests)] == []
    for q in named_queries().values():
        assert q.description and q.text.lstrip().startswith("#")


def test_parameters_cannot_inject_sparql(store) -> None:
    evil = 'x" } } ; DROP ALL ; SELECT * { ?s ?p "'
    assert run(store, "entity-evidence", name=evil) == []
    assert run(store, "people-by-mentions")  # nothing was dropped


def test_an_unknown_name_lists_the_queries() -> None:
    with pytest.raises(QueryError, match="there are: co-mentioned"):
        named_query("people")


def test_every_declared_parameter_is_a_variable_of_its_query() -> None:
    from text2kg.graph.stores.sparql import check_variables

    for q in named_queries().values():
        check_variables(q.text, q.params)
    assert named_query("positions").required == []
    assert named_query("entity-evidence").required == ["name"]


def test_an_unknown_or_missing_parameter_is_an_error(store) -> None:
    with pytest.raises(QueryError, match="no parameter 'nme'; it takes: name"):
        run(store, "documents-mentioning", nme="Kumi Naidoo")
    with pytest.raises(QueryError, match="needs the parameter 'name'"):
        run(store, "documents-mentioning")


def test_facts_surest_first_and_cut_at_a_chosen_confidence(store) -> None:
    every = [(r["subjectName"], r["fact"], r["objectName"], r["confidence"]) for r in run(store, "facts")]
    assert every == [("1988 massacre", "pointInTime", "1988", "0.9"), ("Ebrahim Raisi", "memberOf", "Death Committee", "0.9"),
                     ("1988 massacre", "location", "Iran", "0.7"), ("1988 massacre", "participant", "Ebrahim Raisi", "0.7")]
    sure = run(store, "facts", minConfidence="0.8")
    assert [(r["fact"], r["confidence"]) for r in sure] == [("pointInTime", "0.9"), ("memberOf", "0.9")]
    about = run(store, "facts", name="Raisi", minConfidence="0.8")  # an alias, as subject or object
    assert [(r["subjectName"], r["fact"], r["objectName"]) for r in about] == [("Ebrahim Raisi", "memberOf", "Death Committee")]
    assert about[0]["evidence"].startswith("Raisi was part of the Death Committee")
