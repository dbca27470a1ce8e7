"""``stats``, ``path`` and ``export``: the entity network of a SOURCE."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from text2kg.api.building import require_writable
from text2kg.graph.analysis import network
from text2kg.graph.analysis.export import export_graph as write_network
from text2kg.graph.analysis.network import Scores
from text2kg.graph.analysis.stats import GraphStats, graph_stats
from text2kg.graph.errors import StoreError
from text2kg.graph.stores.source import open_store, source_kind
from text2kg.graph.stores.store import GraphStore, OxigraphStore
from text2kg.graph.triples.iris import Iris
from text2kg.graph.upkeep.base_iri import stored_base

__all__ = ["Community", "NoPathError", "Stats", "entity_graph", "export_graph", "find_path", "stats"]


class NoPathError(LookupError):
    """Two entities that no chain of links joins."""


@dataclass(frozen=True)
class Community:
    """One community of the entity network: its number (0 is the largest) and its members'
    labels, the most central first."""

    number: int
    members: list[str]


@dataclass
class Stats:
    """What ``text2kg stats`` prints: the counts, and the entity network with its scores
    (None unless communities or a write-back were asked for)."""

    counts: GraphStats
    graph: nx.Graph | None = None
    scores: Scores | None = None
    #: Where the scores were written (a store, an endpoint or a file), and the graph they are in.
    written_to: str | None = None
    scores_graph: str | None = None

    def most_central(self, top: int = 5) -> list[tuple[str, float]]:
        """The ``top`` entities by PageRank, as (label, PageRank); none without scores.

        Entities of equal PageRank come in name order: their scores differ in the last bits
        with the order networkx met them in, which changes from run to run.
        """
        if self.scores is None:
            return []
        return [(self._label(n), self.scores.pagerank[n]) for n in sorted(self.scores.pagerank, key=self._rank)[:top]]

    def communities(self) -> list[Community]:
        """Every community, by number (the largest first), each with its members' labels
        in the order of :meth:`most_central`; none without scores."""
        if self.scores is None:
            return []
        groups: dict[int, list[str]] = {}
        for node, number in self.scores.community.items():
            groups.setdefault(number, []).append(node)
        return [Community(number, [self._label(n) for n in sorted(groups[number], key=self._rank)])
                for number in sorted(groups)]

    def _label(self, node: str) -> str:
        return self.graph.nodes[node]["label"]  # type: ignore[union-attr]

    def _rank(self, node: str) -> tuple[float, str]:
        return -round(self.scores.pagerank[node], 9), self._label(node)  # type: ignore[union-attr]


def entity_graph(source: str | Path, *, evidence: int = 5) -> nx.Graph:
    """The entity network of a SOURCE as a networkx graph, what ``viz``, ``path`` and
    ``export`` read: nodes are people, organisations, places and events (type, label,
    aliases, counts), links carry the typed facts and co-mentions between two entities with
    up to ``evidence`` sentences each (0: none, faster).

    Example::

        graph = entity_graph("graph.trig")
        scores = analyse(graph)                  # PageRank and Louvain communities
        to_pyvis(graph, rank=scores.pagerank)    # a pyvis Network to restyle in Jupyter
    """
    with open_store(source) as store:
        return network.to_networkx(store, evidence=evidence)


def stats(
    source: str | Path,
    *,
    top: int = 5,
    communities: bool = True,
    write_back: bool = False,
    output: str | Path | None = None,
) -> Stats:
    """Count documents, entities and mentions; with ``communities``, find each entity's
    PageRank and community: ``text2kg stats``.

    ``write_back`` stores PageRank and community (``t2k:pageRank``, ``t2k:community``) in
    the named graph ``<BASE>graph/analysis``, BASE being the base IRI the graph was built
    with: into a store folder or an endpoint, or, with ``output``, into a copy of the whole
    graph written to that file (the SOURCE is then left as it was). An input file is never
    written over: for a file SOURCE, give ``output``.

    Raises:
        StoreError: the SOURCE cannot be read, or the scores cannot go where asked.

    Example::

        stats("graph.trig", write_back=True, output="graph-scored.trig").scores_graph
    """
    if output is not None and not write_back:
        raise ValueError("output is where write_back writes the graph: give write_back=True")
    if write_back:
        _check_destination(source, output)
    with open_store(source, writable=write_back and output is None) as store:
        result = Stats(graph_stats(store, top=top))
        if not (communities or write_back):
            return result
        result.graph = network.to_networkx(store, evidence=0)
        result.scores = network.analyse(result.graph)
        if write_back:
            result.scores_graph = Iris(stored_base(store)).graph("analysis").value
            target = store if output is None else _in_memory(store)
            network.write_back(target, result.scores, result.scores_graph)
            if output is not None:
                target.dump(output)
            result.written_to = str(output if output is not None else source)
    return result


def _check_destination(source: str | Path, output: str | Path | None) -> None:
    """Refuse, before any work, to write scores over an input file."""
    is_file = source_kind(source) == "file"
    if output is None:
        if is_file:
            raise StoreError(f"{source}: an input file is not written over; write the graph with its scores "
                             "to another file (-o OUT.trig), or keep it in a store folder")
        return
    if is_file and Path(output).exists() and Path(output).resolve() == Path(source).resolve():
        raise StoreError(f"{output}: is the input file; write the graph with its scores to another file")
    require_writable(output)


def _in_memory(store: GraphStore) -> OxigraphStore:
    """The store itself when it is a file read into memory, else a copy there (a store
    folder opened to read, an endpoint), so the scores can be added without touching it."""
    if isinstance(store, OxigraphStore) and store.path is None:
        return store
    copy = OxigraphStore()
    copy.store.extend(list(store.quads()))
    return copy


def find_path(source: str | Path, first: str, second: str, *, typed_only: bool = False) -> tuple[nx.Graph, list[dict]]:
    """The shortest path from one entity to another, with the evidence for every hop:
    ``text2kg path``. Entities are named by IRI, name or alias, or ``"Name (Type)"``.

    Returns the entity graph (for the nodes' labels) and the hops, each a dict with
    ``from``, ``to``, ``relations`` (typed facts with their evidence) and ``co_mentions``.

    Raises:
        KeyError: a name means no entity, or several (the message lists them).
        NoPathError: the two are not connected (through typed facts, with ``typed_only``).

    Example::

        graph, hops = find_path("graph.trig", "Claire Dubois", "HRW")
    """
    try:
        return network.find_path(open_store(source), first, second, typed_only=typed_only)
    except nx.NetworkXNoPath:
        raise NoPathError(f"no path from {first!r} to {second!r}" + (" through typed facts" if typed_only else "")) from None


def export_graph(source: str | Path, output: str | Path) -> list[Path]:
    """Write the entity graph for Gephi (``.gexf``), Cytoscape (``.graphml``) or a
    spreadsheet (``.csv``, with ``.nodes.csv`` beside it): ``text2kg export``. Returns the
    files written.

    Example::

        export_graph("graph.trig", "entities.graphml")
    """
    return write_network(network.to_networkx(open_store(source)), output)
