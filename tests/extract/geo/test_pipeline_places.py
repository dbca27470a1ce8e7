"""Place linking end to end: the model reads the text, the records carry the identities."""

from __future__ import annotations

import pytest

from text2kg.extract.pipeline import extract
from text2kg.records import Document, entity_to_dict

pytestmark = pytest.mark.model

TEXT = ("DALLAS - Storms damaged farms around Paris and Tyler on Tuesday, officials in Texas said. "
        "The governor flew to Paris in the afternoon.")


def test_extraction_links_the_places_the_story_identifies(nlp) -> None:
    [found] = extract([Document("storm.txt", TEXT)], nlp)
    places = {e.label: e for e in found.entities if e.type == "Place"}
    assert places["Paris"].geonames_id == "4717560"  # Paris, Texas: the story is in Texas
    assert places["Texas"].region_code == "US-TX" and places["Texas"].lat is None
    assert places["Paris"].region == places["Texas"].id
    plain = entity_to_dict(places["Paris"])
    assert plain["geonames_id"] == "4717560" and plain["country_code"] == "US" and plain["lat"] == "33.66094"
