"""``text2kg eval GOLD --places``: place linking against gold GeoNames ids."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from text2kg.cli import app

runner = CliRunner()
GOLD = Path(__file__).resolve().parents[1] / "eval" / "places" / "places.jsonl"


def test_places_gold_that_is_not_gold_fails_before_the_model_loads(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "Paris."}\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), "--places", "--model", "no_such_pipeline"])
    assert result.exit_code == 2
    assert "not a place gold document" in result.stderr


def test_places_goes_with_no_other_measure() -> None:
    result = runner.invoke(app, ["eval", str(GOLD), "--places", "--facts"])
    assert result.exit_code == 2 and "give one" in result.stderr


@pytest.mark.model
def test_places_prints_linking_and_end_to_end_accuracy(tmp_path: Path) -> None:
    out = tmp_path / "places.json"
    result = runner.invoke(app, ["eval", str(GOLD), "--places", "--limit", "3", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "Place linking (3 documents)" in result.stdout
    assert "linking, gold mentions" in result.stdout and "end to end" in result.stdout
    assert '"linkable_accuracy"' in out.read_text(encoding="utf-8")
