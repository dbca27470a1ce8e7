"""The HTML browser: what it embeds and analyses, then in a real browser: offline, searchable,
clickable, and inert to markup."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, make_extraction
from tests.graph.helpers import load
import networkx as nx

from text2kg.graph.analysis.network import rank, to_networkx
from text2kg.graph.web.browser import capitals, render_page, vis_network_file
from text2kg.graph.web.viz import select_view
from text2kg.graph.stores.store import OxigraphStore
from text2kg.records import Relation

EVIL = '<img src=x onerror="pwned=1">'
TEXT = (f"Maryam Rajavi leads the National Council of Resistance of Iran. "
        f"The group {EVIL} met Maryam Rajavi as <script>pwned=2</script> was printed.")


def browser_store() -> OxigraphStore:
    doc = make_extraction("evil.html", TEXT, [
        ("Person", "Maryam Rajavi", ["Rajavi"], ["Maryam Rajavi", "Maryam Rajavi"]),
        ("Organization", "National Council of Resistance of Iran", ["NCRI"], ["National Council of Resistance of Iran"]),
        ("Organization", EVIL, ["<script>pwned=3</script>"], [EVIL]),
    ])
    doc = dataclasses.replace(doc, relations=(
        Relation("person/Maryam Rajavi", "memberOf", "organization/National Council of Resistance of Iran", 0, "member-of", 0.9),
    ))
    return load(OxigraphStore(), doc)


@pytest.fixture(scope="module")
def page_file(tmp_path_factory) -> Path:
    store = browser_store()
    graph = to_networkx(store)
    path = tmp_path_factory.mktemp("browser") / "graph.html"
    path.write_text(render_page(graph, rank(graph), title="test <b>graph</b>", documents=1), encoding="utf-8")
    return path


def test_the_page_embeds_the_vis_network_that_pyvis_ships(page_file: Path) -> None:
    page = page_file.read_text(encoding="utf-8")
    script = vis_network_file("vis-network.min.js")
    assert script.parent.parent.name == "lib" and script.read_text(encoding="utf-8") in page
    assert vis_network_file("vis-network.css").read_text(encoding="utf-8").replace("</", "<\\/") in page


def test_vis_network_is_found_by_pattern_whatever_pyvis_names_its_folder(tmp_path: Path) -> None:
    for version in ("9.1.2", "10.0.1", "9.10.0"):
        folder = tmp_path / "templates" / "lib" / f"vis-{version}"
        folder.mkdir(parents=True)
        (folder / "vis-network.min.js").write_text(f"// vis {version}", encoding="utf-8")
    (tmp_path / "lib" / "tom-select").mkdir(parents=True)
    assert vis_network_file("vis-network.min.js", tmp_path).read_text(encoding="utf-8") == "// vis 10.0.1"
    with pytest.raises(FileNotFoundError, match="no vis-network.css"):
        vis_network_file("vis-network.css", tmp_path)


def test_a_view_is_analysed_once_and_only_for_what_the_page_shows(monkeypatch) -> None:
    calls = []
    pagerank = nx.pagerank
    monkeypatch.setattr(nx, "pagerank", lambda graph, **kw: calls.append(len(graph)) or pagerank(graph, **kw))
    monkeypatch.setattr(nx.community, "louvain_communities", lambda *a, **kw: pytest.fail("the page shows no communities"))
    view = select_view(browser_store(), max_nodes=2)  # 3 entities: the view is cut
    assert calls == [3]
    assert set(view.rank) == set(view.graph) and len(view.graph) == 2
    assert "1 of 3 entities are left out" in view.notice


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Chromium is missing: `make test` installs Debian's chromium"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync"])
        yield b
        b.close()


def open_page(browser, path: Path):
    # CSP stays in the page (checked below); Playwright's own probes need eval, which it forbids
    page = browser.new_page(viewport={"width": 1300, "height": 850}, bypass_csp=True)
    requests: list[str] = []
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else (requests.append(route.request.url), route.abort()))
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function("window.text2kg && window.text2kg.ready", timeout=20000)
    return page, requests, errors


@pytest.mark.slow  # drives Chromium
def test_page_works_offline_and_fetches_nothing(browser, page_file: Path) -> None:
    page, requests, errors = open_page(browser, page_file)
    assert requests == [] and errors == []
    assert page.evaluate("window.text2kg.network.body.data.nodes.length") == 3
    assert "default-src 'none'" in page_file.read_text(encoding="utf-8")
    assert page.title() == "test <b>graph</b>"


@pytest.mark.slow  # drives Chromium
def test_search_by_alias_and_click_shows_evidence(browser, page_file: Path) -> None:
    page, _, _ = open_page(browser, page_file)
    page.fill("#search", "NCRI")
    page.press("#search", "Enter")
    assert page.inner_text("#info h2") == "National Council of Resistance of Iran"
    node = "https://w3id.org/text2kg/id/person/maryam-rajavi"
    point = page.evaluate(f"(() => {{ const n = window.text2kg.network; const p = n.getPositions(['{node}'])['{node}']; return n.canvasToDOM(p); }})()")
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    info = page.inner_text("#info")
    assert info.startswith("Maryam Rajavi") and "Also: Rajavi" in info
    assert "Maryam Rajavi leads the National Council of Resistance of Iran." in info
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    page.screenshot(path=str(artifacts / "browser.png"))


@pytest.mark.slow  # drives Chromium
def test_markup_from_documents_runs_nothing(browser, page_file: Path) -> None:
    page, _, errors = open_page(browser, page_file)
    page.fill("#search", EVIL)  # found by its name, like any other entity
    page.press("#search", "Enter")
    info = page.inner_text("#info")
    assert info.startswith(EVIL)  # shown as text
    assert "<script>pwned=2</script> was printed." in info
    assert page.evaluate("window.pwned") is None
    assert page.locator("#info img, #info script").count() == 0
    assert errors == []


# The map and the timeline: a story of our own with a linked city, a linked country (drawn at
# its capital), an unlinked place, and an event a fact dates.
STORY = ("Lena Okafor opened the Harbour Forum in Lisbon. The Tagus flood of 2017 reached Lisbon. "
         "Lena Okafor flew on to Japan. Nobody could find Pellham on a map.")
LISBON = dict(geonames_id="2267057", country_code="PT", lat="38.71667", long="-9.13333")
JAPAN = dict(geonames_id="1861060", country_code="JP")


def map_store() -> OxigraphStore:
    base = make_extraction("story.txt", STORY, [
        ("Person", "Lena Okafor", [], ["Lena Okafor", "Lena Okafor"]),
        ("Organization", "Harbour Forum", [], ["Harbour Forum"]),
        ("Place", "Lisbon", [], ["Lisbon", "Lisbon"]),
        ("Event", "Tagus flood", [], ["Tagus flood"]),
        ("Date", "2017", [], ["2017"]),
        ("Place", "Japan", [], ["Japan"]),
        ("Place", "Pellham", [], ["Pellham"]),
    ], **{"value:2017": "2017"})
    identities = {"Lisbon": LISBON, "Japan": JAPAN}
    entities = tuple(dataclasses.replace(e, **identities.get(e.label, {})) for e in base.entities)
    doc = dataclasses.replace(base, entities=entities, relations=(
        Relation("event/Tagus flood", "pointInTime", "date/2017", 1, "event-year", 0.9),
        Relation("event/Tagus flood", "location", "place/Lisbon", 1, "event-place", 0.7),
    ))
    return load(OxigraphStore(), doc)


def node_named(graph: nx.Graph, label: str) -> str:
    return next(n for n, d in graph.nodes(data=True) if d["label"] == label)


def test_a_fact_that_dates_an_entity_gives_its_node_dates() -> None:
    graph = to_networkx(map_store(), evidence=0)
    assert graph.nodes[node_named(graph, "Tagus flood")]["dates"] == [{"fact": "pointInTime", "value": "2017"}]
    assert "dates" not in graph.nodes[node_named(graph, "Lena Okafor")]
    assert not any(d["label"] == "2017" for _, d in graph.nodes(data=True))  # dates stay values, not nodes


def test_a_file_of_merged_triples_dates_the_same_entities(tmp_path: Path) -> None:
    from text2kg.graph.stores.source import open_store

    map_store().dump(tmp_path / "graph.ttl")
    graph = to_networkx(open_store(tmp_path / "graph.ttl"), evidence=0)
    assert {d["label"]: d["dates"] for _, d in graph.nodes(data=True) if "dates" in d} == {
        "Tagus flood": [{"fact": "pointInTime", "value": "2017"}]}


def test_the_page_places_cities_at_their_coordinates_and_countries_at_their_capitals() -> None:
    graph = to_networkx(map_store(), evidence=0)
    page = render_page(graph, rank(graph))
    data = json.loads(re.search(r'<script id="data" type="application/json">(.*?)</script>', page).group(1))
    points = {n["label"]: n.get("point") for n in data["nodes"] if n["type"] == "Place"}
    assert points == {"Lisbon": [38.72, -9.13], "Japan": list(capitals()["1861060"]), "Pellham": None}
    assert 35 < points["Japan"][0] < 36.5 and 139 < points["Japan"][1] < 140.5  # Tokyo
    outline = re.search(r'<script id="world" type="text/plain">(.*?)</script>', page, re.S).group(1).strip()
    assert outline.startswith("M") and re.fullmatch(r"[MLZ0-9.,-]+", outline) and len(outline) < 100_000


@pytest.fixture(scope="module")
def map_page(tmp_path_factory) -> Path:
    graph = to_networkx(map_store())
    path = tmp_path_factory.mktemp("map") / "graph.html"
    path.write_text(render_page(graph, rank(graph), title="map", documents=1), encoding="utf-8")
    return path


def shown(page) -> set[str]:
    return set(page.evaluate("window.text2kg.network.body.data.nodes.getIds()"))


@pytest.mark.slow  # drives Chromium
def test_the_map_and_timeline_draw_offline_and_fast(browser, map_page: Path) -> None:
    started = time.perf_counter()
    page, requests, errors = open_page(browser, map_page)
    page.wait_for_function("window.text2kg.mapDrawn !== undefined")
    drawn = time.perf_counter() - started
    assert requests == [] and errors == []
    assert drawn < 2.0, f"network, map and timeline took {drawn:.2f} s to draw"
    assert page.locator("#map path.land").count() == 1
    assert page.locator("#map circle.place").count() == 2  # Lisbon and Japan; Pellham has no point
    lisbon = page.locator("#map circle.place", has_text="Lisbon")
    assert float(lisbon.get_attribute("r")) > float(page.locator("#map circle.place", has_text="Japan").get_attribute("r"))
    assert page.locator("#years .year").all_inner_texts() == ["1\n2017"]


@pytest.mark.slow  # drives Chromium
def test_a_click_on_a_place_shows_it_and_its_neighbours_with_their_evidence(browser, map_page: Path) -> None:
    page, requests, _ = open_page(browser, map_page)
    page.wait_for_function("window.text2kg.mapDrawn !== undefined")
    everyone = shown(page)
    page.locator("#map circle.place", has_text="Lisbon").click()
    kept = {page.evaluate(f"window.text2kg.data.nodes.find(n => n.id === {json.dumps(n)}).label") for n in shown(page)}
    assert kept == {"Lisbon", "Tagus flood", "Lena Okafor", "Harbour Forum"} and len(everyone) > len(kept)
    assert page.inner_text("#info h2") == "Lisbon"
    assert "The Tagus flood of 2017 reached Lisbon." in page.inner_text("#info")
    page.click("#show-all")
    assert shown(page) == everyone and requests == []


@pytest.mark.slow  # drives Chromium
def test_a_click_on_a_year_shows_what_it_dates(browser, map_page: Path) -> None:
    page, requests, _ = open_page(browser, map_page)
    page.wait_for_function("window.text2kg.mapDrawn !== undefined")
    page.click('#years .year[data-year="2017"]')
    graph = to_networkx(map_store(), evidence=0)
    assert shown(page) == {node_named(graph, "Tagus flood")}
    info = page.inner_text("#info")
    assert info.startswith("2017") and "Tagus flood" in info and "pointInTime 2017" in info
    assert "The Tagus flood of 2017 reached Lisbon." in info and requests == []
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    page.screenshot(path=str(artifacts / "browser-map.png"))
