"""``text2kg serve``: the SPARQL 1.1 Protocol at ``/sparql``, the graph browser at ``/``.

Read-only unless ``allow_update``, and then an update needs the start-up token and, from a
browser, the server's own origin. Every query runs with a time limit in a worker process,
waiting for a free worker included (an over-long query is stopped and gets a 503 with a
message; the server keeps answering others). ``SERVICE`` (and an update's ``LOAD``), which
fetch URLs, are refused unless ``allow_service``, results above ``max_result_bytes`` are refused (507), requests above
``max_request_bytes`` too (413/414), and requests naming another host (DNS rebinding) get
421. Results come as JSON, XML, CSV or TSV by the Accept header; graphs (CONSTRUCT,
DESCRIBE) as Turtle or N-Triples. Queries see builds and removals made while serving.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files

from text2kg.graph.upkeep import summary
from text2kg.graph.web.answer import ResultTooLarge, answer, check_size
from text2kg.graph.errors import QueryError, StoreError
from text2kg.graph.web.guard import host_allowed, new_token, same_origin, token_matches
from text2kg.graph.stores.keywords import uses_keyword, uses_service
from text2kg.graph.stores.store import GraphStore
from text2kg.graph.web.workers import QueryTimeout, QueryWorkers, WorkersBusy, store_fingerprint

log = logging.getLogger("text2kg")

#: 50 MB of JSON is some 200,000 rows: more than a browser or a notebook reads in one piece,
#: and the body is held twice (worker, server) for each of the few queries run at once.
MAX_RESULT_BYTES = 50_000_000
SERVICE_REFUSED = "SERVICE is refused: this server does not call other endpoints (start it with --allow-service)"
LOAD_REFUSED = "LOAD is refused: this server does not fetch URLs (start it with --allow-service)"


@dataclass
class ServerConfig:
    allow_update: bool = False
    timeout: float = 30.0
    max_request_bytes: int = 1_000_000
    browser_html: str = ""
    allow_service: bool = False
    max_result_bytes: int = MAX_RESULT_BYTES
    #: What an update's ``Authorization: Bearer`` header must carry.
    update_token: str = field(default_factory=new_token)
    #: Host names the server answers to besides its address and ``localhost``.
    allowed_hosts: tuple[str, ...] = ()
    #: Renders the browser page again from a store, when the store has changed since.
    render_browser: Callable[[GraphStore], str] | None = None
    #: Seconds between two drawings of the page: during a build the store changes with every
    #: document, and each drawing projects and analyses the whole graph, so a page (or any web
    #: page the user opens) asking for ``/`` again and again must not keep a core busy.
    redraw_every: float = 10.0


class _Handler(BaseHTTPRequestHandler):
    server: "SparqlServer"
    protocol_version = "HTTP/1.1"
    timeout = 60  # seconds a client may stay silent (mid-body, or between requests) before it is let go

    def log_message(self, fmt: str, *args: object) -> None:  # quiet unless asked
        log.debug("%s - %s", self.address_string(), fmt % args)

    # --- routing ---------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802
        self.started = time.monotonic()
        if not self._admitted():
            return None
        url = urllib.parse.urlsplit(self.path)
        if len(self.path) > self.server.config.max_request_bytes:
            return self._error(HTTPStatus.REQUEST_URI_TOO_LONG, "the request is longer than the server accepts")
        if url.path in ("/", "/index.html"):
            return self._send(HTTPStatus.OK, "text/html; charset=utf-8", self.server.browser_page().encode("utf-8"))
        if url.path == "/query":
            page = files("text2kg.graph.web").joinpath("templates/query.html").read_bytes()
            return self._send(HTTPStatus.OK, "text/html; charset=utf-8", page)
        if url.path == "/sparql":
            params = urllib.parse.parse_qs(url.query)
            if "update" in params:
                return self._error(HTTPStatus.METHOD_NOT_ALLOWED, "updates must be POSTed")
            if "query" not in params:
                return self._error(HTTPStatus.BAD_REQUEST, "no query parameter")
            return self._query(params["query"][0], params)
        return self._error(HTTPStatus.NOT_FOUND, f"nothing at {url.path}")

    def do_POST(self) -> None:  # noqa: N802
        self.started = time.monotonic()
        if not self._admitted():
            return None
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._error(HTTPStatus.NOT_FOUND, f"nothing at {url.path}")
        if self.headers.get("Transfer-Encoding"):
            return self._error(HTTPStatus.LENGTH_REQUIRED, "send the body with a Content-Length, not chunked")
        declared = (self.headers.get("Content-Length") or "0").strip()
        if not (declared.isascii() and declared.isdigit()):  # "²".isdigit(), but int("²") fails
            return self._error(HTTPStatus.BAD_REQUEST, f"Content-Length must be a number of bytes, not {declared[:40]!r}")
        length = int(declared)
        if length > self.server.config.max_request_bytes:
            return self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                               f"the request has {length} bytes; this server accepts {self.server.config.max_request_bytes}")
        body = self.rfile.read(length).decode("utf-8", "replace")
        params = urllib.parse.parse_qs(url.query)
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if kind == "application/sparql-query":
            return self._query(body, params)
        if kind == "application/sparql-update":
            return self._update(body)
        if kind == "application/x-www-form-urlencoded":
            params.update(urllib.parse.parse_qs(body))
            if "update" in params:
                return self._update(params["update"][0])
            if "query" in params:
                return self._query(params["query"][0], params)
        return self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"cannot read a body of type {kind or 'none'}")

    def _admitted(self) -> bool:
        """Whether the request names this server in its Host header (else it is refused)."""
        bind, port = self.server.server_address[:2]
        host = self.headers.get("Host")
        if host_allowed(host, bind, port, self.server.config.allowed_hosts):
            return True
        self._error(HTTPStatus.MISDIRECTED_REQUEST,
                    f"this server does not answer to the host {host[:80]!r} (use {bind}:{port} or localhost:{port},"
                    " or start it with --allow-host NAME)")
        return False

    # --- work ------------------------------------------------------------------------------
    def _query(self, text: str, params: dict[str, list[str]]) -> None:
        server, config = self.server, self.server.config
        if not config.allow_service and uses_service(text):
            return self._error(HTTPStatus.BAD_REQUEST, SERVICE_REFUSED)
        accept = self.headers.get("Accept") or "application/sparql-results+json"
        dataset = None
        if "default-graph-uri" in params or "named-graph-uri" in params:
            dataset = (params.get("default-graph-uri", []), params.get("named-graph-uri", []))
        if server.workers is not None:
            return self._respond(lambda: server.workers.run(text, accept, config.timeout, config.max_result_bytes,
                                                            dataset, started=self.started))
        left = max(config.timeout - (time.monotonic() - self.started), 0.001)
        self._respond(lambda: server.pool.submit(answer, server.store, text, accept, config.max_result_bytes,
                                                 dataset).result(left))

    def _update(self, text: str) -> None:
        config = self.server.config
        if not config.allow_update:
            return self._error(HTTPStatus.FORBIDDEN, "this server is read-only (start it with --allow-update)")
        if not same_origin(self.headers.get("Origin"), self.headers.get("Referer"), self.headers.get("Host")):
            return self._error(HTTPStatus.FORBIDDEN, "updates are accepted only from this server's own pages")
        if not token_matches(self.headers.get("Authorization"), config.update_token):
            return self._error(HTTPStatus.UNAUTHORIZED,
                               "updates need the header 'Authorization: Bearer TOKEN' with the token text2kg serve printed",
                               {"WWW-Authenticate": 'Bearer realm="text2kg"'})
        if not config.allow_service and uses_service(text):
            return self._error(HTTPStatus.BAD_REQUEST, SERVICE_REFUSED)
        if not config.allow_service and uses_keyword(text, "LOAD", when_unsure=True):
            return self._error(HTTPStatus.BAD_REQUEST, LOAD_REFUSED)

        def run() -> tuple[str, bytes]:
            with self.server.write_lock:
                # Any graph may change: the summary no longer vouches for its totals (readers
                # are warned, and the next build recounts it whole).
                summary.unseal(self.server.store)
                self.server.store.update(text)  # workers see it: they reopen a store that changed
            return "text/plain; charset=utf-8", b""

        self._respond(run, HTTPStatus.NO_CONTENT)

    def _respond(self, work: Callable[[], tuple[str, bytes]], status: HTTPStatus = HTTPStatus.OK) -> None:
        try:
            media, body = work()
            check_size(len(body), self.server.config.max_result_bytes)
        except WorkersBusy as err:
            return self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(err), {"Retry-After": str(err.retry_after)})
        except (QueryTimeout, concurrent.futures.TimeoutError):
            return self._error(HTTPStatus.SERVICE_UNAVAILABLE, f"the query took longer than {self.server.config.timeout:g} s")
        except ResultTooLarge as err:
            return self._error(HTTPStatus.INSUFFICIENT_STORAGE, str(err))
        except QueryError as err:
            return self._error(HTTPStatus.BAD_REQUEST, str(err))
        except (StoreError, OSError, RuntimeError, ValueError) as err:
            return self._error(HTTPStatus.BAD_REQUEST, str(err).splitlines()[0] if str(err) else type(err).__name__)
        self._send(status, media, body)

    def _send(self, status: HTTPStatus, media: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: HTTPStatus, message: str, headers: dict[str, str] | None = None) -> None:
        # the request's body may be unread: close the connection rather than read it as the next request
        self.close_connection = True
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"),
                   {**(headers or {}), "Connection": "close"})


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
        self.page_lock = threading.Lock()
        self.page, self.page_seen = config.browser_html, self._fingerprint()
        self.page_drawn = time.monotonic()
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=8, thread_name_prefix="sparql")

    def browser_page(self) -> str:
        """The browser page, drawn again when the store has changed since it was drawn."""
        if self.config.render_browser is None or self.workers is None:
            return self.page
        with self.page_lock:
            if time.monotonic() - self.page_drawn < self.config.redraw_every:
                return self.page  # drawn a moment ago: the next visit after the pause draws it again
            seen = self._fingerprint()
            if seen != self.page_seen:
                self.page_drawn = time.monotonic()
                try:
                    self.page = self.config.render_browser(self._fresh_store())
                except Exception as err:  # noqa: BLE001 - the page drawn before still serves
                    log.warning("the browser page could not be drawn again: %s", err)
                self.page_seen = seen
        return self.page

    def _fingerprint(self) -> tuple | None:
        return store_fingerprint(self.workers.path) if self.workers is not None else None

    def _fresh_store(self) -> GraphStore:
        from text2kg.graph.stores.store import OxigraphStore

        if self.config.allow_update:
            return self.store  # this process writes the store: it sees every change
        return OxigraphStore(self.workers.path, read_only=True)  # released when dropped

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

    from text2kg.graph.stores.source import STORE_MARKER, open_store, source_kind
    from text2kg.graph.stores.store import OxigraphStore

    kind = source_kind(source)
    if kind == "endpoint":
        return open_store(source), None, None
    path, temporary = Path(source), None
    if kind == "file":
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
