"""Every IRI text2kg writes is minted here, deterministically.

The same entity gets the same IRI in every run and every document: its IRI is made of its
type and canonical name. A document's IRI is made of its id; mentions and sentences are
fragments of it that give their character offsets (RFC 5147, as NIF does).
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from pyoxigraph import NamedNode

from text2kg.records import Entity, slug

#: GeoNames' own IRIs for its places (the "semantic web" form, with the trailing slash).
GEONAMES = "https://sws.geonames.org/"

#: Where our data IRIs live unless ``--base`` says otherwise.
DEFAULT_BASE = "https://w3id.org/text2kg/id/"

_SPECIFIC = re.compile(r"[0-9]|(?:^|\s)[A-Z]")
#: Capitalised words that do not make an event's name particular ("Sunday's election").
_CALENDAR = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Last|This|Next)(?:'s)?\b"
)


class Iris:
    """Mints IRIs under one base.

    >>> iris = Iris("https://example.org/kg/")
    >>> iris.entity("Person", "Ebrahim Raisi").value
    'https://example.org/kg/person/ebrahim-raisi'
    >>> iris.document("news/a 1.txt").value
    'https://example.org/kg/doc/news/a%201.txt'
    >>> iris.span(iris.document("a.txt"), 3, 8).value
    'https://example.org/kg/doc/a.txt#char=3,8'
    >>> iris.document("../../etc/./x").value
    'https://example.org/kg/doc/%2E%2E/%2E%2E/etc/%2E/x'
    """

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        if not base.endswith(("/", "#")):
            base += "/"
        NamedNode(base)  # raises ValueError for a malformed base
        self.base = base

    def document(self, doc_id: str) -> NamedNode:
        return NamedNode(f"{self.base}doc/{_path(doc_id, safe='/-._~')}")

    def entity(self, type_: str, label: str, scope: str | None = None) -> NamedNode:
        """An entity's IRI; ``scope`` (a document id) for things only that document can name."""
        path = f"{type_.lower()}/{slug(label)}"
        if scope is not None:
            path = f"{type_.lower()}/in/{_path(scope, safe='-._~')}/{slug(label)}"
        return NamedNode(self.base + path)

    def entity_of(self, entity: Entity, doc_id: str) -> NamedNode:
        """The IRI of an extracted entity.

        Dates are named by their ISO value. Events and dates whose names say nothing
        particular ("virtual conference", "Friday" with no known date) are scoped to their
        document: two documents' "virtual conference" are not one event.
        """
        if entity.type == "Date":
            if entity.value:
                return self.entity("Date", entity.value)
            return self.entity("Date", entity.label, scope=doc_id)
        if entity.type == "Event" and not _SPECIFIC.search(_CALENDAR.sub("", entity.label)):
            return self.entity("Event", entity.label, scope=doc_id)
        return self.entity(entity.type, entity.label)

    @staticmethod
    def geonames(geonames_id: str) -> NamedNode:
        """The GeoNames IRI of a place, for ``owl:sameAs``.

        >>> Iris.geonames("2988507").value
        'https://sws.geonames.org/2988507/'
        """
        if not geonames_id.isdigit():
            raise ValueError(f"not a GeoNames id: {geonames_id!r}")
        return NamedNode(f"{GEONAMES}{geonames_id}/")

    @staticmethod
    def span(document: NamedNode, start: int, end: int) -> NamedNode:
        """A string of the document by character offsets (mentions and sentences)."""
        return NamedNode(f"{document.value}#char={start},{end}")

    def graph(self, name: str) -> NamedNode:
        """A named graph of the corpus's own, beside the documents' graphs.

        >>> Iris("https://example.org/kg/").graph("analysis").value
        'https://example.org/kg/graph/analysis'
        """
        return NamedNode(f"{self.base}graph/{quote(name, safe='-._~')}")

    @staticmethod
    def statement(document: NamedNode, key: str) -> NamedNode:
        """A statement (or other node) that belongs to one document, named by ``key``.

        >>> Iris.statement(NamedNode("https://x.org/doc/a"), "quote=3,8").value
        'https://x.org/doc/a#quote=3,8'
        """
        return NamedNode(f"{document.value}#{quote(key, safe='-._~=,')}")

    @staticmethod
    def part(node: NamedNode, name: str) -> NamedNode:
        """A node that exists only as part of ``node`` (a post's time interval, its ends).

        >>> Iris.part(NamedNode("https://x.org/doc/a#membership-1"), "time").value
        'https://x.org/doc/a#membership-1-time'
        """
        return NamedNode(f"{node.value}-{quote(name, safe='-._~')}")

    @staticmethod
    def summary(kind: str, *about: NamedNode) -> NamedNode:
        """A summary-graph node named by what it is about: the same terms, the same node,
        under any base (the summary is rebuilt from the documents, never linked to).

        >>> Iris.summary("co-mention", NamedNode("https://x.org/a"), NamedNode("https://x.org/b")).value[:23]
        'urn:text2kg:co-mention:'
        """
        digest = hashlib.sha1(" ".join(t.value for t in about).encode()).hexdigest()
        return NamedNode(f"urn:text2kg:{quote(kind, safe='-._~')}:{digest}")


def _path(text: str, safe: str) -> str:
    """``text`` percent-encoded for an IRI path, with no dot-segments.

    A segment "." or ".." would be removed when the IRI is resolved or normalised
    (RFC 3986, 5.2.4), making a document id like "../a.txt" name another document's IRI,
    so its dots are percent-encoded; every other segment is as :func:`urllib.parse.quote` gives.

    >>> _path("a/./b/../c.txt", safe="/-._~")
    'a/%2E/b/%2E%2E/c.txt'
    """
    segments = quote(text, safe=safe).split("/")
    return "/".join(s.replace(".", "%2E") if s in (".", "..") else s for s in segments)
