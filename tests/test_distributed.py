"""Builds spread over processes give the graph one process gives: a Dask LocalCluster of two workers, two local workers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from text2kg.api import build_graph
from text2kg.graph import open_store

pytestmark = pytest.mark.model


def test_dask_build_equals_single_process_build(tmp_path: Path) -> None:
    single = build_graph([SAMPLES], store=tmp_path / "single")
    spread = build_graph([SAMPLES], store=tmp_path / "dask", dask="local", batch_size=2)
    assert sorted(spread.added) == sorted(single.added)
    assert {str(q) for q in open_store(tmp_path / "dask").quads()} == {str(q) for q in open_store(tmp_path / "single").quads()}


def test_a_build_on_two_processes_equals_one_on_one(tmp_path: Path) -> None:
    build_graph([SAMPLES], store=tmp_path / "one")
    build_graph([SAMPLES], store=tmp_path / "two", n_process=2, batch_size=2)
    assert {str(q) for q in open_store(tmp_path / "two").quads()} == {str(q) for q in open_store(tmp_path / "one").quads()}


def test_a_dask_worker_takes_documents_as_long_as_the_build_lets_through(nlp) -> None:
    from text2kg.distributed import extract_batch
    from text2kg.records import Document

    long = Document("long.txt", "Kumi Naidoo spoke in Geneva. " * 10)  # past the limit set below
    limit = nlp.max_length
    nlp.max_length = 100  # the worker's cached pipeline, with a limit under the document's length
    try:
        (extraction,) = extract_batch([long], None, max_chars=1_000)  # spaCy's E088 before
    finally:
        nlp.max_length = limit
    assert "Kumi Naidoo" in {e.label for e in extraction.entities}
