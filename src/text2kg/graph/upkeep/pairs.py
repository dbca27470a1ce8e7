"""Co-mentioned pairs in the summary graph: their node, their totals, and the few sentences
kept as their evidence (see :mod:`text2kg.graph.upkeep.summary`)."""

from __future__ import annotations

import pyoxigraph as ox

from text2kg.graph.stores.sparql import values
from text2kg.graph.stores.store import GraphStore
from text2kg.graph.triples.iris import Iris
from text2kg.graph.triples.vocab import Triple, term, typed

#: Sentences kept on a co-mentioned pair, from as many documents as there are up to this.
EVIDENCE = 5

_RDF_TYPE, _SUBJECT, _OBJECT, _DERIVED = term("rdf:type"), term("rdf:subject"), term("rdf:object"), term("prov:wasDerivedFrom")
_CO_MENTION, _DOCS, _SENTENCES = term("t2k:CoMention"), term("t2k:documentCount"), term("t2k:coMentionCount")

Pair = tuple[ox.NamedNode, ox.NamedNode]


def pair(a: ox.NamedNode, b: ox.NamedNode) -> Pair:
    """Two entities in the order the summary keeps them (by IRI)."""
    return (a, b) if a.value < b.value else (b, a)


def pair_node(a: ox.NamedNode, b: ox.NamedNode) -> ox.NamedNode:
    """The summary's node for a pair of entities."""
    return Iris.summary("co-mention", *pair(a, b))



def pair_triples(store: GraphStore, pairs: list[Pair] | None) -> list[Triple]:
    """The totals of co-mentioned ``pairs`` (all when None), from the document graphs, and
    a few of the sentences that name each pair (see :func:`_sample`).

    A co-mention statement cites each of its sentences (its ``t2k:coMentionCount`` of
    them), so the corpus's sentences for a pair are counted as the sentences cited. (Only
    co-mention statements have a count: matching ``rdf:predicate`` as a constant instead
    makes Oxigraph start from every co-mention of the corpus, 500 times slower.)
    """
    if pairs is None:
        where = """
      GRAPH ?g { ?st rdf:predicate t2k:coMentionedWith ; rdf:subject ?x ; rdf:object ?y ; prov:wasDerivedFrom ?sentence }
      BIND(IF(STR(?x) < STR(?y), ?x, ?y) AS ?a) BIND(IF(STR(?x) < STR(?y), ?y, ?x) AS ?b)"""
    else:
        where = f"""
      {values("(?a ?b)", pairs)}
      {{ GRAPH ?g {{ ?a t2k:coMentionedWith ?b . ?st rdf:subject ?a ; rdf:object ?b ; t2k:coMentionCount ?k ;
                   prov:wasDerivedFrom ?sentence }} }}
      UNION
      {{ GRAPH ?g {{ ?b t2k:coMentionedWith ?a . ?st rdf:subject ?b ; rdf:object ?a ; t2k:coMentionCount ?k ;
                   prov:wasDerivedFrom ?sentence }} }}"""
    rows = store.query(f"SELECT ?a ?b (COUNT(DISTINCT ?g) AS ?documents) (COUNT(?sentence) AS ?sentences) "
                       f'(GROUP_CONCAT(STR(?sentence); separator=" ") AS ?cited) WHERE {{ {where} }} GROUP BY ?a ?b')
    triples: list[Triple] = []
    for row in rows:
        node = pair_node(row["a"], row["b"])
        triples += [(node, _RDF_TYPE, _CO_MENTION), (node, _SUBJECT, row["a"]), (node, _OBJECT, row["b"]),
                    (node, _DOCS, row["documents"]), (node, _SENTENCES, typed(int(row["sentences"].value), "integer"))]
        triples += [(node, _DERIVED, ox.NamedNode(s)) for s in _sample(row["cited"].value.split())]
    return triples


def _sample(sentences: list[str], keep: int = EVIDENCE) -> list[str]:
    """Up to ``keep`` sentences, the first of each of the first documents (in IRI order),
    then the next of each: the same for the same sentences, in whatever order they come.

    >>> _sample(["d2#char=0,5", "d1#char=9,20", "d1#char=0,8", "d3#char=1,2"], keep=3)
    ['d1#char=0,8', 'd2#char=0,5', 'd3#char=1,2']
    """
    by_document: dict[str, list[str]] = {}
    for sentence in sorted(set(sentences), key=_position):
        by_document.setdefault(sentence.split("#", 1)[0], []).append(sentence)
    rounds = zip(*(_padded(found, keep) for found in by_document.values()))
    return [s for row in rounds for s in row if s is not None][:keep]


def _padded(items: list[str], length: int) -> list[str | None]:
    return (items + [None] * length)[:length]


def _position(sentence: str) -> tuple[str, int]:
    """A sentence IRI's document and start, so that char=9 comes before char=10."""
    document, _, fragment = sentence.partition("#")
    start = fragment.partition("=")[2].partition(",")[0]
    return document, int(start) if start.isdigit() else -1
