"""Builds spread over processes give the graph one process gives: a Dask LocalCluster of two workers, two local workers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from text2kg.api import build_graph
from text2kg.graph import open_store


@pytest.mark.model
def test_dask_build_equals_single_process_build(tmp_path: Path) -> None:
    single = build_graph([SAMPLES], store=tmp_path / "single")
    spread = build_graph([SAMPLES], store=tmp_path / "dask", dask="local", batch_size=2)
    assert spread.added == single.added  # in the documents' order, as in one process
    assert {str(q) for q in open_store(tmp_path / "dask").quads()} == {str(q) for q in open_store(tmp_path / "single").quads()}


@pytest.mark.model
def test_a_build_on_two_processes_equals_one_on_one(tmp_path: Path) -> None:
    build_graph([SAMPLES], store=tmp_path / "one")
    build_graph([SAMPLES], store=tmp_path / "two", n_process=2, batch_size=2)
    assert {str(q) for q in open_store(tmp_path / "two").quads()} == {str(q) for q in open_store(tmp_path / "one").quads()}


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> str:
    """A pipeline saved to disk that loads in a blink on any worker: a sentencizer for a
    parser and an entity ruler for NER (text2kg needs components of both names)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", name="parser")
    ruler = nlp.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Kumi Naidoo"}, {"label": "GPE", "pattern": "Geneva"}])
    path = tmp_path_factory.mktemp("tiny") / "model"
    nlp.to_disk(path)
    return str(path)


def test_a_dask_build_takes_a_document_as_long_as_max_chars_allows(tmp_path: Path, tiny_model: str) -> None:
    from dask.distributed import LocalCluster

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "long.txt").write_text("The rain fell on the hills. " * 40_000 + "Kumi Naidoo spoke in Geneva.",
                                     encoding="utf-8")  # 1,120,028 characters: past spaCy's own limit
    (folder / "short.txt").write_text("Kumi Naidoo left.", encoding="utf-8")
    with LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster:
        report = build_graph([folder], store=tmp_path / "kg", model=tiny_model, max_chars=1_200_000,
                             dask=cluster.scheduler_address)  # spaCy's E088 on the worker failed the build
    assert sorted(report.added) == ["long.txt", "short.txt"] and not report.problems
    geneva = open_store(tmp_path / "kg").query("""SELECT ?id WHERE { ?entity rdfs:label "Geneva" .
        ?mention itsrdf:taIdentRef ?entity ; nif:referenceContext [ dcterms:identifier ?id ] }""")
    assert {row["id"].value for row in geneva} == {"long.txt"}  # named at its very end: read whole
