"""The entity graph as networkx: projection from any SOURCE, and the analyses users run.

Nodes are entities (``type``, ``label``, ``aliases``, ``mentions``, ``documents``; a linked
place also ``geonames`` and, for a city, ``lat``/``long``; an entity a fact dates, ``dates``:
``{"fact": ..., "value": ISO}`` each, for the browser's timeline); an edge
joins two entities that a typed fact relates (``relations``: the fact types, each with
its evidence sentences and documents) or that share sentences (``co_mentions``: how many).
Typed facts and co-mentions stay apart on every edge; ``weight`` counts both.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from text2kg.graph.errors import StoreError
from text2kg.graph.analysis.evidence import EVIDENCE, add_evidence
from text2kg.graph.analysis.merged import is_merged, merged_to_networkx
from text2kg.graph.upkeep import summary
from text2kg.graph.stores.store import GraphStore, OxigraphStore

log = logging.getLogger("text2kg")

#: Entity types that become nodes (dates are values, not actors).
NODE_TYPES = ("Person", "Organization", "Place", "Event")

#: Entities of the corpus, from the summary graph: one row each, however many documents
#: name them. (Joined over the document graphs instead, an entity's type, label and alias
#: triples repeat once per document, and the rows multiply: 37 minutes for 500 documents.)
_NODES = """SELECT ?e ?type ?label ?mentions ?documents WHERE { GRAPH t2k:summary {
  ?e a ?type ; skos:prefLabel ?label ; t2k:mentionCount ?mentions ; t2k:documentCount ?documents } }"""

#: Every other name an entity is given, once per name (DISTINCT over the document graphs).
_NAMES = """SELECT DISTINCT ?e ?name WHERE { GRAPH ?g { { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } } }"""

#: Linked places' GeoNames ids and coordinates, from the summary.
_PLACES = """SELECT ?e ?geonames ?lat ?long WHERE { GRAPH t2k:summary {
  ?e t2k:geonamesId ?geonames OPTIONAL { ?e geo:lat ?lat ; geo:long ?long } } }"""

#: The same from a file of triples, which has no summary (one row per place; a place two
#: documents link differently keeps the first, as ``geonames`` is one id).
_MERGED_PLACES = """SELECT ?e (MIN(?g) AS ?geonames) (MIN(?la) AS ?lat) (MIN(?lo) AS ?long) WHERE {
  ?e t2k:geonamesId ?g OPTIONAL { ?e geo:lat ?la ; geo:long ?lo } } GROUP BY ?e"""

#: Facts whose object is a date with an ISO value (an event's pointInTime, an inception), from the summary.
_DATED = """SELECT ?e ?p ?iso WHERE { GRAPH t2k:summary { ?e ?p ?d . ?d t2k:isoValue ?iso } }"""

#: The same from a file of triples, which has no summary.
_MERGED_DATED = """SELECT DISTINCT ?e ?p ?iso WHERE { ?e ?p ?d . ?d a t2k:Date ; t2k:isoValue ?iso }"""

#: Facts between entities, each once (the summary's plain triples).
_FACTS = """SELECT ?s ?p ?o WHERE { GRAPH t2k:summary { ?s ?p ?o . ?o t2k:mentionCount ?n } }"""

#: Posts held in an organisation (or country), each once, with the role's name.
_POSTS = """SELECT ?s ?o ?role WHERE { GRAPH t2k:summary {
  ?m a org:Membership ; org:member ?s ; org:organization ?o ; org:role ?r . ?r skos:prefLabel ?role } }"""

#: Pairs named in one sentence, with how many sentences do so.
_CO_MENTIONS = """SELECT ?s ?o ?count WHERE { GRAPH t2k:summary {
  ?pair a t2k:CoMention ; rdf:subject ?s ; rdf:object ?o ; t2k:coMentionCount ?count } }"""


def to_networkx(store: GraphStore, types: tuple[str, ...] = NODE_TYPES, *, evidence: int = EVIDENCE) -> nx.Graph:
    """Project a store onto an undirected entity graph (see the module docstring).

    Nodes and links come from the summary graph, so the cost grows with the entities and
    facts of the corpus, not with how often each is named. ``evidence``: sentences kept per
    link and kind (0: none; :func:`text2kg.graph.analysis.evidence.add_evidence` adds them later).

    Raises:
        StoreError: the store has documents but no summary of them.
    """
    if is_merged(store):  # a file is small: its sentences are read with it, whatever ``evidence`` says
        graph = merged_to_networkx(store, types, evidence or EVIDENCE)
        _add_places(graph, store.query(_MERGED_PLACES))
        _add_dates(graph, store.query(_MERGED_DATED))
        return graph
    check_summary(store)
    graph = nx.Graph()
    for row in store.query(_NODES):
        type_ = row["type"].value.rsplit("#", 1)[-1]
        if type_ in types:
            graph.add_node(row["e"].value, type=type_, label=row["label"].value, aliases=[],
                           mentions=int(row["mentions"].value), documents=int(row["documents"].value))
    names: dict[str, set[str]] = defaultdict(set)
    for row in store.query(_NAMES):
        e = row["e"].value
        if e in graph:
            names[e].add(row["name"].value)
    for e, found in names.items():
        graph.nodes[e]["aliases"] = sorted(found - {graph.nodes[e]["label"]})
    _add_places(graph, store.query(_PLACES))
    _add_dates(graph, store.query(_DATED))
    facts: dict[tuple[str, str], set[str]] = defaultdict(set)  # pair -> kinds of fact
    for row in store.query(_FACTS):
        s, o = row["s"].value, row["o"].value
        if s in graph and o in graph and s != o:
            facts[_pair(s, o)].add(row["p"].value.rsplit("#", 1)[-1])
    for row in store.query(_POSTS):
        s, o = row["s"].value, row["o"].value
        if s in graph and o in graph and s != o:
            facts[_pair(s, o)].add(row["role"].value)
    for (a, b), kinds in facts.items():
        relations = [{"type": kind, "evidence": []} for kind in sorted(kinds)]
        graph.add_edge(a, b, relations=relations, co_mentions=0, weight=len(relations))
    for row in store.query(_CO_MENTIONS):
        a, b = row["s"].value, row["o"].value
        if a in graph and b in graph and a != b:
            count = int(row["count"].value)
            if graph.has_edge(a, b):
                graph.edges[a, b]["co_mentions"] += count
                graph.edges[a, b]["weight"] += count
            else:
                graph.add_edge(a, b, relations=[], co_mentions=count, weight=count)
    if evidence:
        add_evidence(store, graph, evidence)
    return graph


def _add_places(graph: nx.Graph, rows) -> None:
    """Give place nodes their ``geonames`` id and ``lat``/``long`` (floats), where known."""
    for row in rows:
        node = graph.nodes.get(row["e"].value)
        if node is not None:
            node["geonames"] = row["geonames"].value
            if row["lat"] is not None:
                node.update(lat=float(row["lat"].value), long=float(row["long"].value))


def _add_dates(graph: nx.Graph, rows) -> None:
    """Give nodes the ``dates`` their facts give them (sorted), so a timeline needs no store."""
    for row in rows:
        node = graph.nodes.get(row["e"].value)
        if node is not None:
            node.setdefault("dates", []).append({"fact": row["p"].value.rsplit("#", 1)[-1], "value": row["iso"].value})
    for _, d in graph.nodes(data=True):
        if "dates" in d:
            d["dates"].sort(key=lambda x: (x["value"], x["fact"]))


def check_summary(store: GraphStore) -> None:
    """Make sure the summary graph counts the stored documents, or say what is wrong.

    A graph loaded from a file into memory (or one made by an older text2kg) gets its
    summary recomputed there; a store folder or an endpoint is only read, so a summary
    left behind by a build that stopped half way is reported.

    Raises:
        StoreError: the store has documents and no summary of them at all.
    """
    if summary.is_sealed(store) or not bool(store.query("ASK { ?d a t2k:Document }")):
        return
    if isinstance(store, OxigraphStore) and store.path is None:
        summary.rebuild(store)
        return
    if not bool(store.query("ASK { GRAPH t2k:summary { ?s ?p ?o } }")):
        raise StoreError("the graph has documents but no summary of them (a build stopped before it finished): "
                         "build into it again, with or without documents, to make one")
    log.warning("the summary is out of date (a build or remove stopped before refreshing it, or an older text2kg "
                "made it): what is shown misses the latest changes; build into the store again to refresh it")


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


@dataclass
class Scores:
    """What ``stats`` prints and ``--write-back`` stores: each entity's PageRank and community."""

    pagerank: dict[str, float]
    community: dict[str, int]


def rank(graph: nx.Graph) -> dict[str, float]:
    """Each entity's PageRank, its links weighted by how many facts and co-mentions they carry:
    the one measure of centrality that sizes nodes, cuts large views and ranks ``stats``."""
    return nx.pagerank(graph, weight="weight")


def analyse(graph: nx.Graph, *, seed: int = 7) -> Scores:
    """PageRank and Louvain communities (numbered from the largest)."""
    communities = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    community = {n: i for i, group in enumerate(sorted(communities, key=len, reverse=True)) for n in group}
    return Scores(rank(graph), community)


def find_node(graph: nx.Graph, name: str) -> str:
    """The node an entity's IRI, name or alias means; :class:`KeyError` when none or several do.

    ``name`` may be an IRI (bare or in ``<...>``), a name or alias (any case), or a name with
    its type, ``Georgia (Place)``, as the message for an ambiguous name lists them. A name
    that is one entity's own label and only other entities' alias means that entity.
    """
    iri = name[1:-1] if name.startswith("<") and name.endswith(">") else name
    if iri in graph:
        return iri
    if iri.startswith(("http://", "https://", "urn:")):
        raise KeyError(f"no entity has the IRI <{iri}>")
    wanted, type_ = name.strip(), None
    typed_name = re.fullmatch(r"(.+?)\s*\((\w+)\)", wanted)
    if typed_name and typed_name.group(2) in NODE_TYPES:
        wanted, type_ = typed_name.group(1), typed_name.group(2)
    wanted = wanted.casefold()
    labelled, aliased = [], []
    for n, d in graph.nodes(data=True):
        if type_ is not None and d["type"] != type_:
            continue
        if d["label"].casefold() == wanted:
            labelled.append(n)
        elif wanted in (a.casefold() for a in d["aliases"]):
            aliased.append(n)
    found = labelled if len(labelled) == 1 else labelled + aliased
    if len(found) == 1:
        return found[0]
    if not found:
        raise KeyError(f"no entity is called {name!r}")
    choices = "; ".join(sorted(f"{graph.nodes[n]['label']} ({graph.nodes[n]['type']}) <{n}>" for n in found))
    raise KeyError(f"{name!r} names several entities; give one by its IRI or as 'Name (Type)': {choices}")


def shortest_path(graph: nx.Graph, source: str, target: str, typed_only: bool = False) -> list[dict]:
    """The hops from one entity to another, each with the evidence its link carries; typed
    facts are preferred to co-mentions (a co-mention costs more), and ``typed_only``
    ignores co-mentions."""
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


def find_path(store: GraphStore, first: str, second: str, *, typed_only: bool = False) -> tuple[nx.Graph, list[dict]]:
    """The entity graph and the hops from ``first`` to ``second`` (IRIs or names, as for
    :func:`find_node`), with the evidence of only the links on the path read from the store.

    Raises:
        KeyError: a name means no entity, or several.
        networkx.NetworkXNoPath: the two are not connected.
    """
    graph = to_networkx(store, evidence=0)
    a, b = find_node(graph, first), find_node(graph, second)
    hops = shortest_path(graph, a, b, typed_only=typed_only)
    add_evidence(store, graph.edge_subgraph([(hop["from"], hop["to"]) for hop in hops]))
    for hop in hops:  # the links' data now carry their sentences
        hop["co_mention_evidence"] = graph.edges[hop["from"], hop["to"]].get("co_mention_evidence", [])
    return graph, hops


def write_back(store: GraphStore, scores: Scores, graph_iri: str) -> None:
    """Store PageRank and community in their own named graph, so SPARQL can use them."""
    import pyoxigraph as ox

    from text2kg.graph.triples.vocab import term, typed

    triples = []
    for node, rank in scores.pagerank.items():
        triples.append((ox.NamedNode(node), term("t2k:pageRank"), typed(repr(float(rank)), "double")))
        triples.append((ox.NamedNode(node), term("t2k:community"), typed(scores.community[node], "integer")))
    store.replace_graph(ox.NamedNode(graph_iri), triples)
