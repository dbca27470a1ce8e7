"""Scoring candidate facts: a probability that each is right, learned from Re-DocRED.

The rules propose relations; :func:`score_relations` replaces each one's rule constant with
the probability the trained scorer gives it, so that ``confidence >= 0.8`` means about four
in five are right (see the README, "Confidence"). Nothing is read until a document is scored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from text2kg.extract.relations.index import MentionIndex

__all__ = ["SCORE_BY_DEFAULT", "default_threshold", "score_relations"]

#: Whether the pipeline scores relations unless told otherwise.
SCORE_BY_DEFAULT = False


def default_threshold() -> float:
    """The confidence below which ``build`` and ``eval`` leave a relation out by default:
    the scorer's (precision >= 0.7 on documents it was not trained on), or 0 when relations
    carry their rules' constants."""
    if not SCORE_BY_DEFAULT:
        return 0.0
    from text2kg.extract.scoring.model import shipped_scorer

    return shipped_scorer().threshold


def score_relations(doc: Doc, index: MentionIndex, relations: list[dict], gazetteer: dict) -> list[dict]:
    """``relations`` with the scorer's probability as their confidence (one product per document)."""
    from text2kg.extract.scoring.context import context_of
    from text2kg.extract.scoring.features import document_features
    from text2kg.extract.scoring.model import shipped_scorer

    if not relations:
        return relations
    features = document_features(relations, context_of(doc, index, gazetteer))
    scores = shipped_scorer().probabilities(features)
    return [{**r, "confidence": round(float(p), 3)} for r, p in zip(relations, scores)]
