"""``text2kg extract`` and ``build``: their input options and how they fail, with extraction
replaced by a blank pipeline or hand-made records (no spaCy model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.handmade import Handmade
from text2kg import build
from text2kg.cli import app
from text2kg.extract.options import ExtractOptions
from text2kg.graph import open_store

runner = CliRunner()


def invoke(*args: object):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture()
def no_model(monkeypatch, blank):
    """Extraction without the model: a blank pipeline for extract, hand-made records for build."""
    import text2kg.extract.model

    monkeypatch.setattr(text2kg.extract.model, "load_pipeline", lambda model=None: blank)
    monkeypatch.setattr(build, "make_extractor", Handmade)
    yield
    blank.max_length = 1_000_000


def no_extraction(options: ExtractOptions) -> None:
    pytest.fail("extraction started")


@pytest.fixture()
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Kumi Naidoo spoke in Geneva.", encoding="utf-8")
    (folder / "b.txt").write_text("Kumi Naidoo left.", encoding="utf-8")
    return folder


def test_extract_skips_a_document_over_the_limit_and_keeps_the_others(no_model, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Kumi Naidoo spoke.", encoding="utf-8")
    (tmp_path / "huge.txt").write_text("word " * 200_001, encoding="utf-8")  # 1,000,005 characters
    result = invoke("extract", tmp_path, "--json", "-")
    assert result.exit_code == 0, result.output
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["good.txt"]
    assert result.stderr.splitlines() == [f"text2kg: {tmp_path / 'huge.txt'}: too long to extract (1,000,005 characters; "
                                          "the limit is 1,000,000: split it, or raise --max-chars)"]


def test_extract_and_build_take_the_same_max_chars_and_strict(no_model, articles: Path, tmp_path: Path) -> None:
    extracted = invoke("extract", articles, "--max-chars", "20", "--json", "-")
    assert [d["id"] for d in json.loads(extracted.stdout)["documents"]] == ["b.txt"]
    assert "a.txt: too long to extract (28 characters; the limit is 20" in extracted.stderr
    assert invoke("extract", articles, "--max-chars", "20", "--strict", "--json", "-").exit_code == 1
    built = invoke("build", articles, "--max-chars", "20", "--strict", "--store", tmp_path / "kg")
    assert built.exit_code == 1
    assert "a.txt: too long to extract (28 characters; the limit is 20" in built.stderr
    assert "1 input(s) could not be read (--strict); the others are stored" in built.stderr
    ids = {row["id"].value for row in open_store(tmp_path / "kg").query(
        "SELECT ?id WHERE { ?d a t2k:Document ; dcterms:identifier ?id }")}
    assert ids == {"b.txt"}


def test_build_creates_the_output_folder(no_model, articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "new" / "deeper" / "graph.trig"
    result = invoke("build", articles, "-o", out)
    assert result.exit_code == 0, result.output
    assert "Kumi Naidoo" in out.read_text(encoding="utf-8")


def one_line_error(result, message: str) -> None:
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_output_that_cannot_be_written_fails_before_any_extraction(monkeypatch, articles: Path, tmp_path: Path) -> None:
    monkeypatch.setattr(build, "make_extractor", no_extraction)
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    one_line_error(invoke("build", articles, "-o", tmp_path / "file" / "graph.trig"),
                   f"{tmp_path / 'file' / 'graph.trig'}: cannot write ({tmp_path / 'file'} is a file, not a folder)")
    one_line_error(invoke("build", articles, "-o", tmp_path), f"{tmp_path}: unknown RDF format")
    (tmp_path / "folder.trig").mkdir()
    one_line_error(invoke("build", articles, "-o", tmp_path / "folder.trig"), f"{tmp_path / 'folder.trig'}: cannot write")
    assert not (tmp_path / "file" / "graph.trig").exists() and list((tmp_path / "folder.trig").iterdir()) == []


def test_a_store_that_cannot_be_created_is_a_one_line_error(monkeypatch, articles: Path, tmp_path: Path) -> None:
    monkeypatch.setattr(build, "make_extractor", no_extraction)
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    one_line_error(invoke("build", articles, "--store", tmp_path / "file" / "kg"),
                   f"{tmp_path / 'file' / 'kg'}: cannot create a store here (Not a directory)")


@pytest.fixture(scope="module")
def separate_default_graph(tmp_path_factory):
    """An Oxigraph server whose default graph is a graph of its own, not the union."""
    from tests.conftest import serve_oxigraph
    from text2kg.graph.stores.endpoint import EndpointStore

    with serve_oxigraph(tmp_path_factory.mktemp("no-union")) as url:
        yield EndpointStore(url)


def test_an_endpoint_without_a_union_default_graph_is_refused_before_any_write(
    monkeypatch, separate_default_graph, articles: Path
) -> None:
    monkeypatch.setattr(build, "make_extractor", no_extraction)
    server = separate_default_graph
    server.update("DROP ALL")
    for held in ([], ["INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/p> 1 } }"]):
        for update in held:
            server.update(update)
        before = {str(q) for q in server.quads()}
        result = invoke("build", articles, "--endpoint", server.url)
        one_line_error(result, f"{server.url}: its default graph is not the union of its named graphs")
        assert "oxigraph serve --union-default-graph" in result.stderr
        assert {str(q) for q in server.quads()} == before  # left as it was
    one_line_error(invoke("remove", "a.txt", "--endpoint", server.url), "not the union of its named graphs")


def test_an_endpoint_with_a_union_default_graph_is_built_into(no_model, endpoint, articles: Path) -> None:
    result = invoke("build", articles, "--endpoint", endpoint.url)
    assert result.exit_code == 0, result.output
    assert len(list(endpoint.query("SELECT ?d WHERE { ?d a t2k:Document }"))) == 2


def test_bringing_a_mistyped_store_up_to_date_creates_nothing(tmp_path: Path) -> None:
    result = invoke("build", "--store", tmp_path / "kg-typo")
    assert result.exit_code == 2 and "no such store to bring up to date" in result.stderr
    assert not (tmp_path / "kg-typo").exists()  # it used to be created, empty, with exit code 0
