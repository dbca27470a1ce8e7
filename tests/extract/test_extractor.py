"""One interface, three ways to run extraction, built from the same options: the records
one process gives, in the documents' order, and the model let take what reading lets through."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLES
from text2kg.documents import read_documents
from text2kg.extract import model
from text2kg.extract.extractor import ExtractOptions, InProcessExtractor, make_extractor
from text2kg.extract.model import pipeline_for
from text2kg.records import Document


@pytest.fixture()
def blank_model(monkeypatch, blank):
    """The blank pipeline in place of every model, its length limit restored afterwards."""
    monkeypatch.setattr(model, "load_pipeline", lambda name=None: blank)
    yield blank
    blank.max_length = 1_000_000


def test_the_model_takes_documents_as_long_as_the_options_let_through(blank_model) -> None:
    assert pipeline_for(ExtractOptions(max_chars=2_000_000)).max_length == 2_000_000
    assert pipeline_for(ExtractOptions(max_chars=10)).max_length == 2_000_000  # never lowered


@pytest.mark.parametrize("options", [ExtractOptions(processes=0), ExtractOptions(processes=2), ExtractOptions(dask="local")],
                         ids=["in-process", "forked", "dask"])
def test_an_extractor_loads_nothing_until_asked_for_records(monkeypatch, options: ExtractOptions) -> None:
    monkeypatch.setattr(model, "load_pipeline", lambda name=None: pytest.fail("the model was loaded"))
    extractor = make_extractor(options)
    extractor([])  # a build with nothing new gets this far
    assert extractor.options is options


@pytest.mark.parametrize("wrong", [{"processes": -1}, {"batch_size": 0}])
def test_options_that_cannot_run_are_refused(wrong: dict) -> None:
    with pytest.raises(ValueError):
        ExtractOptions(**wrong)


def test_in_process_extraction_runs_the_pipeline_the_options_name(blank_model) -> None:
    documents = [Document(str(i), text) for i, text in enumerate(["Kumi Naidoo spoke.", "", "Rain.", "He left."])]
    records = list(InProcessExtractor(ExtractOptions(processes=0, batch_size=3))(documents))
    assert [e.document for e in records] == documents


@pytest.mark.model
@pytest.mark.parametrize("options", [ExtractOptions(processes=1, batch_size=2), ExtractOptions(processes=2, batch_size=2),
                                     ExtractOptions(dask="local", batch_size=2)], ids=["forked-1", "forked-2", "dask"])
def test_every_way_gives_the_records_of_this_process_in_order(nlp, options: ExtractOptions) -> None:
    documents = list(read_documents([SAMPLES])) * 2  # more batches than workers
    assert list(make_extractor(options)(documents)) == list(InProcessExtractor(ExtractOptions(processes=0))(documents))
