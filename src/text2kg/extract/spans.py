"""Small helpers over spaCy spans shared by the components."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from text2kg.extract.names import LEADING_DETERMINERS

#: spaCy labels we keep for names, and the rule-made label for a name of unknown type.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NAME"})
_YEAR_RANGE = re.compile(r"(1[0-9]{3}|20[0-9]{2})\s*[-–—]\s*([0-9]{2}|1[0-9]{3}|20[0-9]{2})")
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def trim(span: Span, extra_leading: frozenset[str] = frozenset()) -> Span | None:
    """Strip leading determiners, possessive pronouns, quotes and ``extra_leading`` words,
    and a trailing possessive ``'s`` or punctuation; None when nothing is left.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "European", "Union", "'s"])
    >>> trim(doc[0:4]).text
    'European Union'
    """
    start, end = span.start, span.end
    doc = span.doc
    while start < end and _strippable_start(doc[start], extra_leading):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "’s", "'", "’")
                           or (doc[end - 1].is_punct and doc[end - 1].text not in (".", ")"))):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label, kb_id=span.kb_id)


def _strippable_start(token: Token, extra: frozenset[str]) -> bool:
    lower = token.lower_
    if lower in LEADING_DETERMINERS and token.text[0].islower():
        return True
    if lower in _POSSESSIVE_PRONOUNS or lower in extra:
        return True
    return token.is_punct or token.is_quote


def has_capital(span: Span) -> bool:
    """Whether some word of the span starts with a capital letter or a digit."""
    return any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span if not t.is_punct)


def is_year_range(text: str) -> bool:
    """Whether ``text`` is written as a range of years ("2018–2020", "1997-8").

    >>> is_year_range("2018–2020"), is_year_range("1,200")
    (True, False)
    """
    return _YEAR_RANGE.fullmatch(text.strip()) is not None


def sentence_index(doc: Doc) -> list[int]:
    """The sentence number of every token."""
    index = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = number
    return index


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end
