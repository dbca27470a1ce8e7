"""A :class:`~text2kg.extract.scoring.features.FactContext` read off a parsed ``Doc``."""

from __future__ import annotations

from spacy.tokens import Doc

from text2kg.extract.relations.index import MentionIndex
from text2kg.extract.scoring.features import FactContext


def context_of(doc: Doc, index: MentionIndex, gazetteer: dict[str, tuple[str, str, str]]) -> FactContext:
    """The entities' types, gazetteer entries and mentions, and the parse between them."""
    table = index.table
    places = {}
    for key, info in table.items():
        if info["type"] == "Place":
            entry = next((gazetteer[n] for n in (info["label"], *info["aliases"]) if n in gazetteer), None)
            if entry is not None:
                places[key] = entry
    mentions: dict[str, list[tuple[int, int, int]]] = {}
    for span in index.spans:
        mentions.setdefault(span.kb_id_, []).append((span.start, index.sentence(span.root), span.root.i))
    first = min(mentions, key=lambda k: mentions[k][0][0]) if mentions else None
    return FactContext(
        types={key: info["type"] for key, info in table.items()},
        places=places,
        labels={key: info["label"] for key, info in table.items()},
        mentions=mentions,
        words=lambda start, end: [t.lower_ for t in doc[start:end] if not t.is_punct or t.text == ","][1:],
        path=lambda a, b: arcs_between(doc, a, b),
        first=first,
    )


def arcs_between(doc: Doc, a: int, b: int) -> int | None:
    """Dependency arcs from token ``a`` to token ``b`` (``None``: no common head).

    >>> from spacy.vocab import Vocab
    >>> d = Doc(Vocab(), words=["Ada", "lives", "in", "Oslo"], heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"])
    >>> arcs_between(d, 0, 3)
    3
    """
    up = {}
    token, steps = doc[a], 0
    while True:
        up[token.i] = steps
        if token.head.i == token.i:
            break
        token, steps = token.head, steps + 1
    token, steps = doc[b], 0
    while token.i not in up:
        if token.head.i == token.i:
            return None
        token, steps = token.head, steps + 1
    return steps + up[token.i]
