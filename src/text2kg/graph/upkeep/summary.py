"""The summary graph: corpus-wide totals, so that aggregate queries need not read every document.

Document graphs say what each document says. Totals across them ("who is named most",
"who appears with whom") would join every document's graph at query time, which on a
million triples takes a second or more. The summary graph (``t2k:summary``) holds them
ready: per entity its type, one preferred name (``skos:prefLabel``), its mentions, the
documents that name it, for an organisation its members, for a date its ISO value, for a
linked place its GeoNames identity, country code and coordinates, and the
facts the corpus states about it (``?event t2k:location ?place``, once however many
documents say so); per post held in an organisation an ``org:Membership`` (member,
organisation, role); per pair of entities named in one sentence (a ``t2k:CoMention``) the
documents and sentences that do so. Roles get a type and a preferred name too, so that
posts can be listed from the summary alone. The first 200 people and events by mentions
carry their place (``t2k:mentionRank``), as do the first pairs by sentences
(``t2k:coMentionRank``; see :mod:`text2kg.graph.upkeep.ranks`).

It is derived data, never edited by hand: after every change the entities and pairs the
change touched are recomputed from the document graphs, and everything is recomputed when
the summary cannot be trusted. It notes the content hash of each document it counts
(``t2k:summarisedHash``); when those differ from the stored documents, because a build died
between writing documents and refreshing the totals, the next refresh starts afresh. It
also notes the layout it was made for (``t2k:storeFormat``): the first build with a newer
text2kg on an older store recounts it, and redoes the cross-document joins, whole.

That note is also the summary's seal: the first write of a change takes it off
(:func:`unseal`) and the refresh puts it back last, so a reader can tell in one look-up
(:func:`is_sealed`) that the totals count the stored documents, without comparing every
document's hash as a build does.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from text2kg.graph.stores.sparql import values
from text2kg.graph.stores.store import GraphStore
from text2kg.graph.triples.iris import Iris
from text2kg.graph.triples.vocab import Triple, term
from text2kg.graph.upkeep import ranks
from text2kg.graph.upkeep.pairs import Pair, pair, pair_node, pair_triples

SUMMARY = term("t2k:summary")
#: The entity classes the summary counts.
ENTITY_TYPES = tuple(term(f"t2k:{t}") for t in ("Person", "Organization", "Place", "Event", "Date"))
#: What the summary describes: the entities, and the roles of posts.
DESCRIBED = frozenset((*ENTITY_TYPES, term("org:Role")))
#: Past this many touched entities, one pass over the whole corpus beats many small ones.
FULL_ABOVE = 3_000
#: Entities or pairs recomputed per update.
CHUNK = 500
#: The version of the store's layout (``t2k:storeFormat``): raised when a new text2kg
#: writes what an older store lacks, so that the first build on such a store redoes it all.
#: 2: ranks in the summary and ``t2k:nameLastWord`` on people.
#: 3: a few sentences on each co-mentioned pair (``prov:wasDerivedFrom``).
FORMAT = 3

_CO = term("t2k:coMentionedWith")
#: A filter on ?t, not a second VALUES block: Oxigraph joins two VALUES blocks by
#: computing the pattern between them for every entity in the store.
_DESCRIBED = f"FILTER(?t IN ({', '.join(sorted(str(t) for t in DESCRIBED))}))"

def _node(kind: str, *terms: ox.NamedNode) -> ox.NamedNode:
    """A summary node named by what it is about: the same terms always give the same node."""
    return Iris.summary(kind, *terms)


@dataclass
class Touched:
    """What a change to the store touched: documents, entities and co-mentioned pairs, and
    the words people are joined on across documents (:mod:`text2kg.graph.upkeep.reconcile`)."""

    documents: set[ox.NamedNode] = field(default_factory=set)
    entities: set[ox.NamedNode] = field(default_factory=set)
    pairs: set[Pair] = field(default_factory=set)
    #: Last words of full names, and one-word names of people, in the touched graphs.
    names: set[str] = field(default_factory=set)

    def add_triples(self, document: ox.NamedNode, triples: Iterable[tuple[ox.NamedNode, ox.NamedNode, object]]) -> None:
        """Note a document graph about to be written, from its triples."""
        self.documents.add(document)
        people: set[object] = set()
        labels: list[tuple[object, str]] = []
        for s, p, o in triples:
            if p == _RDF_TYPE and o in DESCRIBED:
                self.entities.add(s)
                if o == _PERSON:
                    people.add(s)
            elif p == _CO:
                self.pairs.add(pair(s, o))  # type: ignore[arg-type]
            elif p == _LAST_WORD:
                self.names.add(o.value)  # type: ignore[attr-defined]
            elif p == _LABEL and " " not in o.value:  # type: ignore[attr-defined]
                labels.append((s, o.value))  # type: ignore[attr-defined]
        self.names.update(label for s, label in labels if s in people)

    def add_graph(self, store: GraphStore, document: ox.NamedNode) -> None:
        """Note a stored document graph (before it is replaced or dropped, or after a move)."""
        self.documents.add(document)
        rows = store.query(f"SELECT DISTINCT ?e WHERE {{ GRAPH {document} {{ ?e a ?t {_DESCRIBED} }} }}")
        self.entities.update(row["e"] for row in rows)
        rows = store.query(f"SELECT ?a ?b WHERE {{ GRAPH {document} {{ ?a t2k:coMentionedWith ?b }} }}")
        self.pairs.update(pair(row["a"], row["b"]) for row in rows)
        rows = store.query(f"""SELECT DISTINCT ?w WHERE {{ GRAPH {document} {{
  {{ ?e t2k:nameLastWord ?w }} UNION {{ ?e a t2k:Person ; t2k:nameInDocument ?w }}
  UNION {{ ?e a t2k:Person ; rdfs:label ?w FILTER(!CONTAINS(?w, " ")) }} }} }}""")
        self.names.update(row["w"].value for row in rows)

    def __bool__(self) -> bool:
        return bool(self.documents or self.entities or self.pairs)


def is_current(store: GraphStore, hashes: dict[str, str]) -> bool:
    """Whether the summary counts exactly these documents (graph IRI -> content hash)."""
    rows = store.query("SELECT ?d ?h WHERE { GRAPH t2k:summary { ?d t2k:summarisedHash ?h } }")
    if {row["d"].value: row["h"].value for row in rows} != hashes:
        return False
    # A summary from an older text2kg (before ranks, or before the join keys) is recounted.
    return bool(store.query(f"ASK {{ GRAPH {SUMMARY} {{ {SUMMARY} t2k:storeFormat {_integer(FORMAT)} }} }}"))


def is_sealed(store: GraphStore) -> bool:
    """Whether the summary was left whole by the last change, in this version's layout: one
    look-up, where :func:`is_current` reads every document's hash."""
    return bool(store.query(f"ASK {{ GRAPH {SUMMARY} {{ {SUMMARY} t2k:storeFormat {_integer(FORMAT)} }} }}"))


def unseal(store: GraphStore) -> None:
    """Take the seal off before a change writes documents: until the refresh that follows
    puts it back, readers know the totals may not count them."""
    store.update(f"DELETE DATA {{ GRAPH {SUMMARY} {{ {SUMMARY} t2k:storeFormat {_integer(FORMAT)} }} }}")


def refresh(store: GraphStore, touched: Touched, *, trusted: bool = True) -> None:
    """Bring the summary up to date after the changes in ``touched``.

    Args:
        trusted: whether the summary was current before those changes (:func:`is_current`);
            if not, it is recomputed whole.
    """
    if not trusted or len(touched.entities) > FULL_ABOVE:
        rebuild(store)
        return
    ranked = ranks.ranked(store)  # before the touched nodes lose their ranks below
    entities = sorted(touched.entities, key=lambda n: n.value)
    pairs = sorted(touched.pairs, key=lambda p: (p[0].value, p[1].value))
    documents = sorted(touched.documents, key=lambda n: n.value)
    pair_nodes = [pair_node(a, b) for a, b in pairs]
    for nodes in (entities, pair_nodes, documents):  # what the summary said goes first
        for chunk in _chunks(nodes):
            store.update(f"DELETE {{ GRAPH {SUMMARY} {{ ?s ?p ?o }} }} WHERE {{ {values('?s', chunk)} GRAPH {SUMMARY} {{ ?s ?p ?o }} }}")
    for chunk in _chunks(entities):
        store.update(f"DELETE {{ GRAPH {SUMMARY} {{ ?m ?p ?o }} }} "
                     f"WHERE {{ {values('?e', chunk)} GRAPH {SUMMARY} {{ ?m org:member ?e ; ?p ?o }} }}")
    written: list[Triple] = []
    for chunk in _chunks(entities):
        triples = [*_entity_triples(store, chunk), *_fact_triples(store, chunk), *_membership_triples(store, chunk)]
        store.add(SUMMARY, triples)
        written += triples
    for chunk in _chunks(pairs):
        triples = pair_triples(store, chunk)
        store.add(SUMMARY, triples)
        written += triples
    ranks.rerank(store, ranked, {*entities, *pair_nodes}, ranks.counts(written))
    for chunk in _chunks(documents):  # last: the totals now count these documents
        store.add(SUMMARY, _document_triples(store, chunk))
    store.add(SUMMARY, [(SUMMARY, _FORMAT, _integer(FORMAT))])  # the seal, back on


def rebuild(store: GraphStore) -> None:
    """Recompute the whole summary from the document graphs."""
    store.drop_graph(SUMMARY)
    triples = [*_entity_triples(store, None), *_fact_triples(store, None), *_membership_triples(store, None),
               *pair_triples(store, None)]
    store.add(SUMMARY, triples)
    ranks.rank_all(store, ranks.counts(triples))
    # last: the totals now count these documents, in this version's layout
    store.add(SUMMARY, [*_document_triples(store, None), (SUMMARY, _FORMAT, _integer(FORMAT))])


def _chunks(items: list) -> Iterator[list]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


_RDF_TYPE, _PREF, _DOCS, _MENTIONS = term("rdf:type"), term("skos:prefLabel"), term("t2k:documentCount"), term("t2k:mentionCount")
_SUBJECT, _OBJECT, _SENTENCES, _HASH = term("rdf:subject"), term("rdf:object"), term("t2k:coMentionCount"), term("t2k:summarisedHash")
_CO_MENTION, _MEMBERS, _ISO = term("t2k:CoMention"), term("t2k:memberCount"), term("t2k:isoValue")
_PERSON, _LABEL, _LAST_WORD, _FORMAT = term("t2k:Person"), term("rdfs:label"), term("t2k:nameLastWord"), term("t2k:storeFormat")
_MEMBERSHIP, _MEMBER, _ORGANIZATION, _ROLE = term("org:Membership"), term("org:member"), term("org:organization"), term("org:role")
_DERIVED = term("prov:wasDerivedFrom")


def _entity_triples(store: GraphStore, entities: list[ox.NamedNode] | None) -> list[Triple]:
    """The totals of ``entities`` (all when None), from the document graphs."""
    only = values("?e", entities)
    rows = store.query(f"""SELECT ?e ?type ?label ?documents ?mentions ?members ?iso WHERE {{
  {{ SELECT ?e (MIN(?t) AS ?type) (MIN(?l) AS ?label) (COUNT(DISTINCT ?g) AS ?documents) WHERE {{
      {only} GRAPH ?g {{ ?e a ?t ; rdfs:label ?l }} {_DESCRIBED}
  }} GROUP BY ?e }}
  OPTIONAL {{ SELECT ?e (COUNT(?m) AS ?mentions) WHERE {{ {only} ?m itsrdf:taIdentRef ?e }} GROUP BY ?e }}
  OPTIONAL {{ SELECT ?e (COUNT(DISTINCT ?member) AS ?members) WHERE {{
      {only} {{ ?member t2k:memberOf ?e }} UNION {{ ?membership org:organization ?e ; org:member ?member }}
  }} GROUP BY ?e }}
  OPTIONAL {{ SELECT ?e (MIN(?value) AS ?iso) WHERE {{ {only} GRAPH ?g {{ ?e t2k:isoValue ?value }} }} GROUP BY ?e }}
}}""")
    triples: list[Triple] = []
    for row in rows:
        e = row["e"]
        triples += [(e, _RDF_TYPE, row["type"]), (e, _PREF, row["label"]), (e, _DOCS, row["documents"])]
        if row["type"] in ENTITY_TYPES:  # roles are not mentioned, only held
            triples.append((e, _MENTIONS, row["mentions"] or _integer(0)))
        if row["members"] is not None:
            triples.append((e, _MEMBERS, row["members"]))
        if row["iso"] is not None:
            triples.append((e, _ISO, row["iso"]))
    return triples + _place_triples(store, entities)


_PLACE_TERMS = tuple(term(t) for t in ("owl:sameAs", "t2k:geonamesId", "t2k:countryCode", "geo:lat", "geo:long"))


def _place_triples(store: GraphStore, entities: list[ox.NamedNode] | None) -> list[Triple]:
    """The identity and coordinates of linked places (all when None), so that a map can be
    drawn from the summary alone; only where every document that links the place agrees."""
    rows = store.query(f"""SELECT ?e (MIN(?same) AS ?s) (MIN(?id) AS ?i) (MIN(?cc) AS ?c) (MIN(?la) AS ?lat) (MIN(?lo) AS ?long)
WHERE {{ {values("?e", entities)} GRAPH ?g {{ ?e a t2k:Place ; t2k:geonamesId ?id ; owl:sameAs ?same .
  OPTIONAL {{ ?e t2k:countryCode ?cc }} OPTIONAL {{ ?e geo:lat ?la ; geo:long ?lo }} }} }}
GROUP BY ?e HAVING (COUNT(DISTINCT ?id) = 1)""")
    triples: list[Triple] = []
    for row in rows:
        found = [row[key] for key in ("s", "i", "c", "lat", "long")]
        triples += [(row["e"], p, o) for p, o in zip(_PLACE_TERMS, found) if o is not None]
    return triples


def _fact_triples(store: GraphStore, entities: list[ox.NamedNode] | None) -> list[Triple]:
    """The facts the documents state about ``entities`` (all when None), once each.

    Co-mentions are left out: the summary counts them per pair instead.
    """
    rows = store.query(f"""SELECT DISTINCT ?e ?p ?o WHERE {{
  {values("?e", entities)}
  GRAPH ?g {{ ?st rdf:subject ?e ; rdf:predicate ?p ; rdf:object ?o . ?e a ?t }} {_DESCRIBED}
  FILTER(?p != t2k:coMentionedWith)
}}""")
    return [(row["e"], row["p"], row["o"]) for row in rows]


def _membership_triples(store: GraphStore, members: list[ox.NamedNode] | None) -> list[Triple]:
    """The posts and memberships in organisations of ``members`` (all when None), once each."""
    rows = store.query(f"""SELECT DISTINCT ?member ?organisation ?role WHERE {{
  {values("?member", members)}
  GRAPH ?g {{ ?membership org:member ?member ; org:organization ?organisation . OPTIONAL {{ ?membership org:role ?role }} }}
}}""")
    triples: list[Triple] = []
    for row in rows:
        member, organisation, role = row["member"], row["organisation"], row["role"]
        node = _node("membership", *(n for n in (member, organisation, role) if n is not None))
        triples += [(node, _RDF_TYPE, _MEMBERSHIP), (node, _MEMBER, member), (node, _ORGANIZATION, organisation)]
        if role is not None:
            triples.append((node, _ROLE, role))
    return triples


def _document_triples(store: GraphStore, documents: list[ox.NamedNode] | None) -> list[Triple]:
    """The content hashes of ``documents`` (all when None): what the totals now count."""
    rows = store.query(f"SELECT ?d ?h WHERE {{ {values('?d', documents)} GRAPH ?d {{ ?d a t2k:Document ; t2k:contentHash ?h }} }}")
    return [(row["d"], _HASH, row["h"]) for row in rows]


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
