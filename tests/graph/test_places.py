"""Linked places in the graph: triples, summary, networkx attributes and shapes."""

from __future__ import annotations

import dataclasses

from tests.conftest import make_extraction
from tests.graph.helpers import IRIS, load, rows
from text2kg.graph.analysis.network import to_networkx
from text2kg.graph.stores.store import OxigraphStore
from text2kg.graph.stores.validate import validate_store
from text2kg.graph.triples.rdf import document_triples

AUSTIN = dict(geonames_id="4671654", country_code="US", region_code="US-TX", lat="30.26715", long="-97.74306")
TEXAS = dict(geonames_id="4736286", country_code="US", region_code="US-TX")


def linked(doc_id: str, text: str, names: list[str], identities: dict[str, dict]):
    """A hand-made extraction whose places carry the given identities."""
    base = make_extraction(doc_id, text, [("Place", n, [], [n]) for n in names])
    entities = tuple(dataclasses.replace(e, **identities.get(e.label, {})) for e in base.entities)
    return dataclasses.replace(base, entities=entities)


DOC = linked("a.txt", "Rain fell on Austin in Texas.", ["Austin", "Texas"],
             {"Austin": {**AUSTIN, "region": "place/Texas", "country": "place/United States"}, "Texas": TEXAS})


def test_a_linked_place_is_written_with_its_identity_and_links_only_to_entities_of_the_document() -> None:
    written = {(s.value.rsplit("/", 1)[-1], p.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1], getattr(o, "value", o))
               for s, p, o in document_triples(DOC, IRIS)}
    assert ("austin", "sameAs", "https://sws.geonames.org/4671654/") in written
    assert {("austin", "geonamesId", "4671654"), ("austin", "countryCode", "US"), ("austin", "regionCode", "US-TX"),
            ("austin", "lat", "30.26715"), ("austin", "long", "-97.74306")} <= written
    assert ("austin", "locatedIn", IRIS.entity("Place", "Texas").value) in written
    assert not any(p == "country" for s, p, o in written)  # the United States is not named in the text
    assert not any(s == "texas" and p in ("lat", "long") for s, p, o in written)


def test_the_summary_and_the_network_carry_ids_and_coordinates_for_a_map() -> None:
    store = load(OxigraphStore(), DOC)
    found = rows(store, """SELECT ?label ?id ?lat ?long ?same WHERE { GRAPH t2k:summary {
        ?e skos:prefLabel ?label ; t2k:geonamesId ?id ; owl:sameAs ?same OPTIONAL { ?e geo:lat ?lat ; geo:long ?long } } }
        ORDER BY ?label""")
    assert [(r["label"], r["id"], r["lat"]) for r in found] == [("Austin", "4671654", "30.26715"), ("Texas", "4736286", None)]
    nodes = to_networkx(store).nodes
    austin = nodes[IRIS.entity("Place", "Austin").value]
    assert (austin["geonames"], austin["lat"], austin["long"]) == ("4671654", 30.26715, -97.74306)
    assert "lat" not in nodes[IRIS.entity("Place", "Texas").value]


def test_the_summary_leaves_out_a_place_documents_link_differently() -> None:
    other = linked("b.txt", "Storms hit Austin.", ["Austin"],
                   {"Austin": dict(geonames_id="4254679", country_code="US", lat="30.1", long="-97.1")})
    store = load(OxigraphStore(), DOC, other)
    ids = rows(store, "SELECT ?id WHERE { GRAPH t2k:summary { ?e t2k:geonamesId ?id } }")
    assert [r["id"] for r in ids] == ["4736286"]  # Texas only


def test_linked_places_conform_and_two_coordinates_on_one_place_do_not() -> None:
    store = load(OxigraphStore(), DOC)
    assert validate_store(store).conforms
    store.update('INSERT DATA { GRAPH <https://w3id.org/text2kg/id/doc/a.txt> { '
                 '<https://w3id.org/text2kg/id/place/austin> geo:lat "31.0"^^xsd:decimal } }')
    report = validate_store(store)
    assert not report.conforms and "lat" in report.text


def test_a_coordinate_that_is_not_a_decimal_breaks_the_shapes() -> None:
    store = load(OxigraphStore(), linked("c.txt", "Austin.", ["Austin"], {"Austin": {**AUSTIN, "lat": "north"}}))
    assert not validate_store(store).conforms


def test_the_readme_query_joins_a_local_wikidata_copy_by_geonames_id() -> None:
    """The README's join, with its SERVICE block run on a few Wikidata triples loaded
    beside the graph (as a user with their own copy of Wikidata would)."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    query = readme[readme.index("# The population and Wikidata item"):]
    query = query[: query.index("```")]
    query = query.replace("SERVICE <https://query.wikidata.org/sparql> {     # or your own Wikidata endpoint", "{")
    store = load(OxigraphStore(), DOC)
    store.update('INSERT DATA { <http://www.wikidata.org/entity/Q16559> '
                 '<http://www.wikidata.org/prop/direct/P1566> "4671654" ; '
                 '<http://www.wikidata.org/prop/direct/P1082> 961855 }')
    found = rows(store, query)
    assert [(r["name"], r["item"], r["population"]) for r in found] == [
        ("Austin", "http://www.wikidata.org/entity/Q16559", "961855")]
