"""Run the pipeline on a few sentences and read its facts by entity labels."""

from __future__ import annotations

from text2kg.extract import extract
from text2kg.records import Document, Extraction


def facts(nlp, text: str, date: str | None = None) -> Extraction:
    return next(extract([Document("t", text, date=date)], nlp))


def label_of(extraction: Extraction) -> dict[str, str]:
    return {e.id: e.label for e in extraction.entities}


def relations(extraction: Extraction) -> set[tuple[str, str, str]]:
    labels = label_of(extraction)
    return {(labels[r.subject], r.predicate, labels[r.object]) for r in extraction.relations}


def positions(extraction: Extraction) -> set[tuple]:
    labels = label_of(extraction)
    return {(labels[p.person], p.role, labels.get(p.organization), p.start, p.end, p.qualifier)
            for p in extraction.positions}


def quotations(extraction: Extraction) -> list[tuple]:
    labels = label_of(extraction)
    return [(labels[q.speaker], q.kind, q.text, tuple(labels[a] for a in q.addressees)) for q in extraction.quotations]


def hand_built_quotations(blank, words, heads, deps, pos, lemmas, ents, spaces=None) -> list[tuple[str, str]]:
    """(speaker, text) of the quotations our components find in a hand-built doc."""
    from tests.conftest import build_doc, run_components

    doc = run_components(blank, build_doc(blank, words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
                                          ents=ents, spaces=spaces))
    table = doc._.text2kg_entities
    return [(table[q["speaker"]]["label"], q["text"]) for q in doc._.text2kg_facts["quotations"]]
