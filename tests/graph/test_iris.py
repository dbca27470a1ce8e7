from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from text2kg.graph.triples.iris import Iris

IRIS = Iris("https://example.org/kg/")


def has_dot_segment(iri: str) -> bool:
    return any(segment in (".", "..") for segment in urlsplit(iri).path.split("/"))


@pytest.mark.parametrize("doc_id", ["../a.txt", "../../etc/passwd", "news/./a.txt", "a/..", ".", ".."])
def test_a_document_iri_has_no_dot_segments(doc_id: str) -> None:
    iri = IRIS.document(doc_id).value
    assert not has_dot_segment(iri)
    assert urljoin(iri, "") == iri  # resolving it does not turn it into another IRI
    assert iri.startswith("https://example.org/kg/doc/")


@pytest.mark.parametrize("scope", [".", ".."])
def test_an_entity_scoped_to_a_document_has_no_dot_segments(scope: str) -> None:
    assert not has_dot_segment(IRIS.entity("Event", "the meeting", scope=scope).value)


@pytest.mark.parametrize(
    ("doc_id", "iri"),
    [
        ("a.txt", "https://example.org/kg/doc/a.txt"),
        ("news/a 1.txt", "https://example.org/kg/doc/news/a%201.txt"),
        ("wire.jsonl#3", "https://example.org/kg/doc/wire.jsonl%233"),
        ("...", "https://example.org/kg/doc/..."),
    ],
)
def test_ordinary_ids_keep_their_iris(doc_id: str, iri: str) -> None:
    assert IRIS.document(doc_id).value == iri


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("./a%2E"), min_size=1, max_size=12), st.text(alphabet=st.sampled_from("./a%2E"), min_size=1, max_size=12))
def test_document_iris_are_distinct_and_free_of_dot_segments(first: str, second: str) -> None:
    a, b = IRIS.document(first).value, IRIS.document(second).value
    assert not has_dot_segment(a)
    assert (a == b) == (first == second)
