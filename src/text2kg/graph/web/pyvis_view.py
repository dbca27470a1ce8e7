"""A pyvis ``Network`` of a small entity graph, for restyling in Jupyter.

The browser page (:mod:`text2kg.graph.web.browser`) draws thousands of entities with a layout
computed in Python; pyvis simulates physics in the notebook's page instead, which is pleasant
for a few hundred entities and hangs past that. So :func:`to_pyvis` refuses a graph past
:data:`PYVIS_LIMIT` and says how to cut it, or to use ``text2kg viz``. Its colours, shapes
and node sizes are the browser's; tooltips carry the evidence sentences.

Tooltips are plain text: vis-network 9 shows a string ``title`` as text (``innerText``), and
pyvis writes the data through Jinja's ``tojson``, so markup in a document is shown, not run.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import networkx as nx

from text2kg.graph.analysis.network import rank as pagerank
from text2kg.graph.web.browser import STYLES, node_size

if TYPE_CHECKING:
    from pyvis.network import Network

#: Entities past which pyvis's physics takes too long to settle in a notebook.
PYVIS_LIMIT = 300
#: Sentences a tooltip quotes per kind of link, and the width it wraps them at.
QUOTED, WIDTH = 3, 80


def to_pyvis(graph: nx.Graph, *, rank: Mapping[str, float] | None = None, max_nodes: int = PYVIS_LIMIT,
             height: str = "600px", notebook: bool = True) -> Network:
    """A pyvis ``Network`` of ``graph`` (an entity graph from
    :func:`~text2kg.graph.analysis.network.to_networkx`), ready to restyle and show.

    Args:
        graph: the entities and links to draw; their evidence becomes the tooltips.
        rank: PageRank per entity, to size the nodes; computed here when not given.
        max_nodes: refuse larger graphs (pyvis would hang the notebook).
        height: the drawing's height, as CSS.
        notebook: draw inside Jupyter (``net.show(name)`` returns an IFrame).

    Raises:
        ValueError: the graph has more than ``max_nodes`` entities.

    Example: ``net = to_pyvis(nx.ego_graph(graph, node, radius=1)); net.barnes_hut();
    net.show("ego.html")``.
    """
    from pyvis.network import Network

    if graph.number_of_nodes() > max_nodes:
        raise ValueError(
            f"{graph.number_of_nodes()} entities are too many for pyvis (at most {max_nodes}): draw fewer "
            "(networkx's ego_graph around one entity, one type, a k-core) or all of them with "
            "`text2kg viz SOURCE -o graph.html`, whose page lays out thousands")
    scores = pagerank(graph) if rank is None else rank
    top = max(scores.values(), default=1.0)
    net = Network(height=height, width="100%", notebook=notebook, cdn_resources="in_line")
    for node, data in graph.nodes(data=True):
        style = STYLES[data["type"]]
        net.add_node(node, label=data["label"], title=node_tooltip(data), shape=style["shape"], color=style["color"],
                     size=node_size(scores.get(node, 0.0), top), font={"size": 12})
    for a, b, data in graph.edges(data=True):
        net.add_edge(a, b, title=link_tooltip(graph, a, b), **link_style(data))
    return net


def link_style(data: Mapping[str, Any]) -> dict[str, Any]:
    """The browser's look for a link (see ``templates/browser.js``): a typed fact is a dark,
    labelled line; a co-mention a light dashed one, wider the more sentences share it.

    >>> link_style({"relations": [], "co_mentions": 4})["width"]
    3.0
    """
    typed = bool(data.get("relations"))
    style: dict[str, Any] = {"dashes": not typed, "width": 2 if typed else min(1 + data.get("co_mentions", 0) / 2, 4),
                             "color": "#555" if typed else "#bbb", "font": {"size": 10, "color": "#444"}}
    if typed:
        style["label"] = data["relations"][0]["type"]
    return style


def node_tooltip(data: Mapping[str, Any]) -> str:
    """An entity's name, type, other names and how often the corpus names it.

    >>> print(node_tooltip({"label": "Ada", "type": "Person", "aliases": ["A. L."], "mentions": 3, "documents": 2}))
    Ada (Person)
    also: A. L.
    3 mention(s) in 2 document(s)
    """
    lines = [f"{data['label']} ({data['type']})"]
    if data.get("aliases"):
        lines.append(_wrap("also: " + ", ".join(data["aliases"])))
    lines.append(f"{data['mentions']} mention(s) in {data['documents']} document(s)")
    return "\n".join(lines)


def link_tooltip(graph: nx.Graph, a: str, b: str) -> str:
    """The facts joining two entities, each with the sentences that state it, then the
    sentences that merely name both."""
    data = graph.edges[a, b]
    lines = [f"{graph.nodes[a]['label']} - {graph.nodes[b]['label']}"]
    for relation in data.get("relations", []):
        lines.append(relation["type"])
        lines += [_wrap(f"“{e['sentence']}” ({e['document']})", "  ") for e in relation.get("evidence", [])[:QUOTED]]
    if data.get("co_mentions"):
        lines.append(f"named together in {data['co_mentions']} sentence(s)")
        lines += [_wrap(f"“{e['sentence']}” ({e['document']})", "  ")
                  for e in data.get("co_mention_evidence", [])[:QUOTED]]
    return "\n".join(lines)


def _wrap(text: str, indent: str = "") -> str:
    """Lines short enough for vis-network's tooltip, which does not wrap text itself."""
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False)
