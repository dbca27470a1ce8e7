"""Names written with their short forms: "Mujahedin-e Khalq (MEK/PMOI)", "MEK/PMOI".

Functions that find such groups and return the spans they make; ``text2kg_mentions`` gives
the spans of one group one shared ``kb_id`` so that ``text2kg_entities`` keeps them together.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from text2kg.extract.names import acronym_of, is_acronym

#: Lower-case words allowed inside a name ("Council *of* Resistance", "Mujahedin-*e* Khalq").
NAME_JOINERS = frozenset({"of", "for", "and", "e", "el", "al", "de", "du", "des", "la", "le", "von", "van", "bin", "ibn", "-"})
_SEPARATORS = frozenset({"/", ",", ";", "or"})


def split_slashes(span: Span) -> list[Span]:
    """Split "MEK/PMOI" into its parts; a span without a slash comes back alone.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["MEK", "/", "PMOI"])
    >>> [s.text for s in split_slashes(doc[0:3])]
    ['MEK', 'PMOI']
    """
    parts, start = [], span.start
    for token in span:
        if token.text == "/":
            if token.i > start:
                parts.append(Span(span.doc, start, token.i, label=span.label))
            start = token.i + 1
    if start < span.end:
        parts.append(Span(span.doc, start, span.end, label=span.label))
    return parts


def parenthetical_acronyms(doc: Doc) -> list[tuple[int, int, list[Span]]]:
    """Find "( ACR [/ ACR ...] )" groups: ``(open index, close index, acronym spans)``."""
    groups = []
    i = 0
    while i < len(doc):
        if doc[i].text == "(":
            close = next((j for j in range(i + 1, min(i + 8, len(doc))) if doc[j].text == ")"), None)
            if close is not None and close > i + 1:
                inner = doc[i + 1 : close]
                words = [t for t in inner if t.text.lower() not in _SEPARATORS]
                if words and all(is_acronym(t.text) for t in words):
                    groups.append((i, close, [doc[t.i : t.i + 1] for t in words]))
                i = close
        i += 1
    return groups


def name_before(doc: Doc, end: int) -> Span | None:
    """The run of capitalised words (with joiners such as "of" or "-e") ending at token ``end``.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "Mujahedin", "-", "e", "Khalq", "("])
    >>> name_before(doc, 5).text
    'Mujahedin-e Khalq'
    """
    start = end
    while start > 0:
        token = doc[start - 1]
        if token.text[:1].isupper() and not token.is_punct:
            start -= 1
        elif token.lower_ in NAME_JOINERS and start - 1 > 0 and start < end:
            start -= 1
        else:
            break
    while start < end and not doc[start].text[:1].isupper():
        start += 1  # a name starts with a capital, not a joiner
    return doc[start:end] if start < end else None


def name_for_acronyms(doc: Doc, open_index: int, acronyms: list[Span], known: list[Span]) -> Span | None:
    """The name that a parenthesised group of acronyms abbreviates.

    ``known`` are the candidate mentions found so far; one ending just before the bracket
    is taken when an acronym fits it (or when nothing longer fits), else the capitalised
    run before the bracket when an acronym fits that.
    """
    before = next((s for s in known if s.end == open_index), None)
    run = name_before(doc, open_index)
    for candidate in (before, run):
        if candidate is not None and len(candidate) > 1 and any(acronym_of(a.text, candidate.text) for a in acronyms):
            return candidate
    return before
