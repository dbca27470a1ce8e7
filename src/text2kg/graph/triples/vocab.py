"""The vocabularies we write, as pyoxigraph terms, and the prefixes queries may use."""

from __future__ import annotations

from functools import lru_cache

from pyoxigraph import Literal, NamedNode

from text2kg.ontology import NAMESPACE

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
}


@lru_cache(maxsize=None)
def term(curie: str) -> NamedNode:
    """``term("nif:anchorOf")`` -> the NamedNode; our own terms are checked against the ontology.

    >>> term("t2k:Person").value
    'https://w3id.org/text2kg/ns#Person'
    """
    prefix, local = curie.split(":", 1)
    if prefix == "t2k":
        from text2kg.ontology.namespace import T2K

        return NamedNode(str(getattr(T2K, local)))  # a misspelt term raises here
    return NamedNode(PREFIXES[prefix] + local)


def typed(value: str | int | float, datatype: str) -> Literal:
    """A literal of an XSD datatype: ``typed(3, "nonNegativeInteger")``."""
    return Literal(str(value), datatype=NamedNode(PREFIXES["xsd"] + datatype))


def sparql_prologue() -> str:
    """``PREFIX`` lines for every prefix in :data:`PREFIXES`."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
