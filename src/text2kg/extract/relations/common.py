"""What every rule module writes: relation dicts, without repeats."""

from __future__ import annotations


def relation(subject: str, predicate: str, obj: str, sentence: int, rule: str, confidence: float) -> dict:
    """A fact shaped like :class:`~text2kg.records.Relation`."""
    return {"subject": subject, "predicate": predicate, "object": obj, "sentence": sentence,
            "rule": rule, "confidence": confidence}


def unique(found: list[dict]) -> list[dict]:
    """The first of each (subject, predicate, object), in order."""
    seen, out = set(), []
    for r in found:
        key = (r["subject"], r["predicate"], r["object"])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
