"""Names the model missed: later occurrences of a name or alias already found."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from text2kg.extract.names import is_acronym
from text2kg.extract.spans import overlaps


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
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    keys = {}
    for key, spans in forms.items():
        patterns = {}
        for span in spans:
            words = tuple(t.text for t in span)
            patterns[words] = None
            if len(words) == 1 and is_acronym(words[0]):
                patterns[(_toggle_dots(words[0]),)] = None
        match_id = doc.vocab.strings.add(f"text2kg:{key}")
        keys[match_id] = key
        matcher.add(
            f"text2kg:{key}",
            [Doc(doc.vocab, words=list(w), spaces=[True] * (len(w) - 1) + [False]) for w in patterns],
        )
    found: list[Span] = []
    for match_id, start, end in matcher(doc):
        span = Span(doc, start, end, label="NAME", kb_id=keys[match_id])
        if any(overlaps(span, s) for s in taken) or any(overlaps(span, s) for s in found):
            continue
        if _plausible(span, titles):
            found.append(span)
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
