"""Lives and origins: birth and death, citizenship, and where organisations come from.

- after a person's name, in brackets: "(born 13 March 1963 in Mediaș, Transylvania)",
  "(13 March 1963 – 5 May 2020)", "(died 2010)": ``dateOfBirth``, ``placeOfBirth``,
  ``dateOfDeath``, ``placeOfDeath``;
- "X was born in P on D", "X died in P": the same;
- a nationality or country describing someone: "X is a German skeleton racer", "X, a
  Chinese pair skater": ``countryOfCitizenship``; describing an organisation or place
  ("Roketsan is a Turkish weapons manufacturer"): ``country``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from text2kg.extract.relations.common import relation, unique
from text2kg.extract.relations.index import MentionIndex

CONFIDENCE = {"brackets": 0.85, "born-in": 0.8, "died-in": 0.8, "nationality": 0.8}


def find_people_facts(doc: Doc, index: MentionIndex, gazetteer: dict[str, tuple[str, str, str]]) -> list[dict]:
    countries = {key for key, info in index.table.items() if info["type"] == "Place"
                 and any(gazetteer.get(n, ("",))[0] == "country" for n in (info["label"], *info["aliases"]))}
    found: list[dict] = []
    for mention in index.spans:
        if mention.label_ == "Person":
            found += _brackets(doc, mention, index)
            found += _born_died(mention, index)
        if mention.label_ in ("Person", "Organization", "Place"):
            found += _nationality(mention, index, countries)
    return unique(found)


def _relation(subject: str, predicate: str, obj: str, sentence: int, rule: str) -> dict:
    return relation(subject, predicate, obj, sentence, rule, CONFIDENCE[rule])


def _brackets(doc: Doc, person: Span, index: MentionIndex) -> list[dict]:
    if person.end >= len(doc) or doc[person.end].text != "(":
        return []
    close = next((t.i for t in doc[person.end : min(len(doc), person.end + 40)] if t.text == ")"), None)
    if close is None:
        return []
    inside = doc[person.end + 1 : close]
    sentence = index.sentence(person.root)
    words = [t.lower_ for t in inside]
    dates = index.in_tokens(inside, ["Date"])
    places = index.in_tokens(inside, ["Place"])
    out = []
    if "born" in words or "b." in words:
        born_at = words.index("born") if "born" in words else words.index("b.")
        died_at = words.index("died") if "died" in words else len(words)
        for d in dates:
            if born_at <= d.start - inside.start < died_at:
                out.append(_relation(person.kb_id_, "dateOfBirth", d.kb_id_, sentence, "brackets"))
                break
        for p in places:
            if born_at <= p.start - inside.start < died_at:
                out.append(_relation(person.kb_id_, "placeOfBirth", p.kb_id_, sentence, "brackets"))
                break
    elif len(dates) >= 2 and any(t.text in ("–", "-", "—", "to") for t in doc[dates[0].end : dates[1].start]):
        out.append(_relation(person.kb_id_, "dateOfBirth", dates[0].kb_id_, sentence, "brackets"))
        out.append(_relation(person.kb_id_, "dateOfDeath", dates[1].kb_id_, sentence, "brackets"))
    if "died" in words or "d." in words:
        died_at = words.index("died") if "died" in words else words.index("d.")
        later = [d for d in dates if d.start - inside.start > died_at]
        if later:
            out.append(_relation(person.kb_id_, "dateOfDeath", later[0].kb_id_, sentence, "brackets"))
    return out


def _born_died(person: Span, index: MentionIndex) -> list[dict]:
    root = person.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = root.head
    lemma = verb.lemma_.lower()
    if lemma not in ("bear", "die"):
        return []
    kind = "Birth" if lemma == "bear" else "Death"
    rule = "born-in" if kind == "Birth" else "died-in"
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "at")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            found = index.at(obj, ("Date", "Place"))
            if found is not None:
                predicate = f"dateOf{kind}" if found.label_ == "Date" else f"placeOf{kind}"
                out.append(_relation(person.kb_id_, predicate, found.kb_id_, index.sentence(root), rule))
    return out


def _nationality(mention: Span, index: MentionIndex, countries: set[str]) -> list[dict]:
    """A country (or its adjective) modifying a noun that describes the mention."""
    root = mention.root
    descriptions: list[Token] = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        descriptions += [c for c in root.head.children if c.dep_ == "attr"]
    out = []
    for noun in descriptions:
        if index.at(noun) is not None:
            continue  # "X is Y": an identity, not a description
        for modifier in (t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod", "poss")):
            place = index.at(modifier, ["Place"])
            if place is None or place.kb_id_ not in countries or place.kb_id_ == mention.kb_id_:
                continue
            predicate = "countryOfCitizenship" if mention.label_ == "Person" else "country"
            out.append(_relation(mention.kb_id_, predicate, place.kb_id_, index.sentence(root), "nationality"))
    return out

