"""Word lists and patterns kept as data files, loaded once on first use."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files


def _lines(name: str) -> list[str]:
    text = files("text2kg.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The lower-case entries of ``data/NAME.txt``."""
    return frozenset(line.lower() for line in _lines(f"{name}.txt"))


@lru_cache(maxsize=None)
def patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """The case-insensitive regular expressions of ``data/NAME.txt``."""
    return tuple(re.compile(line, re.IGNORECASE) for line in _lines(f"{name}.txt"))


@lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    """Adjectives of nationality ("German", "Americans") and the place each names."""
    table = {}
    for line in _lines("demonyms.tsv"):
        adjective, place = line.split("\t")
        table[adjective] = place
        if adjective.endswith(("an", "i")):  # "Americans", "Israelis"
            table[adjective + "s"] = place
    return table


@lru_cache(maxsize=None)
def known_places() -> dict[str, tuple[str, str, str]]:
    """The gazetteer with the short forms and regions of ``data/place_names.tsv``
    ("U.S.", "DPRK", "West Bank"): name -> (kind, country or "", "")."""
    table = dict(places())
    for line in _lines("place_names.tsv"):
        name, kind, country = (line.split("\t") + ["", ""])[:3]
        table.setdefault(name, (kind, country, ""))
    return table


@lru_cache(maxsize=None)
def places() -> dict[str, tuple[str, str, str]]:
    """The gazetteer (``data/places.tsv``): name -> (kind, country, US state or "")."""
    table = {}
    for line in _lines("places.tsv"):
        name, kind, country, region = (line.split("\t") + ["", "", ""])[:4]
        table[name] = (kind, country, region)
    return table
