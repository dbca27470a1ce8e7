"""``text2kg_events``: event noun phrases ("the 1988 massacre", "a virtual conference").

A noun phrase whose head is an event noun (``data/event_heads.txt``) is an event when a
modifier makes it specific: a year or date, a name, an adjective, a possessive
("last year's election"). Without one, a definite singular phrase ("the massacre") is a
reference, labelled ``EVENT_REF``, which ``text2kg_entities`` joins to the one event of that
head noun in the document, or drops; "a massacre" and "massacres" are not events.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from text2kg.extract.components.boilerplate import in_ranges
from text2kg.extract.extensions import MENTIONS, register_extensions
from text2kg.extract.lexicon import words
from text2kg.extract.spans import NAME_LABELS, overlaps

_DEFINITE = frozenset({"the", "this", "that"})
#: Dependency labels of the modifiers kept in an event phrase.
MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "npadvmod"})


class Events:
    """Adds ``EVENT`` and ``EVENT_REF`` spans to ``doc.spans["text2kg_mentions"]``."""

    def __init__(self, heads: frozenset[str], vague: frozenset[str]) -> None:
        register_extensions()
        self.heads = heads
        self.vague = vague

    def __call__(self, doc: Doc) -> Doc:
        found = list(doc.spans[MENTIONS]) if MENTIONS in doc.spans else []
        boilerplate = doc._.text2kg_boilerplate
        events = [s for s in found if s.label_ == "EVENT"]
        names = [s for s in found if s.label_ in NAME_LABELS]
        for span in find_events(doc, self.heads, self.vague):
            if in_ranges(span.start_char, span.end_char, boilerplate):
                continue
            head = span[-1:]
            if any(overlaps(span, e) for e in events) or any(overlaps(head, n) for n in names):
                continue
            found.append(span)
        doc.spans[MENTIONS] = sorted(found, key=lambda s: (s.start, s.end))
        return doc


@Language.factory(
    "text2kg_events",
    requires=["doc.spans", "doc.ents", "token.dep", "token.lemma", "token.tag", "token.ent_type",
              "doc._.text2kg_boilerplate"],
    # also token.pos, which the English pipelines set without declaring it (attribute_ruler)
    assigns=["doc.spans"],
)
def make_events(nlp: Language, name: str) -> Events:
    return Events(words("event_heads"), words("vague_modifiers"))


def find_events(doc: Doc, heads: frozenset[str], vague: frozenset[str]) -> list[Span]:
    """Event phrases of ``doc`` by their head nouns: ``EVENT`` when specific, else ``EVENT_REF``.

    Leading vague words are left out of the span ("any international probe" ->
    "international probe"); judgements alone do not make an event specific.
    """
    spans = []
    ent_before = {e.end: e for e in doc.ents if e.label_ in ("DATE", "EVENT", "GPE", "NORP", "ORG")}
    for token in doc:
        if token.dep_ == "compound" or token.pos_ != "NOUN" or token.ent_type_ == "DATE":
            continue
        if _lemma(token) not in heads:
            continue
        modifiers = [c for c in token.lefts if c.dep_ in MODIFIERS]
        start = min((c.left_edge.i for c in modifiers), default=token.i)
        if token.i in ent_before:  # "the September 2023 | floods", whatever the parse says
            start = min(start, ent_before[token.i].start)
        definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in modifiers)
        while start < token.i and (doc[start].lower_ in vague or doc[start].is_punct):
            start += 1
        if any(t.lower_ not in vague and not t.is_punct for t in doc[start : token.i]):
            spans.append(Span(doc, start, token.i + 1, label="EVENT"))
        elif definite and token.tag_ != "NNS":  # "the massacre", not "a massacre" or "massacres"
            spans.append(Span(doc, token.i, token.i + 1, label="EVENT_REF"))
    return spans


def _lemma(token: Token) -> str:
    lemma = (token.lemma_ or token.lower_).lower()
    return lemma if lemma else token.lower_
