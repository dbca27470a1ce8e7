"""Evidence for an entity's type: the model's labels and what surrounds each mention.

Votes are summed over every mention of an entity, so one mis-tagged mention cannot make a
person an organisation: "President Ebrahim Raisi", "Raisi, the regime's president" and a
surname used alone all speak for a person; "Council" or "International" in a name, or an
acronym made of its initials, for an organisation.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from collections.abc import Iterable, Mapping

from spacy.tokens import Span, Token

from text2kg.extract.names import acronym_of, clean_name, is_acronym

PERSON, ORGANIZATION, PLACE = "Person", "Organization", "Place"
#: The model's labels and the type each votes for.
LABEL_TYPES = {"PERSON": PERSON, "ORG": ORGANIZATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE}
SPEECH_VERBS = frozenset(
    "say tell declare add state urge warn argue insist explain write claim recall".split()
)
#: Verbs of posting: "posted on X" names a platform.
POSTING_VERBS = frozenset("post write share tweet publish announce say upload comment".split())
#: Who plays or works for a club, written after its name: "Chelsea manager", "Orvik striker".
CLUB_ROLES = frozenset(
    "coach manager striker midfielder defender goalkeeper winger forward captain squad fans supporters".split()
)
TITLE_WEIGHT = 2.0
ORG_WORD_WEIGHT = 3.0
ACRONYM_WEIGHT = 1.5
SURNAME_WEIGHT = 2.0
SPEAKER_WEIGHT = 0.5
DATELINE_WEIGHT = 3.0
#: A name the gazetteer knows, by the kind of place it names there.
PLACE_WORD_WEIGHT = 3.5
GAZETTEER_WEIGHTS = {"country": 3.0, "region": 2.0, "city": 1.5}


def mention_votes(
    span: Span,
    titles: frozenset[str],
    place_words: frozenset[str] = frozenset(),
    org_nouns: frozenset[str] = frozenset(),
) -> Counter[str]:
    """Votes from one mention: its label, a title before it (or before a comma before it), a
    club's player or coach after it, an age after it ("Ada Berg, 52,"), a post in
    apposition, a verb of speech, a place word before it ("the province of Herat"), an organisation noun in
    apposition ("Velka, the social media platform") or "posted on" before it."""
    votes: Counter[str] = Counter()
    if span.label_ in LABEL_TYPES:
        votes[LABEL_TYPES[span.label_]] += 1
    doc = span.doc
    if span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in place_words:
        votes[PLACE] += PLACE_WORD_WEIGHT
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.lower_ in titles:
        votes[ORGANIZATION] += 1  # "Chief Pentagon Spokesperson": the name holds the post
    elif after is not None and after.lower_ in CLUB_ROLES and after.text.islower():
        votes[ORGANIZATION] += ORG_WORD_WEIGHT  # "Orvik manager Ada Berg": a club, named as its town is
    elif span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in _undotted(titles):
        votes[PERSON] += TITLE_WEIGHT
    elif _title_set_off_before(span, titles):
        votes[PERSON] += TITLE_WEIGHT
    root = span.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in titles:
        votes[PERSON] += TITLE_WEIGHT
    elif any(c.dep_ == "appos" and c.lemma_.lower() in titles for c in root.children):
        votes[PERSON] += TITLE_WEIGHT
    if _said_to_be(root, org_nouns) or _posted_on(span):
        votes[ORGANIZATION] += TITLE_WEIGHT
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS:
        votes[PERSON] += SPEAKER_WEIGHT
    if _age_after(span):
        votes[PERSON] += TITLE_WEIGHT
    if _in_dateline(span):
        votes[PLACE] += DATELINE_WEIGHT
    return votes


def _title_set_off_before(span: Span, titles: frozenset[str]) -> bool:
    """"the Security Council President, Emyr Jones Parry": a capitalised post, a comma, then
    the name of who holds it."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    title = doc[span.start - 2]
    return title.text[:1].isupper() and title.lower_ in titles and len(span) > 1 and all(
        t.pos_ == "PROPN" for t in span)


def _said_to_be(root: Token, org_nouns: frozenset[str]) -> bool:
    """An organisation noun in apposition: "Velka, the platform", "the company, Brisco"."""
    if not org_nouns:
        return False
    if root.dep_ == "appos" and root.head.lemma_.lower() in org_nouns:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in org_nouns for c in root.children)


def _posted_on(span: Span) -> bool:
    """"posted on Velka", "wrote on Velka": a platform."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "on":
        return False
    return doc[span.start - 1].head.lemma_.lower() in POSTING_VERBS


def _in_dateline(span: Span) -> bool:
    """"GENEVA, 14 March 2024 -": a place opening a paragraph, then a comma and a date."""
    doc = span.doc
    at_start = span.start == 0 or doc[span.start - 1].is_space or doc[span.start - 1].text in ("**", "*")
    after = span.end
    return (
        at_start
        and after + 1 < len(doc)
        and doc[after].text == ","
        and doc[after + 1].ent_type_ == "DATE"
        and not _age_after(span)  # "Ada Berg, 52, a teacher": an age, no date
    )


def _age_after(span: Span) -> bool:
    """"Ada Berg, 52,": a person's age set off after the name."""
    doc = span.doc
    i = span.end
    return (
        i + 2 < len(doc)
        and doc[i].text == ","
        and doc[i + 1].text.isdigit()
        and 0 < int(doc[i + 1].text) < 120
        and doc[i + 2].text in (",", ")", "-")
    )


@lru_cache(maxsize=8)
def _undotted(titles: frozenset[str]) -> frozenset[str]:
    return titles | {t.rstrip(".") for t in titles}


def name_votes(
    forms: Iterable[str],
    org_words: frozenset[str],
    gazetteer: Mapping[str, tuple[str, ...]] | None = None,
    place_words: frozenset[str] = frozenset(),
    org_nouns: frozenset[str] = frozenset(),
) -> Counter[str]:
    """Votes from the names of one entity taken together.

    ``gazetteer`` maps place names to (kind, ...) (:func:`text2kg.extract.lexicon.places`):
    an entity whose every name is a known country, region or city ("Slovakia",
    "Guinea-Bissau", "WASHINGTON") gets a vote for a place, unless an organisation word is
    in one of its names. A name closed by a place word ("Kandahar Airfield", "UN
    Headquarters") gets a vote for a place that outweighs an organisation word inside it.
    """
    forms = [clean_name(f) for f in forms]
    votes: Counter[str] = Counter()
    place_weight = _gazetteer_weight(forms, gazetteer) if gazetteer is not None else 0.0
    named = [f for f in forms if gazetteer is None or f not in gazetteer]  # "Russian Federation"
    if any(w.casefold().strip(".,") in org_words for f in named for w in f.split(" ")):
        votes[ORGANIZATION] += ORG_WORD_WEIGHT
    elif place_weight:
        votes[PLACE] += place_weight
    longest = max(forms, key=lambda f: len(f.split(" ")), default="")
    if " " in longest and longest.split(" ")[-1].casefold() in place_words:
        votes[PLACE] += PLACE_WORD_WEIGHT
    if " " in longest and longest.split(" ")[-1].casefold() in org_nouns:
        votes[ORGANIZATION] += ORG_WORD_WEIGHT  # "Orvik United", "Halden FC"
    acronyms = [f for f in forms if is_acronym(f)]
    if any(acronym_of(a, f) for a in acronyms for f in forms if not is_acronym(f)):
        votes[ORGANIZATION] += ACRONYM_WEIGHT
    if _used_as_surname(forms, org_words):
        votes[PERSON] += SURNAME_WEIGHT
    return votes


def _gazetteer_weight(forms: list[str], gazetteer: Mapping[str, tuple[str, ...]]) -> float:
    weights = []
    for form in forms:
        upper = form.isupper() and not is_acronym(form)  # "WASHINGTON" is Washington; "UN" is not Un
        known = gazetteer.get(form) or (gazetteer.get(form.title()) if upper else None)
        if known is None and is_acronym(form):
            continue  # "EU" beside "European Union" says nothing here
        if known is None:
            return 0.0
        weights.append(GAZETTEER_WEIGHTS.get(known[0], 0.0))
    return max(weights, default=0.0)


def _used_as_surname(forms: list[str], org_words: frozenset[str]) -> bool:
    singles = {f for f in forms if " " not in f and not is_acronym(f)}
    for form in forms:
        parts = form.split(" ")
        if (
            2 <= len(parts) <= 4
            and parts[-1] in singles
            and all(p[:1].isupper() for p in parts)
            and not any(p.casefold() in org_words for p in parts)
        ):
            return True
    return False


def decide_type(votes: Counter[str], fallback: str) -> str:
    """The type with the most votes; ``fallback`` (the longest name's label) breaks ties."""
    if not votes:
        return fallback
    best = max(votes.values())
    winners = [t for t, v in votes.items() if v == best]
    return fallback if fallback in winners else sorted(winners)[0]
