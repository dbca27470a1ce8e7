"""Mention-level entity scores, ours against the bare spaCy model, on exact character spans."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from text2kg.evaluate.gold import GoldDocument
from text2kg.evaluate.scores import Scores
from text2kg.extract.extractor import ExtractOptions, InProcessExtractor

#: Gold types scored, and what each system's labels count as.
GOLD_TYPES = ("PER", "ORG", "LOC")
OURS = {"Person": "PER", "Organization": "ORG", "Place": "LOC"}
SPACY = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


@dataclass
class EntityReport:
    """Scores per gold type and overall (micro-averaged), for text2kg and the bare model."""

    documents: int = 0
    ours: dict[str, Scores] = field(default_factory=lambda: {t: Scores() for t in GOLD_TYPES})
    spacy: dict[str, Scores] = field(default_factory=lambda: {t: Scores() for t in GOLD_TYPES})

    @staticmethod
    def overall(scores: dict[str, Scores]) -> Scores:
        total = Scores()
        for s in scores.values():
            total += s
        return total

    def to_dict(self) -> dict[str, Any]:
        def table(scores: dict[str, Scores]) -> dict[str, Any]:
            out = {t: s.to_dict() for t, s in scores.items()}
            out["all"] = self.overall(scores).to_dict()
            return out

        return {"documents": self.documents, "text2kg": table(self.ours), "spacy": table(self.spacy)}


def evaluate_entities(gold: Iterable[GoldDocument], options: ExtractOptions | None = None) -> EntityReport:
    """Score our mentions and the pipeline's own entities against ``gold``.

    A mention counts when its start, end and type equal a gold mention's. Both systems are
    read from the same processed ``Doc``: the model's ``doc.ents`` are left untouched by our
    components. The text is extracted the way ``text2kg extract`` does it, with the same
    ``options`` (default: the installed model), so what is scored is what users get.
    """
    report = EntityReport()
    items = list(gold)
    parsed = InProcessExtractor(options or ExtractOptions(processes=0)).with_docs(g.document for g in items)
    for item, (doc, extraction) in zip(items, parsed):
        report.documents += 1
        truth = {(m.start, m.end, m.type) for m in item.mentions if m.type in GOLD_TYPES}
        ours = {
            (m.start, m.end, OURS[e.type]) for e in extraction.entities if e.type in OURS for m in e.mentions
        }
        bare = {(e.start_char, e.end_char, SPACY[e.label_]) for e in doc.ents if e.label_ in SPACY}
        for type_ in GOLD_TYPES:
            gold_t = {x for x in truth if x[2] == type_}
            report.ours[type_].add({x for x in ours if x[2] == type_}, gold_t)
            report.spacy[type_].add({x for x in bare if x[2] == type_}, gold_t)
    return report
