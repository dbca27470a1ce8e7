"""Names that hold the name of who owns them: "Denmark's Ministry of Foreign Affairs",
"FDA's Office of Medical Products", "the Government of Syria".

A country or an acronym written with "'s" before an organisation's name is a mention of
its own, and the organisation's name starts after it. The government of a country is the
country acting (as ACE marks it): "the Government of Syria", "the Afghan Government" are
mentions of the country.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Span

from text2kg.extract.lexicon import demonyms
from text2kg.extract.names import is_acronym
from text2kg.extract.titles import TitleWords

#: ``kb_id`` prefix of a mention that stands for a place's name: "demonym:Germany" on
#: "German", "demonym:Syria" on "the Government of Syria".
DEMONYM = "demonym:"
#: Words that, with a country, name its government.
GOVERNMENT_WORDS = frozenset({"government"})
_POSSESSIVES = frozenset({"'s", "’s"})


def split_owner(span: Span, words: TitleWords) -> list[Span]:
    """"Denmark's Ministry of Foreign Affairs" -> "Denmark", "Ministry of Foreign Affairs".

    Only where the owner is a known place or an acronym and what follows holds an
    organisation word: "McDonald's Restaurants Ltd" stays whole.
    """
    for token in span:
        if token.text not in _POSSESSIVES or token.i == span.start or token.i + 2 > span.end:
            continue
        owner = span.doc[span.start : token.i]
        owned = span.doc[token.i + 1 : span.end]
        if not (owner.text in words.places or is_acronym(owner.text)):
            return [span]
        if len(owned) < 2 or not any(t.lower_ in words.org_words for t in owned):
            return [span]
        return [
            Span(span.doc, owner.start, owner.end, label="NAME"),
            Span(span.doc, owned.start, owned.end, label="ORG", kb_id=span.kb_id),
        ]
    return [span]


def government_as_place(span: Span, gazetteer: Container[str]) -> Span:
    """"Government of Syria", "Syrian Government": a mention of the country."""
    words = [t.lower_ for t in span]
    if len(words) < 2 or not GOVERNMENT_WORDS & {words[0], words[-1]}:
        return span
    if words[0] in GOVERNMENT_WORDS and words[1] == "of":
        country = span[2:]
    elif words[-1] in GOVERNMENT_WORDS:
        country = span[:-1]
    else:
        return span
    place = country.text if country.text in gazetteer else demonyms().get(country.text)
    if not place:
        return span
    return Span(span.doc, span.start, span.end, label="GPE", kb_id=f"{DEMONYM}{place}")


