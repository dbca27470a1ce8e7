"""Batched betweenness gives networkx's values: exact, sampled, on any small graph."""

from __future__ import annotations

import math

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from text2kg.graph.analysis.betweenness import betweenness_centrality


def same(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(
        math.isclose(a[v], b[v], rel_tol=1e-9, abs_tol=1e-12) or (math.isnan(a[v]) and math.isnan(b[v])) for v in a)


@pytest.mark.parametrize("graph", [
    nx.path_graph(5), nx.complete_graph(4), nx.empty_graph(3), nx.star_graph(6),
    nx.disjoint_union(nx.cycle_graph(7), nx.star_graph(4)),  # two components
    nx.Graph([("a", "b"), ("b", "c"), ("c", "c")]),  # a self-loop
    nx.barabasi_albert_graph(300, 2, seed=1),
], ids=["path", "complete", "no edges", "star", "two components", "self-loop", "scale-free"])
@pytest.mark.parametrize("k", [None, 1, 3, "all"])
def test_equals_networkx(graph: nx.Graph, k) -> None:
    k = len(graph) if k == "all" else k
    assert same(betweenness_centrality(graph, k=k, seed=7), nx.betweenness_centrality(graph, k=k, seed=7))


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 60), st.floats(0.0, 0.3), st.integers(0, 10**6), st.integers(0, 99))
def test_equals_networkx_on_random_graphs(n: int, p: float, graph_seed: int, sample_seed: int) -> None:
    graph = nx.gnp_random_graph(n, p, seed=graph_seed)
    k = max(1, n // 3)
    assert same(betweenness_centrality(graph, k=k, seed=sample_seed), nx.betweenness_centrality(graph, k=k, seed=sample_seed))
    assert same(betweenness_centrality(graph), nx.betweenness_centrality(graph))


def test_many_sources_go_in_batches(monkeypatch) -> None:
    import text2kg.graph.analysis.betweenness as module

    monkeypatch.setattr(module, "BATCH", 4)  # 50 sources: 13 batches, one of them short
    graph = nx.barabasi_albert_graph(50, 2, seed=5)
    assert same(betweenness_centrality(graph), nx.betweenness_centrality(graph))
