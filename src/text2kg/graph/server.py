"""``text2kg serve``: the SPARQL 1.1 Protocol at ``/sparql``, the graph browser at ``/``.

Read-only unless ``allow_update``; every query runs with a time limit in a worker process
(an over-long query is stopped and gets a 503 with a message; the server keeps answering
others), and requests above a size limit are refused (413/414). Results come as JSON, XML, CSV or TSV by the Accept
header; graphs (CONSTRUCT, DESCRIBE) as Turtle or N-Triples.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
import urllib.parse
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files

from text2kg.graph.answer import answer
from text2kg.graph.errors import QueryError, StoreError
from text2kg.graph.store import GraphStore
from text2kg.graph.workers import QueryTimeout, QueryWorkers

log = logging.getLogger("text2kg")

@dataclass
class ServerConfig:
    allow_update: bool = False
    timeout: float = 30.0
    max_request_bytes: int = 1_000_000
    browser_html: str = ""


class _Handler(BaseHTTPRequestHandler):
    server: "SparqlServer"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt: str, *args: object) -> None:  # quiet unless asked
        log.debug("%s - %s", self.address_string(), fmt % args)

    # --- routing ---------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if len(self.path) > self.server.config.max_request_bytes:
            return self._error(HTTPStatus.REQUEST_URI_TOO_LONG, "the request is longer than the server accepts")
        if url.path in ("/", "/index.html"):
            return self._send(HTTPStatus.OK, "text/html; charset=utf-8", self.server.config.browser_html.encode("utf-8"))
        if url.path == "/query":
            page = files("text2kg.graph").joinpath("templates/query.html").read_bytes()
            return self._send(HTTPStatus.OK, "text/html; charset=utf-8", page)
        if url.path == "/sparql":
            params = urllib.parse.parse_qs(url.query)
            if "update" in params:
                return self._error(HTTPStatus.METHOD_NOT_ALLOWED, "updates must be POSTed")
            if "query" not in params:
                return self._error(HTTPStatus.BAD_REQUEST, "no query parameter")
            return self._query(params["query"][0])
        return self._error(HTTPStatus.NOT_FOUND, f"nothing at {url.path}")

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._error(HTTPStatus.NOT_FOUND, f"nothing at {url.path}")
        length = int(self.headers.get("Content-Length") or 0)
        if length > self.server.config.max_request_bytes:
            return self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                               f"the request has {length} bytes; this server accepts {self.server.config.max_request_bytes}")
        body = self.rfile.read(length).decode("utf-8", "replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if kind == "application/sparql-query":
            return self._query(body)
        if kind == "application/sparql-update":
            return self._update(body)
        if kind == "application/x-www-form-urlencoded":
            params = urllib.parse.parse_qs(body)
            if "update" in params:
                return self._update(params["update"][0])
            if "query" in params:
                return self._query(params["query"][0])
        return self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"cannot read a body of type {kind or 'none'}")

    # --- work ------------------------------------------------------------------------------
    def _query(self, text: str) -> None:
        accept = self.headers.get("Accept") or "application/sparql-results+json"
        server = self.server
        if server.workers is not None:
            self._respond(lambda: server.workers.run(text, accept, server.config.timeout))
        else:
            self._respond(lambda: server.pool.submit(answer, server.store, text, accept).result(server.config.timeout))

    def _update(self, text: str) -> None:
        if not self.server.config.allow_update:
            return self._error(HTTPStatus.FORBIDDEN, "this server is read-only (start it with --allow-update)")

        def run() -> tuple[str, bytes]:
            with self.server.write_lock:
                self.server.store.update(text)
                if self.server.workers is not None:
                    self.server.workers.refresh()
            return "text/plain; charset=utf-8", b""

        self._respond(run, HTTPStatus.NO_CONTENT)

    def _respond(self, work, status: HTTPStatus = HTTPStatus.OK) -> None:
        try:
            media, body = work()
        except (QueryTimeout, concurrent.futures.TimeoutError):
            return self._error(HTTPStatus.SERVICE_UNAVAILABLE, f"the query took longer than {self.server.config.timeout:g} s")
        except QueryError as err:
            return self._error(HTTPStatus.BAD_REQUEST, str(err))
        except (StoreError, OSError, RuntimeError, ValueError) as err:
            return self._error(HTTPStatus.BAD_REQUEST, str(err).splitlines()[0] if str(err) else type(err).__name__)
        self._send(status, media, body)

    def _send(self, status: HTTPStatus, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


class SparqlServer(ThreadingHTTPServer):
    """A threaded HTTP server over one store."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, store: GraphStore, address: tuple[str, int], config: ServerConfig,
                 workers: QueryWorkers | None = None) -> None:
        """``workers``: processes over the store's folder that run queries (and can be stopped);
        without them queries run in threads here, and one past its limit is abandoned."""
        super().__init__(address, _Handler)
        self.store = store
        self.config = config
        self.workers = workers
        self.write_lock = threading.Lock()
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=8, thread_name_prefix="sparql")

    def server_close(self) -> None:
        super().server_close()
        self.pool.shutdown(wait=False, cancel_futures=True)
        if self.workers is not None:
            self.workers.close()


def open_for_serving(source: str, allow_update: bool, workers: int = 2) -> tuple[GraphStore, QueryWorkers | None, str | None]:
    """The store to serve, the worker processes that will run its queries, and a temporary
    folder to delete afterwards (a file SOURCE is copied into one, so workers can open it)."""
    import shutil
    import tempfile
    from pathlib import Path

    from text2kg.graph.source import STORE_MARKER, open_store
    from text2kg.graph.store import OxigraphStore

    if source.startswith(("http://", "https://")):
        return open_store(source), None, None
    path, temporary = Path(source), None
    if path.is_file():
        temporary = tempfile.mkdtemp(prefix="text2kg-serve-")
        copy = OxigraphStore(temporary)
        copy.load(path)
        copy.close()
        (Path(temporary) / STORE_MARKER).write_text("temporary copy for text2kg serve\n", encoding="utf-8")
        path = Path(temporary)
    try:
        store = open_store(path, writable=allow_update)
        return store, QueryWorkers(str(path), size=workers), temporary
    except Exception:
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)
        raise
