"""Which SPARQL keywords a query uses, read outside its comments, strings and IRIs.

The server refuses ``SERVICE`` (a query that makes the server fetch any URL) and the store
honours ``FROM``/``FROM NAMED``; both need to know whether the keyword is really there, not
inside ``"a SERVICE string"``, ``<http://x/SERVICE>``, ``# a comment``, ``?service`` or
``ex:service``.
"""

from __future__ import annotations

import re

from text2kg.graph.sparql import _code_positions

#: A keyword is a word not glued to a variable sign, a prefix's colon or a name's letters.
_BEFORE = r"(?<![\w?$:\-])"
_AFTER = r"(?![\w:\-])"
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
#: Text that reads as an IRI but may be a less-than sign: ``FILTER(?a<1)SERVICE?u#>`` is an
#: IRI to a tokenizer and ``?a < 1`` then ``SERVICE ?u`` and a comment to the parser.
_IRI_LIKE = re.compile(r"<[^\s<>\"{}|^`\\]*>")
_SERVICE_IN_IRI = re.compile(_BEFORE + r"SERVICE[?$]", re.IGNORECASE)


def uses_keyword(query: str, keyword: str) -> bool:
    """Whether ``keyword`` (any case) is used as a keyword of ``query``.

    The query is read as written and with its ``\\uXXXX`` escapes decoded (SPARQL lets a
    parser decode them before reading), so an escaped keyword is found too.

    >>> uses_keyword('SELECT * WHERE { ?service ex:service "SERVICE" } # SERVICE', "SERVICE")
    False
    >>> uses_keyword("SELECT * WHERE { ?s ?p ?o.service<http://x/>{} }", "SERVICE")
    True
    """
    pattern = re.compile(_BEFORE + re.escape(keyword) + _AFTER, re.IGNORECASE)
    decoded = _ESCAPE.sub(lambda m: chr(min(int(m.group(1) or m.group(2), 16), 0x10FFFF)), query)
    return any(pattern.search(_code(text)) for text in {query, decoded})


def _code(query: str) -> str:
    """The query without comments, strings and IRIs, each left out as a space: in
    ``?p"x"SERVICE`` the keyword stands alone, as the parser reads it.

    >>> _code('?p"x"SERVICE<http://x/>{}#c')
    '?p SERVICE {} '
    """
    out, last = [], -1
    for i, ch in _code_positions(query):
        if i != last + 1:
            out.append(" ")
        out.append(ch)
        last = i
    if last != len(query) - 1:
        out.append(" ")
    return "".join(out)


def uses_service(query: str) -> bool:
    """Whether a query or update calls another endpoint with ``SERVICE``.

    Errs towards yes: an IRI holding ``service?`` counts, as it may be a hidden call.

    >>> uses_service("SELECT * WHERE { ?s a <http://schema.org/Service> }")
    False
    >>> uses_service("SELECT * WHERE { ?a ?b ?c FILTER(?c<1)SERVICE?u#>\\n{ ?s ?p ?o } }")
    True
    """
    if uses_keyword(query, "SERVICE"):
        return True
    return any(_SERVICE_IN_IRI.search(iri) for iri in _IRI_LIKE.findall(query))


def has_dataset_clause(query: str) -> bool:
    """Whether a query names its own dataset with ``FROM`` or ``FROM NAMED``.

    >>> has_dataset_clause("SELECT ?from FROM <http://g/> WHERE { ?from ?p ?o }")
    True
    >>> has_dataset_clause("SELECT ?from WHERE { ?from ex:from 'FROM' }")
    False
    """
    return uses_keyword(query, "FROM")
