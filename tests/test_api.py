"""The Python API mirrors the command line: one call per command, and the command line
goes through it."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES, make_extraction
from tests.handmade import Handmade
from text2kg import api, build
from text2kg.graph.stores.store import OxigraphStore

CLI = ROOT / "src" / "text2kg" / "cli"


@pytest.mark.model
def test_build_then_query_and_open_as_rdflib(tmp_path: Path) -> None:
    report = api.build_graph([SAMPLES / "wire-briefs.jsonl"], store=tmp_path / "kg", output=tmp_path / "g.nq")
    assert sorted(report.added) == ["wire-2023-1009", "wire-2024-0412", "wire-2024-0415"]
    assert (tmp_path / "g.nq").stat().st_size > 0
    table = api.query(tmp_path / "kg", name="documents-mentioning", params={"name": "CPJ"})
    assert [row["document"] for row in table.values()] == ["wire-2024-0415"]
    dataset = api.open_graph(tmp_path / "g.nq")
    names = {str(r[0]) for r in dataset.query(
        "SELECT DISTINCT ?n WHERE { ?p a <https://w3id.org/text2kg/ns#Person> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?n }")}
    assert {"Jonas Berg", "Layla Haddad", "Samuel Osei"} <= names


@pytest.mark.model
def test_the_readme_python_examples_run(tmp_path: Path, monkeypatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    examples = [b for b in blocks if b.startswith("from text2kg import api")]
    assert len(examples) >= 2  # records first, then the graph
    shutil.copytree(SAMPLES, tmp_path / "samples")
    monkeypatch.chdir(tmp_path)
    for code in examples:
        exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - the README's own examples
    assert (tmp_path / "graph.html").is_file()


def test_query_needs_text_or_a_name(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        api.query(tmp_path, "SELECT * {}", name="events")


def test_a_build_counts_the_graph_it_wrote_without_reading_the_file_back(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(build, "make_extractor", Handmade)
    (tmp_path / "a.txt").write_text("Kumi Naidoo spoke.", encoding="utf-8")
    monkeypatch.setattr(OxigraphStore, "load", lambda *args: pytest.fail("the output file was read back"))
    built = api.build_graph([tmp_path / "a.txt"], output=tmp_path / "graph.trig")
    assert built.added == ["a.txt"]
    assert built.graph is not None and built.graph.documents == 1 and built.graph.entities["Person"] == 1
    with pytest.raises(api.StoreError, match="no such store to bring up to date"):
        api.build_graph([], store=tmp_path / "kg")


def test_a_build_with_nothing_new_still_says_what_the_graph_holds(monkeypatch, tmp_path: Path) -> None:
    """The README's example reads built.graph: a second run, with nothing new, must not crash it."""
    monkeypatch.setattr(build, "make_extractor", Handmade)
    (tmp_path / "a.txt").write_text("Kumi Naidoo spoke.", encoding="utf-8")
    api.build_graph([tmp_path / "a.txt"], store=tmp_path / "kg")
    again = api.build_graph([tmp_path / "a.txt"], store=tmp_path / "kg")
    assert again.added == [] and again.unchanged == ["a.txt"]
    assert again.graph is not None and again.graph.documents == 1


def test_every_exported_name_is_there() -> None:
    assert all(getattr(api, name) is not None for name in api.__all__)
    assert set(api.__all__) == set(api._HOME)


def test_every_exported_name_is_used_outside_the_api() -> None:
    """A name the api exports is there for the command line or a Python user (the README,
    the notebooks, the docs); one only the api's own modules call stays private to them."""
    readers = [*CLI.glob("*.py"), ROOT / "README.md", *(ROOT / "notebooks").glob("*.ipynb"), *(ROOT / "docs").rglob("*.md")]
    text = "\n".join(p.read_text(encoding="utf-8") for p in readers)
    unused = [name for name in api.__all__ if not re.search(rf"\b{name}\b", text)]
    assert unused == []


def test_the_commands_import_only_the_api_and_the_cli_modules() -> None:
    """The commands, and the module that prints for them, reach the library through the
    façade only: what they print is what the api returns, not figures of their own."""
    assert (CLI / "printing.py").is_file()
    for module in CLI.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [
                a.name for a in node.names] if isinstance(node, ast.Import) else []
            for name in names:
                if name == "text2kg":
                    assert {a.name for a in node.names} <= {"api"}, module.name  # type: ignore[union-attr]
                elif name.startswith("text2kg."):
                    assert name.startswith(("text2kg.api", "text2kg.cli")), f"{module.name} imports {name}"


def test_the_command_line_starts_without_spacy_or_networkx() -> None:
    loaded = subprocess.run([sys.executable, "-c", "import sys, text2kg.cli; "
                             "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'networkx'}))"],
                            capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]"


@pytest.mark.slow
def test_serve_answers_until_shut_down_and_leaves_no_copy_behind(tmp_path: Path) -> None:
    import json
    import threading
    import urllib.parse
    import urllib.request

    from tests.graph.helpers import load

    trig = tmp_path / "graph.trig"
    load(OxigraphStore(), make_extraction("a.txt", "Kumi Naidoo spoke.", [("Person", "Kumi Naidoo", [], ["Kumi Naidoo"])])).dump(trig)
    with api.serve(trig, port=0) as server:
        copy = Path(server._temporary)  # a file SOURCE is served from a store folder made for it
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        ask = urllib.parse.quote("ASK { ?p a <https://w3id.org/text2kg/ns#Person> }")
        request = urllib.request.Request(f"{server.url}sparql?query={ask}", headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert json.load(response)["boolean"] is True
        server.shutdown()
        thread.join(10)
    assert copy.is_dir() is False
