"""``remove``, ``validate`` and ``ontology``: the corpus as a whole."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from text2kg.graph.errors import StoreError
from text2kg.graph.stores.source import open_store, source_kind
from text2kg.graph.stores.validate import ValidationReport, validate_store
from text2kg.graph.triples.iris import Iris
from text2kg.graph.upkeep import corpus
from text2kg.graph.upkeep.base_iri import stored_base

__all__ = ["ontology", "remove_documents", "validate"]


def remove_documents(source: str | Path, doc_ids: Iterable[str], *, base: str | None = None) -> list[str]:
    """Remove documents, and the entities only they supported, from a store folder or an
    endpoint: ``text2kg remove``. Returns the ids that were not in it.

    ``base`` is the base IRI the graph was built with; by default, the one its documents
    were minted under.

    Example::

        remove_documents("kg/", ["tribunal-opens.md"])   # [] : it was there
    """
    if source_kind(source) == "file":
        raise StoreError(f"{source}: documents are removed from a store folder or an endpoint, not from a file")
    with open_store(source, writable=True) as store:
        return corpus.remove_documents(store, list(doc_ids), Iris(base or stored_base(store)))


def validate(source: str | Path) -> ValidationReport:
    """Check a SOURCE against text2kg's SHACL shapes: ``text2kg validate``.

    Example::

        report = validate("graph.trig")
        report.conforms or print(report.text)
    """
    return validate_store(open_store(source))


def ontology(*, shapes: bool = False) -> str:
    """The text2kg ontology as Turtle, or with ``shapes`` its SHACL shapes: ``text2kg ontology``.

    >>> "owl:Ontology" in ontology(), "sh:NodeShape" in ontology(shapes=True)
    (True, True)
    """
    from text2kg.ontology import ontology_text, shapes_path

    return shapes_path().read_text(encoding="utf-8") if shapes else ontology_text()
