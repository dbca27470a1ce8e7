"""Scoring candidate facts: a probability that each is right, learned from Re-DocRED.

The rules propose relations; :func:`score_relations` replaces each one's rule constant with
the probability the trained scorer gives it, so that ``confidence >= 0.8`` means about four
in five are right (see the README, "Confidence"). Nothing is read until a document is scored.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from text2kg.records import Extraction

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from text2kg.extract.relations.index import MentionIndex

__all__ = ["SCORE_BY_DEFAULT", "default_threshold", "keep_confident", "score_relations"]

#: The rules that only propose candidates for the scorer.
PROPOSALS = frozenset({"near-country", "near-place"})
#: Whether the pipeline scores relations unless told otherwise.
SCORE_BY_DEFAULT = True


def default_threshold() -> float:
    """The confidence below which ``build`` and ``eval`` leave a relation out by default:
    the scorer's (precision >= 0.7 on documents it was not trained on), or 0 when relations
    carry their rules' constants."""
    if not SCORE_BY_DEFAULT:
        return 0.0
    from text2kg.extract.scoring.model import shipped_scorer

    return shipped_scorer().threshold


def score_relations(doc: Doc, index: MentionIndex, relations: list[dict], gazetteer: dict,
                    proposed: bool = False) -> list[dict]:
    """``relations`` with the scorer's probability as their confidence (one product per document).

    With ``proposed``, the candidates no rule states (:mod:`text2kg.extract.relations.proposals`)
    are kept only when scored at the default threshold or above: they were made for the
    scorer to choose from, and one it rejects is no fact of the document.
    """
    from text2kg.extract.scoring.context import context_of
    from text2kg.extract.scoring.features import document_features
    from text2kg.extract.scoring.model import shipped_scorer

    if not relations:
        return relations
    features = document_features(relations, context_of(doc, index, gazetteer))
    scorer = shipped_scorer()
    scores = scorer.probabilities(features)
    return [{**r, "confidence": round(float(p), 3)} for r, p in zip(relations, scores)
            if not (proposed and r["rule"] in PROPOSALS and p < scorer.threshold)]


def keep_confident(extraction: Extraction, min_confidence: float | None = None) -> Extraction:
    """``extraction`` without the facts scored below ``min_confidence``.

    ``None`` keeps the relations at or above :func:`default_threshold` and every post and
    quotation: those carry their rules' constants, not probabilities, so one threshold
    would not mean the same on them. A number applies to every kind of fact.
    """
    if min_confidence is None:
        least = default_threshold()
        return replace(extraction, relations=tuple(r for r in extraction.relations if r.confidence >= least))
    return replace(
        extraction,
        relations=tuple(r for r in extraction.relations if r.confidence >= min_confidence),
        positions=tuple(p for p in extraction.positions if p.confidence >= min_confidence),
        quotations=tuple(q for q in extraction.quotations if q.confidence >= min_confidence),
    )
