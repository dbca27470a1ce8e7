"""Query results as tables, CSV, TSV or JSON (the SPARQL 1.1 result formats)."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pyoxigraph as ox

from text2kg.graph.store import Result
from text2kg.graph.vocab import PREFIXES

_RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
}


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
    if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
        return result.serialize(format=_RESULT_FORMATS[fmt]).decode("utf-8")
    out = io.BytesIO()
    ox.serialize(result, out, ox.RdfFormat.N_TRIPLES)
    return out.getvalue().decode("utf-8")


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
