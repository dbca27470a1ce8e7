"""Stores: parity, atomic replacement, removal, files, and the errors a user sees."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pyoxigraph import Literal

from tests.conftest import make_extraction
from tests.graph.helpers import IRIS, add_extraction, load, quad_set, rows
from text2kg.graph import QueryError, StoreError, open_store
from text2kg.graph.upkeep.corpus import remove_documents, stored_hashes
from text2kg.graph.triples.rdf import content_hash
from text2kg.graph.stores.store import OxigraphStore

A = make_extraction("a.txt", "Amnesty International met Kumi Naidoo in Geneva.",
                    [("Organization", "Amnesty International", ["AI"], ["Amnesty International"]),
                     ("Person", "Kumi Naidoo", [], ["Kumi Naidoo"]), ("Place", "Geneva", [], ["Geneva"])])
B = make_extraction("b.txt", "Kumi Naidoo spoke in London.",
                    [("Person", "Kumi Naidoo", [], ["Kumi Naidoo"]), ("Place", "London", [], ["London"])])


def test_same_records_give_the_same_quads_in_memory_on_disk_and_at_an_endpoint(tmp_path: Path, endpoint) -> None:
    memory = load(OxigraphStore(), A, B)
    disk = load(open_store(tmp_path / "kg", writable=True, create=True), A, B)
    remote = load(endpoint, A, B)
    assert quad_set(memory) == quad_set(disk) == quad_set(remote)
    assert len(quad_set(memory)) > 100


def test_a_changed_document_replaces_its_graph() -> None:
    store = load(OxigraphStore(), A, B)
    changed = make_extraction("b.txt", "Kumi Naidoo spoke in Paris.",
                              [("Person", "Kumi Naidoo", [], ["Kumi Naidoo"]), ("Place", "Paris", [], ["Paris"])])
    add_extraction(store, changed, IRIS)
    places = {r["name"] for r in rows(store, "SELECT ?name WHERE { ?p a t2k:Place ; rdfs:label ?name }")}
    assert places == {"Geneva", "Paris"}
    assert stored_hashes(store)[IRIS.document("b.txt").value] == content_hash(changed.document.text)


def test_remove_drops_the_document_and_the_entities_only_it_supported() -> None:
    store = load(OxigraphStore(), A, B)
    assert remove_documents(store, ["b.txt"], IRIS) == []
    assert remove_documents(store, ["b.txt"], IRIS) == ["b.txt"]
    names = {r["name"] for r in rows(store, "SELECT ?name WHERE { ?e a ?t ; rdfs:label ?name . ?t rdfs:subClassOf t2k:Entity }")}
    assert names == {"Amnesty International", "Kumi Naidoo", "Geneva"}
    assert quad_set(store) == quad_set(load(OxigraphStore(), A))


@pytest.mark.parametrize("ending", [".trig", ".nq", ".ttl", ".nt", ".jsonld"])
def test_files_round_trip(tmp_path: Path, ending: str) -> None:
    store = load(OxigraphStore(), A, B)
    path = tmp_path / f"graph{ending}"
    store.dump(path)
    again = open_store(path)
    if ending in (".trig", ".nq", ".jsonld"):
        assert quad_set(again) == quad_set(store)
    count = "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a t2k:Mention }"
    assert rows(again, count) == rows(store, count) == [{"n": "5"}]


def test_a_store_in_use_by_another_writer_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "kg"
    load(open_store(folder, writable=True, create=True), A).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); print('open', flush=True); sys.stdin.read()", str(folder)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match=r"is in use by another process"):
            open_store(folder, writable=True)
        reader = open_store(folder)  # readers keep working
        assert rows(reader, "SELECT (COUNT(*) AS ?n) WHERE { ?d a t2k:Document }") == [{"n": "1"}]
    finally:
        holder.communicate("")


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("missing-folder/", "no such file, store folder or endpoint"),
        ("notes.txt", "not an RDF file or a store folder"),
        ("http://127.0.0.1:9/", "cannot reach SPARQL endpoint http://127.0.0.1:9/"),
    ],
)
def test_bad_sources_are_one_line_errors(tmp_path: Path, source: str, message: str) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    target = source if source.startswith("http") else str(tmp_path / source)
    with pytest.raises(StoreError) as err:
        store = open_store(target)
        store.query("ASK {}")
    assert message in str(err.value) and "\n" not in str(err.value)


def test_a_folder_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    (tmp_path / "papers").mkdir()
    (tmp_path / "papers" / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="not a text2kg store"):
        open_store(tmp_path / "papers", writable=True, create=True)


def test_broken_rdf_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(StoreError, match=r"graph.ttl: not valid \.ttl RDF"):
        open_store(path)


@pytest.mark.parametrize(
    ("sparql", "bindings", "position"),
    [
        ("SELECT ?x\nWHERE { ?x rdfs:label ?name . ?x ?y }", None, "error at 2:38:"),
        ("SELECT ?x WHERE { ?x rdfs:label ?name . ?x ?y }", {"name": Literal("a")}, "error at 1:48:"),
    ],
)
def test_a_syntax_error_is_placed_in_the_query_as_written(sparql: str, bindings, position: str) -> None:
    with pytest.raises(QueryError, match=position):
        OxigraphStore().query(sparql, bindings)


def test_an_update_syntax_error_is_placed_in_the_update_as_written() -> None:
    with pytest.raises(QueryError, match="error at 1:20:"):
        OxigraphStore().update("INSERT DATA { <a> }")


def test_a_store_opened_only_to_read_closes_cleanly(tmp_path: Path) -> None:
    with open_store(tmp_path / "kg", writable=True, create=True) as store:
        load(store, A)
    with open_store(tmp_path / "kg") as store:  # read-only: closing it used to raise
        assert bool(store.query("ASK { ?d a t2k:Document }"))


def test_what_a_source_names_is_decided_in_one_place(tmp_path: Path) -> None:
    """Every command tells an endpoint from a file or a folder through ``source_kind``."""
    import re

    from tests.conftest import ROOT
    from text2kg.graph.stores.source import source_kind

    (tmp_path / "g.trig").write_text("", encoding="utf-8")
    assert [source_kind(s) for s in ("http://x/sparql", tmp_path / "g.trig", tmp_path, tmp_path / "new")] == [
        "endpoint", "file", "folder", "folder"]
    checks = [str(p.relative_to(ROOT)) for p in (ROOT / "src" / "text2kg").rglob("*.py")
              if re.search(r"startswith\(\(\s*\"http://\",\s*\"https://\"\s*\)\)", p.read_text(encoding="utf-8"))]
    assert checks == ["src/text2kg/graph/stores/source.py"]
