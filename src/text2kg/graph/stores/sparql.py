"""SPARQL text helpers: query forms, parameter binding for endpoints, INSERT DATA bodies."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from pyoxigraph import Literal, NamedNode

from text2kg.graph.errors import QueryError
from text2kg.graph.stores.keywords import code_positions

Term = NamedNode | Literal
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def query_form(query: str) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``.

    >>> query_form("PREFIX x: <http://x/select#> # ASK me\\nconstruct { ?s ?p ?o } where { ?s ?p ?o }")
    'CONSTRUCT'
    """
    code = "".join(ch for _, ch in code_positions(query))
    match = _FORM.search(code)
    if match is None:
        raise QueryError("not a SPARQL query (no SELECT, ASK, CONSTRUCT or DESCRIBE)")
    return match.group(1).upper()


def bind_values(query: str, bindings: Mapping[str, Term]) -> str:
    """Bind variables by a ``VALUES`` block at the start of the query's ``WHERE`` group.

    The terms are serialised by pyoxigraph (escaped), never pasted as raw text. The same
    binding serves the embedded store and endpoints (SPARQL has no protocol for
    parameters), so a named query gives the same rows everywhere.
    pyoxigraph's own ``substitutions`` (SEP-0007) are not used: they refuse a variable
    that the ``SELECT`` does not project (pyoxigraph 0.5.13), and our queries bind such
    variables (``?id`` in the removal query, names in named queries).

    >>> bind_values('SELECT ?e WHERE { ?e rdfs:label ?name }', {"name": Literal('Ra"isi')})
    'SELECT ?e WHERE { VALUES ?name { "Ra\\\\"isi" } ?e rdfs:label ?name }'
    """
    if not bindings:
        return query
    for name in bindings:
        if not _NAME.match(name):
            raise QueryError(f"not a variable name: {name!r}")
    form = query_form(query)
    depth, groups, where_open = 0, 0, None
    for i, ch in code_positions(query):
        if ch == "{":
            if depth == 0:
                groups += 1
                # CONSTRUCT { template } WHERE { pattern }: the pattern is the second group
                has_template = form == "CONSTRUCT" and not re.search(r"\bWHERE\s*$", query[:i], re.I)
                if not (has_template and groups == 1):
                    where_open = i
                    break
            depth += 1
        elif ch == "}":
            depth -= 1
    if where_open is None:
        raise QueryError("cannot find the query's WHERE group to bind parameters in")
    names = " ".join(f"?{name}" for name in bindings)
    if len(bindings) == 1:
        block = values(names, bindings.values())
    else:
        block = values(f"({names})", [tuple(bindings.values())])
    return query[: where_open + 1] + " " + block + query[where_open + 1 :]


def values(variables: str, rows: Iterable[Term | tuple[Term, ...]] | None) -> str:
    """A ``VALUES`` block: rows of one term for one variable (``"?e"``), tuples for several
    (``"(?a ?b)"``); nothing when ``rows`` is None, meaning every row is wanted. Terms are
    written by pyoxigraph, escaped.

    >>> print(values("?e", [NamedNode("http://x/a"), Literal('say "hi"')]))
    VALUES ?e { <http://x/a> "say \\"hi\\"" }
    >>> values("(?a ?b)", [(NamedNode("http://x/a"), NamedNode("http://x/b"))])
    'VALUES (?a ?b) { (<http://x/a> <http://x/b>) }'
    """
    if rows is None:
        return ""
    body = " ".join(f"({' '.join(str(t) for t in row)})" if isinstance(row, tuple) else str(row) for row in rows)
    return f"VALUES {variables} {{ {body} }}"


def check_variables(query: str, names: Iterable[str]) -> None:
    """Raise :class:`QueryError` when a parameter names no variable of the query (outside
    comments, strings and IRIs): binding it would change nothing, and a typo pass unseen.

    >>> check_variables("SELECT ?e WHERE { ?e rdfs:label ?name } # ?nme", ["nme"])
    Traceback (most recent call last):
    ...
    text2kg.graph.errors.QueryError: the query has no variable ?nme to bind
    """
    code = "".join(ch for _, ch in code_positions(query))
    for name in names:
        if not re.search(rf"[?$]{re.escape(name)}(?![A-Za-z0-9_])", code):
            raise QueryError(f"the query has no variable ?{name} to bind")


def insert_data(graph: NamedNode, triples: Iterable[tuple[Term, Term, Term]]) -> str:
    """``INSERT DATA { GRAPH <g> { ... } }`` with every term in N-Triples syntax."""
    body = "\n".join(f"{s} {p} {o} ." for s, p, o in triples)
    return f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"


def replace_graph(graph: NamedNode, triples: Iterable[tuple[Term, Term, Term]]) -> str:
    """One update that replaces a named graph's content: atomic on any SPARQL 1.1 store."""
    return f"DROP SILENT GRAPH {graph} ;\n" + insert_data(graph, triples)


def parse_param(text: str) -> tuple[str, Term]:
    """``name=value`` from the command line: ``<...>`` is an IRI, anything else a string.

    >>> parse_param("name=Raisi"), parse_param("e=<https://x.org/a>")
    (('name', <Literal value=Raisi datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>), ('e', <NamedNode value=https://x.org/a>))
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not _NAME.match(name):
        raise QueryError(f"a parameter is NAME=VALUE, not {text!r}")
    if value.startswith("<") and value.endswith(">"):
        try:
            return name, NamedNode(value[1:-1])
        except ValueError:
            raise QueryError(f"not an IRI: {value}") from None
    return name, Literal(value)
