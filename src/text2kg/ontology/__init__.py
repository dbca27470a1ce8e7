"""The text2kg ontology (OWL, Turtle), its SHACL shapes, and our terms as a Python namespace."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

#: The namespace of our terms; the ontology's own IRI is this without the ``#``.
NAMESPACE = "https://w3id.org/text2kg/ns#"
ONTOLOGY_IRI = NAMESPACE.rstrip("#")


def ontology_path() -> Path:
    """The ontology, ``text2kg.ttl``."""
    return Path(str(files("text2kg.ontology").joinpath("text2kg.ttl")))


def shapes_path() -> Path:
    """The SHACL shapes, ``shapes.ttl``."""
    return Path(str(files("text2kg.ontology").joinpath("shapes.ttl")))


def ontology_text() -> str:
    """The ontology as Turtle text."""
    return ontology_path().read_text(encoding="utf-8")


__all__ = ["NAMESPACE", "ONTOLOGY_IRI", "ontology_path", "ontology_text", "shapes_path"]
