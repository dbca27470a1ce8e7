"""Entities, posts and quotations found in news stories, against a reader's gold.

Each kind is matched one to one within a document (:mod:`text2kg.evaluate.matching`), so
one extracted item stands for at most one gold item; names are compared through the
extraction's entities, label and aliases, loosely (:mod:`text2kg.evaluate.names`); roles by
the rules of :mod:`text2kg.evaluate.roles`. Posts are facts, not sentences: a post the text
states twice, in gold or extraction, counts once. Every miss and false positive is kept,
with its document, so a developer can read what went wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from spacy.language import Language

from text2kg.evaluate.matching import match_one_to_one
from text2kg.evaluate.names import name_keys
from text2kg.evaluate.news import NEWS_TYPES, GoldEntity, GoldPost, GoldQuote, NewsDocument, begins_with
from text2kg.evaluate.roles import role_key
from text2kg.evaluate.scores import Scores
from text2kg.records import Extraction, Position, Quotation

G = TypeVar("G")
P = TypeVar("P")
T = TypeVar("T")

#: What each measure is called in reports, in the order they are printed.
MEASURES = {
    "Person": "entities: Person",
    "Organization": "entities: Organization",
    "Place": "entities: Place",
    "entities": "entities: all three",
    "posts_with_organization": "posts with organisation",
    "posts_stated_organization": "  of which organisation stated",
    "posts_role_only": "posts, person + role",
    "quotations_found": "quotations found",
    "quotations_attributed": "quotations attributed",
}


@dataclass
class Tally:
    """Counts of one measure, with the misses and false positives behind them."""

    scores: Scores = field(default_factory=Scores)
    misses: list[dict[str, str]] = field(default_factory=list)
    false_positives: list[dict[str, str]] = field(default_factory=list)

    def __iadd__(self, other: Tally) -> Tally:
        self.scores += other.scores
        self.misses += other.misses
        self.false_positives += other.false_positives
        return self

    def to_dict(self) -> dict[str, Any]:
        return {**self.scores.to_dict(), "misses": self.misses, "false_positives": self.false_positives}


def _tallies() -> dict[str, Tally]:
    return {name: Tally() for name in MEASURES}


@dataclass
class FactReport:
    """Tallies per split (``"all"`` for the whole file), each a :class:`Tally` per measure."""

    #: What each measure is called, in the order to print them (the report carries it, so
    #: that whoever prints one needs nothing else).
    measures: ClassVar[dict[str, str]] = MEASURES
    splits: dict[str, dict[str, Tally]] = field(default_factory=dict)
    documents: dict[str, int] = field(default_factory=dict)

    def add(self, split: str | None, tallies: dict[str, Tally]) -> None:
        for part in ("all",) if split is None else (split, "all"):
            mine = self.splits.setdefault(part, _tallies())
            self.documents[part] = self.documents.get(part, 0) + 1
            for name, tally in tallies.items():
                mine[name] += tally

    def to_dict(self) -> dict[str, Any]:
        """Every figure and every listed miss and false positive; "all" comes last."""
        order = sorted(self.splits, key=lambda s: (s == "all", s))
        out: dict[str, Any] = {}
        for part in order:
            tallies = self.splits[part]
            found, attributed = tallies["quotations_found"].scores.tp, tallies["quotations_attributed"].scores.tp
            out[part] = {
                "documents": self.documents[part],
                **{name: tallies[name].to_dict() for name in MEASURES},
                "quotations_attributed_of_found": round(100 * attributed / found, 1) if found else 0.0,
            }
        return {"splits": out}


def evaluate_facts(gold_documents: Iterable[NewsDocument], nlp: Language, batch_size: int = 16) -> FactReport:
    """Extract from each gold story's text with ``nlp`` and score the result."""
    from text2kg.extract import extract

    gold = list(gold_documents)
    return score_facts(zip(gold, extract((g.document for g in gold), nlp, batch_size=batch_size)))


def score_facts(pairs: Iterable[tuple[NewsDocument, Extraction]]) -> FactReport:
    """Score extractions already made, each beside its gold story."""
    report = FactReport()
    for gold, extraction in pairs:
        report.add(gold.split, score_document(gold, extraction))
    return report


def score_document(gold: NewsDocument, extraction: Extraction) -> dict[str, Tally]:
    """Every measure for one story."""
    tallies = _tallies()
    names = {e.id: name_keys((e.label, *e.aliases)) for e in extraction.entities}
    labels = {e.id: e.label for e in extraction.entities}
    _score_entities(gold, extraction, names, tallies)
    _score_posts(gold, extraction, names, labels, tallies)
    _score_quotations(gold, extraction, names, labels, tallies)
    return tallies


def _item(gold: NewsDocument, what: str, note: str = "") -> dict[str, str]:
    out = {"document": gold.document.id, "what": what}
    if note:
        out["note"] = note
    return out


def _score_entities(gold: NewsDocument, extraction: Extraction, names: dict[str, frozenset[str]],
                    tallies: dict[str, Tally]) -> None:
    ours = [e for e in extraction.entities if e.type in NEWS_TYPES]
    pairs = match_one_to_one(gold.entities, ours, lambda g, e: g.type == e.type and bool(g.keys & names[e.id]))
    taken = set(pairs.values())
    for i, g in enumerate(gold.entities):
        tally = tallies[g.type]
        if i in pairs:
            tally.scores.tp += 1
            continue
        tally.scores.fn += 1
        other = next((e for e in ours if e.type != g.type and g.keys & names[e.id]), None)
        tally.misses.append(_item(gold, g.name, f"extracted as {other.type}: {other.label}" if other else ""))
    for j, e in enumerate(ours):
        if j in taken:
            continue
        tally = tallies[e.type]
        tally.scores.fp += 1
        same = next((g for g in gold.entities if g.keys & names[e.id]), None)
        if same is None:
            note = ""
        elif same.type != e.type:
            note = f"type error: a {same.type} in the gold ({same.name})"
        else:
            note = f"a second entity for {same.name}"
        tally.false_positives.append(_item(gold, e.label, note))
    for type_ in NEWS_TYPES:
        tallies["entities"].scores += tallies[type_].scores


def _same(entity: GoldEntity | None, entity_id: str | None, names: dict[str, frozenset[str]]) -> bool:
    if entity is None or entity_id is None:
        return False
    return bool(entity.keys & names.get(entity_id, frozenset()))


def _score_posts(gold: NewsDocument, extraction: Extraction, names: dict[str, frozenset[str]],
                 labels: dict[str, str], tallies: dict[str, Tally]) -> None:
    def key(p: Position) -> str:
        return role_key(p.role, p.qualifier)

    def shown(p: Position) -> str:
        org = f" of {labels.get(p.organization, p.organization)}" if p.organization else ""
        qualifier = f"{p.qualifier} " if p.qualifier else ""
        return f"{labels.get(p.person, p.person)}: {qualifier}{p.role}{org}"

    def shown_gold(g: GoldPost) -> str:
        org = f" of {g.organization.name}" if g.organization else ""
        return f"{g.person.name}: {g.role}{org}" + (" (organisation implied)" if g.implied else "")

    def note(g: GoldPost) -> str:
        theirs = [shown(p).split(": ", 1)[1] for p in extraction.positions if _same(g.person, p.person, names)]
        if theirs:
            return "extracted: " + "; ".join(dict.fromkeys(theirs))
        found = any(_same(g.person, e.id, names) for e in extraction.entities)
        return "no post extracted for this person" if found else "person not extracted"

    def sentence(p: Position) -> str:
        if 0 <= p.sentence < len(extraction.sentences):
            s = extraction.sentences[p.sentence]
            return _clip(extraction.document.text[s.start:s.end])
        return ""

    with_org = _unique([g for g in gold.posts if g.organization],
                       lambda g: (g.person.name, role_key(g.role, g.qualifier), g.organization.name))
    ours_org = _unique([p for p in extraction.positions if p.organization], lambda p: (p.person, key(p), p.organization))
    pairs = match_one_to_one(with_org, ours_org, lambda g, p: (
        _same(g.person, p.person, names) and _same(g.organization, p.organization, names)
        and role_key(g.role, g.qualifier) == key(p)))
    _tally(tallies["posts_with_organization"], gold, with_org, ours_org, pairs, shown_gold, note, shown, sentence)
    stated = tallies["posts_stated_organization"]
    for i, g in enumerate(with_org):
        if not g.implied:
            if i in pairs:
                stated.scores.tp += 1
            else:
                stated.scores.fn += 1
    stated.scores.fp = tallies["posts_with_organization"].scores.fp

    every = _unique(list(gold.posts), lambda g: (g.person.name, role_key(g.role, g.qualifier)))
    ours_all = _unique(list(extraction.positions), lambda p: (p.person, key(p)))
    pairs = match_one_to_one(every, ours_all, lambda g, p: (
        _same(g.person, p.person, names) and role_key(g.role, g.qualifier) == key(p)))
    _tally(tallies["posts_role_only"], gold, every, ours_all, pairs, shown_gold, note, shown, sentence)


def _score_quotations(gold: NewsDocument, extraction: Extraction, names: dict[str, frozenset[str]],
                      labels: dict[str, str], tallies: dict[str, Tally]) -> None:
    ours = [q for q in extraction.quotations if q.kind == "quote"]

    def covers(g: GoldQuote, q: Quotation) -> bool:
        return any(q.start <= offset < q.end for offset in g.offsets) or begins_with(q.text, g.start)

    def right_speaker(g: GoldQuote, q: Quotation) -> bool:
        return _same(g.speaker, q.speaker, names)

    def shown(q: Quotation) -> str:
        return f"{labels.get(q.speaker, q.speaker)}: “{_clip(q.text)}”"

    def shown_gold(g: GoldQuote) -> str:
        return f"{g.speaker.name}: “{g.start}…”"

    pairs = match_one_to_one(gold.quotations, ours, covers, prefer=right_speaker)
    _tally(tallies["quotations_found"], gold, gold.quotations, ours, pairs, shown_gold,
           lambda g: "", shown, lambda q: "")
    attributed = tallies["quotations_attributed"]
    for i, g in enumerate(gold.quotations):
        q = ours[pairs[i]] if i in pairs else None
        if q is not None and right_speaker(g, q):
            attributed.scores.tp += 1
            continue
        attributed.scores.fn += 1
        if q is not None:  # found, given to someone else; quotations not found are listed above
            attributed.misses.append(_item(gold, shown_gold(g), f"given to {labels.get(q.speaker, q.speaker)}"))
    attributed.scores.fp = len(ours) - attributed.scores.tp


def _tally(tally: Tally, gold: NewsDocument, truth: Sequence[G], ours: Sequence[P], pairs: dict[int, int],
           shown_gold: Callable[[G], str], note: Callable[[G], str],
           shown: Callable[[P], str], context: Callable[[P], str]) -> None:
    """Count a matching into ``tally`` and list what is left on either side."""
    tally.scores.tp += len(pairs)
    for i, g in enumerate(truth):
        if i not in pairs:
            tally.scores.fn += 1
            tally.misses.append(_item(gold, shown_gold(g), note(g)))
    taken = set(pairs.values())
    for j, p in enumerate(ours):
        if j not in taken:
            tally.scores.fp += 1
            tally.false_positives.append(_item(gold, shown(p), context(p)))


def _unique(items: list[T], key: Callable[[T], Hashable]) -> list[T]:
    """``items`` without repeats of ``key``, first kept (a fact stated twice is one fact)."""
    seen, out = set(), []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def _clip(text: str, width: int = 90) -> str:
    """One line of at most ``width`` characters.

    >>> _clip("a  b\\nc"), _clip("x" * 100, 10)
    ('a b c', 'xxxxxxxxx…')
    """
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
