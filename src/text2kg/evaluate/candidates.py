"""Candidate facts of gold documents, with their features and whether gold has them.

What the scorer learns from: every relation the rules propose in a Re-DocRED document,
its features (:mod:`text2kg.extract.scoring.features`), the gold triple it stands for (its
entities' gold clusters and its property's Wikidata id) and whether gold holds that triple.
A candidate whose entity matches no gold cluster, or whose property Wikidata lacks, cannot
be judged and is left out, as the relation scores leave it out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from text2kg.evaluate.gold import GoldDocument
from text2kg.evaluate.relations import clusters, wikidata_properties
from text2kg.evaluate.split import split_of
from text2kg.extract.convert import doc_to_extraction
from text2kg.extract.extensions import register_extensions

Triple = tuple[str, str, str]


@dataclass
class Candidate:
    document: str
    split: str
    triple: Triple
    right: bool
    rule: str
    features: dict[str, float]


@dataclass
class GoldTriples:
    """A document's mapped gold triples, for recall."""

    document: str
    split: str
    triples: frozenset[Triple]


def gold_candidates(gold: Iterable[GoldDocument], nlp: Language, batch_size: int = 32
                    ) -> Iterator[tuple[GoldTriples, list[Candidate]]]:
    """Each document's gold triples and judged candidates, rules' constants unchanged."""
    from text2kg.extract.lexicon import places
    from text2kg.extract.relations.index import MentionIndex
    from text2kg.extract.scoring.context import context_of
    from text2kg.extract.scoring.features import document_features

    register_extensions()
    gazetteer = places()
    mapping = wikidata_properties()
    mapped = set(mapping.values())
    component = nlp.get_pipe("text2kg_relations")
    scoring, proposing = component.score, component.propose
    component.score, component.propose = False, True
    try:
        for doc, item in nlp.pipe(((g.document.text, g) for g in gold), as_tuples=True, batch_size=batch_size):
            split = split_of(item.document.id)
            truth = frozenset(t for t in item.relations if t[1] in mapped)
            extraction = doc_to_extraction(doc, item.document)
            cluster = clusters(extraction, item)
            facts = [r for r in (doc._.text2kg_facts or {}).get("relations", ())
                     if r["subject"] in cluster and r["object"] in cluster]
            features = document_features(facts, context_of(doc, MentionIndex(doc), gazetteer))
            out = []
            for r, f in zip(facts, features):
                head, prop, tail = cluster[r["subject"]], mapping.get(r["predicate"]), cluster[r["object"]]
                if head and tail and prop and head != tail:
                    triple = (head, prop, tail)
                    out.append(Candidate(item.document.id, split, triple, triple in truth, r["rule"], f))
            yield GoldTriples(item.document.id, split, truth), out
    finally:
        component.score, component.propose = scoring, proposing
