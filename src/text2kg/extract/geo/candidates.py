"""The places a name may mean, from ``data/geonames.tsv.gz`` (GeoNames and ISO 3166, offline).

The table is read once, on first use; ``scripts/build_geonames.py`` makes it.
"""

from __future__ import annotations

import gzip

import math
import re
from functools import lru_cache
from importlib.resources import files
from typing import NamedTuple

from text2kg.extract.lexicon import known_places


#: Priors of a country and a region: close, so "Georgia" alone stays undecided, and above a
#: city of a million people (6.0), as a country's name means the country.
PRIORS = {"country": 7.0, "region": 6.5}
#: Weight of how widely a city is known (the logarithm of its number of names in GeoNames)
#: beside the logarithm of its population.
FAME = 0.5


class Candidate(NamedTuple):
    """One place a name may mean."""

    geonames_id: str  # "" for a first-level region the data gives only an ISO code for
    kind: str  # country, region or city
    country_code: str
    region_code: str  # ISO 3166-2: a region's own, or a US city's state
    lat: str
    long: str
    population: int
    alternate: bool  # found by an alternate name ("Bombay"), not the place's own
    names: int = 0  # how many names GeoNames knows a city by: how widely it is known

    @property
    def key(self) -> str:
        return self.geonames_id or self.region_code

    def prior(self) -> float:
        """How likely a bare mention of the name means this place, before the document speaks:
        countries and first-level regions about alike (so "Georgia" alone stays undecided),
        cities by the logarithms of their population and of how many names the world has for
        them ("Paris" alone is the French one, "Geneva" the Swiss one)."""
        if self.kind == "city":
            base = math.log10(max(self.population, 10_000)) + FAME * math.log10(1 + self.names)
        else:
            base = PRIORS[self.kind]
        return base - (2.0 if self.alternate else 0.0)


#: The start of a line and its name (the first column).
_LINE = re.compile(rb"^([^\t\n#][^\t\n]*)\t", re.M)


@lru_cache(maxsize=None)
def _data() -> tuple[bytes, dict[bytes, int]]:
    """The table's bytes, and where the lines of each name start (the file is sorted by
    name): an index, so that only the names a document uses are parsed (parsing all 74,000
    lines cost a build of 200 articles 3% more time)."""
    data = gzip.decompress(files("text2kg.extract").joinpath("data", "geonames.tsv.gz").read_bytes())
    starts: dict[bytes, int] = {}
    for match in _LINE.finditer(data):
        starts.setdefault(match.group(1), match.start())
    return data, starts


@lru_cache(maxsize=None)
def named(name: str) -> tuple[Candidate, ...]:
    """Every place called ``name`` (by its own name or an alternate), one each."""
    data, starts = _data()
    key = name.encode("utf-8")
    at, found = starts.get(key), []
    while at is not None and data.startswith(key + b"\t", at):
        end = data.find(b"\n", at)
        end = len(data) if end < 0 else end
        found.append(_candidate(data[at:end].decode("utf-8")))
        at = end + 1
    return _own_first(found)


@lru_cache(maxsize=None)
def table() -> dict[str, tuple[Candidate, ...]]:
    """Name -> every place of that name: the whole table, for tools (``eval/places``)."""
    _, starts = _data()
    return {name.decode("utf-8"): named(name.decode("utf-8")) for name in starts}


def _candidate(line: str) -> Candidate:
    _, gid, kind, cc, region, lat, lng, pop, how, names = line.split("\t")
    return Candidate(gid, kind, cc, region, lat, lng, int(pop), how == "alt", int(names))


@lru_cache(maxsize=None)
def preferences() -> dict[str, str]:
    """Names whose usual sense the priors miss ("Washington": the capital, not the state;
    "Quebec": the province, not its capital), from ``data/place_preferences.tsv``:
    name -> the place's key (GeoNames id, or ISO 3166-2 code of a region without one)."""
    text = files("text2kg.extract").joinpath("data", "place_preferences.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {name: key for name, key, *_ in rows}


def _own_first(cands: list[Candidate]) -> tuple[Candidate, ...]:
    """One candidate per place, by its own name where it has one."""
    best: dict[str, Candidate] = {}
    for cand in sorted(cands, key=lambda c: c.alternate):
        best.setdefault(cand.key, cand)
    return tuple(best.values())


def spellings(name: str) -> tuple[str, ...]:
    """The name, and in title case when it is written in capitals ("WASHINGTON", a dateline).

    >>> spellings("NEW YORK"), spellings("IRAQ"), spellings("Paris"), spellings("UAE")
    (('NEW YORK', 'New York'), ('IRAQ', 'Iraq'), ('Paris',), ('UAE',))
    """
    if name.isupper() and len(name.replace(".", "")) > 3:
        return (name, name.title())
    return (name,)


def preferred(names: tuple[str, ...]) -> set[str]:
    """The keys of the places ``names`` usually mean (see :func:`preferences`)."""
    table = preferences()
    return {table[s] for n in names for s in spellings(n) if s in table}


@lru_cache(maxsize=65536)
def candidates(names: tuple[str, ...], kind: str | None = None) -> tuple[Candidate, ...]:
    """Every place any of ``names`` may mean, once each, with the same-name rules applied
    (:func:`_same_name`). A name qualified after a comma ("Paris, Texas", "Vienna,
    Austria", "Washington, D.C.") means a place of that name in the qualifying region or
    country, when there is one. ``kind``: the kind of place the text says it is, when the
    names have a place of that kind."""
    found: dict[str, Candidate] = {}
    for name in names:
        for cand in _qualified(name) or _named(name):
            found.setdefault(cand.key, cand)
    if kind is not None and any(c.kind == kind for c in found.values()):
        found = {key: c for key, c in found.items() if c.kind == kind}
    if len(found) < 2:
        return tuple(found.values())
    return _same_name(tuple(found.values()), preferred(names))


def _named(name: str) -> tuple[Candidate, ...]:
    """The places of this name (or, for another name of a country, of the country)."""
    short = known_places()
    found: list[Candidate] = []
    for form in spellings(name):
        entry = short.get(form)
        canonical = entry[1] if entry and entry[0] == "country" and entry[1] else None
        found += [*named(form), *(named(canonical) if canonical else ())]
    return tuple(found)


def _qualified(name: str) -> tuple[Candidate, ...]:
    """The places called like the part before the comma that lie in what follows it."""
    head, comma, qualifier = name.partition(", ")
    if not comma:
        return ()
    outer = [c for c in _named(qualifier) if c.kind != "city"]
    return tuple(c for c in _named(head) if c.kind != "country" and c.key not in {o.key for o in outer}
                 and any(_lies_in(c, o) if o.kind == "region" else c.country_code == o.country_code for o in outer))


#: A city this large is what its name means, rather than the region of that name around it.
BIG_CITY = 100_000


def _same_name(cands: tuple[Candidate, ...], liked: set[str]) -> tuple[Candidate, ...]:
    """Candidates of one name that are forms of one place's name, kept to one:

    - a place known by the name only as an alternate gives way to a country whose own name
      it is ("Albania" is not Albany), and to a place of the same kind and country whose own
      name it is ("New Delhi" is not Delhi);
    - a city gives way to the country of its name it lies in ("Singapore", "Kuwait");
    - a city and the region of its name in the same country: the city if it has 100,000
      people and the name is as much its own as the region's ("Berlin", "Managua"), else the region
      ("Oklahoma" is not Oklahoma City).

    A preferred candidate (``data/place_preferences.tsv``) always stays, and a city it
    prefers keeps its region away, and the other way round.
    """
    own = {(c.kind, c.country_code) for c in cands if not c.alternate}
    a_country = any(kind == "country" for kind, _ in own)
    cands = tuple(c for c in cands
                  if c.key in liked or not (c.alternate and (a_country or (c.kind, c.country_code) in own)))
    countries = {c.country_code for c in cands if c.kind == "country"}
    dropped = {c.key for c in cands if c.kind == "city" and c.country_code in countries}
    for city in (c for c in cands if c.kind == "city"):
        for region in (c for c in cands if c.kind == "region" and _lies_in(city, c)):
            city_lesser = city.population < BIG_CITY or city.alternate > region.alternate
            if region.key in liked or (city.key not in liked and city_lesser):
                dropped.add(city.key)
            else:
                dropped.add(region.key)
    return tuple(c for c in cands if c.key in liked or c.key not in dropped)


def _lies_in(city: Candidate, region: Candidate) -> bool:
    """Whether the city may lie in the region (the data gives only US cities' regions)."""
    return city.country_code == region.country_code and city.region_code in ("", region.region_code)
