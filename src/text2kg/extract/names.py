"""Name normalisation and matching: plain string functions the components share."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_DOTTED = re.compile(r"\b((?:[A-Za-z]\.){2,})")
_SPACE = re.compile(r"\s+")
_SPLIT = re.compile(r"[\s\-/]+")
# Words left out of an acronym ("National Council of Resistance of Iran" -> NCRI).
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "de", "del", "des", "du", "la", "le", "&"})
LEADING_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# "U.S" (a dotted abbreviation without its last dot) and "World War I." (a Roman numeral with
# the sentence's full stop, which the tokenizer keeps as if it were an initial's).
_OPEN_ABBREVIATION = re.compile(r"(?:^|(?<=\s))(?:[A-Za-z]\.)+[A-Za-z]$")
_NUMERAL_STOP = re.compile(r"(?<=\s)(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})\.$")


def display_name(text: str) -> str:
    """A name as written, with white space collapsed (labels and aliases keep their spelling).

    >>> display_name("Gholam-Hossein \t Ejei")
    'Gholam-Hossein Ejei'
    """
    return _SPACE.sub(" ", text).strip()


def label_form(text: str) -> str:
    """A name as a label: written as the text has it, with typographic quotes and dashes
    folded, a dotted abbreviation's last dot restored and a full stop after a closing Roman
    numeral left out.

    Spellings that differ only so would otherwise label one entity twice, in one document
    or in two: its IRI is made of the slug of its label, and the slug sees none of this.

    >>> label_form("U.S"), label_form("U.S."), label_form("World War I."), label_form("Lt. Smith")
    ('U.S.', 'U.S.', 'World War I', 'Lt. Smith')
    >>> label_form("Côte d’Ivoire")
    "Côte d'Ivoire"
    """
    text = unicodedata.normalize("NFKC", clean_name(text))
    if _OPEN_ABBREVIATION.search(text):
        return text + "."
    return text[:-1] if _NUMERAL_STOP.search(text) else text


def clean_name(text: str) -> str:
    """A name as written, with typographic variants folded and white space collapsed.

    >>> clean_name("Iran’s  \\u2011 regime")
    "Iran's - regime"
    """
    text = _DASHES.sub("-", text.translate(_APOSTROPHES))
    return _SPACE.sub(" ", text).strip()


def name_key(text: str) -> str:
    """The key under which two spellings of one name meet.

    Case, dots in abbreviations, typographic quotes and dashes, a leading "the" and a
    trailing possessive do not count.

    >>> name_key("the U.N.") == name_key("UN")
    True
    >>> name_key("Iran's")
    'iran'
    """
    text = clean_name(text)
    text = _DOTTED.sub(lambda m: m.group(1).replace(".", ""), text)
    text = re.sub(r"'s?$", "", text)
    words = text.casefold().split(" ")
    while len(words) > 1 and words[0] in LEADING_DETERMINERS:
        words = words[1:]
    return unicodedata.normalize("NFKC", " ".join(words))


def is_acronym(text: str) -> bool:
    """Whether ``text`` is written as an acronym: "MEK", "U.N.", "NCRI", "G7".

    >>> [is_acronym(t) for t in ("MEK", "U.N.", "Iran", "I", "NATO's")]
    [True, True, False, False, False]
    """
    bare = text.replace(".", "")
    return (
        2 <= len(bare) <= 8
        and bare.isalnum()
        and bare.upper() == bare
        and bare[0].isalpha()
    )


def acronym_of(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is made of the initials of ``name``'s words.

    Hyphenated parts count as words, and function words may be left out, as may a dotted
    abbreviation opening the name ("U.S. Food and Drug Administration" is the FDA), and the
    words after its last "and" ("Centers for Disease Control and Prevention" is the CDC).

    >>> acronym_of("MEK", "Mujahedin-e Khalq"), acronym_of("NCRI", "National Council of Resistance of Iran")
    (True, True)
    >>> acronym_of("FDA", "U.S. Food and Drug Administration")
    True
    >>> acronym_of("CDC", "Centers for Disease Control and Prevention")
    True
    >>> acronym_of("EU", "European Union"), acronym_of("UN", "Amnesty International")
    (True, False)
    """
    letters = acronym.replace(".", "").upper()
    words = [w for w in _SPLIT.split(clean_name(name)) if w]
    if len(words) < 2 or not letters.isalpha():
        return False
    if _initials_fit(letters, words):
        return True
    if len(words) > 2 and _DOTTED.fullmatch(words[0]) is not None and _initials_fit(letters, words[1:]):
        return True
    last_and = max((i for i, w in enumerate(words) if w.casefold() == "and"), default=0)
    return last_and >= 2 and len(letters) >= 3 and _initials_fit(letters, words[:last_and])


def _initials_fit(letters: str, words: list[str]) -> bool:
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.casefold() not in _ACRONYM_SKIP).upper()
    capitals = "".join(w[0] for w in words if w[0].isupper())
    return letters in (every, content, capitals)


def long_form_start(acronym: str, text: str) -> int | None:
    """Where the long form of ``acronym`` starts in ``text``, the words written before it.

    Schwartz and Hearst's rule (2003): match the acronym's letters right to left, in order,
    inside ``text``; the first letter must start a word. The shortest such ending of
    ``text`` is the long form. None when the letters do not fit.

    >>> text = "convened by the Organization for Security and Co-operation in Europe"
    >>> text[long_form_start("OSCE", text):]
    'Organization for Security and Co-operation in Europe'
    >>> long_form_start("IFRC", "Red Cross") is None
    True
    """
    letters = [c.lower() for c in acronym if c.isalnum()]
    if len(letters) < 2:
        return None
    s, i = len(letters) - 1, len(text) - 1
    while s >= 0:
        c = letters[s]
        while i >= 0 and (text[i].lower() != c or (s == 0 and i > 0 and text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = i + 1
    words = len(text[start:].split())
    if words < 2 or words > min(len(letters) + 5, 2 * len(letters) + 2):
        return None
    return start
