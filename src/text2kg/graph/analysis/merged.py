"""The entity graph of a Turtle or N-Triples file, whose documents' graphs were merged.

A triple format has no named graphs, so such a file holds no summary graph to read and no
document graph to count: each triple stands once, and the projection joins the triples
directly. (In a store, the same join repeats an entity's triples once per document and
multiplies: :func:`text2kg.graph.analysis.network.to_networkx` reads the summary there.)
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from text2kg.graph.stores.store import GraphStore
from text2kg.graph.triples.vocab import term

_NODES = """
SELECT ?e ?type (MIN(?name) AS ?label) (GROUP_CONCAT(DISTINCT ?alt; separator="\\u001f") AS ?aliases)
       (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?d) AS ?documents)
WHERE {
  VALUES ?type { t2k:Person t2k:Organization t2k:Place t2k:Event }
  ?e a ?type ; rdfs:label ?name .
  OPTIONAL { ?e rdfs:label|skos:altLabel ?alt }
  OPTIONAL { ?m itsrdf:taIdentRef ?e ; nif:referenceContext ?d }
} GROUP BY ?e ?type"""

_FACTS = """
SELECT DISTINCT ?s ?p ?o ?text ?doc WHERE {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?sentence .
  ?sentence nif:anchorOf ?text ; nif:referenceContext ?d . ?d dcterms:identifier ?doc .
}"""

_POSTS = """
SELECT DISTINCT ?s ?o ?post ?text ?doc WHERE {
  ?m a org:Membership ; org:member ?s ; org:organization ?o ; org:role/rdfs:label ?post ;
     prov:wasDerivedFrom ?sentence .
  ?sentence nif:anchorOf ?text ; nif:referenceContext ?d . ?d dcterms:identifier ?doc .
}"""

_CO_MENTION = term("t2k:coMentionedWith").value


def is_merged(store: GraphStore) -> bool:
    """Whether the store holds documents but no named graph: a Turtle or N-Triples file."""
    return not bool(store.query("ASK { GRAPH ?g { ?s ?p ?o } }")) and bool(store.query("ASK { ?d a t2k:Document }"))


def merged_to_networkx(store: GraphStore, types: tuple[str, ...], evidence: int) -> nx.Graph:
    """The entity graph of a merged file: the same nodes and links as from a store."""
    graph = nx.Graph()
    for row in store.query(_NODES):
        type_ = row["type"].value.rsplit("#", 1)[-1]
        if type_ not in types:
            continue
        label = row["label"].value
        aliases = {a for a in row["aliases"].value.split("\x1f") if a} - {label} if row["aliases"] else set()
        graph.add_node(row["e"].value, type=type_, label=label, aliases=sorted(aliases),
                       mentions=int(row["mentions"].value), documents=int(row["documents"].value))
    facts: dict[tuple[str, str], dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    co_mentions: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in store.query(_FACTS):
        s, o = row["s"].value, row["o"].value
        if s in graph and o in graph and s != o:
            said = {"subject": s, "sentence": row["text"].value, "document": row["doc"].value}
            if row["p"].value == _CO_MENTION:
                co_mentions[_pair(s, o)].append(said)
            else:
                facts[_pair(s, o)][row["p"].value.rsplit("#", 1)[-1]].append(said)
    for row in store.query(_POSTS):
        s, o = row["s"].value, row["o"].value
        if s in graph and o in graph:
            facts[_pair(s, o)][row["post"].value].append(
                {"subject": s, "sentence": row["text"].value, "document": row["doc"].value})
    for pair in {*facts, *co_mentions}:
        relations = [{"type": kind, "evidence": _first(said, evidence)} for kind, said in sorted(facts[pair].items())]
        sentences = co_mentions.get(pair, [])
        graph.add_edge(*pair, relations=relations, co_mentions=len(sentences), weight=len(relations) + len(sentences))
        if sentences and evidence:
            graph.edges[pair]["co_mention_evidence"] = [
                {"sentence": e["sentence"], "document": e["document"]} for e in _first(sentences, evidence)]
    return graph


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _first(said: list[dict], limit: int) -> list[dict]:
    """Up to ``limit`` sentences, each once, in document order."""
    seen = {(e["document"], e["sentence"]): e for e in said}
    return [seen[key] for key in sorted(seen)][:limit]
