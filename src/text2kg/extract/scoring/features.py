"""What a candidate fact already tells about itself, as named features for the scorer.

A rule's name says how it found the fact; the rest says what else the document shows: the
types of the two entities, whether the gazetteer agrees that a place lies where the fact puts
it, how close the two are named (same sentence, tokens and dependency arcs apart, the words
between them), and how often the document names each and names them together. The features
are plain ``name -> value`` dicts, so :mod:`text2kg.extract.scoring.model` can turn a
document's candidates into one matrix and score them with one product.

>>> context = FactContext(types={"a": "Place", "b": "Place"}, places={"a": ("city", "Egypt", ""),
...     "b": ("country", "Egypt", "")}, labels={"b": "Egypt"}, mentions={"a": [(0, 0, 0)], "b": [(4, 0, 4)]})
>>> f = fact_features({"subject": "a", "predicate": "country", "object": "b", "sentence": 0,
...     "rule": "gazetteer"}, context)
>>> f["gazetteer=agrees"], f["gazetteer=agrees|gazetteer"], f["distance=country|3-5"], f["rank=1/1"]
(1.0, 1.0, 1.0, 1.0)
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

#: A mention as the features see it: (first token, sentence index, root token).
MentionAt = tuple[int, int, int]


@dataclass
class FactContext:
    """What the features read about a document's entities, without the ``Doc`` itself.

    Args:
        types: entity key -> our type (``Person``, ``Place``, ...).
        places: entity key -> its gazetteer entry (kind, country, US state), when it has one.
        labels: entity key -> its label.
        mentions: entity key -> its mentions, in document order.
        words: token index -> lower-cased word (for the words between two mentions).
        path: the number of dependency arcs between two tokens of one sentence.
    """

    types: dict[str, str]
    places: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    mentions: dict[str, list[MentionAt]] = field(default_factory=dict)
    words: Callable[[int, int], list[str]] = lambda start, end: []
    path: Callable[[int, int], int | None] = lambda a, b: None
    first: str | None = None
    ranks: dict[str, str] | None = None  # filled on first use: each country's place among them


def fact_features(fact: dict, context: FactContext, together: int = 1) -> dict[str, float]:
    """The features of one candidate ``fact`` (a relation dict) in its document.

    Args:
        together: how many candidates of the document join the same two entities.
    """
    s, o, rule, pred = fact["subject"], fact["object"], fact["rule"], fact["predicate"]
    family = _family(rule)
    stype, otype = context.types.get(s, "?"), context.types.get(o, "?")
    sm, om = context.mentions.get(s, []), context.mentions.get(o, [])
    plain = {
        "types": f"{pred}|{stype}|{otype}",
        "kinds": f"{pred}|{_kind(context, s)}|{_kind(context, o)}",
        "gazetteer": _agreement(fact, context),
        "sentence": _bucket(fact["sentence"]),
        "rank": _rank(context, o),
        "topic": str(context.first == s),
    }
    f = {"bias": 1.0, f"rule={family}": 1.0, f"rule={rule}|{pred}": 1.0, f"pred={pred}": 1.0,
         "subject-mentions": math.log1p(len(sm)), "object-mentions": math.log1p(len(om)),
         "together": math.log1p(together - 1)}
    pairs = [(a, b) for a in sm for b in om if a[1] == b[1]]
    f["shared-sentences"] = math.log1p(len({a[1] for a, _ in pairs}))
    f[f"shared-sentences|{family}|{pred}"] = f["shared-sentences"]
    f[f"object-mentions|{family}|{pred}"] = f["object-mentions"]
    if pairs:
        a, b = min(pairs, key=lambda p: abs(p[0][0] - p[1][0]))
        arcs = context.path(a[2], b[2])
        plain["distance"] = f"{pred}|{_bucket(abs(a[0] - b[0]))}"
        plain["arcs"] = _bucket(arcs) if arcs is not None else "none"
        plain["order"] = f"{pred}|{'forward' if a[0] < b[0] else 'backward'}"
        gap = context.words(min(a[0], b[0]), max(a[0], b[0]))
        if len(gap) <= 6:
            for word in gap:
                f[f"between={pred}|{word}"] = 1.0
    elif sm and om:
        plain["apart"] = _bucket(min(abs(a[1] - b[1]) for a in sm for b in om))
    for name, value in plain.items():
        f[f"{name}={value}"] = 1.0
        f[f"{name}={value}|{family}"] = 1.0
    return f


def document_features(facts: list[dict], context: FactContext) -> list[dict[str, float]]:
    """The features of each of a document's candidate facts, in order."""
    pairs: dict[frozenset, int] = {}
    for r in facts:
        key = frozenset((r["subject"], r["object"]))
        pairs[key] = pairs.get(key, 0) + 1
    return [fact_features(r, context, pairs[frozenset((r["subject"], r["object"]))]) for r in facts]


def _family(rule: str) -> str:
    return "inverse" if rule.startswith("inverse-of-") else rule


def _rank(context: FactContext, key: str) -> str:
    """How the object stands among the document's countries: ``1/1`` is the only one,
    ``1/3`` the most named of three; ``-`` when it is no country."""
    if context.ranks is None:
        named = sorted((-len(context.mentions[k]), context.mentions[k][0][0], k)
                       for k, e in context.places.items() if e[0] == "country" and context.mentions.get(k))
        total = min(len(named), 3)
        context.ranks = {k: f"{min(place, 3)}/{total}" for place, (*_, k) in enumerate(named, start=1)}
    entry = context.places.get(key)
    if entry is None or entry[0] != "country":
        return "-"
    return context.ranks.get(key, f"0/{min(len(context.ranks), 3)}")


def _kind(context: FactContext, key: str) -> str:
    entry = context.places.get(key)
    return entry[0] if entry else context.types.get(key, "?")


def _agreement(fact: dict, context: FactContext) -> str:
    """Does the gazetteer put the subject where the fact puts it? ``agrees``, ``disagrees``
    or ``unknown`` (either place unknown to it, or no place fact)."""
    if fact["predicate"] not in ("country", "locatedIn", "containsPlace"):
        return "unknown"
    inner, outer = fact["subject"], fact["object"]
    if fact["predicate"] == "containsPlace":
        inner, outer = outer, inner
    here, there = context.places.get(inner), context.places.get(outer)
    if here is None or there is None:
        return "unknown"
    if there[0] == "country":
        return "agrees" if here[1] == there[1] else "disagrees"
    if there[0] == "region" and here[2]:
        return "agrees" if here[2] == context.labels.get(outer) else "disagrees"
    return "agrees" if here[1] == there[1] and here[0] != "country" else "disagrees"


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n < 6 else "6-10" if n < 11 else "11+"
