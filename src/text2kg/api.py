"""The Python API, mirroring the command line: build a graph, open it, query it::

    from text2kg.api import build_graph, query
    build_graph(["samples/"], store="kg/")
    query("kg/", name="people-by-mentions").values()
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from text2kg.build import MAX_CHARS, BuildReport, ExtractOptions, build_into
from text2kg.graph.upkeep.corpus import summary_is_stale
from text2kg.graph.triples.iris import DEFAULT_BASE
from text2kg.graph.stores.named import named_query
from text2kg.graph.stores.results import Table, to_table
from text2kg.graph.stores.source import open_store
from text2kg.graph.stores.sparql import Term, check_variables
from text2kg.graph.errors import StoreError
from text2kg.graph.stores.store import GraphStore, OxigraphStore, Result, format_of

if TYPE_CHECKING:
    from rdflib import Dataset

log = logging.getLogger("text2kg")


def build_graph(
    paths: Iterable[str | Path],
    *,
    output: str | Path | None = None,
    store: str | Path | None = None,
    endpoint: str | None = None,
    model: str | None = None,
    base: str = DEFAULT_BASE,
    batch_size: int = 16,
    n_process: int = 1,
    max_chars: int = MAX_CHARS,
    dask: str | None = None,
    on_document: Callable[[str], None] | None = None,
) -> BuildReport:
    """Build (or grow) a graph from documents.

    Args:
        paths: files, folders or ``-``.
        output: also write the whole graph to this file (``.trig .ttl .nq .nt .jsonld``).
        store: an on-disk store folder, created when missing, grown incrementally.
        endpoint: a SPARQL 1.1 endpoint URL to write to, instead of a store folder.
        model, batch_size, max_chars, dask: as for
            :class:`~text2kg.extract.options.ExtractOptions`.
        n_process: its ``processes``.
        base, on_document: as for :func:`text2kg.build.build_into`.

    With neither ``store`` nor ``endpoint`` the graph is built in memory and written to
    ``output``.
    """
    if store is not None and endpoint is not None:
        raise ValueError("give a store folder or an endpoint, not both")
    options = ExtractOptions(model=model, batch_size=batch_size, max_chars=max_chars, processes=n_process, dask=dask)
    if output is not None:
        require_writable(output)  # before the extraction, not after it
    target: GraphStore
    if store is not None:
        target = open_store(store, writable=True, create=True)
    elif endpoint is not None:
        target = open_store(endpoint)
    else:
        target = OxigraphStore()
    with target:
        report = build_into(target, paths, options, base=base, on_document=on_document)
        if output is not None:
            try:
                target.dump(output)
            except OSError as err:
                raise StoreError(f"{output}: cannot write ({err.strerror or err})") from None
    return report


def require_writable(path: str | Path) -> None:
    """Make sure a file can be written at ``path``: its folder is created when missing, and
    a file that was not there is not left behind.

    Raises:
        StoreError: naming the file and why it cannot be written.
    """
    path = Path(path)
    format_of(path)  # an unknown ending fails first
    existed = path.exists()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("ab"):
            pass
    except OSError as err:
        blocker = next((p for p in path.parents if p.is_file()), None)
        reason = f"{blocker} is a file, not a folder" if blocker else err.strerror or err
        raise StoreError(f"{path}: cannot write ({reason})") from None
    if not existed:
        path.unlink()


def open_graph(source: str | Path) -> Dataset:
    """A SOURCE as an rdflib ``Dataset`` (backed by Oxigraph through oxrdflib, or by the
    endpoint through rdflib's SPARQL store). Send SPARQL as strings so Oxigraph runs it."""
    from rdflib import Dataset

    store = open_store(source)
    if isinstance(store, OxigraphStore):
        from oxrdflib import OxigraphStore as RdflibOxigraph

        return Dataset(store=RdflibOxigraph(store=store.store), default_union=True)
    from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

    endpoint = SPARQLUpdateStore(query_endpoint=store.query_url, update_endpoint=store.update_url)  # type: ignore[attr-defined]
    return Dataset(store=endpoint, default_union=True)


def query(
    source: str | Path | GraphStore,
    sparql: str | None = None,
    *,
    name: str | None = None,
    params: Mapping[str, Term | str] | None = None,
) -> Table | Result:
    """Run a query (its text, or a named query's ``name``) on a SOURCE.

    ``params`` bind variables safely; plain strings become string literals. SELECT and ASK
    results come back as a :class:`~text2kg.graph.stores.results.Table`; CONSTRUCT as triples.
    """
    import pyoxigraph as ox

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
    variable does not occur in it.
    """
    import pyoxigraph as ox

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
