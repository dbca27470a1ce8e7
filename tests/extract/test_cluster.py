"""A Dask worker's part of a build: its pipeline loaded from the build's options."""

from __future__ import annotations

import pytest

from text2kg.extract.cluster import extract_batch
from text2kg.extract.options import ExtractOptions
from text2kg.records import Document


@pytest.mark.model
def test_a_dask_worker_takes_documents_as_long_as_the_build_lets_through(nlp) -> None:
    long = Document("long.txt", "Kumi Naidoo spoke in Geneva. " * 10)  # past the limit set below
    limit = nlp.max_length
    nlp.max_length = 100  # the worker's cached pipeline, with a limit under the document's length
    try:
        (extraction,) = extract_batch([long], ExtractOptions(max_chars=1_000))  # spaCy's E088 before
    finally:
        nlp.max_length = limit
    assert "Kumi Naidoo" in {e.label for e in extraction.entities}
