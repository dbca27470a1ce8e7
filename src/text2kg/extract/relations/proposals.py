"""Generous candidates for the scorer to judge: facts no rule states, that the document
makes likely.

Only when the relations component scores its facts (:mod:`text2kg.extract.scoring`): alone,
these would be wrong too often, and each carries a low constant (``PROPOSED``). The scorer
weighs them by what it learnt of the words between the two names, the gazetteer's opinion,
and how often the document names them together.

- ``near-country``: a place, organisation or event, and a country named in one sentence with
  it or the country the document names most: ``country``; a person and such a country:
  ``countryOfCitizenship`` (other pairs were right five times in a hundred on Re-DocRED,
  not worth scoring); never a place the gazetteer puts in another country, nor an
  organisation whose name says it is international;
- ``near-place``: two places (or an organisation and a place, not a country) named in one
  sentence: ``locatedIn``, each way (not ``containsPlace``: on Re-DocRED two in a hundred
  were right, too few to pay for scoring them).
"""

from __future__ import annotations

from text2kg.extract.relations.common import relation, unique
from text2kg.extract.relations.index import MentionIndex
from text2kg.extract.relations.places import INTERNATIONAL

PROPOSED = 0.3
#: The most entities a document's proposals pair with each country (the first named):
#: keeps a long document's candidates, and its scoring time, in bounds.
MOST = 60


def propose_relations(index: MentionIndex, gazetteer: dict[str, tuple[str, str, str]], found: list[dict]) -> list[dict]:
    """Candidates beyond ``found`` (which they never repeat), in document order."""
    first: dict[str, int] = {}
    sentences: dict[str, set[int]] = {}
    named_times: dict[str, int] = {}
    for span in index.spans:
        sentence = index.sentence(span.root)
        first.setdefault(span.kb_id_, sentence)
        sentences.setdefault(span.kb_id_, set()).add(sentence)
        named_times[span.kb_id_] = named_times.get(span.kb_id_, 0) + 1
    table = {key: info for key, info in index.table.items() if key in first}
    entry = {key: _entry(info, gazetteer) for key, info in table.items()}
    kind = {key: (e[0] if e else ("place" if table[key]["type"] == "Place" else table[key]["type"])) for key, e in entry.items()}
    countries = [key for key in first if kind[key] == "country"]
    most = max(countries, key=lambda k: named_times[k], default=None)  # the first named, of equals
    out = []
    named = [key for key in first if kind[key] != "country"][:MOST]
    for key in named:
        predicate = {"Person": "countryOfCitizenship", "Place": "country", "Organization": "country",
                     "Event": "country"}.get(table[key]["type"])
        if predicate is None:
            continue
        if set(table[key]["label"].replace(".", "").split()) & INTERNATIONAL:
            continue
        for country in countries:
            shared = sentences[key] & sentences[country]
            if (not shared and country != most) or (entry[key] and entry[key][1] != entry[country][1]):
                continue
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
    known = {(r["subject"], r["predicate"], r["object"]) for r in found}
    return unique([r for r in out if (r["subject"], r["predicate"], r["object"]) not in known])


def _entry(info: dict, gazetteer: dict[str, tuple[str, str, str]]) -> tuple[str, str, str] | None:
    if info["type"] != "Place":
        return None
    return next((gazetteer[n] for n in (info["label"], *info["aliases"]) if n in gazetteer), None)
