"""A processed spaCy ``Doc`` to plain :class:`~text2kg.records.Extraction` records."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from text2kg.extract.extensions import MENTIONS
from text2kg.extract.geo import link_places
from text2kg.extract.spans import doc_text, sentence_index, sentence_spans
from text2kg.records import ENTITY_TYPES, Document, Entity, Extraction, Mention, Position, Quotation, Relation, Sentence


def doc_to_extraction(doc: Doc, document: Document) -> Extraction:
    """The entities our components found in ``doc``, as records of ``document``."""
    text = doc_text(doc)
    sentences = tuple(_trimmed(text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)) for a, b in sentence_spans(doc))
    sent_of = sentence_index(doc)
    table = doc._.text2kg_entities or {}
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for span in doc.spans[MENTIONS] if MENTIONS in doc.spans else ():
        mentions[span.kb_id_].append(
            Mention(document.id, span.start_char, span.end_char, span.text, sent_of[span.start])
        )
    entities = [
        Entity(
            id=key,
            label=info["label"],
            type=info["type"],
            aliases=tuple(info["aliases"]),
            mentions=tuple(sorted(mentions[key], key=lambda m: (m.start, m.end))),
            value=info.get("value"),
        )
        for key, info in table.items()
        if mentions.get(key)
    ]
    entities.sort(key=lambda e: (ENTITY_TYPES.index(e.type), e.mentions[0].start))
    entities = link_places(entities, document.text)
    known = {e.id for e in entities}
    facts = doc._.text2kg_facts or {}
    relations = tuple(
        Relation(**r) for r in facts.get("relations", ()) if r["subject"] in known and r["object"] in known
    )
    positions = tuple(
        Position(**p) for p in facts.get("positions", ())
        if p["person"] in known and (p.get("organization") is None or p["organization"] in known)
    )
    quotations = tuple(
        Quotation(**{**q, "addressees": tuple(a for a in q.get("addressees", ()) if a in known)})
        for q in facts.get("quotations", ()) if q["speaker"] in known
    )
    return Extraction(document, sentences, tuple(entities), relations, positions, quotations)


def _trimmed(text: str, start: int, end: int) -> Sentence:
    """A sentence without the white space around it (a blank sentence keeps its offsets)."""
    body = text[start:end]
    if not body.strip():
        return Sentence(start, end)
    return Sentence(start + len(body) - len(body.lstrip()), end - (len(body) - len(body.rstrip())))
