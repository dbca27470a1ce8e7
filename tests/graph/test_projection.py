"""The entity graph projected from a real store in which the same names recur across many
documents: one node per entity, its names and counts over the corpus, links with a few
sentences each, at a cost that does not multiply with the documents naming an entity."""

from __future__ import annotations

import time

import networkx as nx
import pytest

from tests.conftest import make_extraction
from tests.graph.helpers import load
from text2kg.graph.errors import StoreError
from text2kg.graph.analysis.evidence import EVIDENCE
from text2kg.graph.analysis.network import find_node, find_path, to_networkx
from text2kg.graph.analysis.stats import graph_stats
from text2kg.graph.stores.store import OxigraphStore
from text2kg.graph.web.viz import select_view

DOCUMENTS = 120


def article(i: int):
    """The i-th of many articles naming Kumi Naidoo (under three names) and UNICEF."""
    alias = ("Naidoo", "K. Naidoo", "Mr Naidoo")[i % 3]
    text = (f"Kumi Naidoo met Person{i} Roe at UNICEF. {alias} spoke. {alias} left. "
            f"Kumi Naidoo thanked UNICEF in report {i}.")
    return make_extraction(f"report-{i:03d}.txt", text, [
        ("Person", "Kumi Naidoo", [alias], ["Kumi Naidoo", alias, alias, "Kumi Naidoo"]),
        ("Person", f"Person{i} Roe", [], [f"Person{i} Roe"]),
        ("Organization", "UNICEF", [], ["UNICEF", "UNICEF"]),
    ])


@pytest.fixture(scope="module")
def store():
    return load(OxigraphStore(), *(article(i) for i in range(DOCUMENTS)))


def test_an_entity_named_in_every_document_is_one_node_with_its_counts_and_names(store) -> None:
    started = time.perf_counter()
    graph = to_networkx(store)
    elapsed = time.perf_counter() - started
    naidoo = graph.nodes[find_node(graph, "Kumi Naidoo")]
    assert naidoo == {"type": "Person", "label": "Kumi Naidoo", "aliases": ["K. Naidoo", "Mr Naidoo", "Naidoo"],
                      "mentions": 4 * DOCUMENTS, "documents": DOCUMENTS}
    assert graph.number_of_nodes() == DOCUMENTS + 2
    # Joined over the document graphs, this projection read copies x copies x names x
    # mentions rows and took minutes; from the summary it takes well under a second.
    assert elapsed < 10, f"projection took {elapsed:.1f} s"


def test_links_count_every_sentence_but_keep_a_few_of_them(store) -> None:
    graph = to_networkx(store)
    edge = graph.edges[find_node(graph, "Kumi Naidoo"), find_node(graph, "UNICEF")]
    assert edge["co_mentions"] == 2 * DOCUMENTS
    evidence = edge["co_mention_evidence"]
    assert len(evidence) == EVIDENCE
    assert all(e["sentence"].startswith("Kumi Naidoo") and "UNICEF" in e["sentence"] for e in evidence)
    assert all(e["document"].startswith("report-") for e in evidence)
    assert len({e["document"] for e in evidence}) == EVIDENCE  # from as many articles as it can
    bare = to_networkx(store, evidence=0)
    assert "co_mention_evidence" not in bare.edges[find_node(bare, "Kumi Naidoo"), find_node(bare, "UNICEF")]


def test_stats_count_entities_once_and_rank_by_mentions(store) -> None:
    stats = graph_stats(store, top=2)
    assert stats.entities["Person"] == DOCUMENTS + 1 and stats.entities["Organization"] == 1
    assert stats.top["Person"][0] == ("Kumi Naidoo", 4 * DOCUMENTS)
    assert stats.top["Organization"] == [("UNICEF", 2 * DOCUMENTS)]


def test_the_browser_view_carries_evidence_only_for_what_it_shows(store) -> None:
    view = select_view(store, max_nodes=10)
    assert view.graph.number_of_nodes() == 10 and view.documents == DOCUMENTS
    assert "Kumi Naidoo" in {d["label"] for _, d in view.graph.nodes(data=True)}
    assert all(d.get("co_mention_evidence") for _, _, d in view.graph.edges(data=True))


def test_a_path_names_entities_by_iri_or_by_name_and_type(store) -> None:
    graph = to_networkx(store, evidence=0)
    roe = find_node(graph, "Person3 Roe")
    _, hops = find_path(store, f"<{roe}>", "UNICEF (Organization)")
    assert [h["to"] for h in hops][-1] == find_node(graph, "UNICEF")
    assert hops[-1]["co_mention_evidence"] and all("UNICEF" in e["sentence"] for e in hops[-1]["co_mention_evidence"])
    with pytest.raises(KeyError, match="no entity has the IRI"):
        find_node(graph, "https://w3id.org/text2kg/id/person/nobody")
    with pytest.raises(nx.NetworkXNoPath):
        find_path(store, "UNICEF", "Kumi Naidoo", typed_only=True)


def test_a_name_two_entities_share_is_listed_with_their_iris() -> None:
    text = "Georgia voted. Georgia sang. Georgia Lane sang in Tbilisi with Tbilisi Jones and Ada Lane."
    store = load(OxigraphStore(), make_extraction("a.txt", text, [
        ("Place", "Georgia", [], ["Georgia"]), ("Person", "Georgia", [], ["Georgia"]),
        ("Person", "Georgia Lane", ["Lane"], ["Georgia Lane"]), ("Place", "Tbilisi", [], ["Tbilisi"]),
        ("Person", "Tbilisi Jones", ["Tbilisi"], ["Tbilisi Jones"]), ("Person", "Ada Lane", ["Lane"], ["Ada Lane"])]))
    graph = to_networkx(store, evidence=0)
    with pytest.raises(KeyError) as ambiguous:
        find_node(graph, "georgia")
    assert "Georgia (Place) <" in str(ambiguous.value) and "Georgia (Person) <" in str(ambiguous.value)
    assert graph.nodes[find_node(graph, "Georgia (Person)")]["type"] == "Person"
    with pytest.raises(KeyError, match="Ada Lane .Person. <.*Georgia Lane .Person. <"):
        find_node(graph, "Lane")
    # A name that is one entity's own label and only other entities' alias means the first.
    assert graph.nodes[find_node(graph, "Tbilisi")]["type"] == "Place"


def test_a_store_without_its_summary_says_so(store, tmp_path) -> None:
    without = [q for q in store.quads() if q.graph_name.value != "https://w3id.org/text2kg/ns#summary"]
    folder = OxigraphStore(tmp_path / "kg")
    folder.store.extend(without)
    folder.close()
    with pytest.raises(StoreError, match="no summary"):
        to_networkx(OxigraphStore(tmp_path / "kg", read_only=True))
    loaded = OxigraphStore()  # a file loaded into memory: the summary is made there
    loaded.store.extend(without)
    graph = to_networkx(loaded)
    assert graph.nodes[find_node(graph, "Kumi Naidoo")]["documents"] == DOCUMENTS
    assert to_networkx(OxigraphStore()).number_of_nodes() == 0  # an empty graph is no error


@pytest.mark.parametrize("ending", [".ttl", ".nt"])
def test_a_file_whose_graphs_were_merged_gives_the_same_entity_graph_and_counts(store, tmp_path, ending: str) -> None:
    from text2kg.graph.stores.source import open_store

    small = load(OxigraphStore(), *(article(i) for i in range(3)))
    small.dump(tmp_path / f"graph{ending}")
    small.dump(tmp_path / "graph.trig")
    merged, named = open_store(tmp_path / f"graph{ending}"), open_store(tmp_path / "graph.trig")

    def shape(graph: nx.Graph) -> tuple:
        nodes = {(d["label"], d["type"], d["mentions"], d["documents"], tuple(d["aliases"])) for _, d in graph.nodes(data=True)}
        edges = {(*sorted((graph.nodes[a]["label"], graph.nodes[b]["label"])), d["co_mentions"],
                  len(d.get("co_mention_evidence", []))) for a, b, d in graph.edges(data=True)}
        return nodes, edges

    assert shape(to_networkx(merged)) == shape(to_networkx(named))  # was an empty graph from a merged file
    assert graph_stats(merged).entities == graph_stats(named).entities
    assert graph_stats(merged).top["Person"][0] == ("Kumi Naidoo", 12)


def test_stats_of_a_file_without_its_summary_count_what_it_holds(store, tmp_path) -> None:
    from text2kg.graph.stores.source import open_store

    without = OxigraphStore()
    without.store.extend(q for q in store.quads() if q.graph_name.value != "https://w3id.org/text2kg/ns#summary")
    without.dump(tmp_path / "graph.trig")
    stats = graph_stats(open_store(tmp_path / "graph.trig"))  # was 0 entities of every type
    assert stats.entities["Person"] == DOCUMENTS + 1 and stats.top["Person"][0] == ("Kumi Naidoo", 4 * DOCUMENTS)
