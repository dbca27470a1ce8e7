from __future__ import annotations

import csv
import io

import pytest

from tests.conftest import make_extraction
from tests.graph.helpers import load
from text2kg.graph.web.answer import answer
from text2kg.graph.stores.results import serialize
from text2kg.graph.stores.store import OxigraphStore

TEXT = 'Kumi Naidoo said "no, never."\nHe was in Geneva, twice.'
MENTIONS = "SELECT ?mention ?anchor ?missing WHERE { ?mention itsrdf:taIdentRef ?e ; nif:anchorOf ?anchor } ORDER BY ?mention"


@pytest.fixture()
def store() -> OxigraphStore:
    extraction = make_extraction("a, b.txt", TEXT, [("Person", "Kumi Naidoo", [], ["Kumi Naidoo"]),
                                                    ("Place", "Geneva", [], ["Geneva"])])
    return load(OxigraphStore(), extraction)


def read_back(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_csv_rows_have_as_many_fields_as_the_header(store: OxigraphStore) -> None:
    rows = read_back(serialize(store.query(MENTIONS), "csv"), ",")
    assert rows[0] == ["mention", "anchor", "missing"]
    assert len(rows) == 3 and all(len(row) == 3 for row in rows)
    assert rows[1][0].endswith("/doc/a%2C%20b.txt#char=0,11") and rows[1][1:] == ["Kumi Naidoo", ""]


def test_csv_quotes_commas_quotes_and_line_breaks_in_literals(store: OxigraphStore) -> None:
    text = serialize(store.query("SELECT ?text WHERE { ?d nif:isString ?text }"), "csv")
    assert read_back(text, ",") == [["text"], [TEXT]]
    assert text.endswith("\r\n")


def test_tsv_rows_have_as_many_fields_as_the_header(store: OxigraphStore) -> None:
    lines = serialize(store.query(MENTIONS + " LIMIT 5"), "tsv").splitlines()
    assert lines[0] == "?mention\t?anchor\t?missing"
    assert all(len(line.split("\t")) == 3 for line in lines) and len(lines) == 3


def test_the_server_answers_text_csv_with_the_same_quoting(store: OxigraphStore) -> None:
    media, body = answer(store, MENTIONS, "text/csv")
    assert media == "text/csv"
    assert body.decode("utf-8") == serialize(store.query(MENTIONS), "csv")


def test_a_csv_answer_stops_at_the_size_limit_instead_of_being_built_whole(store: OxigraphStore) -> None:
    import time

    from text2kg.graph.web.answer import ResultTooLarge

    huge = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # tens of millions of rows
    started = time.perf_counter()
    with pytest.raises(ResultTooLarge, match="add a LIMIT"):
        answer(store, huge, "text/csv", max_bytes=10_000)
    assert time.perf_counter() - started < 5  # built whole first, it took minutes
    small = answer(store, MENTIONS, "text/csv", max_bytes=10_000)[1].decode()
    assert read_back(small, ",")[0] == ["mention", "anchor", "missing"]
