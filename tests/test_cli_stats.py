"""``text2kg stats --write-back``: where the scores go and under which base IRI, on graphs
built from hand-made records (no spaCy model)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.handmade import Handmade
from text2kg import build
from text2kg.cli import app
from text2kg.graph import open_store

runner = CliRunner()
PEOPLE = {"a.txt": [("Person", "Kumi Naidoo", [], ["Kumi Naidoo"]), ("Place", "Geneva", [], ["Geneva"])],
          "b.txt": [("Person", "Kumi Naidoo", [], ["Kumi Naidoo"]), ("Person", "Ebrahim Raisi", [], ["Ebrahim Raisi"])]}


@pytest.fixture()
def articles(monkeypatch, tmp_path: Path) -> Path:
    monkeypatch.setattr(build, "make_extractor", partial(Handmade, by_id=PEOPLE))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Kumi Naidoo spoke in Geneva.", encoding="utf-8")
    (folder / "b.txt").write_text("Kumi Naidoo met Ebrahim Raisi.", encoding="utf-8")
    return folder


def invoke(*args: object):
    return runner.invoke(app, [str(a) for a in args])


def one_line_error(result, message: str) -> None:
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def score_graphs(source: Path) -> set[str]:
    rows = open_store(source).query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?e t2k:pageRank ?r ; t2k:community ?c } }")
    return {row["g"].value for row in rows}


def test_write_back_never_writes_over_an_input_file(articles: Path, tmp_path: Path) -> None:
    trig = tmp_path / "graph.trig"
    assert invoke("build", articles, "-o", trig).exit_code == 0
    before = trig.read_bytes()
    one_line_error(invoke("stats", trig, "--write-back"), f"{trig}: an input file is not written over")
    one_line_error(invoke("stats", trig, "--write-back", "-o", trig), f"{trig}: is the input file")
    assert trig.read_bytes() == before  # it used to be rewritten in place
    scored = tmp_path / "out" / "scored.trig"
    result = invoke("stats", trig, "--write-back", "-o", scored)
    assert result.exit_code == 0, result.output
    assert f"for 3 entities to {scored}" in " ".join(result.stdout.split())
    assert trig.read_bytes() == before
    assert score_graphs(scored) == {"https://w3id.org/text2kg/id/graph/analysis"}
    one_line_error(invoke("stats", trig, "-o", scored), "-o goes with --write-back")


def test_write_back_and_remove_use_the_base_the_graph_was_built_with(articles: Path, tmp_path: Path) -> None:
    store = tmp_path / "kg"
    assert invoke("build", articles, "--store", store, "--base", "https://example.org/kg/").exit_code == 0
    result = invoke("stats", store, "--write-back")
    assert result.exit_code == 0, result.output
    assert score_graphs(store) == {"https://example.org/kg/graph/analysis"}  # not the default base's
    removed = invoke("remove", "a.txt", "--store", store)
    assert removed.exit_code == 0 and removed.stdout.strip() == "removed a.txt", removed.output


def test_write_back_from_a_store_to_a_file_leaves_the_store_as_it_was(articles: Path, tmp_path: Path) -> None:
    store = tmp_path / "kg"
    assert invoke("build", articles, "--store", store).exit_code == 0
    before = {str(q) for q in open_store(store).quads()}
    scored = tmp_path / "scored.nq"
    assert invoke("stats", store, "--write-back", "-o", scored, "--no-communities").exit_code == 0
    assert {str(q) for q in open_store(store).quads()} == before
    assert score_graphs(scored) == {"https://w3id.org/text2kg/id/graph/analysis"}


def test_stats_ranks_the_central_entities_and_groups_the_communities(articles: Path, tmp_path: Path) -> None:
    from text2kg import api

    trig = tmp_path / "graph.trig"
    assert invoke("build", articles, "-o", trig).exit_code == 0
    stats = api.stats(trig)
    central = stats.most_central(2)
    assert [label for label, _ in central] == ["Kumi Naidoo", "Ebrahim Raisi"]  # equal ranks: by name
    assert central[0][1] > central[1][1] > 0
    (community,) = stats.communities()
    assert community.number == 0 and community.members == ["Kumi Naidoo", "Ebrahim Raisi", "Geneva"]
    assert api.stats(trig, communities=False).communities() == []
