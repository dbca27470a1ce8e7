"""The Python API mirrors the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from text2kg.api import build_graph, open_graph, query

pytestmark = pytest.mark.model


def test_build_then_query_and_open_as_rdflib(tmp_path: Path) -> None:
    report = build_graph([SAMPLES / "wire-briefs.jsonl"], store=tmp_path / "kg", output=tmp_path / "g.nq")
    assert sorted(report.added) == ["wire-2023-1009", "wire-2024-0412", "wire-2024-0415"]
    assert (tmp_path / "g.nq").stat().st_size > 0
    table = query(tmp_path / "kg", name="documents-mentioning", params={"name": "CPJ"})
    assert [row["document"] for row in table.values()] == ["wire-2024-0415"]
    dataset = open_graph(tmp_path / "g.nq")
    names = {str(r[0]) for r in dataset.query(
        "SELECT DISTINCT ?n WHERE { ?p a <https://w3id.org/text2kg/ns#Person> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?n }")}
    assert {"Jonas Berg", "Layla Haddad", "Samuel Osei"} <= names


def test_query_needs_text_or_a_name(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        query(tmp_path, "SELECT * {}", name="events")
