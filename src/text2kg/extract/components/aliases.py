"""Names written with their short forms: "Mujahedin-e Khalq (MEK/PMOI)", "MEK/PMOI".

Functions that find such groups and return the spans they make; ``text2kg_mentions`` gives
the spans of one group one shared ``kb_id`` so that ``text2kg_entities`` keeps them together.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from text2kg.extract.names import is_acronym, long_form_start

#: Lower-case words allowed inside a name ("Council *of* Resistance", "Mujahedin-*e* Khalq").
NAME_JOINERS = frozenset(
    "of for and in on to the e el al de du des la le da di von van der bin ibn - &".split()
)
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
    >>> doc = Doc(spacy.blank("en").vocab, words=["by", "the", "Mujahedin", "-", "e", "Khalq", "("],
    ...           spaces=[True, True, False, False, True, True, False])
    >>> name_before(doc, 6).text
    'Mujahedin-e Khalq'
    """
    start = end
    while start > 0:
        token = doc[start - 1]
        after_hyphen = start - 2 >= 0 and doc[start - 2].text == "-"
        if (token.text[:1].isupper() and not token.is_punct) or token.lower_ in NAME_JOINERS:
            start -= 1
        elif after_hyphen and token.is_alpha:  # "Co-operation"
            start -= 1
        else:
            break
    while start < end and not doc[start].text[:1].isupper():
        start += 1  # a name starts with a capital, not a joiner
    return doc[start:end] if start < end else None


def name_for_acronyms(doc: Doc, open_index: int, acronyms: list[Span], known: list[Span]) -> Span | None:
    """The name that a bracketed group of acronyms stands for, written just before it.

    The capitalised run before the bracket is cut where the first acronym's long form
    starts (:func:`~text2kg.extract.names.long_form_start`). When no acronym fits, an
    organisation the model found just before the bracket is taken as the name
    ("Mujahedin-e Khalq (PMOI)").
    """
    run = name_before(doc, open_index)
    if run is not None:
        for acronym in acronyms:
            start = long_form_start(acronym.text, run.text)
            if start is not None:
                name = run.char_span(start, len(run.text), alignment_mode="expand") if start else run
                if name is not None:
                    return doc[name.start : run.end]
    before = next((s for s in known if s.end == open_index), None)
    return before if before is not None and before.label_ == "ORG" else None
