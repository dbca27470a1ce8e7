from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SHARED
from text2kg.evaluate import evaluate_entities, read_gold

pytestmark = pytest.mark.model


def gold_line(text: str, mentions: list[tuple[str, str]]) -> str:
    entities = []
    for n, (surface, type_) in enumerate(mentions):
        start = text.index(surface)
        entities.append({"id": f"E{n}", "type": type_, "mentions": [
            {"start": start, "end": start + len(surface), "text": surface, "type": type_}]})
    return json.dumps({"id": "g1", "text": text, "entities": entities, "relations": []})


def test_scores_count_exact_spans_with_types(tmp_path: Path, nlp) -> None:
    text = "Kumi Naidoo led Amnesty International in London."
    path = tmp_path / "gold.jsonl"
    path.write_text(gold_line(text, [("Kumi Naidoo", "PER"), ("Amnesty International", "ORG"),
                                     ("London", "LOC"), ("led", "MISC")]) + "\n", encoding="utf-8")
    report = evaluate_entities(read_gold(path), nlp)
    figures = report.to_dict()
    assert figures["documents"] == 1
    assert figures["text2kg"]["all"]["tp"] == 3 and figures["text2kg"]["all"]["fn"] == 0
    assert figures["text2kg"]["PER"]["f1"] == 100.0


REDOCRED = SHARED / "data" / "redocred-dev.jsonl"


def test_ours_beats_the_bare_model_on_redocred(nlp) -> None:
    if not REDOCRED.is_file():
        pytest.skip("Re-DocRED dev is not present beside the project")
    report = evaluate_entities(read_gold(REDOCRED, limit=80), nlp)
    ours, bare = report.overall(report.ours), report.overall(report.spacy)
    assert ours.f1 > bare.f1 + 0.05
    assert ours.precision > bare.precision
