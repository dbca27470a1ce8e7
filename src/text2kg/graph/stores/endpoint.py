"""A SPARQL 1.1 server as a store, through the SPARQL 1.1 Protocol.

Queries go to the query URL, updates to the update URL. Given only a server's root
(``http://host:7878/``), Oxigraph's layout is assumed: ``/query`` and ``/update``. The
server must treat the default graph as the union of the named graphs
(``oxigraph serve --union-default-graph``; Fuseki's ``unionDefaultGraph``).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from urllib.parse import urlsplit

import pyoxigraph as ox

from text2kg.graph.errors import QueryError, StoreError
from text2kg.graph.stores.sparql import Term, bind_values, query_form
from text2kg.graph.stores.store import GraphStore, Result
from text2kg.graph.triples.vocab import sparql_prologue

#: What we ask an endpoint for: results as SPARQL JSON, triples as N-Triples (Turtle accepted).
_RESULTS, _TRIPLES = ox.QueryResultsFormat.JSON, ox.RdfFormat.N_TRIPLES


def endpoint_urls(url: str) -> tuple[str, str]:
    """The query and update URLs for what a user gave.

    >>> endpoint_urls("http://127.0.0.1:7878/")
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update')
    >>> endpoint_urls("http://h/ds/sparql")
    ('http://h/ds/sparql', 'http://h/ds/sparql')
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"{url}: not an http(s) endpoint URL")
    if parts.path in ("", "/"):
        root = url.rstrip("/")
        return f"{root}/query", f"{root}/update"
    if parts.path.endswith("/query"):
        return url, url[: -len("/query")] + "/update"
    return url, url


class EndpointStore(GraphStore):
    """A remote SPARQL 1.1 store."""

    def __init__(self, url: str, *, update_url: str | None = None, timeout: float = 60.0) -> None:
        self.url = url
        self.query_url, default_update = endpoint_urls(url)
        self.update_url = update_url or default_update
        self.timeout = timeout

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Result:
        text = sparql_prologue() + bind_values(sparql, bindings or {})
        form = query_form(text)
        answers = form in ("SELECT", "ASK")
        accept = (_RESULTS if answers else _TRIPLES).media_type
        body, content_type = self._post(self.query_url, text, "application/sparql-query", accept)
        if answers:
            return ox.parse_query_results(body, format=_RESULTS)
        rdf_format = ox.RdfFormat.from_media_type(content_type.split(";")[0].strip()) if content_type else None
        if rdf_format not in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE):
            raise StoreError(f"{self.url}: expected N-Triples, got {content_type or 'no content type'}")
        return ox.parse(body, format=rdf_format)

    def update(self, sparql: str) -> None:
        self._post(self.update_url, sparql_prologue() + sparql, "application/sparql-update", "*/*")

    def quads(self) -> Iterator[ox.Quad]:
        rows = self.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
        for row in rows:
            yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def _post(self, url: str, body: str, content_type: str, accept: str) -> tuple[bytes, str]:
        request = urllib.request.Request(
            url,
            data=body.encode("utf-8"),
            headers={"Content-Type": f"{content_type}; charset=utf-8", "Accept": accept},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read(), response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as err:
            detail = err.read().decode("utf-8", "replace").strip().splitlines()
            message = f"{url} answered {err.code}: {detail[0] if detail else err.reason}"
            if err.code == 400:
                raise QueryError(message) from None
            raise StoreError(message) from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise StoreError(f"cannot reach SPARQL endpoint {self.url} ({reason})") from None
