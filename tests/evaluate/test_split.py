"""The fixed halves of Re-DocRED dev, and relation scores reported per half."""

from __future__ import annotations

from tests.conftest import ROOT
from text2kg.evaluate.relations import RelationReport
from text2kg.evaluate.scores import Scores
from text2kg.evaluate.split import SPLITS, split_of


def test_the_listed_heldout_ids_are_the_ones_the_rule_holds_out() -> None:
    lines = (ROOT / "eval" / "redocred-split.txt").read_text(encoding="utf-8").splitlines()
    ids = [line for line in lines if line and not line.startswith("#")]
    assert len(ids) > 200
    assert all(split_of(i) == "heldout" for i in ids)


def test_a_document_keeps_its_half_whatever_else_is_in_the_file() -> None:
    halves = [split_of(f"doc-{n}") for n in range(200)]
    assert set(halves) == set(SPLITS)
    assert halves == [split_of(f"doc-{n}") for n in range(200)]
    assert 60 < halves.count("heldout") < 140


def test_the_report_carries_each_half_beside_the_whole() -> None:
    def empty() -> RelationReport:
        return RelationReport(per_property={"P17": Scores()})

    whole = empty()
    whole.splits = {"tune": empty(), "heldout": empty()}
    right, wrong = ("a", "P17", "b"), ("c", "P17", "b")
    for part in (whole, whole.splits["heldout"]):
        part.add({right, wrong}, {right}, 3, [("P17", "country")])
    data = whole.to_dict()
    assert data["splits"]["heldout"]["micro"]["precision"] == 50.0
    assert data["splits"]["tune"]["documents"] == 0
    assert data["coverage"] == round(100 / 3, 1)
