"""Decide which place each place entity of a document names, from the document itself.

A name with one candidate is linked. A name with several ("Georgia", "Paris", "Victoria") is
weighed: each candidate starts from its prior (:meth:`Candidate.prior`), gains when the
document names other places in its region or country, more when the dateline or the
country the text is mostly about is its country, and a little for a known usual sense
(``Washington``). The best wins only by a clear margin; otherwise the place stays unlinked,
as a wrong identity is worse than none.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable

from text2kg.extract.geo.candidates import Candidate, candidates, preferred
from text2kg.records import Entity

#: What the document's other places add to a candidate.
REGION_NAMED, COUNTRY_NAMED, MAIN_COUNTRY, PREFERRED = 4.0, 2.0, 0.5, 2.5
#: What each further place named in a candidate's country adds (two at most).
COUNTRY_MORE = 0.5
#: How far the best candidate must lead the next for the name to be linked.
MARGIN = 1.0
#: How close to the start of the text a place must be named to be its dateline.
DATELINE_WITHIN = 3
#: A city this small, the only place of its name, is linked only where the document names
#: its country or names no country at all ("St. Thomas" in a story about the U.S. Virgin
#: Islands is not the town in Ontario).
SMALL_CITY = 100_000
#: Words beside a name that say which kind of place it is.
_REGION_BEFORE = re.compile(r"\bthe\s+(?:province|state|region|county|governorate|prefecture|oblast)\s+of\s+$", re.I)
_REGION_AFTER = re.compile(r"^\s+(?:province|state|region|county|governorate|prefecture|oblast)\b")
_CITY_BEFORE = re.compile(r"\bthe\s+(?:city|town)\s+of\s+$", re.I)
_CITY_AFTER = re.compile(r"^\s+city\b")
_ARTICLE = re.compile(r"\bthe\s+$", re.I)
_MODIFIES = re.compile(r"^\s+[a-z]")  # "the Chicago law firm": the name qualifies a noun


def link_places(entities: Iterable[Entity], text: str) -> list[Entity]:
    """``entities`` with the places the document identifies filled in (see the module).

    >>> from text2kg.records import Mention
    >>> def place(name, at):
    ...     return Entity(f"place/{name.lower()}", name, "Place", mentions=(Mention("d", at, at + len(name), name, 0),))
    >>> text = "Paris, Texas - Storms hit Paris and Dallas."
    >>> [e.geonames_id for e in link_places([place("Paris", 0), place("Dallas", 36)], text)]
    ['4717560', '4684888']
    """
    entities = list(entities)
    starts = {m.start: e.label for e in entities if e.type == "Place" for m in e.mentions}
    options = {e.id: _options(e, text, starts) for e in entities if e.type == "Place"}
    if not options:
        return entities
    chosen = {key: cands[0] for key, cands in options.items() if len(cands) == 1}
    countries = {c.country_code for c in chosen.values()}
    for key, cand in list(chosen.items()):  # a small town abroad that the rest of the story is not in
        if cand.kind == "city" and cand.population < SMALL_CITY and countries - {cand.country_code} \
                and not any(c.country_code == cand.country_code for k, c in chosen.items() if k != key):
            del chosen[key]
    ambiguous = {key: cands for key, cands in options.items() if len(cands) > 1}
    by_id = {e.id: e for e in entities}
    for _ in range(2 if ambiguous else 0):  # a second pass lets places decided by the first speak for the rest
        context = _Context(entities, chosen, text)
        for key, cands in ambiguous.items():
            best = _decide(cands, context, key, by_id[key])
            if best is not None:
                chosen[key] = best
    by_code = {(c.kind, c.country_code if c.kind == "country" else c.region_code): key for key, c in chosen.items()}
    return [_filled(e, chosen[e.id], by_code) if e.id in chosen else e for e in entities]


class _Context:
    """What the document says about where it is: the countries and regions its decided
    places lie in (by how many entities), its dateline's country, its main country."""

    def __init__(self, entities: list[Entity], chosen: dict[str, Candidate], text: str) -> None:
        self.countries: Counter[str] = Counter()
        self.regions: Counter[str] = Counter()
        self.owners: dict[str, Candidate] = chosen
        mentions: Counter[str] = Counter()
        lead = len(text) - len(text.lstrip())
        self.dateline: str | None = None
        for entity in entities:
            cand = chosen.get(entity.id)
            if cand is None:
                continue
            self.countries[cand.country_code] += 1
            if cand.region_code:
                self.regions[cand.region_code] += 1
            if cand.kind == "country":
                mentions[cand.country_code] += len(entity.mentions)
            if entity.mentions and entity.mentions[0].start - lead < DATELINE_WITHIN:
                self.dateline = cand.country_code
        self.main = mentions.most_common(1)[0][0] if mentions else None

    def score(self, cand: Candidate, own: Candidate | None) -> float:
        """The candidate's score, not counting what the entity itself contributed."""
        in_region = self.regions[cand.region_code] if cand.region_code else 0
        in_country = self.countries[cand.country_code]
        if own is not None:
            in_region -= bool(cand.region_code) and own.region_code == cand.region_code
            in_country -= own.country_code == cand.country_code
        score = cand.prior()
        if in_region > 0:
            score += REGION_NAMED
        if in_country > 0:  # more for each other place there, up to two
            score += COUNTRY_NAMED + COUNTRY_MORE * min(in_country - 1, 2)
        if cand.country_code in (self.dateline, self.main):
            score += MAIN_COUNTRY
        return score


def _options(entity: Entity, text: str, starts: dict[int, str]) -> tuple[Candidate, ...]:
    """The places the entity may be, as its names and the words beside them allow; a place
    named right after it and a comma says where it is ("Vienna, Austria", "Columbia,
    Maryland"), as the name "Paris, Texas" does."""
    kind = _kind_said(entity, text)
    for mention in entity.mentions:
        after = starts.get(mention.end + 2) if text[mention.end : mention.end + 2] == ", " else None
        found = candidates((f"{entity.label}, {after}",), kind) if after else ()
        if found:
            return found
    found = candidates((entity.label, *entity.aliases), kind)
    return tuple(c for c in found if c.kind == "country") if kind == "country" else found


def _kind_said(entity: Entity, text: str) -> str | None:
    """The kind of place the words beside the name say it is: "the province of Herat" and
    "Herat province" a region, "the city of Quebec" and "Kerman city" a city, and "the Red
    Sea" a country or nothing we have, as English puts no article before the name of a
    city or region ("the Netherlands" is a country)."""
    for mention in entity.mentions:
        before, after = text[max(0, mention.start - 30) : mention.start], text[mention.end : mention.end + 12]
        if _REGION_BEFORE.search(before) or _REGION_AFTER.search(after):
            return "region"
        if _CITY_BEFORE.search(before) or _CITY_AFTER.search(after):
            return "city"
    if entity.mentions and all(_ARTICLE.search(text[max(0, m.start - 5) : m.start])
                               and not _MODIFIES.search(text[m.end : m.end + 3]) for m in entity.mentions):
        return "country"
    return None


def _decide(cands: tuple[Candidate, ...], context: _Context, key: str, entity: Entity) -> Candidate | None:
    """The candidate that leads the others by :data:`MARGIN`, or None."""
    liked = preferred((entity.label, *entity.aliases))
    own = context.owners.get(key)
    scored = sorted(((context.score(c, own) + (PREFERRED if c.key in liked else 0.0), c) for c in cands),
                    key=lambda pair: -pair[0])
    if scored[0][0] - scored[1][0] < MARGIN:
        return None
    return scored[0][1]


def _filled(entity: Entity, cand: Candidate, by_code: dict[tuple[str, str], str]) -> Entity:
    """The entity with the candidate's identifiers, and links to the document's entities
    for its country and region (when the document names them)."""
    country = by_code.get(("country", cand.country_code)) if cand.kind != "country" else None
    region = by_code.get(("region", cand.region_code)) if cand.kind == "city" else None
    return dataclasses.replace(
        entity,
        geonames_id=cand.geonames_id or None,
        country_code=cand.country_code or None,
        region_code=cand.region_code or None,
        lat=cand.lat or None,
        long=cand.long or None,
        country=country if country != entity.id else None,
        region=region if region != entity.id else None,
    )
