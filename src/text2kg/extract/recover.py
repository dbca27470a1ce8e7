"""Names the model missed: later occurrences of a name or alias already found."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from text2kg.extract.names import is_acronym


def recover_mentions(
    doc: Doc,
    forms: Mapping[str, Iterable[Span]],
    taken: list[Span],
    titles: frozenset[str],
) -> list[Span]:
    """Find further occurrences of each entity's names.

    Args:
        doc: the document.
        forms: for each entity key, the spans naming it so far.
        taken: spans that a new mention must not overlap.
        titles: words that may stand before a name ("President").

    Returns:
        New spans, labelled ``NAME`` and with the entity key as ``kb_id``.
    """
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, spans in forms.items():
        names = {tuple(t.text for t in span) for span in spans}
        names |= {(_toggle_dots(n[0]),) for n in names if len(n) == 1 and is_acronym(n[0])}
        for words in names:
            by_first.setdefault(words[0], []).append((words, key))
    for candidates in by_first.values():
        candidates.sort(key=lambda c: -len(c[0]))  # the longest name first
    occupied = [False] * len(doc)
    for span in taken:
        for i in range(span.start, span.end):
            occupied[i] = True
    found: list[Span] = []
    texts = [t.text for t in doc]
    i = 0
    while i < len(texts):
        for words, key in by_first.get(texts[i], ()):
            end = i + len(words)
            if tuple(texts[i:end]) == words and not any(occupied[i:end]):
                span = Span(doc, i, end, label="NAME", kb_id=key)
                if _plausible(span, titles):
                    found.append(span)
                    for j in range(i, end):
                        occupied[j] = True
                    i = end - 1
                    break
        i += 1
    return found


def _toggle_dots(acronym: str) -> str:
    return acronym.replace(".", "") if "." in acronym else ".".join(acronym) + "."


def _plausible(span: Span, titles: frozenset[str]) -> bool:
    """Not a common word starting a sentence, and not part of a longer unknown name."""
    doc = span.doc
    first = span[0]
    if len(span) == 1 and first.is_sent_start and first.lower_ in STOP_WORDS:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    for neighbour in (before, after):
        if (
            neighbour is not None
            and neighbour.pos_ == "PROPN"
            and neighbour.text[:1].isupper()
            and neighbour.lower_.rstrip(".") not in titles
        ):
            return False
    return True
