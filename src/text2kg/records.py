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
#: What place linking adds to a place entity, when the document identifies the place.
PLACE_FIELDS = ("geonames_id", "country_code", "region_code", "lat", "long", "country", "region")


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

    A place the document lets us identify (:mod:`text2kg.extract.geo`) carries its GeoNames
    id, the ISO 3166-1 alpha-2 code of its country and ISO 3166-2 code of its region, its
    WGS84 coordinates as decimal strings (kept as written in the data, so no float rounding
    creeps in), and the ids of this document's entities for its country and region.
    """

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    value: str | None = None
    geonames_id: str | None = None
    country_code: str | None = None
    region_code: str | None = None
    lat: str | None = None
    long: str | None = None
    country: str | None = None
    region: str | None = None


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed fact between two entities of one document, with its evidence.

    ``predicate`` is the local name of an ontology property (``memberOf``, ``country``);
    ``subject`` and ``object`` are entity ids of the same extraction; ``sentence`` is the
    index of the sentence that says it; ``rule`` names the rule that found it.
    """

    subject: str
    predicate: str
    object: str
    sentence: int
    rule: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Position:
    """A post held: "Kumi Naidoo, secretary-general of Amnesty International (2018–2020)".

    ``role`` is the normalised post ("secretary-general"); ``organization`` the entity id
    of the organisation (or country, for state offices), when the text names one;
    ``start``/``end`` ISO dates when the text gives them; ``qualifier`` a word relative to
    the document's date ("current", "former"), kept as written.
    """

    person: str
    role: str
    sentence: int
    rule: str
    confidence: float
    organization: str | None = None
    start: str | None = None
    end: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class Quotation:
    """Words attributed to someone: a direct quote, or a call or demand ("X urged Y to ...").

    ``start``/``end`` are the offsets of the quoted words in the document; ``kind`` is
    ``"quote"`` or ``"call"``; ``addressees`` are entity ids (for calls).
    """

    speaker: str
    text: str
    start: int
    end: int
    sentence: int
    rule: str
    confidence: float
    kind: str = "quote"
    addressees: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extraction found in one document."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = field(default=())
    relations: tuple[Relation, ...] = ()
    positions: tuple[Position, ...] = ()
    quotations: tuple[Quotation, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The document's part of the JSON output (see the README)."""
        doc = self.document
        out: dict[str, Any] = {"id": doc.id, "title": doc.title}
        for key in ("date", "url"):
            if getattr(doc, key):
                out[key] = getattr(doc, key)
        out["entities"] = [entity_to_dict(e) for e in self.entities]
        out["relations"] = [_plain(r) for r in self.relations]
        out["positions"] = [_plain(p) for p in self.positions]
        out["quotations"] = [_plain(q) for q in self.quotations]
        return out


def _plain(record: Relation | Position | Quotation) -> dict[str, Any]:
    """A fact record as JSON, without empty fields."""
    out = {}
    for name in record.__slots__:  # type: ignore[attr-defined]
        value = getattr(record, name)
        if value is None or value == ():
            continue
        out[name] = list(value) if isinstance(value, tuple) else value
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
    for key in PLACE_FIELDS:
        if getattr(entity, key) is not None:
            out[key] = getattr(entity, key)
    out["mentions"] = [
        {"start": m.start, "end": m.end, "text": m.text, "sentence": m.sentence}
        for m in entity.mentions
    ]
    return out
