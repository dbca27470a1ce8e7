"""Choosing what the HTML browser shows: types, a focus, a minimum degree, a size limit."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from text2kg.graph.analysis.evidence import add_evidence
from text2kg.graph.analysis.network import NODE_TYPES, find_node, rank, to_networkx
from text2kg.graph.stores.store import GraphStore

#: Nodes a page shows by default: measured to draw in chromium in a few seconds.
DEFAULT_MAX_NODES = 2000


@dataclass
class View:
    """A page's graph, the PageRank that sizes its nodes, what was left out, and the corpus size."""

    graph: nx.Graph
    rank: dict[str, float]
    notice: str | None
    documents: int


def select_view(
    store: GraphStore,
    *,
    types: tuple[str, ...] = NODE_TYPES,
    focus: str | None = None,
    hops: int = 2,
    min_degree: int = 0,
    max_nodes: int = DEFAULT_MAX_NODES,
    query: str | None = None,
) -> View:
    """The part of the entity graph a page shows, with a notice saying what was left out.

    ``query`` is a SPARQL SELECT: the entities it returns (in any column) are kept.
    Over ``max_nodes``, the most central entities (PageRank) are kept. PageRank is the only
    analysis a page needs, and it is computed once, before the cut: the same numbers choose
    the entities kept and size them, so an entity is drawn as central as it is among all
    those selected. Only the links shown get their evidence.
    """
    graph = to_networkx(store, types, evidence=0)
    notes = []
    if query is not None:
        keep = {term.value for row in store.query(query) for term in row if term is not None and term.value in graph}
        graph = graph.subgraph(keep).copy()
        notes.append(f"showing the {graph.number_of_nodes()} entities your query returned")
    if focus is not None:
        graph = nx.ego_graph(graph, find_node(graph, focus), radius=hops)
        notes.append(f"showing entities within {hops} hop(s) of {focus}")
    if min_degree:
        graph = graph.subgraph([n for n in graph if graph.degree(n) >= min_degree]).copy()
    pagerank = rank(graph)
    if graph.number_of_nodes() > max_nodes:
        total = graph.number_of_nodes()
        keep = sorted(pagerank, key=lambda n: (-pagerank[n], n))[:max_nodes]
        graph = graph.subgraph(keep).copy()
        pagerank = {n: pagerank[n] for n in keep}
        notes.append(
            f"{total - max_nodes} of {total} entities are left out (the least central). "
            "See them with --focus NAME, --types, --min-degree or a larger --max-nodes."
        )
    add_evidence(store, graph)
    documents = int(next(iter(store.query("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a t2k:Document }")))["n"].value)
    return View(graph, pagerank, "; ".join(notes) or None, documents)
