"""Regenerate ``namespace.py`` from ``text2kg.ttl``: ``python -m text2kg.ontology.generate``."""

from __future__ import annotations

from pathlib import Path

HEADER = '''"""Our vocabulary as a typed rdflib namespace (generated; do not edit by hand)."""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class T2K(DefinedNamespace):
    """The text2kg ontology's terms: a misspelt term is an error, not a new IRI.

    Generated from ``text2kg.ttl`` by ``python -m text2kg.ontology.generate`` (with rdflib's
    defined_namespace_creator); a test checks that the two agree.
    """

    _fail = True

    _NS = Namespace("{namespace}")

'''


def namespace_source() -> str:
    """The Python source of ``namespace.py`` for the current ontology."""
    from rdflib import Graph
    from rdflib.tools.defined_namespace_creator import get_target_namespace_elements

    from text2kg.ontology import NAMESPACE, ontology_path

    graph = Graph().parse(ontology_path(), format="turtle")
    _, elements, others = get_target_namespace_elements(graph, NAMESPACE)
    if others:
        raise ValueError(f"terms that are not Python identifiers: {others}")
    return HEADER.format(namespace=NAMESPACE) + "".join(elements)


if __name__ == "__main__":
    target = Path(__file__).with_name("namespace.py")
    target.write_text(namespace_source(), encoding="utf-8")
    print(f"wrote {target}")
