"""The entity graph: projection, analysis, paths with evidence, export."""

from __future__ import annotations

import csv
import dataclasses

import networkx as nx
import pytest

from tests.conftest import make_extraction
from tests.graph.helpers import load, rows
from text2kg.graph.analysis.export import export_graph
from text2kg.graph.analysis.network import Scores, analyse, find_node, shortest_path, to_networkx, write_back
from text2kg.graph.stores.store import OxigraphStore
from text2kg.records import Relation

A = dataclasses.replace(make_extraction(
    "a.txt", "Ebrahim Raisi was part of the Death Committee. Kumi Naidoo met Ebrahim Raisi in Geneva.",
    [("Person", "Ebrahim Raisi", ["Raisi"], ["Ebrahim Raisi", "Ebrahim Raisi"]),
     ("Organization", "Death Committee", [], ["Death Committee"]),
     ("Person", "Kumi Naidoo", [], ["Kumi Naidoo"]), ("Place", "Geneva", [], ["Geneva"])]),
    relations=(Relation("person/Ebrahim Raisi", "memberOf", "organization/Death Committee", 0, "part-of", 0.85),))
B = make_extraction("b.txt", "Kumi Naidoo and Guy Verhofstadt spoke. Anna Lind stayed home.",
                    [("Person", "Kumi Naidoo", [], ["Kumi Naidoo"]), ("Person", "Guy Verhofstadt", [], ["Guy Verhofstadt"]),
                     ("Person", "Anna Lind", [], ["Anna Lind"])])


@pytest.fixture(scope="module")
def store():
    return load(OxigraphStore(), A, B)


@pytest.fixture(scope="module")
def graph(store) -> nx.Graph:
    return to_networkx(store)


def test_nodes_and_edges_keep_types_evidence_and_co_mentions_apart(graph: nx.Graph) -> None:
    raisi = find_node(graph, "Raisi")
    assert graph.nodes[raisi] == {"type": "Person", "label": "Ebrahim Raisi", "aliases": ["Raisi"],
                                  "mentions": 2, "documents": 1}
    committee = find_node(graph, "Death Committee")
    edge = graph.edges[raisi, committee]
    assert [r["type"] for r in edge["relations"]] == ["memberOf"]
    assert edge["relations"][0]["evidence"] == [{"subject": raisi, "sentence": "Ebrahim Raisi was part of the Death Committee.",
                                                 "document": "a.txt"}]
    assert edge["co_mentions"] == 1
    naidoo = find_node(graph, "Kumi Naidoo")
    assert graph.edges[naidoo, find_node(graph, "Guy Verhofstadt")]["relations"] == []
    assert graph.nodes[naidoo]["documents"] == 2
    assert graph.degree(find_node(graph, "Anna Lind")) == 0


def test_analysis_scores_and_communities(graph: nx.Graph) -> None:
    scores = analyse(graph)
    central = max(scores.pagerank, key=scores.pagerank.get)
    assert graph.nodes[central]["label"] in ("Kumi Naidoo", "Ebrahim Raisi")
    assert set(scores.community) == set(graph)
    assert scores.community[find_node(graph, "Anna Lind")] != scores.community[find_node(graph, "Kumi Naidoo")]


def test_an_empty_graph_has_no_scores() -> None:
    assert analyse(nx.Graph()) == Scores({}, {})


def test_path_prefers_typed_facts_and_carries_evidence(graph: nx.Graph) -> None:
    hops = shortest_path(graph, find_node(graph, "Guy Verhofstadt"), find_node(graph, "Death Committee"))
    assert [graph.nodes[h["to"]]["label"] for h in hops] == ["Kumi Naidoo", "Ebrahim Raisi", "Death Committee"]
    assert hops[-1]["relations"][0]["type"] == "memberOf"
    assert hops[0]["co_mention_evidence"][0]["sentence"] == "Kumi Naidoo and Guy Verhofstadt spoke."
    with pytest.raises(nx.NetworkXNoPath):
        shortest_path(graph, find_node(graph, "Guy Verhofstadt"), find_node(graph, "Death Committee"), typed_only=True)


def test_names_that_are_unknown_or_ambiguous_are_errors(graph: nx.Graph) -> None:
    with pytest.raises(KeyError, match="no entity is called"):
        find_node(graph, "Nobody")


def test_write_back_lets_sparql_rank_by_pagerank(store, graph: nx.Graph) -> None:
    write_back(store, analyse(graph), "https://w3id.org/text2kg/id/graph/analysis")
    top = rows(store, "SELECT ?n ?r ?c WHERE { ?e rdfs:label ?n ; t2k:pageRank ?r ; t2k:community ?c } ORDER BY DESC(?r) LIMIT 1")
    assert top[0]["n"] in ("Kumi Naidoo", "Ebrahim Raisi") and top[0]["c"].isdigit()


@pytest.mark.parametrize("ending", [".graphml", ".gexf", ".csv"])
def test_export_keeps_the_attributes(graph: nx.Graph, tmp_path, ending: str) -> None:
    written = export_graph(graph, tmp_path / f"entities{ending}")
    if ending == ".csv":
        edges = list(csv.DictReader(written[0].open(encoding="utf-8")))
        member = next(e for e in edges if e["relations"] == "memberOf")
        assert "Ebrahim Raisi was part of the Death Committee." in member["evidence"]
        nodes = list(csv.DictReader(written[1].open(encoding="utf-8")))
        assert {n["label"] for n in nodes} >= {"Ebrahim Raisi", "Anna Lind"}
    else:
        again = nx.read_graphml(written[0]) if ending == ".graphml" else nx.read_gexf(written[0])
        assert again.number_of_nodes() == graph.number_of_nodes()
        node = find_node(graph, "Raisi")
        assert again.nodes[node]["aliases"] == "Raisi" and again.nodes[node]["type"] == "Person"
