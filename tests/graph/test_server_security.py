"""What keeps `text2kg serve` safe to run, against the running server with real clients."""

from __future__ import annotations

import http.client
import http.server
import json
import socket
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.conftest import make_extraction
from tests.graph.helpers import IRIS, load
from tests.graph.test_server import DOCS, serve
from text2kg.graph.upkeep.corpus import remove_documents
from text2kg.graph.stores.source import open_store
from text2kg.graph.stores.store import OxigraphStore

pytestmark = pytest.mark.slow  # each test starts a server and waits on it

COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
PEOPLE = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a t2k:Person }"
NEWCOMER = make_extraction("new.txt", "Ada Newcomer met Kumi Naidoo.", [
    ("Person", "Ada Newcomer", [], ["Ada Newcomer"]), ("Person", "Kumi Naidoo", [], ["Kumi Naidoo"])])


def request(url: str, method: str = "GET", path: str = "/sparql", body: str | bytes | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    """Status, headers and text of one request, through http.client (any header as given)."""
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read().decode()
    finally:
        conn.close()


def query(url: str, text: str, **params: str) -> tuple[int, dict[str, str], str]:
    fields = urllib.parse.urlencode({"query": text, **params})
    return request(url, "POST", body=fields, headers={"Content-Type": "application/x-www-form-urlencoded",
                                                      "Accept": "application/sparql-results+json"})


def number(url: str, text: str, **params: str) -> int:
    status, _, body = query(url, text, **params)
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


@pytest.fixture()
def server(tmp_path):
    running, url = serve(tmp_path / "kg", timeout=1.0)
    yield running, url
    running.shutdown()
    running.server_close()


@pytest.fixture()
def writable(tmp_path):
    running, url = serve(tmp_path / "kg", allow_update=True, timeout=2.0)
    yield running, url
    running.shutdown()
    running.server_close()


# --- 1. SERVICE --------------------------------------------------------------------------------
class _Endpoint(http.server.BaseHTTPRequestHandler):
    """Another SPARQL endpoint on 127.0.0.1, which counts the calls it gets."""

    calls: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        self._answer()

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._answer()

    def _answer(self) -> None:
        type(self).calls.append(self.path)
        body = b'{"head": {"vars": []}, "results": {"bindings": [{}]}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def other_endpoint():
    _Endpoint.calls = []
    endpoint = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Endpoint)
    threading.Thread(target=endpoint.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{endpoint.server_address[1]}/sparql"
    endpoint.shutdown()
    endpoint.server_close()


CALLS = [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "select * where {{ ?s ?p ?o.service<{url}>{{ ?a ?b ?c }} }}",
    'SELECT * WHERE {{ ?s ?p"x"SERVICE<{url}>{{ ?a ?b ?c }} }}',  # a string, then the keyword, no space
    "SELECT * WHERE {{ ?s ?p 1SERVICE<{url}>{{ ?a ?b ?c }} }}",  # Oxigraph needs no space after a number
    "PREFIX : <{url}> SELECT * WHERE {{ ?s ?p ?o SERVICE:{{ ?a ?b ?c }} }}",
    "SELECT * WHERE {{ ?s ?p ?o # a comment ends at a carriage return\rSERVICE <{url}> {{ ?a ?b ?c }} }}",
    "SELECT * WHERE {{ ?s ?p <http://x/\\u0041#> . SERVICE <{url}> {{ ?a ?b ?c }} }}",  # an escape in an IRI
    # `<` read as an IRI by a naive tokenizer, as less-than by the parser; `#` opens a comment
    "SELECT * WHERE {{ ?a ?b ?c FILTER(?c<1)BIND(<{url}> AS ?u)SERVICE?u#>\n{{ ?s ?p ?o }} }}",
    # an escaped `#` or `'` in a prefixed name is part of the name, not a comment or a string
    "PREFIX ex: <http://x/> SELECT * WHERE {{ ?s ?p ?o FILTER(?o != ex:a\\#) SERVICE <{url}> {{ ?a ?b ?c }} }}",
    "PREFIX ex: <http://x/> SELECT * WHERE {{ ?s ?p ex:a\\' . SERVICE <{url}> {{ ?a ?b ?c }} }} # '",
    # a local name cannot start with `.`: `ex:.SERVICE` is `ex:`, `.` and a call
    "PREFIX ex: <http://x/> SELECT * WHERE {{ ?s ?p ex:.SERVICE <{url}> {{ ?a ?b ?c }} }}",
]


@pytest.mark.parametrize("call", CALLS)
def test_service_is_refused_and_nothing_is_fetched(server, other_endpoint, call: str) -> None:
    status, _, body = query(server[1], call.format(url=other_endpoint))
    assert status == 400 and "SERVICE is refused" in body and "--allow-service" in body
    assert _Endpoint.calls == []
    status, _, body = query(server[1], 'SELECT ?s WHERE { ?s rdfs:label "SERVICE" ; a <http://schema.org/Service> ;'
                                       ' ?service t2k:service } # SERVICE <x>')
    assert status == 200, body  # the word in a string, an IRI, a name or a comment is not a call


def test_service_is_fetched_when_allowed(tmp_path, other_endpoint) -> None:
    running, url = serve(tmp_path / "kg", timeout=2.0, allow_service=True)
    try:
        status, _, body = query(url, CALLS[0].format(url=other_endpoint))
        assert status == 200, body
        assert len(_Endpoint.calls) == 1
    finally:
        running.shutdown()
        running.server_close()


# --- 2. waiting for a worker is inside the timeout ---------------------------------------------
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_a_query_waiting_for_a_busy_worker_gets_503_with_retry_after_in_time(server) -> None:
    running, url = server  # two workers, 1 s limit
    with ThreadPoolExecutor(max_workers=4) as pool:
        slow = [pool.submit(query, url, SLOW) for _ in range(4)]
        while not running.workers.idle.empty():  # both workers taken by slow queries
            time.sleep(0.01)
        started = time.monotonic()
        status, headers, body = query(url, "ASK { ?s ?p ?o }")
        waited = time.monotonic() - started
        assert [f.result()[0] for f in slow] == [503] * 4
    assert status == 503 and "busy" in body, body
    assert waited < 1.5  # the limit (1 s), not the sum of the slow queries before it
    assert int(headers["retry-after"]) >= 1
    assert query(url, "ASK { ?s ?p ?o }")[0] == 200


# --- 3. result size ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, accept", [
    ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 1000000", "application/sparql-results+json"),
    ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 2000", "text/csv"),  # CSV is written whole, then measured
    ("CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }", "application/n-triples"),
])
def test_a_result_past_max_result_bytes_is_refused_with_a_clear_message(tmp_path, text: str, accept: str) -> None:
    running, url = serve(tmp_path / "kg", timeout=5.0, max_result_bytes=20_000)
    try:
        started = time.monotonic()
        status, _, body = request(url, "POST", body=text, headers={"Content-Type": "application/sparql-query",
                                                                    "Accept": accept})
        assert status == 507 and "larger than 20,000 bytes" in body and "LIMIT" in body, body
        assert time.monotonic() - started < 2  # stopped at the limit, not computed whole
        assert query(url, "SELECT * WHERE { ?s ?p ?o } LIMIT 10")[0] == 200
    finally:
        running.shutdown()
        running.server_close()


# --- 4. updates: token and origin --------------------------------------------------------------
def post_update(url: str, headers: dict[str, str]) -> tuple[int, str]:
    status, _, body = request(url, "POST", body="update=DROP%20ALL",
                              headers={"Content-Type": "application/x-www-form-urlencoded", **headers})
    return status, body


def test_a_cross_origin_or_tokenless_update_is_refused(writable) -> None:
    running, url = writable
    token, own = running.config.update_token, url
    everything = number(url, COUNT_ALL)
    assert post_update(url, {"Origin": "https://evil.example", "Authorization": f"Bearer {token}"})[0] == 403
    assert post_update(url, {"Referer": "https://evil.example/form.html", "Authorization": f"Bearer {token}"})[0] == 403
    status, body = post_update(url, {"Origin": own})
    assert status == 401 and "Authorization: Bearer" in body
    assert post_update(url, {"Origin": own, "Authorization": "Bearer guessed"})[0] == 401
    assert number(url, COUNT_ALL) == everything
    assert post_update(url, {"Origin": own, "Authorization": f"Bearer {token}"})[0] == 204
    assert number(url, COUNT_ALL) == 0


@pytest.mark.parametrize("update, refused", [
    ("INSERT {{ <http://x/a> <http://x/b> ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", "SERVICE is refused"),
    ("LOAD <{url}>", "LOAD is refused"),
])
def test_an_update_that_fetches_a_url_is_refused(writable, other_endpoint, update: str, refused: str) -> None:
    running, url = writable
    status, _, body = request(url, "POST", body=update.format(url=other_endpoint), headers={
        "Content-Type": "application/sparql-update", "Authorization": f"Bearer {running.config.update_token}"})
    assert status == 400 and refused in body and _Endpoint.calls == []


# --- 5. Host header ----------------------------------------------------------------------------
def test_a_request_naming_another_host_is_refused(server) -> None:
    _, url = server
    port = urllib.parse.urlsplit(url).port
    for path in ("/", f"/sparql?query={urllib.parse.quote('ASK {}')}"):
        status, _, body = request(url, path=path, headers={"Host": f"evil.example:{port}"})
        assert status == 421 and "does not answer to the host" in body
        assert request(url, path=path, headers={"Host": f"localhost:{port}"})[0] == 200
        assert request(url, path=path, headers={"Host": f"127.0.0.1:{port + 1}"})[0] == 421


# --- 6. the query's dataset --------------------------------------------------------------------
def test_from_and_the_protocols_graph_parameters_choose_the_dataset(server) -> None:
    _, url = server
    graph = IRIS.document("d1.txt").value
    in_graph = number(url, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    assert 0 < in_graph < number(url, COUNT_ALL)
    assert number(url, "SELECT (COUNT(*) AS ?n) FROM <http://nothing/> WHERE { ?s ?p ?o }") == 0
    assert number(url, f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}") == in_graph
    assert number(url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", **{"named-graph-uri": graph}) == in_graph
    assert number(url, COUNT_ALL, **{"default-graph-uri": graph}) == in_graph
    status, _, body = query(url, COUNT_ALL, **{"default-graph-uri": "not an iri"})
    assert status == 400 and "not a graph IRI" in body


# --- 7. builds and removals while serving ------------------------------------------------------
def test_a_build_and_a_removal_while_serving_are_seen_by_the_next_query(server, tmp_path) -> None:
    _, url = server
    assert number(url, PEOPLE) == 31
    load(OxigraphStore(tmp_path / "kg"), NEWCOMER).close()  # as `text2kg build --store` writes while serving
    assert [number(url, PEOPLE) for _ in range(4)] == [32] * 4  # every worker
    writer = OxigraphStore(tmp_path / "kg")
    remove_documents(writer, ["new.txt"], IRIS)  # as `text2kg remove` does
    writer.close()
    assert number(url, PEOPLE) == 31


def test_the_browser_page_is_drawn_again_after_a_build(tmp_path) -> None:
    def people_on_page(store) -> str:
        return f"<html>{len(list(store.query('SELECT DISTINCT ?p WHERE { ?p a t2k:Person }')))} people</html>"

    running, url = serve(tmp_path / "kg", timeout=2.0, render_browser=people_on_page, redraw_every=0)
    try:
        assert request(url, path="/")[2] == "<html>browser</html>"  # as drawn at start-up
        load(OxigraphStore(tmp_path / "kg"), NEWCOMER).close()
        assert request(url, path="/")[2] == "<html>32 people</html>"
    finally:
        running.shutdown()
        running.server_close()


def test_the_browser_page_is_not_drawn_again_on_every_visit_during_a_build(tmp_path) -> None:
    drawn = []

    def count(store) -> str:
        drawn.append(1)
        return "<html>again</html>"

    running, url = serve(tmp_path / "kg", timeout=2.0, render_browser=count, redraw_every=60)
    try:
        for _ in range(3):  # a build writes between visits
            load(OxigraphStore(tmp_path / "kg"), NEWCOMER).close()
            assert request(url, path="/")[2] == "<html>browser</html>"
        assert drawn == []  # each visit drew the whole graph again before
    finally:
        running.shutdown()
        running.server_close()


# --- 8. Content-Length -------------------------------------------------------------------------
@pytest.mark.parametrize("length", ["abc", "-5", "1e3", "²"])
def test_a_bad_content_length_gets_400_with_a_message(server, length: str) -> None:
    _, url = server
    port = urllib.parse.urlsplit(url).port
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        conn.sendall(f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/sparql-query\r\n"
                     f"Content-Length: {length}\r\n\r\nASK {{}}".encode("latin-1"))  # as HTTP reads headers
        reply = b""
        while chunk := conn.recv(4096):
            reply += chunk
    head, _, body = reply.decode().partition("\r\n\r\n")
    assert head.startswith("HTTP/1.1 400") and "Content-Length must be a number of bytes" in body


# --- text2kg serve as a user starts it ---------------------------------------------------------
@pytest.mark.parametrize("given", [None, "a-token-for-scripts"])
def test_text2kg_serve_prints_the_update_token_that_updates_need(tmp_path, given: str | None) -> None:
    import os
    import re
    import subprocess
    import sys

    load(open_store(tmp_path / "kg", writable=True, create=True), *DOCS[:3]).close()
    env = {**os.environ, "TEXT2KG_UPDATE_TOKEN": given} if given else {
        k: v for k, v in os.environ.items() if k != "TEXT2KG_UPDATE_TOKEN"}
    serving = subprocess.Popen([sys.executable, "-m", "text2kg", "serve", str(tmp_path / "kg"), "--port", "0",
                                "--allow-update", "--timeout", "2"], stdout=subprocess.PIPE, text=True, env=env)
    try:
        url = re.search(r"http://127\.0\.0\.1:\d+", serving.stdout.readline()).group()
        printed = serving.stdout.readline()
        token = given or re.search(r"Authorization: Bearer (\S+)", printed).group(1)
        assert given is None or given not in printed  # a token of one's own is not echoed
        assert post_update(url, {})[0] == 401
        assert post_update(url, {"Authorization": f"Bearer {token}"})[0] == 204
        assert number(url, COUNT_ALL) == 0
    finally:
        serving.terminate()
        serving.wait(10)


def test_a_host_port_of_non_ascii_digits_is_refused_not_a_traceback(server) -> None:
    import http.client

    host, port = server[1].removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.putrequest("GET", "/sparql?query=ASK%7B%7D", skip_host=True)
    connection.putheader("Host", "localhost:\u00b2".encode("utf-8").decode("latin-1"))
    connection.endheaders()
    response = connection.getresponse()
    assert response.status in (400, 421)
