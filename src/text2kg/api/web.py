"""``viz`` and ``serve``: the graph browser as a file, and the SPARQL endpoint with it."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from text2kg.graph.analysis.network import NODE_TYPES
from text2kg.graph.errors import StoreError
from text2kg.graph.stores.source import open_store
from text2kg.graph.stores.store import GraphStore
from text2kg.graph.web.browser import render_page
from text2kg.graph.web.guard import new_token
from text2kg.graph.web.server import (
    MAX_RESULT_BYTES,
    ServerConfig,
    SparqlServer,
    open_for_serving,
)
from text2kg.graph.web.viz import DEFAULT_MAX_NODES, View, select_view

__all__ = ["Server", "serve", "write_browser"]


def write_browser(
    source: str | Path,
    output: str | Path = "graph.html",
    *,
    types: Iterable[str] | None = None,
    focus: str | None = None,
    hops: int = 2,
    min_degree: int = 0,
    max_nodes: int = DEFAULT_MAX_NODES,
    query: str | None = None,
) -> View:
    """Write the interactive graph browser, one HTML file that works offline: ``text2kg viz``.

    Args:
        types: the entity types to show (default: all of them).
        focus: show the entities within ``hops`` of this one (IRI, name or alias).
        min_degree: leave out entities with fewer links.
        max_nodes: keep at most this many, the most central.
        query: a SPARQL SELECT whose entities to show.

    Returns what the page shows: its graph, and a notice saying what was left out.

    Raises:
        ValueError: an unknown type. KeyError: ``focus`` names no entity, or several.

    Example::

        write_browser("graph.trig", "people.html", types=["Person"]).graph.number_of_nodes()
    """
    chosen = tuple(types) if types is not None else NODE_TYPES
    unknown = [t for t in chosen if t not in NODE_TYPES]
    if unknown:
        raise ValueError(f"unknown type(s) {', '.join(unknown)}: choose from {', '.join(NODE_TYPES)}")
    view = select_view(open_store(source), types=chosen, focus=focus, hops=hops, min_degree=min_degree,
                       max_nodes=max_nodes, query=query)
    output = Path(output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(_page(view, source), encoding="utf-8")
    except OSError as err:
        raise StoreError(f"{getattr(err, 'filename', None) or output}: {err.strerror or err}") from None
    return view


def _page(view: View, source: str | Path) -> str:
    return render_page(view.graph, view.rank, title=f"text2kg: {Path(str(source)).name}",
                       documents=view.documents, notice=view.notice)


class Server:
    """A SPARQL endpoint and graph browser listening on its address: ``text2kg serve``.

    Nothing is answered until :meth:`serve_forever` runs (in a thread, for a notebook);
    :meth:`shutdown` stops it from another thread, and :meth:`close` (or leaving a ``with``
    block) frees the port, the query workers and a file SOURCE's temporary copy.
    """

    def __init__(self, server: SparqlServer, host: str, token: str, temporary: str | None) -> None:
        self.server, self.host, self.token, self._temporary = server, host, token, temporary

    @property
    def url(self) -> str:
        """The browser's address, with the host as given and the port listened on;
        SPARQL is at ``url + "sparql"``."""
        return f"http://{self.host}:{self.server.server_address[1]}/"

    def serve_forever(self) -> None:
        self.server.serve_forever()

    def shutdown(self) -> None:
        self.server.shutdown()

    def close(self) -> None:
        self.server.server_close()
        if self._temporary:
            shutil.rmtree(self._temporary, ignore_errors=True)
            self._temporary = None

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve(
    source: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    allow_update: bool = False,
    timeout: float = 30.0,
    max_request_bytes: int = 1_000_000,
    max_result_bytes: int = MAX_RESULT_BYTES,
    allow_service: bool = False,
    update_token: str | None = None,
    allowed_hosts: Iterable[str] = (),
) -> Server:
    """Open a SOURCE for serving and listen on ``host:port`` (0: any free port): SPARQL 1.1
    Protocol at ``/sparql``, the browser at ``/``, a query page at ``/query``.

    Updates (``allow_update``) need ``Authorization: Bearer TOKEN``: ``update_token``, or a
    new one, in :attr:`Server.token`. The other arguments are the limits described in
    :mod:`text2kg.graph.web.server`.

    Raises:
        StoreError: the SOURCE cannot be opened. OSError: the address cannot be listened on.

    Example::

        with serve("graph.trig", port=0) as server:
            threading.Thread(target=server.serve_forever, daemon=True).start()
            print(server.url)   # ... then server.shutdown()
    """
    token = update_token or new_token()
    store, workers, temporary = open_for_serving(str(source), allow_update)

    def render(store: GraphStore) -> str:
        return _page(select_view(store), source)

    try:
        config = ServerConfig(allow_update=allow_update, timeout=timeout, max_request_bytes=max_request_bytes,
                              browser_html=render(store), allow_service=allow_service,
                              max_result_bytes=max_result_bytes, update_token=token,
                              allowed_hosts=tuple(allowed_hosts), render_browser=render)
        return Server(SparqlServer(store, (host, port), config, workers), host, token, temporary)
    except BaseException:
        if workers is not None:
            workers.close()
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)
        raise
