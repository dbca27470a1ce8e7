"""Names compared loosely: a gold "the NCRI" is the extraction's "NCRI".

Gold files are written by hand and extraction keeps names as the text spells them, so an
exact comparison would count spelling noise ("U.N." and "UN", "the Kremlin" and "Kremlin",
"Amnesty's") as errors of extraction.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"'s$")
_APOSTROPHES = str.maketrans("’‘ʼ", "'" * 3)


def normalise_name(name: str) -> str:
    """Casefold, drop dots, a leading "the" and a trailing "'s", collapse whitespace.

    Curly apostrophes count as straight ones: gold copied from a web page keeps the
    page's "People’s", while extraction may see a plain-text copy.

    >>> normalise_name("The  U.N.'s"), normalise_name("the NCRI"), normalise_name("Amnesty’s")
    ('un', 'ncri', 'amnesty')
    >>> normalise_name("People’s Republic of China") == normalise_name("People's Republic of China")
    True
    """
    text = unicodedata.normalize("NFKC", name).casefold().replace(".", "").translate(_APOSTROPHES)
    text = " ".join(text.split())
    text = _POSSESSIVE.sub("", _LEADING_THE.sub("", text))
    return text.strip()


def name_keys(names: Iterable[str]) -> frozenset[str]:
    """The normalised forms of a name and its aliases (empty names left out).

    >>> sorted(name_keys(["Ebrahim Raisi", "Raisi", "RAISI", ""]))
    ['ebrahim raisi', 'raisi']
    """
    return frozenset(key for key in map(normalise_name, names) if key)
