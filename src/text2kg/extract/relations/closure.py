"""What follows from facts already found, within one document.

- if A lies in B and B lies in (or is in the country) C, A lies in C (or its country is C);
- inverses the ontology declares: ``participant``/``participantIn``, ``partOf``/``hasPart``.
A derived fact cites the sentence of the fact it starts from, with the lower confidence of
the two and the rule ``inferred``.
"""

from __future__ import annotations

INVERSES = {"participant": "participantIn", "participantIn": "participant", "partOf": "hasPart", "hasPart": "partOf"}


def close_relations(relations: list[dict], types: dict[str, str]) -> list[dict]:
    known = {(r["subject"], r["predicate"], r["object"]) for r in relations}
    out = list(relations)

    def add(subject: str, predicate: str, obj: str, source: dict, other: dict | None = None) -> None:
        if subject == obj or (subject, predicate, obj) in known:
            return
        known.add((subject, predicate, obj))
        confidence = min(source["confidence"], other["confidence"]) if other else source["confidence"]
        rule = "inferred" if other else f"inverse-of-{source['rule']}"
        out.append({"subject": subject, "predicate": predicate, "object": obj, "sentence": source["sentence"],
                    "rule": rule, "confidence": round(confidence * (0.9 if other else 1.0), 2)})

    located = [r for r in relations if r["predicate"] == "locatedIn"]
    for first in located:
        for second in relations:
            if second["subject"] == first["object"] and second["predicate"] in ("locatedIn", "country"):
                add(first["subject"], second["predicate"], second["object"], first, second)
    for r in list(out):
        if r["predicate"] in INVERSES:
            add(r["object"], INVERSES[r["predicate"]], r["subject"], r)
    return out
