"""Entities across documents: "Raisi" alone in one article joins "Ebrahim Raisi" from another.

The rule: a person that a document names by one word only joins the person of the corpus
whose full name ends with that word, when exactly one such person exists; otherwise it
stays on its own. The decision is remade over the whole corpus after every change, from
what each document said, so the graph does not depend on the order documents came in: a
second "Ahmad Raisi" arriving later undoes the join.

A joined entity keeps, in its document's graph, the name that document used
(``t2k:nameInDocument``, also a ``skos:altLabel``); its ``rdfs:label`` there is the full name.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from text2kg.graph.iris import Iris
from text2kg.graph.store import GraphStore
from text2kg.graph.summary import Touched
from text2kg.graph.vocab import term

_PEOPLE = """
SELECT ?g ?e ?label ?local WHERE {
  GRAPH ?g { ?e a t2k:Person ; rdfs:label ?label . OPTIONAL { ?e t2k:nameInDocument ?local } }
}"""


def reconcile(store: GraphStore, iris: Iris, touched: Touched | None = None) -> int:
    """Join and split people across documents; return how many document entities moved.

    ``touched`` is told about every document graph a move changes (before and after).
    """
    rows = [(r["g"], r["e"], r["label"].value, r["local"].value if r["local"] else None) for r in store.query(_PEOPLE)]
    by_last_word: dict[str, set[str]] = defaultdict(set)
    for _, _, label, local in rows:
        if local is None and " " in label:
            by_last_word[label.rsplit(" ", 1)[1]].add(label)
    moved = 0
    for graph, entity, label, local in rows:
        name = local or label
        if " " in name:
            continue
        fits = by_last_word.get(name, set())
        target_label = next(iter(fits)) if len(fits) == 1 else name
        target = iris.entity("Person", target_label)
        if target != entity:
            if touched is not None:
                touched.add_graph(store, graph)
            _move(store, graph, entity, target, name, target_label)
            if touched is not None:
                touched.add_graph(store, graph)
            moved += 1
    return moved


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
