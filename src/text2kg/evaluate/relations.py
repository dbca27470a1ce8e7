"""Relation scores per Wikidata property, against gold relations between entity clusters.

Predicted entities are matched to gold clusters through their mentions: an entity stands
for the gold cluster that most of its mentions' exact spans belong to (else, failing any
exact span, the one its mentions overlap most). A predicted fact counts when its subject's
cluster, its property's Wikidata id and its object's cluster equal a gold relation's.
Only properties our ontology maps to Wikidata are scored; ``coverage`` is the share of all
gold relations whose property is one of them. Each document also counts in its half
(:mod:`text2kg.evaluate.split`): ``heldout`` is the figure to trust, ``tune`` the one rules
and the scorer were fitted on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.language import Language

from text2kg.evaluate.gold import GoldDocument
from text2kg.evaluate.scores import Scores
from text2kg.evaluate.split import SPLITS, split_of
from text2kg.extract.convert import doc_to_extraction
from text2kg.extract.extensions import register_extensions
from text2kg.records import Entity, Extraction


@lru_cache(maxsize=1)
def wikidata_properties() -> dict[str, str]:
    """Our relation properties and the Wikidata property each maps to, from the ontology."""
    from rdflib import OWL, Graph, Namespace

    from text2kg.ontology import NAMESPACE, ontology_path

    skos = Namespace("http://www.w3.org/2004/02/skos/core#")
    graph = Graph().parse(ontology_path(), format="turtle")
    out = {}
    for predicate in (OWL.equivalentProperty, skos.closeMatch):
        for ours, theirs in graph.subject_objects(predicate):
            if str(ours).startswith(NAMESPACE) and str(theirs).startswith("http://www.wikidata.org/prop/direct/"):
                out[str(ours)[len(NAMESPACE):]] = str(theirs).rsplit("/", 1)[1]
    return out


@dataclass
class RelationReport:
    documents: int = 0
    per_property: dict[str, Scores] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    gold_total: int = 0
    gold_mapped: int = 0
    splits: dict[str, RelationReport] = field(default_factory=dict)

    @property
    def micro(self) -> Scores:
        total = Scores()
        for s in self.per_property.values():
            total += s
        return total

    @property
    def coverage(self) -> float:
        return self.gold_mapped / self.gold_total if self.gold_total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "mapped_types": len(self.per_property),
            "coverage": round(100 * self.coverage, 1),
            "micro": self.micro.to_dict(),
            "per_property": {
                p: {"name": self.names.get(p, ""), **s.to_dict()}
                for p, s in sorted(self.per_property.items(), key=lambda kv: -(kv[1].tp + kv[1].fn))
            },
            **({"splits": {name: part.to_dict() for name, part in self.splits.items()}} if self.splits else {}),
        }

    def add(self, predicted: set[tuple[str, str, str]], truth: set[tuple[str, str, str]], all_gold: int,
            names: Iterable[tuple[str, str]]) -> None:
        """One document's predicted and gold triples (``truth`` holds the mapped ones only)."""
        self.documents += 1
        self.names.update(names)
        self.gold_total += all_gold
        self.gold_mapped += len(truth)
        for prop, scores in self.per_property.items():
            scores.add({t for t in predicted if t[1] == prop}, {t for t in truth if t[1] == prop})


def evaluate_relations(gold: Iterable[GoldDocument], nlp: Language, batch_size: int = 32,
                       min_confidence: float | None = None) -> RelationReport:
    """Score the relations extracted from each gold document's text, overall and per half.

    Args:
        min_confidence: leave out relations scored below it, as ``build`` does; ``None``
            takes the threshold ``build`` uses by default.
    """
    from text2kg.extract.scoring import default_threshold

    register_extensions()
    threshold = default_threshold() if min_confidence is None else min_confidence
    mapping = wikidata_properties()
    mapped = set(mapping.values())

    def empty() -> RelationReport:
        return RelationReport(per_property={p: Scores() for p in sorted(mapped)})

    report = empty()
    report.splits = {name: empty() for name in SPLITS}
    items = ((g.document.text, g) for g in gold)
    for doc, item in nlp.pipe(items, as_tuples=True, batch_size=batch_size):
        truth = set(item.relations)
        extraction = doc_to_extraction(doc, item.document)
        predicted = predicted_triples(extraction, item, mapping, threshold)
        mapped_truth = {t for t in truth if t[1] in mapped}
        for part in (report, report.splits[split_of(item.document.id)]):
            part.add(predicted, mapped_truth, len(truth), item.relation_names)
    report.splits = {name: part for name, part in report.splits.items() if part.documents}
    return report


def predicted_triples(extraction: Extraction, gold: GoldDocument, mapping: dict[str, str],
                      min_confidence: float = 0.0) -> set[tuple[str, str, str]]:
    """Our relations (scored at least ``min_confidence``) as (gold head cluster, Wikidata
    property, gold tail cluster)."""
    cluster = clusters(extraction, gold)
    out = set()
    for r in extraction.relations:
        if r.confidence < min_confidence:
            continue
        prop = mapping.get(r.predicate)
        head, tail = cluster.get(r.subject), cluster.get(r.object)
        if prop and head and tail and head != tail:
            out.add((head, prop, tail))
    return out


def clusters(extraction: Extraction, gold: GoldDocument) -> dict[str, str | None]:
    """The gold cluster each of our entities stands for (``None``: none)."""
    return {e.id: _cluster_of(e, gold) for e in extraction.entities}


def _cluster_of(entity: Entity, gold: GoldDocument) -> str | None:
    exact = Counter()
    overlap = Counter()
    for m in entity.mentions:
        for g in gold.mentions:
            if g.start == m.start and g.end == m.end:
                exact[g.entity] += 1
            elif g.start < m.end and m.start < g.end:
                overlap[g.entity] += min(g.end, m.end) - max(g.start, m.start)
    if exact:
        return exact.most_common(1)[0][0]
    if overlap:
        return overlap.most_common(1)[0][0]
    return None
