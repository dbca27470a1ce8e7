"""What a build keeps: facts scored at least --min-confidence."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.conftest import make_extraction
from text2kg.extract.options import ExtractOptions
from text2kg.extract.scoring import default_threshold, keep_confident
from text2kg.records import Relation

PLACES = [("Place", "Dallas", [], ["Dallas"]), ("Place", "Texas", [], ["Texas"]), ("Place", "Egypt", [], ["Egypt"])]


def _extraction():
    extraction = make_extraction("d", "Dallas is in Texas. Egypt.", PLACES)
    ids = {e.label: e.id for e in extraction.entities}
    return replace(extraction, relations=(
        Relation(ids["Dallas"], "locatedIn", ids["Texas"], 0, "near-place", 0.9),
        Relation(ids["Dallas"], "country", ids["Egypt"], 0, "near-country", 0.05),
    ))


def test_a_threshold_drops_the_facts_scored_below_it() -> None:
    kept = keep_confident(_extraction(), 0.5)
    assert [r.rule for r in kept.relations] == ["near-place"]
    assert len(keep_confident(_extraction(), 0.0).relations) == 2
    assert keep_confident(_extraction(), 0.95).relations == ()


def test_the_default_applies_the_scorers_threshold_to_relations_only() -> None:
    kept = keep_confident(_extraction())
    assert all(r.confidence >= default_threshold() for r in kept.relations)
    assert kept.entities == _extraction().entities


def test_a_confidence_is_a_probability() -> None:
    with pytest.raises(ValueError, match="probability"):
        ExtractOptions(min_confidence=1.5)
