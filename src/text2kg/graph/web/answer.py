"""A query's answer as the bytes of the format a client asked for (content negotiation)."""

from __future__ import annotations

import io

import pyoxigraph as ox

from text2kg.graph.errors import QueryError
from text2kg.graph.stores.store import GraphStore, OxigraphStore

#: The media types we answer in; pyoxigraph maps each to its format.
RESULT_TYPES = ("application/sparql-results+json", "application/json", "application/sparql-results+xml",
                "application/xml", "text/csv", "text/tab-separated-values")
GRAPH_TYPES = ("text/turtle", "application/n-triples")


class ResultTooLarge(ValueError):
    """The result would be larger than the server sends."""


class _Bounded(io.RawIOBase):
    """A byte buffer that refuses to grow past ``limit``: pyoxigraph writes results to it in
    small pieces, so a huge result stops at the limit instead of being built in memory."""

    def __init__(self, limit: int | None) -> None:
        super().__init__()
        self.limit, self.buffer = limit, bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:
        check_size(len(self.buffer) + len(data), self.limit)
        self.buffer += data
        return len(data)


def check_size(size: int, limit: int | None) -> None:
    """Raise :class:`ResultTooLarge` if ``size`` bytes are past ``limit``."""
    if limit is not None and size > limit:
        raise ResultTooLarge(f"the result is larger than {limit:,} bytes: add a LIMIT to the query "
                             "(or start the server with a larger --max-result-bytes)")


def answer(store: GraphStore, text: str, accept: str, max_bytes: int | None = None,
           dataset: tuple[list[str], list[str]] | None = None) -> tuple[str, bytes]:
    """Run ``text`` and serialise its result as the first acceptable media type.

    Args:
        max_bytes: the largest result to send; every format stops being computed there
            and raises :class:`ResultTooLarge`.
        dataset: the protocol's ``default-graph-uri`` and ``named-graph-uri`` IRIs, which
            replace the query's own ``FROM`` and ``FROM NAMED``.
    """
    if dataset is None:
        result = store.query(text)
    elif isinstance(store, OxigraphStore):
        result = store.query(text, default_graphs=dataset[0], named_graphs=dataset[1])
    else:
        raise QueryError("default-graph-uri and named-graph-uri are not passed on to another endpoint")
    if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
        media = choose(accept, RESULT_TYPES, "application/sparql-results+json")
        if media == "text/csv" and isinstance(result, ox.QuerySolutions):
            from text2kg.graph.stores.results import to_csv  # quotes IRIs with commas, as pyoxigraph does not

            out = _Bounded(max_bytes)
            text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
            to_csv(result, text)
            text.flush()
            return media, bytes(out.buffer)
        out = _Bounded(max_bytes)
        result.serialize(out, ox.QueryResultsFormat.from_media_type(media))
        return media, bytes(out.buffer)
    media = choose(accept, GRAPH_TYPES, "text/turtle")
    out = _Bounded(max_bytes)
    ox.serialize(result, out, ox.RdfFormat.from_media_type(media))
    return media, bytes(out.buffer)


def choose(accept: str, offered: tuple[str, ...], default: str) -> str:
    """The first media type of an Accept header that we offer, else ``default``.

    >>> choose("text/csv;q=0.9, application/json", RESULT_TYPES, "x")
    'text/csv'
    """
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in offered:
            return media
    return default
