"""``text2kg query`` and ``queries`` on small hand-made graphs (no spaCy model)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import make_extraction
from tests.graph.helpers import load
from text2kg.cli import app
from text2kg.graph.stores.store import OxigraphStore

runner = CliRunner()
DOCS = [
    make_extraction("a.txt", "Kumi Naidoo met Ebrahim Raisi in Geneva.",
                    [("Person", "Kumi Naidoo", [], ["Kumi Naidoo"]), ("Person", "Ebrahim Raisi", ["Raisi"], ["Ebrahim Raisi"]),
                     ("Place", "Geneva", [], ["Geneva"])]),
    make_extraction("b.txt", "Kumi Naidoo spoke.", [("Person", "Kumi Naidoo", [], ["Kumi Naidoo"])]),
]


def invoke(*args: object):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def trig(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("graph") / "graph.trig"
    load(OxigraphStore(), *DOCS).dump(out)
    return out


def one_line_error(result, message: str) -> None:
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_misspelt_parameter_of_a_named_query_is_an_error_listing_the_known_ones(trig: Path) -> None:
    one_line_error(invoke("query", trig, "-n", "entity-evidence", "-p", "nme=Raisi"),
                   "entity-evidence has no parameter 'nme'; it takes: name")
    one_line_error(invoke("query", trig, "-n", "people-by-mentions", "-p", "name=Raisi"),
                   "people-by-mentions has no parameter 'name'; it takes none")


def test_a_required_parameter_cannot_be_left_out(trig: Path) -> None:
    one_line_error(invoke("query", trig, "-n", "entity-evidence"), "entity-evidence needs the parameter 'name'")


def test_an_optional_parameter_can_be_left_out(trig: Path) -> None:
    assert invoke("query", trig, "-n", "positions", "--format", "csv").exit_code == 0
    assert "positions [--param name=...]" in invoke("queries").stdout


def test_a_parameter_the_query_text_does_not_use_is_an_error(trig: Path) -> None:
    people = "SELECT DISTINCT ?name WHERE { ?p a t2k:Person ; rdfs:label ?name }"
    one_line_error(invoke("query", trig, people, "-p", "nme=Kumi Naidoo"), "the query has no variable ?nme to bind")
    rows = list(csv.DictReader(io.StringIO(invoke("query", trig, people, "-p", "name=Kumi Naidoo", "--format", "csv").stdout)))
    assert rows == [{"name": "Kumi Naidoo"}]


def test_a_summary_query_on_a_stale_store_warns_how_to_refresh(tmp_path: Path) -> None:
    from tests.graph.helpers import add_extraction
    from text2kg.graph.triples.iris import Iris
    from text2kg.graph.stores.source import open_store

    folder = tmp_path / "kg"
    with open_store(folder, writable=True, create=True) as store:
        load(store, DOCS[0])
    fresh = invoke("query", folder, "-n", "people-by-mentions", "--format", "csv")
    assert fresh.exit_code == 0 and fresh.stderr == ""
    with open_store(folder, writable=True) as store:
        add_extraction(store, DOCS[1], Iris())  # then the build died before refreshing the summary
    stale = invoke("query", folder, "-n", "people-by-mentions", "--format", "csv")
    assert stale.exit_code == 0
    assert stale.stderr.strip().splitlines() == [
        f"text2kg: the summary is out of date (a build or remove stopped before refreshing it), so the top-N "
        f"queries miss rows: run text2kg build --store {folder} to refresh it"]
    assert invoke("query", folder, "-n", "entity-evidence", "-p", "name=Raisi", "--format", "csv").stderr == ""  # no summary read
    refreshed = invoke("build", "--store", folder)
    assert refreshed.exit_code == 0, refreshed.output
    assert "0 added, 0 updated, 0 unchanged" in refreshed.stdout
    assert invoke("query", folder, "-n", "people-by-mentions", "--format", "csv").stderr == ""


def test_a_table_shortens_iris_against_the_graph_s_own_base(tmp_path: Path) -> None:
    from text2kg.graph.triples.iris import Iris
    from text2kg.graph.upkeep.corpus import Changes

    store, out = OxigraphStore(), tmp_path / "graph.trig"
    changes = Changes(store, Iris("https://example.org/kg/"))
    changes.add(DOCS[1])
    changes.finish()
    store.dump(out)
    shown = invoke("query", out, "SELECT ?p WHERE { ?p a t2k:Person }")
    assert shown.exit_code == 0, shown.output
    assert "person/kumi-naidoo" in shown.stdout and "example.org" not in shown.stdout  # the whole IRI before


def test_the_api_takes_the_command_line_s_parameters_and_formats(trig: Path) -> None:
    from text2kg import api

    people = "SELECT DISTINCT ?p ?name WHERE { ?p a t2k:Person ; rdfs:label ?name }"
    text = api.query(trig, people, params=["name=Kumi Naidoo"], fmt="tsv")
    assert text.splitlines()[1:] == ['<https://w3id.org/text2kg/id/person/kumi-naidoo>\t"Kumi Naidoo"']
    table = api.query(trig, people, params={"name": "Kumi Naidoo"}, fmt="table")
    assert table.shown() == [["person/kumi-naidoo", "Kumi Naidoo"]]
    assert api.query(trig, "ASK { ?s ?p ?o }", fmt="json") == '{"head":{},"boolean":true}'
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        api.query(trig, people, fmt="xml")
