"""The sentences behind the links of an entity graph, a few per link.

The projection (:func:`text2kg.graph.analysis.network.to_networkx`) reads the summary graph, which
states each fact once however many documents say it. The sentences that say it live in the
document graphs, as many as the corpus has: a pair named together in 5,000 documents has
5,000 of them. A page or a path shows a few. For co-mentions, by far the most links, the
summary keeps a few sentences on each pair; typed facts and posts are read from the
statements of their own predicates. Only the text of the sentences kept is read.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

import networkx as nx
import pyoxigraph as ox

from text2kg.graph.analysis.merged import is_merged
from text2kg.graph.stores.sparql import values
from text2kg.graph.stores.store import GraphStore
from text2kg.graph.triples.vocab import term

#: Sentences kept per link and kind of link, unless asked otherwise.
EVIDENCE = 5
#: Sentences whose text is read per query.
_CHUNK = 500
#: Up to this many links (a path, a neighbourhood) are looked up one by one; more are
#: found in one pass over the corpus's statements.
_FEW = 50

_CO_MENTIONS = """SELECT ?s ?o ?sentence WHERE { GRAPH t2k:summary {
  ?pair a t2k:CoMention ; rdf:subject ?s ; rdf:object ?o ; prov:wasDerivedFrom ?sentence } }"""
#: Statements of typed facts, by their predicates (so that co-mentions are not read).
_FACTS = """SELECT ?s ?p ?o ?sentence WHERE { PREDICATES
  ?st rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o ; prov:wasDerivedFrom ?sentence }"""
_POSTS = """SELECT ?s ?o ?role ?sentence WHERE {
  ?m a org:Membership ; org:member ?s ; org:organization ?o ; org:role ?role ; prov:wasDerivedFrom ?sentence }"""
_CO_MENTION = term("t2k:coMentionedWith").value
_LOCAL = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")


def add_evidence(store: GraphStore, graph: nx.Graph, limit: int = EVIDENCE) -> None:
    """Give every link of ``graph`` up to ``limit`` evidence sentences per kind.

    Typed facts get theirs in ``relations[i]["evidence"]`` (``subject``, ``sentence``,
    ``document``), posts under the role's name, co-mentions in ``co_mention_evidence``.
    """
    edges = {_key(a, b): d for a, b, d in graph.edges(data=True)}
    if not edges or limit <= 0 or is_merged(store):  # a merged file's graph comes with its sentences
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
    predicates = sorted({kind for by_kind in kinds.values() for kind in by_kind} - set(roles.values()))
    for co_mentions, facts, posts in _scans(store, list(edges), predicates):
        for row in co_mentions:
            keep(row["s"].value, row["o"].value, _CO_MENTION, row["sentence"].value)
        for row in facts:
            keep(row["s"].value, row["o"].value, row["p"].value.rsplit("#", 1)[-1], row["sentence"].value)
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


def _scans(store: GraphStore, edges: list[tuple[str, str]], predicates: list[str]) -> Iterator[tuple[Iterable, ...]]:
    """Co-mentions, typed facts and posts to read: of each link when there are few, else of
    the corpus."""
    typed = [term(f"t2k:{p}") for p in predicates if _LOCAL.match(p)]
    facts = _FACTS.replace("PREDICATES", values("?p", typed)) if typed else None
    if len(edges) > _FEW:
        yield store.query(_CO_MENTIONS), store.query(facts) if facts else (), store.query(_POSTS)
        return
    for a, b in edges:
        yield store.query(_CO_MENTIONS, {"s": ox.NamedNode(a), "o": ox.NamedNode(b)}), (), ()
        for s, o in ((a, b), (b, a)):
            bound = {"s": ox.NamedNode(s), "o": ox.NamedNode(o)}
            yield (), store.query(facts + " LIMIT 1000", bound) if facts else (), store.query(_POSTS + " LIMIT 1000", bound)


def _key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _role_names(store: GraphStore) -> dict[str, str]:
    rows = store.query("SELECT ?role ?name WHERE { GRAPH t2k:summary { ?role a org:Role ; skos:prefLabel ?name } }")
    return {row["role"].value: row["name"].value for row in rows}


def _sentences(store: GraphStore, sentences: list[str]) -> Iterator[tuple[str, tuple[str, str]]]:
    """Each sentence's text and its document's id."""
    for i in range(0, len(sentences), _CHUNK):
        block = values("?sentence", [ox.NamedNode(s) for s in sentences[i : i + _CHUNK]])
        rows = store.query(f"""SELECT ?sentence ?text ?doc WHERE {{ {block}
  ?sentence nif:anchorOf ?text ; nif:referenceContext ?d . ?d dcterms:identifier ?doc }}""")
        for row in rows:
            yield row["sentence"].value, (row["text"].value, row["doc"].value)
