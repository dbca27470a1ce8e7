"""``query`` and ``queries``: SPARQL on a SOURCE, named queries, results as tables or text."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from text2kg.graph.stores.named import named_queries, named_query
from text2kg.graph.stores.results import Table, serialize, to_table
from text2kg.graph.stores.source import open_store
from text2kg.graph.stores.sparql import Term, check_variables, parse_param
from text2kg.graph.stores.store import GraphStore, OxigraphStore, Result
from text2kg.graph.upkeep.corpus import summary_is_stale

if TYPE_CHECKING:
    from rdflib import Dataset

__all__ = ["Table", "format_result", "named_queries", "open_graph", "parse_params", "query", "run_query",
           "stale_summary_message"]

log = logging.getLogger("text2kg")


def query(
    source: str | Path | GraphStore,
    sparql: str | None = None,
    *,
    name: str | None = None,
    params: Mapping[str, Term | str] | None = None,
) -> Table | Result:
    """Run a query (its text, or a named query's ``name``) on a SOURCE: ``text2kg query``.

    ``params`` bind variables safely; plain strings become string literals. SELECT and ASK
    results come back as a :class:`~text2kg.graph.stores.results.Table`; CONSTRUCT as triples.

    Example::

        query("kg/", name="entity-evidence", params={"name": "Halden"}).values()
    """
    result = run_query(source, sparql, name=name, params=params)
    if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
        return to_table(result)
    return result


def run_query(
    source: str | Path | GraphStore,
    sparql: str | None = None,
    *,
    name: str | None = None,
    params: Mapping[str, Term | str] | None = None,
) -> Result:
    """As :func:`query`, but the result as the store gives it (to serialise, or stream).

    A parameter the query cannot use is an error, not ignored: for a named query, one it
    does not declare (and a declared required one left out); for query text, one whose
    variable does not occur in it. A named query that reads a stale summary is run, with
    a warning saying how to refresh it.

    Raises:
        QueryError: the query or a parameter is wrong.
        StoreError: the SOURCE cannot be opened.
    """
    if (sparql is None) == (name is None):
        raise ValueError("give either the query text or a named query's name")
    bindings = {k: ox.Literal(v) if isinstance(v, str) else v for k, v in (params or {}).items()}
    if name is not None:
        named = named_query(name)
        named.check_params(bindings)
        text = named.text
    else:
        text = sparql  # type: ignore[assignment]
        check_variables(text, bindings)
    store = source if isinstance(source, GraphStore) else open_store(source)
    if name is not None and named.reads_summary and summary_is_stale(store):
        log.warning("%s", stale_summary_message(source))
    return store.query(text, bindings)


def parse_params(texts: Iterable[str]) -> dict[str, Term]:
    """``NAME=VALUE`` parameters as the command line takes them: ``<...>`` is an IRI.

    >>> parse_params(["name=Raisi", "e=<https://x.org/a>"])["e"].value
    'https://x.org/a'
    """
    return dict(parse_param(text) for text in texts)


def format_result(result: Result, fmt: str = "table") -> Table | str:
    """A result for people: ``table`` gives a SELECT or ASK result as a
    :class:`~text2kg.graph.stores.results.Table`; ``csv``, ``tsv`` and ``json`` give the
    SPARQL 1.1 results formats' text. Triples (CONSTRUCT, DESCRIBE) are N-Triples text
    whatever ``fmt`` says.

    >>> format_result(ox.Store().query("ASK { ?s ?p ?o }"), "json")
    '{"head":{},"boolean":false}'
    """
    if fmt == "table" and isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
        return to_table(result)
    return serialize(result, "csv" if fmt == "table" else fmt)


def open_graph(source: str | Path) -> Dataset:
    """A SOURCE as an rdflib ``Dataset`` (backed by Oxigraph through oxrdflib, or by the
    endpoint through rdflib's SPARQL store). Send SPARQL as strings so Oxigraph runs it.

    Example::

        open_graph("graph.trig").query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    """
    from rdflib import Dataset

    store = open_store(source)
    if isinstance(store, OxigraphStore):
        from oxrdflib import OxigraphStore as RdflibOxigraph

        return Dataset(store=RdflibOxigraph(store=store.store), default_union=True)
    from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

    endpoint = SPARQLUpdateStore(query_endpoint=store.query_url, update_endpoint=store.update_url)  # type: ignore[attr-defined]
    return Dataset(store=endpoint, default_union=True)


def stale_summary_message(source: str | Path | GraphStore) -> str:
    """What to tell someone whose summary graph is out of date, and how to refresh it.

    >>> stale_summary_message("kg/").split(": ")[-1]
    'run text2kg build --store kg/ to refresh it'
    """
    stale = "the summary is out of date (a build or remove stopped before refreshing it), so the top-N queries miss rows"
    if isinstance(source, GraphStore):
        return f"{stale}: build into this store again, with or without documents, to refresh it"
    if str(source).startswith(("http://", "https://")):
        return f"{stale}: run text2kg build --endpoint {source} to refresh it"
    if Path(source).is_file():
        return f"{stale}: build {source} again from its documents"
    return f"{stale}: run text2kg build --store {source} to refresh it"
