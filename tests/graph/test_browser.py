"""The HTML browser: what it embeds and analyses, then in a real browser: offline, searchable,
clickable, and inert to markup."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, make_extraction
from tests.graph.helpers import load
import networkx as nx

from text2kg.graph.analysis.network import rank, to_networkx
from text2kg.graph.web.browser import render_page, vis_network_file
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
