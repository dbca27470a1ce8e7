"""``query`` and ``queries``: SPARQL on a SOURCE, named queries, results as tables or text."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from text2kg.graph.stores import results
from text2kg.graph.stores.named import NamedQuery, named_queries, named_query
from text2kg.graph.stores.results import serialize, short
from text2kg.graph.stores.source import open_store, source_kind
from text2kg.graph.stores.sparql import Term, check_variables, parse_param
from text2kg.graph.stores.store import GraphStore, OxigraphStore, Result
from text2kg.graph.upkeep.base_iri import stored_base
from text2kg.graph.upkeep.corpus import summary_is_stale

if TYPE_CHECKING:
    from rdflib import Dataset

__all__ = ["FORMATS", "Table", "named_queries", "open_graph", "query"]

log = logging.getLogger("text2kg")

#: What :func:`query` can give: a :class:`Table`, or the SPARQL 1.1 results formats' text.
FORMATS = ("table", "csv", "tsv", "json")


@dataclass
class Table(results.Table):
    """A SELECT or ASK result read into memory (column names, rows of terms), with the
    base IRI of the graph it came from when it was asked for people (``fmt="table"``), so
    that the IRIs the graph minted read short: ``person/viktor-halden``, not the whole IRI.
    """

    base: str | None = None

    def shown(self) -> list[list[str]]:
        """The rows for people: literals as their text, IRIs under the graph's base without
        it, others with a known prefix (``t2k:Person``), unbound as empty.

        >>> Table(["p"], [[ox.NamedNode("https://example.org/kg/person/roe")]], "https://example.org/kg/").shown()
        [['person/roe']]
        """
        return [[short(term, self.base) for term in row] for row in self.rows]


def query(
    source: str | Path | GraphStore,
    sparql: str | None = None,
    *,
    name: str | None = None,
    params: Mapping[str, Term | str] | Iterable[str] | None = None,
    fmt: str | None = None,
) -> Table | Result | str:
    """Run a query (its text, or a named query's ``name``) on a SOURCE: ``text2kg query``.

    A parameter the query cannot use is an error, not ignored: for a named query, one it
    does not declare (and a declared required one left out); for query text, one whose
    variable does not occur in it. A named query that reads a stale summary is run, with
    a warning saying how to refresh it.

    Args:
        params: variables to bind, safely: a mapping (plain strings become string
            literals), or the command line's ``NAME=VALUE`` texts (``<...>`` is an IRI).
        fmt: None gives SELECT and ASK results as a :class:`Table`, CONSTRUCT as triples;
            ``table`` gives the same for people: the table knows the graph's own base IRI
            (:meth:`Table.shown`), and triples come as N-Triples text; ``csv``, ``tsv`` and
            ``json`` give the SPARQL 1.1 results formats' text (triples: N-Triples).

    Raises:
        QueryError: the query or a parameter is wrong.
        StoreError: the SOURCE cannot be opened.
        ValueError: an unknown ``fmt``, or both or neither of ``sparql`` and ``name``.

    Example::

        query("kg/", name="entity-evidence", params={"name": "Halden"}).values()
        print(query("kg/", name="people-by-mentions", fmt="csv"))
    """
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: {', '.join(FORMATS)}")
    if params is not None and not isinstance(params, Mapping):
        params = _parse_params([params] if isinstance(params, str) else params)
    text, bindings, named = _prepare(sparql, name, params)
    store = source if isinstance(source, GraphStore) else open_store(source)
    if named is not None and named.reads_summary and summary_is_stale(store):
        log.warning("%s", _stale_summary_message(source))
    result = store.query(text, bindings)
    if fmt not in (None, "table"):
        return serialize(result, fmt)  # type: ignore[arg-type]
    if not isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
        return result if fmt is None else serialize(result, "csv")
    read = results.to_table(result)
    return Table(read.columns, read.rows, stored_base(store) if fmt == "table" else None)


def _prepare(sparql: str | None, name: str | None,
             params: Mapping[str, Term | str] | None) -> tuple[str, dict[str, Term], NamedQuery | None]:
    """The query text and its bindings, checked before any store is opened (plain strings
    become string literals)."""
    if (sparql is None) == (name is None):
        raise ValueError("give either the query text or a named query's name")
    bindings = {k: ox.Literal(v) if isinstance(v, str) else v for k, v in (params or {}).items()}
    if name is None:
        check_variables(sparql, bindings)  # type: ignore[arg-type]
        return sparql, bindings, None  # type: ignore[return-value]
    named = named_query(name)
    named.check_params(bindings)
    return named.text, bindings, named


def _parse_params(texts: Iterable[str]) -> dict[str, Term]:
    """``NAME=VALUE`` parameters as the command line takes them: ``<...>`` is an IRI.

    >>> _parse_params(["name=Raisi", "e=<https://x.org/a>"])["e"].value
    'https://x.org/a'
    """
    return dict(parse_param(text) for text in texts)


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


def _stale_summary_message(source: str | Path | GraphStore) -> str:
    """What to tell someone whose summary graph is out of date, and how to refresh it.

    >>> _stale_summary_message("kg/").split(": ")[-1]
    'run text2kg build --store kg/ to refresh it'
    """
    stale = "the summary is out of date (a build or remove stopped before refreshing it), so the top-N queries miss rows"
    if isinstance(source, GraphStore):
        return f"{stale}: build into this store again, with or without documents, to refresh it"
    kind = source_kind(source)
    if kind == "endpoint":
        return f"{stale}: run text2kg build --endpoint {source} to refresh it"
    if kind == "file":
        return f"{stale}: build {source} again from its documents"
    return f"{stale}: run text2kg build --store {source} to refresh it"
