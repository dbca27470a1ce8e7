"""Faults and bad input: nothing crashes, nothing stored is lost, a rerun finishes the job."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import SAMPLES
from text2kg.cli import app
from text2kg.graph import open_store
from text2kg.graph.upkeep.summary import SUMMARY

pytestmark = pytest.mark.model
runner = CliRunner()


def corpus(path: Path, n: int) -> Path:
    texts = [json.loads(line)["text"] for line in (SAMPLES / "wire-briefs.jsonl").read_text(encoding="utf-8").splitlines()]
    texts.append((SAMPLES / "flood-relief-summit.txt").read_text(encoding="utf-8"))
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"id": f"doc-{i:03d}", "text": texts[i % len(texts)] + f" Report number {i}."}) + "\n")
    return path


def quads(folder: Path) -> set[str]:
    return {str(q) for q in open_store(folder).quads()}


def stored_graphs(folder: Path) -> set[str]:
    """The quads of the document graphs and the ontology: what a build writes, not what it
    derives (the summary's totals and ranks move as documents arrive)."""
    return {str(q) for q in open_store(folder).quads() if q.graph_name.value != SUMMARY.value}


def documents(folder: Path) -> int:
    rows = open_store(folder).query("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a t2k:Document }")
    return int(next(iter(rows))["n"].value)


def test_kill_9_during_a_build_then_a_rerun_gives_the_uninterrupted_graph(tmp_path: Path) -> None:
    source = corpus(tmp_path / "corpus.jsonl", 80)
    killed = tmp_path / "killed"
    build = [sys.executable, "-m", "text2kg", "build", str(source), "--store", str(killed), "--batch-size", "2"]
    process = subprocess.Popen(build, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        time.sleep(0.3)
        if killed.exists() and any(killed.iterdir()) and (killed / "text2kg-store").exists():
            try:
                if documents(killed) >= 5:
                    break
            except Exception:  # noqa: BLE001 - the store is being created
                continue
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored = documents(killed)
    assert 5 <= stored < 80, "the kill should land mid-build"
    assert open_store(killed).query("ASK { ?m a t2k:Mention }")  # it opens and answers
    rerun = subprocess.run(build, capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{stored} unchanged" in rerun.stdout
    clean = tmp_path / "clean"
    assert subprocess.run([*build[:6], str(clean), *build[7:]], capture_output=True, check=False).returncode == 0
    assert quads(killed) == quads(clean)


def test_bad_inputs_are_one_line_each_and_nothing_stored_is_lost(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    assert runner.invoke(app, ["build", str(SAMPLES / "tribunal-opens.md"), "--store", str(store)]).exit_code == 0
    before = stored_graphs(store)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("", encoding="utf-8")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (bad / "latin1.txt").write_bytes("Café crème, Zürich".encode("latin-1"))
    (bad / "huge.txt").write_text("Kumi Naidoo spoke in Geneva. " * 1_800_000, encoding="utf-8")  # 52 MB
    (bad / "nested.html").write_text("<div>" * 50_000 + "<p>Amnesty International met in Geneva.</p>", encoding="utf-8")
    (bad / "wire.jsonl").write_text('{"id": "ok", "text": "Jonas Berg joined the Harbour Workers Union."}\n{broken\n', encoding="utf-8")
    (tmp_path / "nothing").mkdir()
    result = runner.invoke(app, ["build", str(bad), str(tmp_path / "missing.txt"), str(tmp_path / "nothing"), "--store", str(store)])
    assert result.exit_code == 0, result.output
    messages = result.stderr.strip().splitlines()
    expected = {
        f"{bad / 'empty.txt'}: empty document",
        f"{bad / 'binary.txt'}: binary file, not text",
        f"{bad / 'latin1.txt'}: not UTF-8 text (byte 0xe9 at offset 3)",
        f"{bad / 'wire.jsonl'}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{tmp_path / 'missing.txt'}: no such file or folder",
    }
    assert expected <= {m.removeprefix("text2kg: ") for m in messages}
    assert any("huge.txt: too long to extract (52,200,000 characters" in m for m in messages)
    assert any("nothing: no documents found" in m for m in messages)
    assert all("Traceback" not in m for m in messages)
    assert "2 added" in result.stdout  # nested.html and the good JSONL line
    assert before <= stored_graphs(store)
