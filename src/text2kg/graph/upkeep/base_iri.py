"""The base IRI a stored graph was built with, read back from the graph itself.

A build mints every IRI under one base (``--base``), and nothing else records it: but a
document's IRI is the base, then ``doc/`` and the document's id
(:meth:`~text2kg.graph.triples.iris.Iris.document`), and the id is stored beside it
(``dcterms:identifier``). So the base is what is left of the IRI once the id's part is
taken off, and whatever a command adds later (the scores of ``stats --write-back``, a
removal) can use the graph's own base instead of the default.
"""

from __future__ import annotations

from text2kg.graph.stores.store import GraphStore
from text2kg.graph.triples.iris import DEFAULT_BASE, Iris

_PROBE = "https://probe.invalid/"


def stored_base(store: GraphStore, default: str = DEFAULT_BASE) -> str:
    """The base IRI of ``store``'s documents, or ``default`` when it holds none.

    >>> from text2kg.graph.stores.store import OxigraphStore
    >>> from text2kg.graph.triples.vocab import term
    >>> import pyoxigraph as ox
    >>> store = OxigraphStore()
    >>> doc = Iris("https://example.org/kg/").document("news/a 1.txt")
    >>> store.add(doc, [(doc, term("rdf:type"), term("t2k:Document")),
    ...                 (doc, term("dcterms:identifier"), ox.Literal("news/a 1.txt"))])
    >>> stored_base(store)
    'https://example.org/kg/'
    >>> stored_base(OxigraphStore())
    'https://w3id.org/text2kg/id/'
    """
    rows = store.query("SELECT ?d ?id WHERE { ?d a t2k:Document ; dcterms:identifier ?id } LIMIT 1")
    for row in rows:
        tail = Iris(_PROBE).document(row["id"].value).value[len(_PROBE) :]
        if row["d"].value.endswith(tail):
            return row["d"].value[: -len(tail)]
    return default
