"""The vocabularies we write, as pyoxigraph terms, and the prefixes queries may use.

Every term goes through :func:`term`, which looks it up in a closed namespace: rdflib's
for the standard vocabularies, ours for ``t2k:``, small ones below for NIF, ITS and WGS84 Basic Geo. A
misspelt ``org:memberOff`` fails where it is written instead of minting a new IRI.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

from pyoxigraph import Literal, NamedNode

from text2kg.ontology import NAMESPACE

Triple = tuple[NamedNode, NamedNode, NamedNode | Literal]

PREFIXES = {
    "t2k": NAMESPACE,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": "http://www.w3.org/ns/org#",
    "time": "http://www.w3.org/2006/time#",
    "prov": "http://www.w3.org/ns/prov#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "itsrdf": "http://www.w3.org/2005/11/its/rdf#",
    "wdt": "http://www.wikidata.org/prop/direct/",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
}


@lru_cache(maxsize=None)
def _closed() -> dict:
    """The closed namespace of each prefix; ``wdt:`` (Wikidata's direct properties) stays open.

    Built on first use, inside a function, so that importing this module imports no rdflib
    and leaves no namespace objects at module level."""
    from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD, DefinedNamespace, Namespace
    from rdflib.term import URIRef

    def closed(prefix: str, terms: str) -> type[DefinedNamespace]:
        annotations = {name: URIRef for name in terms.split()}
        return type(prefix.upper(), (DefinedNamespace,), {"_fail": True, "_NS": Namespace(PREFIXES[prefix]),
                                                          "__annotations__": annotations})

    # NIF 2.0 Core, and the ITS 2.0 terms NIF uses to link a mention to what it names
    NIF = closed("nif", "Context String Phrase Word Sentence Paragraph anchorOf beginIndex endIndex isString "
                        "referenceContext sentence word superString nextSentence previousSentence")
    ITSRDF = closed("itsrdf", "taIdentRef taClassRef taConfidence")
    # W3C Basic Geo (WGS84): the terms a place's coordinates are written with
    GEO = closed("geo", "SpatialThing Point lat long alt lat_long location")
    return {"rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS, "dcterms": DCTERMS, "schema": SDO,
            "foaf": FOAF, "org": ORG, "time": TIME, "prov": PROV, "nif": NIF, "itsrdf": ITSRDF, "geo": GEO}


@lru_cache(maxsize=None)
def term(curie: str) -> NamedNode:
    """``term("nif:anchorOf")`` -> the NamedNode; our own terms are checked against the ontology.

    >>> term("t2k:Person").value
    'https://w3id.org/text2kg/ns#Person'
    >>> term("org:memberOff")
    Traceback (most recent call last):
    ...
    ValueError: org:memberOff is not a term of its vocabulary
    """
    prefix, local = curie.split(":", 1)
    if prefix == "t2k":
        from text2kg.ontology.namespace import T2K

        namespace = T2K
    elif prefix in _closed():
        namespace = _closed()[prefix]
    else:
        return NamedNode(PREFIXES[prefix] + local)
    with warnings.catch_warnings():  # rdflib only warns for some vocabularies (schema, time, xsd)
        warnings.simplefilter("error")
        try:
            return NamedNode(str(getattr(namespace, local)))
        except (AttributeError, UserWarning):
            raise ValueError(f"{curie} is not a term of its vocabulary") from None


def typed(value: str | int | float, datatype: str) -> Literal:
    """A literal of an XSD datatype: ``typed(3, "nonNegativeInteger")``."""
    return Literal(str(value), datatype=NamedNode(PREFIXES["xsd"] + datatype))


def sparql_prologue() -> str:
    """``PREFIX`` lines for every prefix in :data:`PREFIXES`."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


RDF_TYPE = term("rdf:type")
_ISO_TYPES = [
    (re.compile(r"\d{4}"), "gYear"),
    (re.compile(r"\d{4}-\d{2}"), "gYearMonth"),
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "date"),
]


def iso_literal(value: str) -> Literal:
    """An ISO 8601 date as the matching XSD literal (a period stays a plain string).

    >>> [iso_literal(v).datatype.value.rsplit("#", 1)[1] for v in ("1988", "2010-01", "2021-09-03", "1999/2008")]
    ['gYear', 'gYearMonth', 'date', 'string']
    """
    for pattern, datatype in _ISO_TYPES:
        if pattern.fullmatch(value):
            return typed(value, datatype)
    return Literal(value)
