"""Generous candidates for the scorer to judge: facts no rule states, that the document
makes likely.

Only when the relations component scores its facts (:mod:`text2kg.extract.scoring`): alone,
these would be wrong too often, and each carries a low constant (``PROPOSED``). The scorer
weighs them by what it learnt of the words between the two names, the gazetteer's opinion,
and how often the document names them together.

- ``near-country``: a place, organisation or event, and a country the document names:
  ``country``; a person and such a country: ``countryOfCitizenship``;
- ``near-place``: two places (or an organisation and a place, not a country) named in one
  sentence: ``locatedIn``, each way, and the inverse ``containsPlace``.
"""

from __future__ import annotations

from text2kg.extract.relations.common import relation, unique
from text2kg.extract.relations.index import MentionIndex

PROPOSED = 0.3
#: The most entities a document's proposals pair with each country (the first named):
#: keeps a long document's candidates, and its scoring time, in bounds.
MOST = 60


def propose_relations(index: MentionIndex, gazetteer: dict[str, tuple[str, str, str]], found: list[dict]) -> list[dict]:
    """Candidates beyond ``found`` (which they never repeat), in document order."""
    first: dict[str, int] = {}
    sentences: dict[str, set[int]] = {}
    for span in index.spans:
        sentence = index.sentence(span.root)
        first.setdefault(span.kb_id_, sentence)
        sentences.setdefault(span.kb_id_, set()).add(sentence)
    table = {key: info for key, info in index.table.items() if key in first}
    kind = {key: _kind(info, gazetteer) for key, info in table.items()}
    countries = [key for key in first if kind[key] == "country"]
    out = []
    named = [key for key in first if kind[key] != "country"][:MOST]
    for key in named:
        predicate = {"Person": "countryOfCitizenship", "Place": "country", "Organization": "country",
                     "Event": "country"}.get(table[key]["type"])
        if predicate is None:
            continue
        for country in countries:
            shared = sentences[key] & sentences[country]
            sentence = min(shared) if shared else first[key]
            out.append(relation(key, predicate, country, sentence, "near-country", PROPOSED))
    places = [key for key in named if table[key]["type"] in ("Place", "Organization")]
    for a in places:
        for b in places:
            if a == b or table[b]["type"] != "Place":
                continue
            shared = sentences[a] & sentences[b]
            if shared:
                out.append(relation(a, "locatedIn", b, min(shared), "near-place", PROPOSED))
                if table[a]["type"] == "Place":
                    out.append(relation(b, "containsPlace", a, min(shared), "near-place", PROPOSED))
    known = {(r["subject"], r["predicate"], r["object"]) for r in found}
    return unique([r for r in out if (r["subject"], r["predicate"], r["object"]) not in known])


def _kind(info: dict, gazetteer: dict[str, tuple[str, str, str]]) -> str:
    if info["type"] != "Place":
        return info["type"]
    entry = next((gazetteer[n] for n in (info["label"], *info["aliases"]) if n in gazetteer), None)
    return entry[0] if entry else "place"
