"""The graph commands end to end: build, query, remove, validate, stats, ontology."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import SAMPLES, SHARED
from text2kg.cli import app

runner = CliRunner()
pytestmark = pytest.mark.model


def invoke(*args: str):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def trig(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("graph") / "graph.trig"
    result = invoke("build", SAMPLES, "-o", out)
    assert result.exit_code == 0, result.output
    assert "6 added" in result.stdout
    return out


def test_build_query_validate_and_stats_on_a_file(trig: Path) -> None:
    people = invoke("query", trig, "--name", "people-by-mentions", "--format", "csv")
    assert people.exit_code == 0
    names = [row["name"] for row in csv.DictReader(io.StringIO(people.stdout))]
    assert {"Viktor Halden", "Layla Haddad", "Amara Okafor"} <= set(names)
    assert invoke("validate", trig).exit_code == 0
    stats = invoke("stats", trig)
    assert stats.exit_code == 0 and "6 documents" in stats.stdout


def test_query_with_a_parameter_and_json(trig: Path) -> None:
    import json

    result = invoke("query", trig, "-n", "documents-mentioning", "-p", "name=HRW", "--format", "json")
    bindings = json.loads(result.stdout)["results"]["bindings"]
    assert [b["document"]["value"] for b in bindings] == ["tribunal-opens.md"]


def test_turtle_output_merges_graphs_and_still_answers(tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    assert invoke("build", SAMPLES / "tribunal-opens.md", "-o", out).exit_code == 0
    result = invoke("query", out, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a t2k:Person }", "--format", "csv")
    assert result.stdout.splitlines()[1] == "4"


def test_store_grows_incrementally_and_skips_unchanged_documents(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SAMPLES, docs)
    store = tmp_path / "kg"
    assert "6 added" in invoke("build", docs, "--store", store).stdout
    assert "0 added, 0 updated, 6 unchanged" in invoke("build", docs, "--store", store).stdout
    story = docs / "tribunal-opens.md"
    story.write_text(story.read_text(encoding="utf-8").replace("Ines Moreau", "Ines Laurent"), encoding="utf-8")
    assert "0 added, 1 updated, 5 unchanged" in invoke("build", docs, "--store", store).stdout
    people = invoke("query", store, "SELECT DISTINCT ?n WHERE { ?p a t2k:Person ; rdfs:label ?n }", "--format", "csv").stdout
    assert "Ines Laurent" in people and "Ines Moreau" not in people
    removed = invoke("remove", "tribunal-opens.md", "--store", store)
    assert removed.exit_code == 0 and removed.stdout.strip() == "removed tribunal-opens.md"
    people = invoke("query", store, "SELECT DISTINCT ?n WHERE { ?p a t2k:Person ; rdfs:label ?n }", "--format", "csv").stdout
    assert "Ines Laurent" not in people and "Layla Haddad" in people
    missing = invoke("remove", "nope.txt", "--store", store)
    assert missing.exit_code == 1 and "not in the store: nope.txt" in missing.stderr


def test_store_and_endpoint_hold_the_same_graph(tmp_path: Path, endpoint) -> None:
    store = tmp_path / "kg"
    assert invoke("build", SAMPLES, "--store", store).exit_code == 0
    assert invoke("build", SAMPLES, "--endpoint", endpoint.url).exit_code == 0
    from text2kg.graph import open_store

    local = {str(q) for q in open_store(store).quads()}
    remote = {str(q) for q in endpoint.quads()}
    assert local == remote
    again = invoke("build", SAMPLES, "--endpoint", endpoint.url)
    assert "6 unchanged" in again.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("build", "samples"), "say where the graph goes"),
        (("build", "samples", "-o", "graph.xml"), "unknown RDF format .xml"),
        (("query", "missing.trig", "SELECT * {}"), "missing.trig: no such file, store folder or endpoint"),
        (("query", "http://127.0.0.1:9/", "SELECT * {}"), "cannot reach SPARQL endpoint"),
        (("query", "samples", "SELECT * {}"), "a folder that is not a text2kg store"),
    ],
)
def test_errors_are_one_line(args: tuple[str, ...], message: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "samples").mkdir()
    (tmp_path / "samples" / "a.txt").write_text("Kumi Naidoo spoke.", encoding="utf-8")
    result = invoke(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_query_syntax_is_one_line(trig: Path) -> None:
    result = invoke("query", trig, "SELECT ?x WHERE { ?x")
    assert result.exit_code == 2 and result.stderr.startswith("text2kg: SPARQL syntax error")
    assert len(result.stderr.strip().splitlines()) == 1


def test_ontology_and_queries_commands() -> None:
    onto = invoke("ontology")
    assert onto.exit_code == 0 and "owl:Ontology" in onto.stdout
    assert "sh:NodeShape" in invoke("ontology", "--shapes").stdout
    listed = invoke("queries").stdout
    assert "entity-evidence --param name=..." in listed


OPED = SHARED / "samples" / "accountability-op-ed.txt"

SCHEMA_ONLY = """
PREFIX schema: <https://schema.org/>
SELECT ?kind ?label (GROUP_CONCAT(DISTINCT ?alt; separator="|") AS ?aliases) WHERE {
  VALUES ?kind { schema:Person schema:Organization }
  GRAPH ?doc { ?mention itsrdf:taIdentRef ?entity ; nif:referenceContext ?doc }
  ?entity a/rdfs:subClassOf* ?kind ; rdfs:label ?label .
  OPTIONAL { ?entity skos:altLabel ?alt }
} GROUP BY ?kind ?label ORDER BY ?kind ?label
"""


def test_op_ed_graph_is_valid_and_answers_schema_org_queries(tmp_path: Path) -> None:
    if not OPED.is_file():
        pytest.skip("the shared op-ed sample is not present")
    out = tmp_path / "oped.trig"
    assert invoke("build", OPED, "-o", out).exit_code == 0
    assert invoke("validate", out).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(invoke("query", out, SCHEMA_ONLY, "--format", "csv").stdout)))
    found = {(r["kind"].rsplit("/", 1)[1], r["label"]): set(filter(None, r["aliases"].split("|"))) for r in rows}
    assert found[("Person", "Ebrahim Raisi")] == {"Raisi"}
    assert found[("Organization", "Mujahedin-e Khalq")] == {"MEK", "PMOI"}
    assert found[("Organization", "National Council of Resistance of Iran")] == {"NCRI"}
    assert sum(kind == "Person" for kind, _ in found) == 7
    text = OPED.read_text(encoding="utf-8")
    mentions = invoke("query", out, "SELECT ?b ?e ?a WHERE { ?m a t2k:Mention ; nif:beginIndex ?b ; "
                                    "nif:endIndex ?e ; nif:anchorOf ?a }", "--format", "csv").stdout
    checked = 0
    for row in csv.DictReader(io.StringIO(mentions)):
        assert text[int(row["b"]) : int(row["e"])] == row["a"]
        checked += 1
    assert checked > 50


def test_a_surname_in_one_document_joins_the_full_name_in_another(trig: Path) -> None:
    result = invoke("query", trig, "-n", "entity-evidence", "-p", "name=Halden", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["document"] for r in rows} == {"tribunal-opens.md", "wire-2023-1009"}
    assert {r["entity"].rsplit("/", 1)[1] for r in rows} == {"viktor-halden"}


def test_path_prints_each_hop_with_its_sentence(trig: Path) -> None:
    result = invoke("path", trig, "Claire Dubois", "HRW")
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "Claire Dubois -> Human Rights Watch: director" in text
    assert "tribunal-opens.md: HRW's director for Europe, Claire Dubois, said" in text
    missing = invoke("path", trig, "Nobody Atall", "HWU")
    assert missing.exit_code == 2 and "no entity is called 'Nobody Atall'" in missing.stderr


def test_stats_lists_communities_and_writes_scores_back(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    assert invoke("build", SAMPLES, "--store", store).exit_code == 0
    stats = invoke("stats", store, "--write-back")
    assert stats.exit_code == 0 and "Community 0" in stats.stdout and "Most central" in stats.stdout
    ranked = invoke("query", store, "SELECT ?n WHERE { ?e t2k:pageRank ?r ; rdfs:label ?n } ORDER BY DESC(?r) LIMIT 1", "--format", "csv")
    assert len(ranked.stdout.splitlines()) == 2


def test_viz_and_export_commands(trig: Path, tmp_path: Path) -> None:
    page = tmp_path / "graph.html"
    result = invoke("viz", trig, "-o", page, "--types", "Person,Organization", "--max-nodes", "5")
    assert result.exit_code == 0 and "left out" in result.stdout
    assert "https://" not in page.read_text(encoding="utf-8").split("<script id=\"data\"")[0].split("<style>")[0]
    focused = invoke("viz", trig, "-o", page, "--focus", "Viktor Halden", "--hops", "1")
    assert focused.exit_code == 0 and "within 1 hop(s) of Viktor Halden" in focused.stdout
    assert invoke("viz", trig, "--types", "Robots").exit_code == 2
    exported = invoke("export", trig, "-o", tmp_path / "entities.graphml")
    assert exported.exit_code == 0 and (tmp_path / "entities.graphml").stat().st_size > 0
