"""Query results as tables, CSV, TSV or JSON (the SPARQL 1.1 result formats)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import TextIO

import pyoxigraph as ox

from text2kg.graph.stores.store import Result
from text2kg.graph.triples.vocab import PREFIXES

@dataclass
class Table:
    """A SELECT result read into memory: column names and rows of terms (None: unbound)."""

    columns: list[str]
    rows: list[list[ox.NamedNode | ox.Literal | ox.BlankNode | None]]

    def values(self) -> list[dict[str, str | None]]:
        """Rows as dicts of plain strings (an IRI's or a literal's value)."""
        return [{c: (t.value if t is not None else None) for c, t in zip(self.columns, row)} for row in self.rows]


def to_table(result: Result) -> Table:
    """Read a SELECT (or ASK) result."""
    if isinstance(result, ox.QueryBoolean):
        return Table(["result"], [[ox.Literal(str(bool(result)).lower())]])
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError("a table needs a SELECT or ASK result")
    columns = [v.value for v in result.variables]
    return Table(columns, [[row[c] for c in columns] for row in result])


def serialize(result: Result, fmt: str) -> str:
    """``csv``, ``tsv`` or ``json`` for SELECT/ASK; N-Triples for CONSTRUCT/DESCRIBE."""
    if isinstance(result, ox.QuerySolutions) and fmt == "csv":
        return to_csv(result)
    if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
        return result.serialize(format=ox.QueryResultsFormat.from_extension(fmt)).decode("utf-8")
    out = io.BytesIO()
    ox.serialize(result, out, ox.RdfFormat.N_TRIPLES)
    return out.getvalue().decode("utf-8")


def to_csv(result: ox.QuerySolutions, out: TextIO | None = None) -> str:
    """SPARQL 1.1 Query Results CSV: IRIs and literals as their text, blank nodes as ``_:b``,
    and a field quoted when it holds a comma, a quote or a line break. Written row by row
    to ``out`` when given (so a bounded stream can stop a huge result), else returned.

    pyoxigraph (0.5.13) quotes literals but not IRIs, and every mention's IRI has a comma
    (``#char=3,8``), so its rows would have more fields than the header.

    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("http://x/d#char=3,8"), ox.NamedNode("http://x/p"), ox.Literal("a")))
    >>> to_csv(store.query("SELECT ?s ?o WHERE { ?s ?p ?o }"))
    's,o\\r\\n"http://x/d#char=3,8",a\\r\\n'
    """
    target = out if out is not None else io.StringIO()
    writer = csv.writer(target, lineterminator="\r\n")
    columns = [v.value for v in result.variables]
    writer.writerow(columns)
    for row in result:
        writer.writerow([_csv_field(row[c]) for c in columns])
    return "" if out is not None else target.getvalue()  # type: ignore[union-attr]


def _csv_field(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def short(term: ox.NamedNode | ox.Literal | ox.BlankNode | None, base: str | None = None) -> str:
    """A term for people to read: literals as their text, IRIs with a known prefix shortened.

    >>> short(ox.NamedNode("https://w3id.org/text2kg/ns#Person")), short(ox.Literal("Raisi"))
    ('t2k:Person', 'Raisi')
    """
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if base and term.value.startswith(base):
        return term.value[len(base) :]
    for prefix, iri in PREFIXES.items():
        if term.value.startswith(iri) and len(term.value) > len(iri):
            return f"{prefix}:{term.value[len(iri):]}"
    return term.value
