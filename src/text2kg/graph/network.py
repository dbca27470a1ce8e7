"""The entity graph as networkx: projection from any SOURCE, and the analyses users run.

Nodes are entities (``type``, ``label``, ``aliases``, ``mentions``, ``documents``); an edge
joins two entities that a typed fact relates (``relations``: the fact types, each with
its evidence sentences and documents) or that share sentences (``co_mentions``: how many).
Typed facts and co-mentions stay apart on every edge; ``weight`` counts both.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from text2kg.graph.betweenness import betweenness_centrality
from text2kg.graph.store import GraphStore

#: Entity types that become nodes (dates are values, not actors).
NODE_TYPES = ("Person", "Organization", "Place", "Event")

_NODES = """
SELECT ?e ?type ?label (GROUP_CONCAT(DISTINCT ?alt; separator="\\u001f") AS ?aliases)
       (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?d) AS ?documents)
WHERE {
  VALUES ?type { t2k:Person t2k:Organization t2k:Place t2k:Event }
  ?e a ?type ; rdfs:label ?label .
  OPTIONAL { ?e skos:altLabel ?alt }
  OPTIONAL { ?m itsrdf:taIdentRef ?e ; nif:referenceContext ?d }
} GROUP BY ?e ?type ?label"""

_FACTS = """
SELECT DISTINCT ?s ?p ?o ?sentence ?text ?doc ?confidence WHERE {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      t2k:confidence ?confidence ; prov:wasDerivedFrom ?sentence .
  ?sentence nif:anchorOf ?text ; nif:referenceContext ?d . ?d dcterms:identifier ?doc .
  FILTER (?p != t2k:coMentionedWith)
}"""

_CO_MENTIONS = """
SELECT ?s ?o (SUM(?n) AS ?count) WHERE {
  ?st a rdf:Statement ; rdf:predicate t2k:coMentionedWith ; rdf:subject ?s ; rdf:object ?o ;
      t2k:coMentionCount ?n .
} GROUP BY ?s ?o"""

_CO_MENTION_EVIDENCE = """
SELECT DISTINCT ?s ?o ?text ?doc WHERE {
  ?st a rdf:Statement ; rdf:predicate t2k:coMentionedWith ; rdf:subject ?s ; rdf:object ?o ;
      prov:wasDerivedFrom ?sentence .
  ?sentence nif:anchorOf ?text ; nif:referenceContext ?d . ?d dcterms:identifier ?doc .
}"""

_POSITIONS = """
SELECT DISTINCT ?s ?o ?post ?text ?doc WHERE {
  ?m a org:Membership ; org:member ?s ; org:organization ?o ; org:role/rdfs:label ?post ;
     prov:wasDerivedFrom ?sentence .
  ?sentence nif:anchorOf ?text ; nif:referenceContext ?d . ?d dcterms:identifier ?doc .
}"""


def to_networkx(store: GraphStore, types: tuple[str, ...] = NODE_TYPES) -> nx.Graph:
    """Project a store onto an undirected entity graph (see the module docstring)."""
    graph = nx.Graph()
    for row in store.query(_NODES):
        type_ = row["type"].value.rsplit("#", 1)[1]
        if type_ not in types:
            continue
        aliases = sorted(a for a in row["aliases"].value.split("\x1f") if a) if row["aliases"] else []
        graph.add_node(row["e"].value, type=type_, label=row["label"].value, aliases=aliases,
                       mentions=int(row["mentions"].value), documents=int(row["documents"].value))
    facts: dict[tuple[str, str], dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for row in store.query(_FACTS):
        s, o = row["s"].value, row["o"].value
        if s in graph and o in graph and s != o:
            name = row["p"].value.rsplit("#", 1)[-1]
            facts[_pair(s, o)][name].append({"subject": s, "sentence": row["text"].value, "document": row["doc"].value})
    for row in store.query(_POSITIONS):
        s, o = row["s"].value, row["o"].value
        if s in graph and o in graph:
            facts[_pair(s, o)][row["post"].value].append({"subject": s, "sentence": row["text"].value, "document": row["doc"].value})
    for (a, b), kinds in facts.items():
        relations = [{"type": kind, "evidence": _dedupe(ev)} for kind, ev in sorted(kinds.items())]
        graph.add_edge(a, b, relations=relations, co_mentions=0, weight=sum(len(r["evidence"]) for r in relations))
    for row in store.query(_CO_MENTIONS):
        a, b = row["s"].value, row["o"].value
        if a in graph and b in graph and a != b:
            count = int(float(row["count"].value))
            if graph.has_edge(a, b):
                graph.edges[a, b]["co_mentions"] += count
                graph.edges[a, b]["weight"] += count
            else:
                graph.add_edge(a, b, relations=[], co_mentions=count, weight=count)
    for row in store.query(_CO_MENTION_EVIDENCE):
        a, b = row["s"].value, row["o"].value
        if graph.has_edge(a, b):
            graph.edges[a, b].setdefault("co_mention_evidence", []).append(
                {"sentence": row["text"].value, "document": row["doc"].value})
    return graph


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _dedupe(evidence: list[dict]) -> list[dict]:
    seen, out = set(), []
    for e in evidence:
        key = (e["document"], e["sentence"])
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


@dataclass
class Scores:
    """Per-node scores and the communities of a graph."""

    degree: dict[str, float]
    pagerank: dict[str, float]
    betweenness: dict[str, float]
    community: dict[str, int]


def analyse(graph: nx.Graph, *, betweenness_sample: int = 500, seed: int = 7) -> Scores:
    """Degree centrality, PageRank, betweenness (sampled past ``betweenness_sample`` nodes)
    and Louvain communities (numbered from the largest)."""
    if graph.number_of_nodes() == 0:
        return Scores({}, {}, {}, {})
    degree = nx.degree_centrality(graph)
    pagerank = nx.pagerank(graph, weight="weight")
    k = betweenness_sample if graph.number_of_nodes() > betweenness_sample else None
    betweenness = betweenness_centrality(graph, k=k, seed=seed)  # networkx's values, 10x sooner
    communities = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    community = {n: i for i, group in enumerate(sorted(communities, key=len, reverse=True)) for n in group}
    return Scores(degree, pagerank, betweenness, community)


def find_node(graph: nx.Graph, name: str) -> str:
    """The node an entity name or alias means; :class:`KeyError` when none or several do."""
    wanted = name.casefold()
    found = [n for n, d in graph.nodes(data=True)
             if d["label"].casefold() == wanted or wanted in (a.casefold() for a in d["aliases"])]
    if len(found) == 1:
        return found[0]
    if not found:
        raise KeyError(f"no entity is called {name!r}")
    labels = ", ".join(sorted(f"{graph.nodes[n]['label']} ({graph.nodes[n]['type']})" for n in found))
    raise KeyError(f"{name!r} names several entities: {labels}")


def shortest_path(graph: nx.Graph, source: str, target: str, typed_only: bool = False) -> list[dict]:
    """The hops from one entity to another, each with its evidence; typed facts are preferred
    to co-mentions (a co-mention costs more), and ``typed_only`` ignores co-mentions."""
    view = graph.edge_subgraph([(a, b) for a, b, d in graph.edges(data=True) if d["relations"]]) if typed_only else graph
    if source not in view or target not in view:
        raise nx.NetworkXNoPath(f"no path between {source} and {target}")
    cost = lambda a, b, d: 1.0 if d["relations"] else 3.0  # noqa: E731
    nodes = nx.shortest_path(view, source, target, weight=cost)
    hops = []
    for a, b in zip(nodes, nodes[1:]):
        data = graph.edges[a, b]
        hops.append({"from": a, "to": b, "relations": data["relations"], "co_mentions": data["co_mentions"],
                     "co_mention_evidence": data.get("co_mention_evidence", [])})
    return hops


def ego(graph: nx.Graph, center: str, hops: int = 2) -> nx.Graph:
    """The entities within ``hops`` of ``center``."""
    return nx.ego_graph(graph, center, radius=hops)


def k_core(graph: nx.Graph, k: int) -> nx.Graph:
    """The part of the graph where every entity has at least ``k`` neighbours."""
    return nx.k_core(graph, k)


def write_back(store: GraphStore, scores: Scores, graph_iri: str) -> None:
    """Store PageRank and community in their own named graph, so SPARQL can use them."""
    import pyoxigraph as ox

    from text2kg.graph.vocab import term, typed

    triples = []
    for node, rank in scores.pagerank.items():
        triples.append((ox.NamedNode(node), term("t2k:pageRank"), typed(repr(float(rank)), "double")))
        triples.append((ox.NamedNode(node), term("t2k:community"), typed(scores.community[node], "integer")))
    store.replace_graph(ox.NamedNode(graph_iri), triples)
