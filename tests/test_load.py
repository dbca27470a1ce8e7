"""``build --parts`` and ``load``: partitions written by workers, bulk-loaded into a graph,
give the graph a one-process build gives, summary included; a broken partition is refused
by name and leaves the graph as it was. Records are hand-made (no model) except in the
one end-to-end test."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import SAMPLES
from tests.handmade import Handmade
from tests.test_distributed import tiny_model  # noqa: F401 - a fixture
from text2kg import api, build
from text2kg.cli import app
from text2kg.graph import open_store
from text2kg.graph.stores import partitions
from text2kg.graph.upkeep import load

#: Who each article names: "Raisi" alone joins "Ebrahim Raisi" across documents; "Ada Berg"
#: and her organisation recur, so the summary counts across partitions.
NAMES = {
    "a.txt": [("Person", "Ebrahim Raisi", [], ["Ebrahim Raisi"]), ("Organization", "Tehran Council", [], ["Tehran Council"])],
    "b.txt": [("Person", "Raisi", [], ["Raisi"]), ("Person", "Ada Berg", [], ["Ada Berg"])],
    "c.txt": [("Person", "Ada Berg", [], ["Ada Berg"]), ("Organization", "Tehran Council", [], ["Tehran Council"])],
    "d.txt": [("Person", "Ada Berg", [], ["Ada Berg"]), ("Person", "Kumi Naidoo", [], ["Kumi Naidoo"])],
    "e.txt": [("Person", "Kumi Naidoo", [], ["Kumi Naidoo"])],
}
TEXTS = {
    "a.txt": "Ebrahim Raisi spoke to the Tehran Council.",
    "b.txt": "Raisi met Ada Berg.",
    "c.txt": "Ada Berg left the Tehran Council.",
    "d.txt": "Ada Berg thanked Kumi Naidoo.",
    "e.txt": "Kumi Naidoo stayed home.",
}
runner = CliRunner()


@pytest.fixture()
def handmade(monkeypatch):
    monkeypatch.setattr(build, "make_extractor", lambda options: Handmade(options, NAMES))


def articles(folder: Path, names=TEXTS, **changed: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(changed.get(name.replace(".txt", ""), TEXTS[name]), encoding="utf-8")
    return folder


def quads(store) -> set[str]:
    with open_store(store) as opened:
        return {str(q) for q in opened.quads()}


def test_loaded_partitions_are_the_built_graph_summary_included(handmade, tmp_path: Path) -> None:
    folder = articles(tmp_path / "articles")
    api.build_graph([folder], store=tmp_path / "built")
    written = api.build_graph([folder], parts=tmp_path / "parts", batch_size=2)
    assert written.added == sorted(TEXTS) and written.graph is None
    assert sorted(p.name for p in (tmp_path / "parts").iterdir()) == ["part-000000.nq", "part-000001.nq", "part-000002.nq"]
    loaded = api.load_parts([tmp_path / "parts"], store=tmp_path / "loaded")
    assert loaded.added == sorted(TEXTS) and loaded.replaced == [] and loaded.partitions == 3
    assert loaded.entities_moved == 1  # "Raisi" in b.txt is Ebrahim Raisi
    assert quads(tmp_path / "loaded") == quads(tmp_path / "built")


def test_loading_twice_gives_the_same_store(handmade, tmp_path: Path) -> None:
    api.build_graph([articles(tmp_path / "articles")], parts=tmp_path / "parts", batch_size=2)
    api.load_parts([tmp_path / "parts"], store=tmp_path / "kg")
    once = quads(tmp_path / "kg")
    again = api.load_parts([tmp_path / "parts"], store=tmp_path / "kg")
    assert again.replaced == sorted(TEXTS) and again.added == []
    assert quads(tmp_path / "kg") == once


def test_a_small_load_into_a_built_store_equals_building_it_all(handmade, tmp_path: Path) -> None:
    """The store's summary is current, so the load updates what it touched, and a document
    the store holds already (b.txt, since changed) is replaced, not merged with its old graph."""
    everything = articles(tmp_path / "all")
    api.build_graph([everything], store=tmp_path / "built")
    first = articles(tmp_path / "first", ["a.txt", "b.txt", "c.txt"], b="Raisi met Ada Berg in May, they said.")
    api.build_graph([first], store=tmp_path / "grown")
    api.build_graph([articles(tmp_path / "later", ["b.txt", "d.txt", "e.txt"])], parts=tmp_path / "parts")
    loaded = api.load_parts([tmp_path / "parts"], store=tmp_path / "grown")
    assert loaded.replaced == ["b.txt"] and loaded.added == ["d.txt", "e.txt"]
    assert quads(tmp_path / "grown") == quads(tmp_path / "built")


def test_a_broken_partition_is_refused_by_name_and_nothing_stored_changes(handmade, tmp_path: Path) -> None:
    folder = articles(tmp_path / "articles")
    api.build_graph([folder], store=tmp_path / "kg")
    before = quads(tmp_path / "kg")
    api.build_graph([folder], parts=tmp_path / "parts", batch_size=2)
    broken = tmp_path / "parts" / "part-000002.nq"
    broken.write_text(broken.read_text(encoding="utf-8") + '<https://x.org/s> <https://x.org/p> "cut off\n', encoding="utf-8")
    result = runner.invoke(app, ["load", str(tmp_path / "parts"), "--store", str(tmp_path / "kg")])
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"text2kg: {broken}: not valid N-Quads") and "line" in line
    assert quads(tmp_path / "kg") == before


@pytest.mark.parametrize(("line", "problem"), [
    ("<https://x.org/s> <https://x.org/p> <https://x.org/o> .", "outside any document's graph"),
    ("<https://x.org/s> <https://x.org/p> <https://x.org/o> <https://x.org/g> .", "is not a document's graph"),
])
def test_a_partition_of_other_graphs_is_refused(tmp_path: Path, line: str, problem: str) -> None:
    (tmp_path / "part-000000.nq").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(api.StoreError, match=problem):
        api.load_parts([tmp_path / "part-000000.nq"], output=tmp_path / "g.trig")
    assert not (tmp_path / "g.trig").exists()


def test_a_document_in_two_partitions_is_refused(handmade, tmp_path: Path) -> None:
    api.build_graph([articles(tmp_path / "one", ["a.txt", "b.txt"])], parts=tmp_path / "p1")
    api.build_graph([articles(tmp_path / "two", ["b.txt"])], parts=tmp_path / "p2")
    with pytest.raises(api.StoreError, match=r"part-000000.nq: document 'b.txt' is also in .*p1"):
        api.load_parts([tmp_path / "p1", tmp_path / "p2"], output=tmp_path / "g.trig")


def test_parts_go_to_a_new_folder(handmade, tmp_path: Path) -> None:
    folder = articles(tmp_path / "articles")
    api.build_graph([folder], parts=tmp_path / "parts")
    with pytest.raises(api.StoreError, match="holds partitions already"):
        api.build_graph([folder], parts=tmp_path / "parts")
    with pytest.raises(ValueError, match="give --parts alone"):
        api.build_graph([folder], parts=tmp_path / "other", store=tmp_path / "kg")


def test_a_load_stopped_half_way_is_undone_by_the_next_build(handmade, monkeypatch, tmp_path: Path) -> None:
    folder = articles(tmp_path / "articles")
    api.build_graph([folder], store=tmp_path / "built")
    api.build_graph([folder], parts=tmp_path / "parts", batch_size=2)

    def dies_after_one(store, parts, on_partition=None) -> None:
        partitions.load_all(store, parts[:1])
        raise KeyboardInterrupt

    monkeypatch.setattr(load, "load_all", dies_after_one)
    with pytest.raises(KeyboardInterrupt):
        api.load_parts([tmp_path / "parts"], store=tmp_path / "kg")
    monkeypatch.undo()
    monkeypatch.setattr(build, "make_extractor", lambda options: Handmade(options, NAMES))
    rebuilt = api.build_graph([folder], store=tmp_path / "kg")
    assert rebuilt.unchanged == [] and sorted(rebuilt.added) == sorted(TEXTS)  # the half-loaded a.txt, b.txt again
    assert quads(tmp_path / "kg") == quads(tmp_path / "built")


def test_the_commands_write_and_load_partitions_at_an_fsspec_url(handmade, tmp_path: Path) -> None:
    folder = articles(tmp_path / "articles")
    api.build_graph([folder], output=tmp_path / "built.nq")
    result = runner.invoke(app, ["build", str(folder), "--parts", "memory://text2kg-test/parts", "--batch-size", "3"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["load", "memory://text2kg-test/parts", "-o", str(tmp_path / "loaded.nq")])
    assert result.exit_code == 0, result.output
    assert "Partitions: 2" in result.output and "5 added" in result.output
    assert quads(tmp_path / "loaded.nq") == quads(tmp_path / "built.nq")


def test_workers_on_dask_write_the_partitions(tmp_path: Path, tiny_model: str) -> None:  # noqa: F811
    from dask.distributed import LocalCluster

    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(5):
        (folder / f"{i}.txt").write_text(f"Kumi Naidoo spoke in Geneva on day {i}.", encoding="utf-8")
    api.build_graph([folder], store=tmp_path / "built", model=tiny_model, n_process=0)
    with LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster:
        written = api.build_graph([folder], parts=tmp_path / "parts", model=tiny_model, batch_size=2,
                                  dask=cluster.scheduler_address)
    assert written.added == [f"{i}.txt" for i in range(5)]
    api.load_parts([tmp_path / "parts"], store=tmp_path / "loaded")
    assert quads(tmp_path / "loaded") == quads(tmp_path / "built")


def test_a_load_into_an_endpoint(handmade, endpoint, tmp_path: Path) -> None:
    folder = articles(tmp_path / "articles")
    api.build_graph([folder], output=tmp_path / "built.nq")
    api.build_graph([folder], parts=tmp_path / "parts", batch_size=2)
    api.load_parts([tmp_path / "parts"], endpoint=endpoint.url)
    assert {str(q) for q in endpoint.quads()} == quads(tmp_path / "built.nq")


@pytest.mark.model
def test_the_samples_loaded_from_partitions_are_the_samples_built(tmp_path: Path) -> None:
    api.build_graph([SAMPLES], store=tmp_path / "built")
    api.build_graph([SAMPLES], parts=tmp_path / "parts", batch_size=2)
    api.load_parts([tmp_path / "parts"], store=tmp_path / "loaded")
    assert quads(tmp_path / "loaded") == quads(tmp_path / "built")
