"""Ranks in the summary graph: the place of the first people and events by mentions, and
of the first co-mentioned pairs by sentences.

"Who is named most" would otherwise sort every count in the corpus at query time, with a
look-up of each node's type. A rank is given again after every change from the nodes
ranked before and those the change touched; only when a ranked node lost count is its
whole group read again (see :func:`rerank`).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from text2kg.graph.stores.store import GraphStore
from text2kg.graph.triples.vocab import Triple, term, typed

#: How many of each group get a rank (the top-N queries list 200).
RANKED = 200
_SUMMARY, _RDF_TYPE = term("t2k:summary"), term("rdf:type")



@dataclass(frozen=True)
class Ranking:
    """Nodes of ``types`` ranked by their ``count``, each type on its own, in ``rank``."""

    rank: ox.NamedNode
    count: ox.NamedNode
    types: tuple[ox.NamedNode, ...]


#: People and events by mentions (the ones the named queries list by mentions: every rank
#: costs those queries a look-up, so organisations, places and dates have none), and pairs.
RANKINGS = (
    Ranking(term("t2k:mentionRank"), term("t2k:mentionCount"), (term("t2k:Person"), term("t2k:Event"))),
    Ranking(term("t2k:coMentionRank"), term("t2k:coMentionCount"), (term("t2k:CoMention"),)),
)

Group = tuple[Ranking, ox.NamedNode]  # a ranking, and the type it ranks
Counts = dict[Group, dict[ox.NamedNode, int]]


def counts(triples: list[Triple]) -> Counts:
    """The count of each node to rank in these summary triples, by group."""
    types = {s: o for s, p, o in triples if p == _RDF_TYPE}
    groups: Counts = {}
    for s, p, o in triples:
        for ranking in RANKINGS:
            if p == ranking.count and types.get(s) in ranking.types:
                groups.setdefault((ranking, types[s]), {})[s] = int(o.value)
    return groups


def ranked(store: GraphStore) -> Counts:
    """The ranked nodes of each group, with the counts their ranks were given for."""
    groups: Counts = {}
    for ranking in RANKINGS:
        rows = store.query(f"SELECT ?n ?t ?c WHERE {{ GRAPH {_SUMMARY} {{ ?n {ranking.rank} ?r ; a ?t ; {ranking.count} ?c }} }}")
        for row in rows:
            groups.setdefault((ranking, row["t"]), {})[row["n"]] = int(row["c"].value)
    return groups


def rank_all(store: GraphStore, fresh: Counts) -> None:
    """Rank every group from scratch: ``fresh`` holds every node to rank."""
    store.add(_SUMMARY, _rank_triples({group: _top(nodes) for group, nodes in fresh.items()}))


def rerank(store: GraphStore, before: Counts, touched: set[ox.NamedNode], fresh: Counts) -> None:
    """Give the ranks again, after the counts of ``touched`` changed to ``fresh``.

    The first :data:`RANKED` of a group are still among those ranked before and those
    touched, unless a ranked node was touched and lost count (or its type), letting an
    untouched one in: only then is the whole group read again.
    """
    tops: dict[Group, list[ox.NamedNode]] = {}
    for group in {*before, *fresh}:
        was, now = before.get(group, {}), fresh.get(group, {})
        if any(node in touched and now.get(node, -1) < count for node, count in was.items()):
            tops[group] = _top(_group_counts(store, group))
        else:
            tops[group] = _top({**was, **now})
    for ranking in RANKINGS:
        store.update(f"DELETE WHERE {{ GRAPH {_SUMMARY} {{ ?n {ranking.rank} ?r }} }}")
    store.add(_SUMMARY, _rank_triples(tops))


def _group_counts(store: GraphStore, group: Group) -> dict[ox.NamedNode, int]:
    ranking, type_ = group
    rows = store.query(f"SELECT ?n ?c WHERE {{ GRAPH {_SUMMARY} {{ ?n a {type_} ; {ranking.count} ?c }} }}")
    return {row["n"]: int(row["c"].value) for row in rows}


def _top(nodes: dict[ox.NamedNode, int]) -> list[ox.NamedNode]:
    """The first :data:`RANKED`: most counted first, ties by IRI."""
    return sorted(nodes, key=lambda node: (-nodes[node], node.value))[:RANKED]


def _rank_triples(tops: dict[Group, list[ox.NamedNode]]) -> list[Triple]:
    return [(node, ranking.rank, typed(place, "integer"))
            for (ranking, _), nodes in tops.items() for place, node in enumerate(nodes, 1)]
