"""Scoring place linking against gold GeoNames ids (``text2kg eval --places``)."""

from __future__ import annotations

import json

import pytest

from text2kg.evaluate.gold import GoldFormatError
from text2kg.evaluate.places import evaluate_places, read_place_gold
from text2kg.records import Entity, Extraction, Mention

TEXT = "Storms hit Paris and Dallas, Texas. The choir sang in Victoria."  # Texas says which Victoria


def gold_line(**changes) -> str:
    places = [
        {"start": 11, "end": 16, "text": "Paris", "gold": "4717560", "ambiguous": True},
        {"start": 21, "end": 27, "text": "Dallas", "gold": "4684888", "ambiguous": True},
        {"start": 29, "end": 34, "text": "Texas", "gold": "4736286", "ambiguous": False},
        {"start": 54, "end": 62, "text": "Victoria", "gold": "4739157", "ambiguous": True},
    ]
    return json.dumps({"id": "own-1", "text": TEXT, "places": places, **changes})


def test_linking_is_scored_on_the_gold_mentions(tmp_path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(gold_line() + "\n", encoding="utf-8")
    report = evaluate_places(read_place_gold(path)).to_dict()
    assert report["linking"] == {"mentions": 4, "accuracy": 1.0, "ambiguous": 3, "ambiguous_accuracy": 1.0,
                                 "linkable": 4, "linkable_accuracy": 1.0, "misses": []}
    assert "end_to_end" not in report


def test_end_to_end_a_mention_takes_the_identity_of_the_place_found_over_it(tmp_path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(gold_line() + "\n", encoding="utf-8")

    def extract(documents):  # a pipeline that found "Dallas, Texas" as one place and missed Paris
        doc = documents[0]
        dallas = Entity("place/Dallas", "Dallas, Texas", "Place", mentions=(Mention(doc.id, 21, 34, "Dallas, Texas", 0),),
                        geonames_id="4684888")
        return [Extraction(doc, entities=(dallas,))]

    tally = evaluate_places(read_place_gold(path), extract).to_dict()["end_to_end"]
    assert tally["mentions"] == 4 and tally["accuracy"] == 0.25  # Dallas only
    assert [(m["text"], m["given"]) for m in tally["misses"]] == [("Paris", None), ("Texas", "4684888"), ("Victoria", None)]


def test_a_place_whose_offsets_miss_its_text_is_a_format_error(tmp_path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(gold_line(text=TEXT.replace("Paris", "Lyons")) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=":1: a place's offsets"):
        read_place_gold(path)
    path.write_text('{"id": "x", "text": "y"}\n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match="not a place gold document"):
        read_place_gold(path)


def test_the_shipped_gold_reads_and_links_above_the_target() -> None:
    from pathlib import Path

    gold = Path(__file__).resolve().parents[2] / "eval" / "places" / "places.jsonl"
    documents = read_place_gold(gold)
    assert sum(len(d.places) for d in documents) >= 200
    assert evaluate_places(documents).linking.to_dict()["accuracy"] >= 0.95
