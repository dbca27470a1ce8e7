"""The pyvis Network for notebooks: the browser's look, evidence in tooltips, markup inert,
and a clear refusal of graphs too big for it. No browser needed: pyvis's own data is read."""

from __future__ import annotations

import networkx as nx
import pytest

from tests.graph.test_browser import EVIL, browser_store
from text2kg.graph.analysis.network import find_node, to_networkx
from text2kg.graph.web.browser import STYLES
from text2kg.graph.web.pyvis_view import to_pyvis


@pytest.fixture(scope="module")
def graph() -> nx.Graph:
    return to_networkx(browser_store())


def test_nodes_look_as_in_the_browser_and_the_most_central_is_largest(graph: nx.Graph) -> None:
    net = to_pyvis(graph)
    nodes = {n["id"]: n for n in net.nodes}
    assert set(nodes) == set(graph)
    rajavi = nodes[find_node(graph, "Maryam Rajavi")]
    assert (rajavi["label"], rajavi["color"], rajavi["shape"]) == ("Maryam Rajavi", STYLES["Person"]["color"], "dot")
    assert nodes[find_node(graph, "NCRI")]["shape"] == STYLES["Organization"]["shape"]
    assert rajavi["size"] == max(n["size"] for n in nodes.values())
    assert rajavi["title"].splitlines() == ["Maryam Rajavi (Person)", "also: Rajavi", "2 mention(s) in 1 document(s)"]


def test_links_carry_their_evidence_sentences(graph: nx.Graph) -> None:
    net = to_pyvis(graph)
    fact = next(e for e in net.edges if e.get("label") == "memberOf")
    assert "Maryam Rajavi leads the National Council of Resistance of Iran." in fact["title"]
    assert not fact["dashes"]
    co_mention = next(e for e in net.edges if "label" not in e)
    assert co_mention["dashes"] and "named together in 1 sentence(s)" in co_mention["title"]


def test_a_given_rank_sizes_the_nodes(graph: nx.Graph) -> None:
    small = find_node(graph, "Maryam Rajavi")
    sizes = {n["id"]: n["size"] for n in to_pyvis(graph, rank={small: 0.0, find_node(graph, "NCRI"): 1.0}).nodes}
    assert sizes[small] == 8.0


def test_markup_in_documents_stays_text_in_the_page(graph: nx.Graph) -> None:
    html = to_pyvis(graph).generate_html()
    assert EVIL not in html and "<script>pwned" not in html
    assert "\\u003cimg src=x onerror" in html  # in the data, escaped, shown as text by vis-network


def test_a_graph_too_big_for_pyvis_is_refused_with_the_way_out() -> None:
    big = nx.path_graph(5)
    with pytest.raises(ValueError, match=r"5 entities are too many for pyvis \(at most 4\).*text2kg viz"):
        to_pyvis(big, max_nodes=4)
