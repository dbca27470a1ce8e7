"""Plain records: where extraction hands over to the graph.

Everything here is a frozen dataclass of strings and integers, with no spaCy or rdflib in
sight, so both sides can import it. Character offsets are into ``Document.text``:
``document.text[mention.start:mention.end] == mention.text`` always holds.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

#: Entity types, in the order reports list them.
ENTITY_TYPES = ("Person", "Organization", "Place", "Event", "Date")


def slug(text: str) -> str:
    """Lower case, with hyphens for everything but letters and digits (of any script).

    Entity ids (``person/ebrahim-raisi``) and IRIs are made with it.

    >>> slug("Mujahedin-e Khalq (MEK)"), slug("U.N."), slug("São Paulo")
    ('mujahedin-e-khalq-mek', 'u-n', 'são-paulo')
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[^\w]+", "-", text).strip("-_") or "unnamed"


@dataclass(frozen=True, slots=True)
class Document:
    """One input document: its text and what we know about it."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document, by character offsets."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in a document where an entity is named."""

    document: str
    start: int
    end: int
    text: str
    sentence: int


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing a document talks about, with every mention of it.

    ``id`` is stable for the same type and canonical label; ``value`` is the ISO 8601 form of
    a date when the text allows one (``1988``, ``2010-01``, ``1999/2008``).
    """

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extraction found in one document."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The document's part of the JSON output (see the README)."""
        doc = self.document
        out: dict[str, Any] = {"id": doc.id, "title": doc.title}
        for key in ("date", "url"):
            if getattr(doc, key):
                out[key] = getattr(doc, key)
        out["entities"] = [entity_to_dict(e) for e in self.entities]
        return out


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    """An entity as JSON: ``{"id", "label", "type", "aliases", "mentions"}`` (+ ``value``)."""
    out: dict[str, Any] = {
        "id": entity.id,
        "label": entity.label,
        "type": entity.type,
        "aliases": list(entity.aliases),
    }
    if entity.value is not None:
        out["value"] = entity.value
    out["mentions"] = [
        {"start": m.start, "end": m.end, "text": m.text, "sentence": m.sentence}
        for m in entity.mentions
    ]
    return out
