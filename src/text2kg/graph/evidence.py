"""The sentences behind the links of an entity graph, a few per link.

The projection (:func:`text2kg.graph.network.to_networkx`) reads the summary graph, which
states each fact once however many documents say it. The sentences that say it live in the
document graphs, as many as the corpus has: a pair named together in 5,000 documents has
5,000 of them. A page or a path shows a few, so a few are kept per link and kind (the first
in store order), and the text of only those sentences is read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import networkx as nx
import pyoxigraph as ox

from text2kg.graph.store import GraphStore

#: Sentences kept per link and kind of link, unless asked otherwise.
EVIDENCE = 5
#: Sentences whose text is read per query.
_CHUNK = 500
#: Up to this many links (a path, a neighbourhood) are looked up one by one; more are
#: found in one pass over the corpus's statements.
_FEW = 50

_STATEMENTS = """SELECT ?s ?p ?o ?sentence WHERE {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?sentence }"""
_POSTS = """SELECT ?s ?o ?role ?sentence WHERE {
  ?m a org:Membership ; org:member ?s ; org:organization ?o ; org:role ?role ; prov:wasDerivedFrom ?sentence }"""
_CO_MENTION = "https://w3id.org/text2kg/ns#coMentionedWith"


def add_evidence(store: GraphStore, graph: nx.Graph, limit: int = EVIDENCE) -> None:
    """Give every link of ``graph`` up to ``limit`` evidence sentences per kind.

    Typed facts get theirs in ``relations[i]["evidence"]`` (``subject``, ``sentence``,
    ``document``), posts under the role's name, co-mentions in ``co_mention_evidence``.
    """
    edges = {_key(a, b): d for a, b, d in graph.edges(data=True)}
    if not edges or limit <= 0:
        return
    kinds = {key: {r["type"]: r for r in d["relations"]} for key, d in edges.items()}
    chosen: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)  # (a, b, kind) -> (subject, sentence)

    def keep(s: str, o: str, kind: str, sentence: str) -> None:
        key = _key(s, o)
        if key not in edges or (kind != _CO_MENTION and kind not in kinds[key]):
            return
        found = chosen[(*key, kind)]
        if len(found) < limit and all(sentence != seen for _, seen in found):
            found.append((s, sentence))

    roles = _role_names(store)
    for statements, posts in _scans(store, list(edges)):
        for row in statements:
            p = row["p"].value
            keep(row["s"].value, row["o"].value, p if p == _CO_MENTION else p.rsplit("#", 1)[-1], row["sentence"].value)
        for row in posts:
            keep(row["s"].value, row["o"].value, roles.get(row["role"].value, ""), row["sentence"].value)
    texts = dict(_sentences(store, sorted({sentence for found in chosen.values() for _, sentence in found})))
    for (a, b, kind), found in chosen.items():
        evidence = [{"subject": s, "sentence": texts[sentence][0], "document": texts[sentence][1]}
                    for s, sentence in found if sentence in texts]
        evidence.sort(key=lambda e: (e["document"], e["sentence"]))
        if kind == _CO_MENTION:
            edges[(a, b)]["co_mention_evidence"] = [{"sentence": e["sentence"], "document": e["document"]} for e in evidence]
        else:
            kinds[(a, b)][kind]["evidence"] = evidence


def _scans(store: GraphStore, edges: list[tuple[str, str]]) -> Iterator[tuple[Iterable, Iterable]]:
    """Statements and posts to read: of each link when there are few, else of the corpus."""
    if len(edges) > _FEW:
        yield store.query(_STATEMENTS), store.query(_POSTS)
        return
    for a, b in edges:
        for s, o in ((a, b), (b, a)):
            bound = {"s": ox.NamedNode(s), "o": ox.NamedNode(o)}
            yield store.query(_STATEMENTS + " LIMIT 1000", bound), store.query(_POSTS + " LIMIT 1000", bound)


def _key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _role_names(store: GraphStore) -> dict[str, str]:
    rows = store.query("SELECT ?role ?name WHERE { GRAPH t2k:summary { ?role a org:Role ; skos:prefLabel ?name } }")
    return {row["role"].value: row["name"].value for row in rows}


def _sentences(store: GraphStore, sentences: list[str]) -> Iterator[tuple[str, tuple[str, str]]]:
    """Each sentence's text and its document's id."""
    for i in range(0, len(sentences), _CHUNK):
        values = " ".join(str(ox.NamedNode(s)) for s in sentences[i : i + _CHUNK])
        rows = store.query(f"""SELECT ?sentence ?text ?doc WHERE {{ VALUES ?sentence {{ {values} }}
  ?sentence nif:anchorOf ?text ; nif:referenceContext ?d . ?d dcterms:identifier ?doc }}""")
        for row in rows:
            yield row["sentence"].value, (row["text"].value, row["doc"].value)
