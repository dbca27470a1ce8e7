"""Where places (and organisations) are: ``country``, ``locatedIn``, ``containsPlace``,
``headquarters``.

- a chain of places: "Klamath Falls, Oregon, United States": each lies in the next, and in
  the country that ends the chain (a list with "and" is not a chain);
- "A is a town in B", "A in B": A lies in B;
- "X is based / headquartered in B": B is X's headquarters;
- a document that names one country only: its organisations and places are in it
  (``sole-country``, the weakest of these rules);
- what the text leaves implicit: a city or region the gazetteer places in a country (or a
  US state) that the document also names lies in it (``country`` and ``locatedIn``:
  "Harbin" and "China");
- a country or region contains the regions, and a region the cities, that lie in it
  (``containsPlace``; a country is not said to contain each city).
Countries are told from regions and cities by the gazetteer (``data/places.tsv``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from text2kg.extract.relations.common import relation, unique
from text2kg.extract.relations.index import MentionIndex

CONFIDENCE = {"sole-country": 0.6, "place-chain": 0.85, "in-place": 0.75, "based-in": 0.8, "gazetteer": 0.7}
LOCATED = ("Place", "Organization", "Event")
#: Words in an organisation's name that say it is not of one country.
INTERNATIONAL = frozenset(
    "International Internationale World Global United Nations UN European Europe Amnesty Worldwide Interpol NATO".split()
)


def find_place_facts(doc: Doc, index: MentionIndex, gazetteer: dict[str, tuple[str, str, str]]) -> list[dict]:
    kinds = {key: _lookup(info, gazetteer) for key, info in index.table.items() if info["type"] == "Place"}
    found = _chains(doc, index, kinds) + _in_place(index, kinds) + _gazetteer(index, kinds)
    found += _sole_country(index, kinds, found)
    return _with_inverses(unique(found), kinds)


def _sole_country(index: MentionIndex, kinds, found: list[dict]) -> list[dict]:
    """A document that names one country only: its organisations and other places are in it,
    unless their names say they reach beyond it ("Amnesty International", "World Bank").
    The weakest of these rules: its constant (0.6) stands until the scorer weighs each fact
    (:mod:`text2kg.extract.scoring`).

    The places the gazetteer knows say where they are: one it puts in another country is
    never put in this one, and when such places are named more often than the country and
    its own places, the story is about them (a story about Dallas and Texas that mentions an
    "Egyptian tycoon" puts nothing in Egypt).
    """
    countries = {key for key, k in kinds.items() if k is not None and k[0] == "country"}
    if len(countries) != 1:
        return []
    (country,) = countries
    name = kinds[country][1]
    mentions: dict[str, int] = {}
    for span in index.spans:
        mentions[span.kb_id_] = mentions.get(span.kb_id_, 0) + 1
    elsewhere = {key for key, k in kinds.items() if k is not None and k[1] != name}
    home = sum(n for key, n in mentions.items() if kinds.get(key) is not None and key not in elsewhere)
    if sum(mentions.get(key, 0) for key in elsewhere) >= home:
        return []
    placed = {r["subject"] for r in found if r["predicate"] == "country"}
    out = []
    for key, info in index.table.items():
        if info["type"] not in ("Organization", "Place") or key in placed or key == country or key in elsewhere:
            continue
        if set(info["label"].replace(".", "").split()) & INTERNATIONAL:
            continue
        first = next((s for s in index.spans if s.kb_id_ == key), None)
        if first is not None:
            out.append(_relation(key, "country", country, index.sentence(first.root), "sole-country"))
    return out


def _lookup(info: dict, gazetteer) -> tuple[str, str, str] | None:
    for name in (info["label"], *info["aliases"]):
        if name in gazetteer:
            return gazetteer[name]
    return None


def _relation(subject: str, predicate: str, obj: str, sentence: int, rule: str) -> dict:
    return relation(subject, predicate, obj, sentence, rule, CONFIDENCE[rule])


def _is_country(key: str, kinds) -> bool:
    found = kinds.get(key)
    return found is not None and found[0] == "country"


def _where(child: str, parent: str, kinds) -> str:
    return "country" if _is_country(parent, kinds) else "locatedIn"


def _chains(doc: Doc, index: MentionIndex, kinds) -> list[dict]:
    places = [s for s in index.spans if s.label_ == "Place"]
    out = []
    i = 0
    while i < len(places):
        chain = [places[i]]
        while i + 1 < len(places) and _comma_between(doc, chain[-1], places[i + 1]):
            chain.append(places[i + 1])
            i += 1
        i += 1
        if len(chain) < 2 or _is_list(doc, chain) or all(_is_country(s.kb_id_, kinds) for s in chain):
            continue
        sentence = index.sentence(chain[0].root)
        for a, b in zip(chain, chain[1:]):
            if not _is_country(a.kb_id_, kinds):
                out.append(_relation(a.kb_id_, _where(a.kb_id_, b.kb_id_, kinds), b.kb_id_, sentence, "place-chain"))
        country = chain[-1]
        if _is_country(country.kb_id_, kinds):
            for a in chain[:-2]:
                out.append(_relation(a.kb_id_, "country", country.kb_id_, sentence, "place-chain"))
    return out


def _comma_between(doc: Doc, a: Span, b: Span) -> bool:
    between = doc[a.end : b.start]
    return len(between) == 1 and between[0].text == ","


def _is_list(doc: Doc, chain: list[Span]) -> bool:
    after = doc[chain[-1].end : chain[-1].end + 2]
    return any(t.lower_ in ("and", "or") for t in after)


def _in_place(index: MentionIndex, kinds) -> list[dict]:
    out = []
    for mention in (s for s in index.spans if s.label_ in LOCATED):
        root = mention.root
        heads = [root]
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":  # "A is a town in B"
            heads += [c for c in root.head.children if c.dep_ == "attr"]
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in ("base", "headquarter", "locate", "situate"):
            heads.append(root.head)
        for head in heads:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
                for obj in (g for g in prep.children if g.dep_ == "pobj"):
                    place = index.at(obj, ["Place"])
                    if place is None or place.kb_id_ == mention.kb_id_:
                        continue
                    sentence = index.sentence(root)
                    if mention.label_ == "Organization" and head.lemma_.lower() in ("base", "headquarter"):
                        out.append(_relation(mention.kb_id_, "headquarters", place.kb_id_, sentence, "based-in"))
                    elif mention.label_ == "Place" and not _is_country(mention.kb_id_, kinds):
                        out.append(_relation(mention.kb_id_, _where(mention.kb_id_, place.kb_id_, kinds), place.kb_id_, sentence, "in-place"))
    return out


def _gazetteer(index: MentionIndex, kinds) -> list[dict]:
    countries: dict[str, str] = {}
    for key, found in kinds.items():
        if found is not None and found[0] == "country":
            countries.setdefault(found[1], key)
    regions: dict[str, str] = {}
    for key, found in kinds.items():
        if found is not None and found[0] == "region":
            regions.setdefault(index.table[key]["label"], key)
    out = []
    for key, found in kinds.items():
        if found is None or found[0] == "country":
            continue
        kind, country, region = found
        sentence = index.sentence(next(s for s in index.spans if s.kb_id_ == key).root)
        if country in countries:
            out.append(_relation(key, "country", countries[country], sentence, "gazetteer"))
            out.append(_relation(key, "locatedIn", countries[country], sentence, "gazetteer"))
        if region and region in regions:
            out.append(_relation(key, "locatedIn", regions[region], sentence, "gazetteer"))
    return out


def _with_inverses(found: list[dict], kinds) -> list[dict]:
    """A region or country also contains what lies in it."""
    out = list(found)
    for r in found:
        if kinds.get(r["object"]) is None:
            continue
        subject_kind = (kinds.get(r["subject"]) or ("",))[0]
        object_kind = kinds[r["object"]][0]
        if r["rule"] == "sole-country" or r["subject"] not in kinds:
            continue  # only places are contained, and only when the text or gazetteer says so
        if r["predicate"] in ("locatedIn", "country") and not (subject_kind == "city" and object_kind == "country"):
            out.append({**r, "subject": r["object"], "predicate": "containsPlace", "object": r["subject"]})
    return unique(out)

