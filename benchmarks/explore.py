"""Exploration on a real store: `viz`, `stats`, `path`, `export` and `serve` start-up on
thousands of Wikipedia documents, each run as the command a user types.

The store is built from Re-DocRED dev (../shared/data, 500 Wikipedia articles; skipped when
absent). Each article is extracted once by the real pipeline; the build then stores it under
``copies`` document ids, through the same writer, cross-document join and summary upkeep as
any build. That makes the hard case of a real corpus: the same names recurring in thousands
of documents (every entity is named in ``copies`` times as many documents as in the dev set).
Only the model's work is not repeated for the copies: it would add 15 minutes here and
change nothing in the store.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REDOCRED = ROOT.parent / "shared" / "data" / "redocred-dev.jsonl"


def copied_corpus(path: Path, copies: int) -> Path:
    """A JSONL corpus of every Re-DocRED dev article ``copies`` times, under distinct ids."""
    articles = [json.loads(line) for line in REDOCRED.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            for article in articles:
                out.write(json.dumps({"id": f"{article['id']}-copy{copy:03d}", "title": article["title"],
                                      "text": article["text"]}, ensure_ascii=False) + "\n")
    return path


def extract_once():
    """An extractor for :func:`text2kg.build.build_into` that hands every copy the records of
    its original article, under the copy's own id; the originals are extracted first, once,
    by the real pipeline."""
    from text2kg.documents import read_documents
    from text2kg.extract import load_pipeline
    from text2kg.extract.background import extract_in_background

    originals = read_documents([REDOCRED])
    done = {e.document.text: e for e in extract_in_background(originals, load_pipeline(), batch_size=16)}

    def run(documents: Iterable) -> Iterator:
        for doc in documents:
            yield dataclasses.replace(done[doc.text], document=doc)

    return run


def build_store(folder: Path, corpus: Path, extractor) -> float:
    """Build ``corpus`` into a store folder; returns the seconds it took."""
    from text2kg.build import build_into
    from text2kg.graph.stores.source import open_store

    started = time.perf_counter()
    with open_store(folder, writable=True, create=True) as store:
        build_into(store, [corpus], extractor=extractor, on_problem=lambda p: None)
    return time.perf_counter() - started


def size_of(folder: Path) -> tuple[int, int]:
    """Entities and facts (typed facts, posts and co-mentioned pairs) in a store's summary."""
    from text2kg.graph.stores.source import open_store

    with open_store(folder) as store:
        row = next(iter(store.query("""SELECT (COUNT(DISTINCT ?e) AS ?entities) (COUNT(DISTINCT ?st) AS ?facts) WHERE {
  { GRAPH t2k:summary { ?e t2k:mentionCount ?m } }
  UNION { ?st a rdf:Statement } }""")))
    return int(row["entities"].value), int(row["facts"].value)


def run_command(*args: str) -> float:
    """Seconds ``text2kg ARGS`` takes, as a user runs it."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "text2kg", "-q", *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def serve_start(folder: Path, port: int) -> float:
    """Seconds from ``text2kg serve`` to the browser page answering."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "text2kg", "-q", "serve", str(folder), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError("text2kg serve exited")
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).read()
                return time.perf_counter() - started
            except OSError:
                if time.perf_counter() - started > 600:
                    raise
                time.sleep(0.1)
    finally:
        process.terminate()
        process.wait(30)


def commands(folder: Path, tmp: Path, first: str, second: str, port: int) -> dict[str, float]:
    """The seconds each exploration command takes on one store."""
    return {
        "viz": run_command("viz", str(folder), "-o", str(tmp / "graph.html")),
        "stats": run_command("stats", str(folder)),
        "path": run_command("path", str(folder), first, second),
        "export": run_command("export", str(folder), "-o", str(tmp / "graph.graphml")),
        "serve start-up": serve_start(folder, port),
    }


def draw(page: Path) -> float:
    """Seconds Chromium takes to draw a page written by ``text2kg viz``: the network, the map
    and the timeline (the slower of :func:`draw_times`)."""
    return max(draw_times(page).values())


def draw_times(page: Path) -> dict[str, float]:
    """Seconds from opening the page to the network's first draw, and to the map and the
    timeline drawn (the page's script notes when they are; they draw after the network's data)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync"])
        tab = chromium.new_page(bypass_csp=True)
        started = time.perf_counter()
        tab.goto(page.as_uri())
        tab.wait_for_function("window.text2kg && window.text2kg.mapDrawn !== undefined", timeout=120_000)
        mapped = time.perf_counter() - started
        tab.wait_for_function("window.text2kg.ready", timeout=120_000)
        drawn = time.perf_counter() - started
        chromium.close()
    return {"network": drawn, "map+timeline": mapped}
