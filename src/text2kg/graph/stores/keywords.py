"""Which SPARQL keywords a query uses, read outside its comments, strings and IRIs.

The server refuses ``SERVICE`` (a query that makes the server fetch any URL) and the store
honours ``FROM``/``FROM NAMED``; both need to know whether the keyword is really there, not
inside ``"a SERVICE string"``, ``<http://x/SERVICE>``, ``# a comment``, ``?service`` or
``ex:service``.

The reading follows Oxigraph's parser where it is loose: keywords need no space around them
(``?o 1SERVICE<u>{}`` and ``SERVICE:{}`` are calls), a comment ends at ``\\r`` as at
``\\n``, and an IRI may hold ``\\u`` escapes and any character above U+0020. One thing
cannot be told without parsing: ``FILTER(?a<1)SERVICE?u#>`` is an IRI to a tokenizer but
``?a < 1`` and a call to the parser. When a ``<`` could be either, ``SERVICE`` anywhere in
the text counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: An IRI as SPARQL's IRIREF, with \\u escapes.
_IRI = re.compile(r'<(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>')
#: After these, ``<`` cannot be less-than, so it opens an IRI.
_NOT_AN_OPERAND = set("(,=!<>&|+-*/^")
_NAME_CHAR = re.compile(r"[\w\u00B7\u0300-\u036F\u203F-\u2040]")
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def uses_keyword(query: str, keyword: str, when_unsure: bool = False) -> bool:
    """Whether ``keyword`` (any case) is used as a keyword of ``query``.

    An occurrence inside a variable's name (``?services``) or in the local part of a
    prefixed name (``ex:service``) does not count; anywhere else in the code it does.
    ``when_unsure``: when some ``<`` may be less-than, whether the keyword anywhere in the
    text counts (else ``<...>`` is read as an IRI).

    >>> uses_keyword('SELECT * WHERE { ?service ex:service "SERVICE" } # SERVICE', "SERVICE")
    False
    >>> uses_keyword("SELECT * WHERE { ?s ?p 1SERVICE<http://x/>{} }", "SERVICE")
    True
    """
    code, ambiguous = _code(query)
    decoded = _ESCAPE.sub(lambda m: chr(min(int(m.group(1) or m.group(2), 16), 0x10FFFF)), query)
    if when_unsure and (ambiguous or _code(decoded)[1]):
        return re.search(re.escape(keyword), query + decoded, re.IGNORECASE) is not None
    return _keyword_in(code, keyword, when_unsure) or _keyword_in(_code(decoded)[0], keyword, when_unsure)


def uses_service(query: str) -> bool:
    """Whether a query or update calls another endpoint with ``SERVICE``.

    >>> uses_service("SELECT * WHERE { ?s a <http://schema.org/Service> }")
    False
    >>> uses_service("SELECT * WHERE { ?a ?b ?c FILTER(?c<1)SERVICE?u#>\\n{ ?s ?p ?o } }")
    True
    """
    return uses_keyword(query, "SERVICE", when_unsure=True)


def has_dataset_clause(query: str) -> bool:
    """Whether a query names its own dataset with ``FROM`` or ``FROM NAMED``.

    >>> has_dataset_clause("SELECT ?from FROM <http://g/> WHERE { ?from ?p ?o }")
    True
    >>> has_dataset_clause("SELECT ?from WHERE { ?from ex:from 'FROM' }")
    False
    """
    return uses_keyword(query, "FROM")


def _keyword_in(code: str, keyword: str, when_unsure: bool = False) -> bool:
    """Whether ``keyword`` stands as a keyword in ``code``; followed by ``:`` it may be a
    prefix's name (``from:p``), which counts only ``when_unsure``."""
    for match in re.finditer(re.escape(keyword), code, re.IGNORECASE):
        if not when_unsure and code[match.end() : match.end() + 1] == ":":
            continue  # a prefixed name's prefix: `PREFIX from: <...>`, `from:p`
        start = match.start()
        while start > 0 and _NAME_CHAR.match(code[start - 1]):  # back over the name it is in
            start -= 1
        if start > 0 and code[start - 1] in "?$":
            continue  # a variable's name
        run = start
        while run > 0 and (_NAME_CHAR.match(code[run - 1]) or code[run - 1] in ".-:%\\"):
            run -= 1
        before = code[run : match.start()]
        if ":" in before and not before.rsplit(":", 1)[1].startswith((".", "-")):
            continue  # the local part of a prefixed name (which cannot start with `.` or `-`)
        return True
    return False


def code_positions(query: str) -> Iterator[tuple[int, str]]:
    """``(index, char)`` of every character of the query, those of its comments, strings and
    IRIs read as spaces: a ``{`` found is a group's, never a string's.

    >>> "".join(ch for _, ch in code_positions('SELECT "{" <http://x/> # }\\n{ }')).split()
    ['SELECT', '{', '}']
    """
    return enumerate(_code(query)[0])


def _code(query: str) -> tuple[str, bool]:
    """The query with its comments, strings and IRIs blanked out (spaces, so that in
    ``?p"x"SERVICE`` the keyword stands alone, and every other character keeps its index),
    and whether some ``<`` may be less-than.

    >>> _code('?p"x"SERVICE<http://x/>{}#c\\rFROM')
    ('?p   SERVICE           {}  \\rFROM', False)
    >>> _code("FILTER(?a<1)#>")[1]
    True
    """
    out: list[str] = []
    brackets: list[str] = []
    previous, ambiguous, i, n = "", False, 0, len(query)
    while i < n:
        ch = query[i]
        if ch == "\\":  # an escape in a prefixed name (`ex:a\\#`): not a comment, not a string
            out.append(query[i : i + 2])
            ambiguous, i, previous = True, i + 2, "\\"
            continue
        if ch == "#":
            end = min((j for j in (query.find("\n", i), query.find("\r", i)) if j >= 0), default=n)
            out.append(" " * (end - i))
            i = end
            continue
        if ch in "\"'":
            quote = query[i : i + 3] if query[i : i + 3] in ('"""', "'''") else ch
            j = i + len(quote)
            while j < n and query[j : j + len(quote)] != quote:
                j += 2 if query[j] == "\\" else 1
            end = min(j + len(quote), n)
            out.append(" " * (end - i))
            i, previous = end, '"'
            continue
        if ch == "<":
            iri = _IRI.match(query, i)
            if iri is not None:
                if brackets[-1:] == ["("] and previous and previous not in _NOT_AN_OPERAND:
                    ambiguous = True  # `?a<b ... >`: less-than or an IRI
                out.append(" " * (iri.end() - i))
                i, previous = iri.end(), ">"
                continue
        if ch in "({[":
            brackets.append(ch)
        elif ch in ")}]" and brackets:
            brackets.pop()
        if not ch.isspace():
            previous = ch
        out.append(ch)
        i += 1
    return "".join(out), ambiguous
