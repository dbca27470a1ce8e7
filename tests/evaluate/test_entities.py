from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SHARED
from text2kg import api
from text2kg.evaluate import evaluate_entities, read_gold
from text2kg.extract import model
from text2kg.extract.options import ExtractOptions


def gold_line(text: str, mentions: list[tuple[str, str]]) -> str:
    entities = []
    for n, (surface, type_) in enumerate(mentions):
        start = text.index(surface)
        entities.append({"id": f"E{n}", "type": type_, "mentions": [
            {"start": start, "end": start + len(surface), "text": surface, "type": type_}]})
    return json.dumps({"id": "g1", "text": text, "entities": entities, "relations": []})


@pytest.fixture()
def short_blank(monkeypatch, blank):
    """The blank pipeline in place of every model, let take only 100 characters (as a
    pipeline loaded elsewhere might be); its limit restored afterwards."""
    monkeypatch.setattr(model, "load_pipeline", lambda name=None: blank)
    blank.max_length = 100
    yield blank
    blank.max_length = 1_000_000


def test_the_scorer_reads_documents_as_long_as_the_options_let_through(tmp_path: Path, short_blank) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(gold_line("Ada Roe spoke. " + "It rained all day. " * 20, [("Ada Roe", "PER")]) + "\n", encoding="utf-8")
    report = evaluate_entities(read_gold(path), ExtractOptions(max_chars=1_000))  # spaCy's E088 before
    assert report.documents == 1 and report.to_dict()["text2kg"]["all"]["fn"] == 1  # a blank pipeline finds no one
    assert api.evaluate(path).documents == 1  # the api's default limit, not the pipeline's


@pytest.mark.model
def test_scores_count_exact_spans_with_types(tmp_path: Path, nlp) -> None:
    text = "Kumi Naidoo led Amnesty International in London."
    path = tmp_path / "gold.jsonl"
    path.write_text(gold_line(text, [("Kumi Naidoo", "PER"), ("Amnesty International", "ORG"),
                                     ("London", "LOC"), ("led", "MISC")]) + "\n", encoding="utf-8")
    report = evaluate_entities(read_gold(path))
    figures = report.to_dict()
    assert figures["documents"] == 1
    assert figures["text2kg"]["all"]["tp"] == 3 and figures["text2kg"]["all"]["fn"] == 0
    assert figures["text2kg"]["PER"]["f1"] == 100.0


REDOCRED = SHARED / "data" / "redocred-dev.jsonl"


@pytest.mark.model
def test_ours_beats_the_bare_model_on_redocred(nlp) -> None:
    if not REDOCRED.is_file():
        pytest.skip("Re-DocRED dev is not present beside the project")
    report = evaluate_entities(read_gold(REDOCRED, limit=80))
    ours, bare = report.overall(report.ours), report.overall(report.spacy)
    assert ours.f1 > bare.f1 + 0.05
    assert ours.precision > bare.precision
