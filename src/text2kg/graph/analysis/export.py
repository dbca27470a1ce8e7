"""The entity graph for Gephi (GraphML, GEXF), Cytoscape (GraphML) or a spreadsheet (CSV)."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from text2kg.graph.errors import StoreError

FORMATS = (".graphml", ".gexf", ".csv")


def flat(graph: nx.Graph) -> nx.Graph:
    """A copy whose attributes are all strings or numbers, as GraphML and GEXF need."""
    out = nx.Graph()
    for node, data in graph.nodes(data=True):
        out.add_node(node, **{k: _flat_value(v) for k, v in data.items()})
    for a, b, data in graph.edges(data=True):
        relations = data.get("relations", [])
        evidence = [f"{e['document']}: {e['sentence']}" for r in relations for e in r["evidence"]]
        evidence += [f"{e['document']}: {e['sentence']}" for e in data.get("co_mention_evidence", [])]
        out.add_edge(a, b, relations="; ".join(r["type"] for r in relations), co_mentions=data.get("co_mentions", 0),
                     weight=data.get("weight", 1), evidence=" | ".join(evidence))
    return out


def _flat_value(value: object) -> object:
    """A list as one string: aliases as "a; b", dates as "inception 1988; pointInTime 2021-09-03".

    >>> _flat_value([{"fact": "inception", "value": "1988"}]), _flat_value(["U.N.", "UN"]), _flat_value(3)
    ('inception 1988', 'U.N.; UN', 3)
    """
    if isinstance(value, list):
        return "; ".join(f"{v['fact']} {v['value']}" if isinstance(v, dict) else str(v) for v in value)
    return value


def export_graph(graph: nx.Graph, path: str | Path) -> list[Path]:
    """Write the graph; CSV writes ``NAME.csv`` (edges) and ``NAME.nodes.csv``. Returns the files."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise StoreError(f"{path}: unknown export format {suffix or '(no ending)'}; use {', '.join(FORMATS)}")
    data = flat(graph)
    if suffix == ".graphml":
        nx.write_graphml(data, path)
        return [path]
    if suffix == ".gexf":
        nx.write_gexf(data, path)
        return [path]
    nodes = path.with_name(path.stem + ".nodes.csv")
    with nodes.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        keys = sorted({k for _, d in data.nodes(data=True) for k in d})
        writer.writerow(["id", *keys])
        for node, d in data.nodes(data=True):
            writer.writerow([node, *(d.get(k, "") for k in keys)])
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["source", "target", "source_label", "target_label", "relations", "co_mentions", "weight", "evidence"])
        for a, b, d in data.edges(data=True):
            writer.writerow([a, b, data.nodes[a]["label"], data.nodes[b]["label"], d["relations"], d["co_mentions"], d["weight"], d["evidence"]])
    return [path, nodes]
