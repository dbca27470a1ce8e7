"""Place linking against gold GeoNames ids (``eval/places/``): ``text2kg eval --places``.

Two figures. *Linking*: the gold mentions are handed to the linker as the document's place
entities (one per distinct name), so the figure measures the choice of place alone.
*End to end*: the model reads the text, and each gold mention takes the identity of the
place entity the pipeline names over that span (none when it found no place there), so the
figure also counts what recognition and entity resolution miss.

A mention is right when the identity given equals the gold one: a GeoNames id, the ISO
3166-2 code of a region the packaged data has no id for, or none (the data has no such
place, or the text cannot tell which place it is).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from text2kg.evaluate.gold import GoldFormatError, gold_lines
from text2kg.extract.geo import link_places
from text2kg.records import Document, Entity, Extraction, Mention


@dataclass(frozen=True)
class GoldPlace:
    start: int
    end: int
    text: str
    gold: str | None
    ambiguous: bool


@dataclass(frozen=True)
class PlaceDocument:
    document: Document
    places: tuple[GoldPlace, ...]


@dataclass
class Tally:
    """Right answers among mentions, overall and for ambiguous names and linkable places."""

    mentions: int = 0
    right: int = 0
    ambiguous: int = 0
    ambiguous_right: int = 0
    linkable: int = 0
    linkable_right: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def add(self, doc_id: str, place: GoldPlace, given: str | None) -> None:
        ok = given == place.gold
        self.mentions += 1
        self.right += ok
        self.ambiguous += place.ambiguous
        self.ambiguous_right += ok and place.ambiguous
        self.linkable += place.gold is not None
        self.linkable_right += ok and place.gold is not None
        if not ok:
            self.misses.append({"document": doc_id, "text": place.text, "gold": place.gold, "given": given})

    def to_dict(self) -> dict[str, Any]:
        def rate(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        return {"mentions": self.mentions, "accuracy": rate(self.right, self.mentions),
                "ambiguous": self.ambiguous, "ambiguous_accuracy": rate(self.ambiguous_right, self.ambiguous),
                "linkable": self.linkable, "linkable_accuracy": rate(self.linkable_right, self.linkable),
                "misses": self.misses}


@dataclass
class PlaceReport:
    """Linking given the gold mentions, and end to end (None when no model was run)."""

    documents: int
    linking: Tally
    end_to_end: Tally | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {"documents": self.documents, "linking": self.linking.to_dict()}
        if self.end_to_end is not None:
            out["end_to_end"] = self.end_to_end.to_dict()
        return out


def read_place_gold(path: str | Path, limit: int | None = None) -> list[PlaceDocument]:
    """The documents of a place gold file (see ``eval/places/README.md``).

    Raises:
        GoldFormatError: a line is not such a document (the message names it).
    """
    return list(gold_lines(path, _parse_place_line, limit))


def _parse_place_line(line: str, where: str) -> PlaceDocument:
    try:
        raw = json.loads(line)
        doc = Document(str(raw["id"]), raw["text"])
        places = tuple(GoldPlace(int(p["start"]), int(p["end"]), p["text"], p["gold"], bool(p["ambiguous"]))
                       for p in raw["places"])
    except (ValueError, KeyError, TypeError) as error:
        raise GoldFormatError(f"{where}: not a place gold document ({error})") from None
    if any(doc.text[p.start : p.end] != p.text for p in places):
        raise GoldFormatError(f"{where}: a place's offsets do not give its text")
    return PlaceDocument(doc, places)


def evaluate_places(documents: Iterable[PlaceDocument],
                    extract: Callable[[list[Document]], Iterable[Extraction]] | None = None) -> PlaceReport:
    """Score place linking on ``documents``; with ``extract`` (documents -> extractions,
    in order), also end to end."""
    documents = list(documents)
    report = PlaceReport(len(documents), Tally(), Tally() if extract is not None else None)
    for gold in documents:
        given = _identities(link_places(_gold_entities(gold), gold.document.text))
        for place in gold.places:
            report.linking.add(gold.document.id, place, given.get((place.start, place.end)))
    if extract is not None and report.end_to_end is not None:
        for gold, extraction in zip(documents, extract([d.document for d in documents])):
            given = _identities(extraction.entities)
            for place in gold.places:
                report.end_to_end.add(gold.document.id, place, _overlapping(given, place))
    return report


def _gold_entities(gold: PlaceDocument) -> list[Entity]:
    """The gold mentions as place entities, one per name, as extraction would give them."""
    by_name: dict[str, list[Mention]] = {}
    for place in gold.places:
        by_name.setdefault(place.text, []).append(Mention(gold.document.id, place.start, place.end, place.text, 0))
    return [Entity(f"place/{name}", name, "Place", mentions=tuple(ms)) for name, ms in by_name.items()]


def _overlapping(given: dict[tuple[int, int], str | None], place: GoldPlace) -> str | None:
    """The identity of the place named at the gold span, or over part of it ("the United
    States" for "United States"; the longest such span when several overlap)."""
    if (place.start, place.end) in given:
        return given[(place.start, place.end)]
    spans = [(end - start, key) for (start, end), key in given.items() if start < place.end and place.start < end]
    return max(spans, key=lambda pair: pair[0])[1] if spans else None


def _identities(entities: Iterable[Entity]) -> dict[tuple[int, int], str | None]:
    """Span -> the identity linking gave the place named there."""
    return {(m.start, m.end): e.geonames_id or e.region_code
            for e in entities if e.type == "Place" for m in e.mentions}
