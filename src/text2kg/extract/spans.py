"""Small helpers over spaCy spans shared by the components."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from text2kg.extract.names import LEADING_DETERMINERS

#: spaCy labels we keep for names, and the rule-made label for a name of unknown type.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NAME"})
_YEAR_RANGE = re.compile(r"(1[0-9]{3}|20[0-9]{2})\s*[-–—]\s*([0-9]{2}|1[0-9]{3}|20[0-9]{2})")
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def trim(span: Span, extra_leading: frozenset[str] = frozenset()) -> Span | None:
    """Strip leading determiners, possessive pronouns, quotes and ``extra_leading`` words,
    and a trailing possessive ``'s`` or punctuation; None when nothing is left.

    "The" stays where it belongs to the name ("The Hague").

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "European", "Union", "'s"])
    >>> trim(doc[0:4]).text
    'European Union'
    """
    start, end = span.start, span.end
    doc = span.doc
    while start < end and _strippable_start(doc, start, end, extra_leading):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "’s", "'", "’")
                           or (doc[end - 1].is_punct and doc[end - 1].text not in (".", ")"))):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label, kb_id=span.kb_id)


#: Names written with their article ("the United States", "The Hague"): it stays in the mention.
THE_NAMES = frozenset(
    {"hague", "gambia", "bahamas", "netherlands", "philippines", "united states",
     "united kingdom", "united arab emirates", "united states of america"}
)


def _strippable_start(doc: Doc, start: int, end: int, extra: frozenset[str]) -> bool:
    token = doc[start]
    lower = token.lower_
    if lower in LEADING_DETERMINERS:
        return not (lower == "the" and doc[start + 1 : end].text.lower() in THE_NAMES)
    if lower in _POSSESSIVE_PRONOUNS or lower in extra or lower.rstrip(".") in extra:
        return end - start > 1
    return token.is_punct or token.is_quote or token.is_space


def split_lines(span: Span) -> list[Span]:
    """Cut a span where it crosses a line break: a name does not run from a heading into text."""
    parts, start = [], span.start
    for token in span:
        if token.is_space and "\n" in token.text:
            if token.i > start:
                parts.append(Span(span.doc, start, token.i, label=span.label, kb_id=span.kb_id))
            start = token.i + 1
    if start < span.end:
        parts.append(Span(span.doc, start, span.end, label=span.label, kb_id=span.kb_id))
    return parts


def has_capital(span: Span) -> bool:
    """Whether some word of the span starts with a capital letter or a digit."""
    return any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span if not t.is_punct)


def is_year_range(text: str) -> bool:
    """Whether ``text`` is written as a range of years ("2018–2020", "1997-8").

    >>> is_year_range("2018–2020"), is_year_range("1,200")
    (True, False)
    """
    return _YEAR_RANGE.fullmatch(text.strip()) is not None


def doc_text(doc: Doc) -> str:
    """The document's text, built once per document (``Doc.text`` joins every token's text
    on each access, which several components need).

    >>> import spacy
    >>> doc = spacy.blank("en")("Raisi left.")
    >>> doc_text(doc) == doc.text
    True
    """
    cached = doc.user_data.get(_TEXT)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    text = doc.text
    remember_text(doc, text)
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Note that ``doc`` was made from ``text`` (``nlp.make_doc(text).text == text``)."""
    doc.user_data[_TEXT] = (len(doc), text)


def sentence_starts(doc: Doc) -> list[int]:
    """The index of each sentence's first token, read once per document from the array of
    sentence starts (iterating ``doc.sents`` makes a Python object per token, every time)."""
    cached = doc.user_data.get(_SENTENCES)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    if len(doc) == 0:
        starts: list[int] = []
    else:
        flags = doc.to_array("SENT_START")
        starts = [0] + [int(i) for i in (flags == 1).nonzero()[0] if i > 0]
    doc.user_data[_SENTENCES] = (len(doc), starts)
    return starts


def sentence_index(doc: Doc) -> list[int]:
    """The sentence number of every token."""
    starts = sentence_starts(doc)
    index = [0] * len(doc)
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(doc)
        index[start:end] = [number] * (end - start)
    return index


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Each sentence as (first token, end token)."""
    starts = sentence_starts(doc)
    return [(start, starts[i + 1] if i + 1 < len(starts) else len(doc)) for i, start in enumerate(starts)]


_SENTENCES = ("text2kg", "sentence-starts")
_TEXT = ("text2kg", "text")


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def trim_date(span: Span) -> Span | None:
    """A date span cut before a dash and the words after it ("14 March 2024 - Governments"),
    without leading "the"; None when what is left does not say when."""
    from text2kg.extract.dates import is_placeable_date

    end = span.end
    for token in span:
        if token.text in ("-", "–", "—") and token.i > span.start and token.i + 1 < span.end \
                and span.doc[token.i + 1].text[:1].isupper():
            end = token.i
            break
    start = span.start
    while start < end and (span.doc[start].lower_ in LEADING_DETERMINERS or span.doc[start].is_punct):
        start += 1
    if start >= end or not is_placeable_date(span.doc[start:end].text):
        return None
    return Span(span.doc, start, end, label=span.label)
