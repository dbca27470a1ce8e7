"""A query's answer as the bytes of the format a client asked for (content negotiation)."""

from __future__ import annotations

import io

import pyoxigraph as ox

from text2kg.graph.store import GraphStore

RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES}


def answer(store: GraphStore, text: str, accept: str) -> tuple[str, bytes]:
    """Run ``text`` and serialise its result as the first acceptable media type."""
    result = store.query(text)
    if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
        media = choose(accept, RESULT_TYPES, "application/sparql-results+json")
        if media == "text/csv" and isinstance(result, ox.QuerySolutions):
            from text2kg.graph.results import to_csv  # quotes IRIs with commas, as pyoxigraph does not

            return media, to_csv(result).encode("utf-8")
        return media, result.serialize(format=RESULT_TYPES[media])
    media = choose(accept, GRAPH_TYPES, "text/turtle")
    out = io.BytesIO()
    ox.serialize(result, out, GRAPH_TYPES[media])
    return media, out.getvalue()


def choose(accept: str, offered: dict, default: str) -> str:
    """The first media type of an Accept header that we offer, else ``default``.

    >>> choose("text/csv;q=0.9, application/json", RESULT_TYPES, "x")
    'text/csv'
    """
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in offered:
            return media
    return default
