"""The SPARQL endpoint, through SPARQLWrapper as a real client."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request

import pytest
from SPARQLWrapper import CSV, JSON, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

from tests.conftest import make_extraction
from tests.graph.helpers import load
from text2kg.graph.web.server import ServerConfig, SparqlServer, open_for_serving
from text2kg.graph.stores.source import open_store

pytestmark = pytest.mark.slow  # each test starts a server and waits on it

DOCS = [make_extraction(f"d{i}.txt", f"Kumi Naidoo met Person{i} Roe in Geneva.",
                        [("Person", "Kumi Naidoo", [], ["Kumi Naidoo"]), ("Person", f"Person{i} Roe", [], [f"Person{i} Roe"]),
                         ("Place", "Geneva", [], ["Geneva"])]) for i in range(30)]


def serve(folder, **config):
    """A server over a store folder, its queries in worker processes, as `text2kg serve` runs it."""
    load(open_store(folder, writable=True, create=True), *DOCS).close()
    store, workers, _ = open_for_serving(str(folder), config.get("allow_update", False))
    server = SparqlServer(store, ("127.0.0.1", 0), ServerConfig(browser_html="<html>browser</html>", **config), workers)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture()
def read_only(tmp_path):
    server, url = serve(tmp_path / "kg", timeout=1.0, max_request_bytes=20_000)
    yield url
    server.shutdown()
    server.server_close()


def client(url: str, query: str, fmt=JSON) -> SPARQLWrapper:
    sparql = SPARQLWrapper(f"{url}/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


PEOPLE = "SELECT DISTINCT ?name WHERE { ?p a t2k:Person ; rdfs:label ?name } ORDER BY ?name"


def test_select_in_every_result_format(read_only: str) -> None:
    rows = client(read_only, PEOPLE).queryAndConvert()["results"]["bindings"]
    assert len(rows) == 31 and rows[0]["name"]["value"] == "Kumi Naidoo"
    assert client(read_only, PEOPLE, CSV).queryAndConvert().decode().splitlines()[:2] == ["name", "Kumi Naidoo"]
    xml = client(read_only, PEOPLE, XML).queryAndConvert()
    assert xml.getElementsByTagName("literal")[0].firstChild.data == "Kumi Naidoo"
    tsv = urllib.request.urlopen(urllib.request.Request(
        f"{read_only}/sparql?query={urllib.parse.quote(PEOPLE)}", headers={"Accept": "text/tab-separated-values"}))
    assert tsv.read().decode().splitlines()[1] == '"Kumi Naidoo"'


def test_updates_are_refused_unless_allowed(read_only: str, tmp_path) -> None:
    sparql = SPARQLWrapper(f"{read_only}/sparql")
    sparql.setMethod("POST")
    sparql.setQuery("DROP ALL")
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)) as refused:
        sparql.query()
    assert "read-only" in str(refused.value) or refused.value.code == 403
    assert len(client(read_only, PEOPLE).queryAndConvert()["results"]["bindings"]) == 31
    server, url = serve(tmp_path / "writable", allow_update=True)
    try:
        writer = SPARQLWrapper(f"{url}/sparql")
        writer.setMethod("POST")
        writer.setQuery("DROP ALL")
        writer.addCustomHttpHeader("Authorization", f"Bearer {server.config.update_token}")
        writer.query()
        assert client(url, PEOPLE).queryAndConvert()["results"]["bindings"] == []
    finally:
        server.shutdown()
        server.server_close()


def test_a_slow_query_times_out_and_the_server_keeps_answering(read_only: str) -> None:
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.monotonic()
    with pytest.raises(urllib.error.HTTPError) as err:
        client(read_only, slow).queryAndConvert()
    assert err.value.code == 503 and "took longer than 1 s" in err.value.read().decode()
    assert time.monotonic() - started < 10
    assert client(read_only, "ASK { ?s ?p ?o }").queryAndConvert()["boolean"] is True


def test_bad_syntax_and_oversized_requests_get_clear_errors(read_only: str) -> None:
    with pytest.raises(QueryBadFormed):
        client(read_only, "SELECT ?x WHERE { ?x").queryAndConvert()
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 30_000
    request = urllib.request.Request(f"{read_only}/sparql", data=big.encode(), method="POST",
                                     headers={"Content-Type": "application/sparql-query"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request)
    assert err.value.code == 413 and "accepts 20000" in err.value.read().decode()


def test_the_browser_and_query_page_are_served(read_only: str) -> None:
    assert urllib.request.urlopen(read_only + "/").read() == b"<html>browser</html>"
    assert b"SPARQL" in urllib.request.urlopen(read_only + "/query").read()


def test_a_hundred_concurrent_queries_all_answer(read_only: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def ask(i: int) -> int:
        query = f"SELECT ?n WHERE {{ ?p rdfs:label ?n FILTER(STRSTARTS(?n, 'Person{i % 30}')) }}"
        return len(client(read_only, query).queryAndConvert()["results"]["bindings"])

    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(pool.map(ask, range(100)))
    assert len(answers) == 100 and all(a >= 1 for a in answers)


def test_a_file_removed_while_the_store_is_looked_at_does_not_break_the_look(tmp_path, monkeypatch) -> None:
    import os

    from text2kg.graph.web import workers

    (tmp_path / "000012.sst").write_text("x")
    (tmp_path / "000013.sst").write_text("y")
    listed = list(os.scandir(tmp_path))
    (tmp_path / "000012.sst").unlink()  # RocksDB compacts it away while a build writes
    monkeypatch.setattr(workers.os, "scandir", lambda path: iter(listed))
    assert [name for name, *_ in workers.store_fingerprint(str(tmp_path))] == ["000013.sst"]


def test_an_update_through_the_server_leaves_the_summary_marked_out_of_date(tmp_path) -> None:
    from text2kg.graph.upkeep.corpus import summary_is_stale

    server, url = serve(tmp_path / "writable", allow_update=True)
    try:
        assert not summary_is_stale(server.store)
        writer = SPARQLWrapper(f"{url}/sparql")
        writer.setMethod("POST")
        writer.setQuery('DELETE WHERE { GRAPH ?g { ?p rdfs:label "Person3 Roe" } }')
        writer.addCustomHttpHeader("Authorization", f"Bearer {server.config.update_token}")
        writer.query()
        assert summary_is_stale(server.store)  # its totals still counted Person3 Roe's label
    finally:
        server.shutdown()
        server.server_close()
