"""Entities across documents: "Raisi" alone in one article joins "Ebrahim Raisi" from another.

The rule: a person that a document names by one word only joins the person of the corpus
whose full name ends with that word, when exactly one such person exists and the document
does not name that person too (then it told them apart); otherwise it stays on its own.
The decision is remade after every change, from what each document said, so the graph
does not depend on the order documents came in: a second "Ahmad Raisi" arriving later
undoes the join.

A change remakes only the decisions it can alter: those on the words (``t2k:nameLastWord``
of full names, one-word names) of the documents it wrote or dropped. The whole corpus is
gone over when the summary cannot be trusted (a fresh store, a build that died half way,
a store from an older text2kg), or when a change touches too many words for look-ups to pay.

A joined entity keeps, in its document's graph, the name that document used
(``t2k:nameInDocument``, also a ``skos:altLabel``); its ``rdfs:label`` there is the full name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pyoxigraph as ox

from text2kg.graph.stores.sparql import values
from text2kg.graph.stores.store import GraphStore
from text2kg.graph.triples.iris import Iris
from text2kg.graph.triples.vocab import term
from text2kg.graph.upkeep.summary import CHUNK, FULL_ABOVE, Touched

#: Documents written before the join keys existed get them (the same rule as ``rdf.name_key``).
_ADD_KEYS = """
INSERT { GRAPH ?g { ?e t2k:nameLastWord ?word } }
WHERE {
  GRAPH ?g { ?e a t2k:Person ; rdfs:label ?label FILTER(CONTAINS(?label, " "))
             FILTER NOT EXISTS { ?e t2k:nameInDocument ?local } FILTER NOT EXISTS { ?e t2k:nameLastWord ?key } }
  BIND(REPLACE(?label, "^.* ", "") AS ?word)
}"""


def reconcile(store: GraphStore, iris: Iris, touched: Touched | None = None, *, everyone: bool = False) -> int:
    """Join and split people across documents; return how many document entities moved.

    Args:
        touched: what the change touched; it is also told about every document graph a
            move changes (before and after). None: decide for the whole corpus.
        everyone: decide for the whole corpus (when the summary cannot be trusted).
    """
    if everyone or touched is None or len(touched.names) > FULL_ABOVE:
        store.update(_ADD_KEYS)
        chunks: list[list[str] | None] = [None]
    else:
        words = sorted(touched.names)
        chunks = [words[i : i + CHUNK] for i in range(0, len(words), CHUNK)]
    moved = 0
    for words in chunks:
        full_names = _full_names(store, words)
        for graph, entity, label, local in list(_one_word_people(store, words)):
            name = local or label
            fits, target_label = full_names.get(name, {}), name
            if len(fits) == 1:
                ((full, graphs),) = fits.items()
                if graph not in graphs:  # its own document names both apart: not one person there
                    target_label = full
            target = iris.entity("Person", target_label)
            if target != entity:
                if touched is not None:
                    touched.add_graph(store, graph)
                _move(store, graph, entity, target, name, target_label)
                if touched is not None:
                    touched.add_graph(store, graph)
                moved += 1
    return moved


def _full_names(store: GraphStore, words: list[str] | None) -> dict[str, dict[str, set[ox.NamedNode]]]:
    """The full names of the corpus by their last word (those ending in ``words``; all when
    None), each with the document graphs that name it."""
    found: dict[str, dict[str, set[ox.NamedNode]]] = defaultdict(lambda: defaultdict(set))
    rows = store.query(f"SELECT ?w ?label ?g WHERE {{ {_values(words)} GRAPH ?g {{ ?e t2k:nameLastWord ?w ; rdfs:label ?label }} }}")
    for row in rows:
        found[row["w"].value][row["label"].value].add(row["g"])
    return found


def _one_word_people(store: GraphStore, words: list[str] | None) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, str, str | None]]:
    """(graph, entity, label, name in document) of each person a document names by one of
    ``words`` alone (by any one word when None), joined or not."""
    joined = f"SELECT ?g ?e ?label ?w WHERE {{ {_values(words)} GRAPH ?g {{ ?e t2k:nameInDocument ?w ; a t2k:Person ; rdfs:label ?label }} }}"
    for row in store.query(joined):
        yield row["g"], row["e"], row["label"].value, row["w"].value
    # Filters here would make Oxigraph read every label of the corpus before the VALUES; a
    # one-word label is never a joined entity's (that has the full name).
    alone = f"SELECT ?g ?e ?w WHERE {{ {_values(words)} GRAPH ?g {{ ?e rdfs:label ?w ; a t2k:Person }} }}"
    for row in store.query(alone):
        if " " not in row["w"].value:
            yield row["g"], row["e"], row["w"].value, None


def _values(words: list[str] | None) -> str:
    return values("?w", None if words is None else [ox.Literal(w) for w in words])


def _move(store: GraphStore, graph: ox.NamedNode, old: ox.NamedNode, new: ox.NamedNode, name: str, label: str) -> None:
    """Give ``old`` the IRI ``new`` inside one document's graph."""
    g, label_p, local_p, alt_p = graph, term("rdfs:label"), term("t2k:nameInDocument"), term("skos:altLabel")
    joined = label != name
    keep = f"FILTER(?p != {label_p} && ?p != {local_p})"
    updates = [
        f"DELETE {{ GRAPH {g} {{ {old} ?p ?o }} }} INSERT {{ GRAPH {g} {{ {new} ?p ?o }} }} "
        f"WHERE {{ GRAPH {g} {{ {old} ?p ?o }} {keep} }}",
        f"DELETE {{ GRAPH {g} {{ ?s ?p {old} }} }} INSERT {{ GRAPH {g} {{ ?s ?p {new} }} }} "
        f"WHERE {{ GRAPH {g} {{ ?s ?p {old} }} }}",
        f"DELETE WHERE {{ GRAPH {g} {{ {old} ?p ?o }} }}",
        f"DELETE DATA {{ GRAPH {g} {{ {new} {alt_p} {ox.Literal(name)} }} }}",
    ]
    inserted = [f"{new} {label_p} {ox.Literal(label)} ."]
    if joined:
        inserted += [f"{new} {local_p} {ox.Literal(name)} .", f"{new} {alt_p} {ox.Literal(name)} ."]
    updates.append(f"INSERT DATA {{ GRAPH {g} {{ {' '.join(inserted)} }} }}")
    store.update(" ;\n".join(updates))
