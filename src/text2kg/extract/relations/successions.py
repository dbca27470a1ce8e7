"""Successions: "Jo Park succeeds Lee Kim" says Lee Kim held Park's post before;
"She succeeds Lee Kim" says it of the person named last before "she"; "Park took over from
Lee Kim" and "Lee Kim was succeeded by Park" say the same.

The post is the one the text gives the successor (in the same sentence, else the nearest
before it); the predecessor holds it with the qualifier "former" (rule ``succession``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from text2kg.extract.relations.index import MentionIndex

SUCCESSION_VERBS = frozenset({"succeed", "replace"})
SUBJECTS = frozenset({"nsubj"})
OBJECTS = frozenset({"dobj"})
CONFIDENCE = 0.7
PRONOUNS = frozenset({"he", "she"})
#: "took over from": the verb of a phrasal succession.
TAKE_OVER = frozenset({"take"})
PRONOUN_REACH = 3


def find_successions(doc: Doc, index: MentionIndex, positions: list[dict]) -> list[dict]:
    """Posts of predecessors, from the posts already found for their successors."""
    people = {s.root.i: s for s in index.spans if s.label_ == "Person"}
    found = []
    for verb, successor, predecessor in _pairs(people, index):
        if successor is None or predecessor is None or successor.kb_id_ == predecessor.kb_id_:
            continue
        sentence = index.sentence(verb)
        held = [p for p in positions if p["person"] == successor.kb_id_ and p["sentence"] <= sentence]
        for post in _latest(held):
            found.append({
                **post, "person": predecessor.kb_id_, "qualifier": "former", "start": None,
                "end": None, "sentence": sentence, "rule": "succession", "confidence": CONFIDENCE,
            })
    return found


def _pairs(people: dict[int, Span], index: MentionIndex) -> list[tuple[Token, Span | None, Span | None]]:
    """(verb, successor, predecessor) of each succession: "Park succeeds Kim", "She replaces
    Kim", "Park took over from Kim", "Kim was succeeded by Park"."""
    verbs = {s.root.head for s in people.values() if s.root.head.lemma_.lower() in SUCCESSION_VERBS}
    verbs |= {s.root.head.head for s in people.values() if s.root.dep_ == "pobj" and s.root.head.lower_ in ("from", "by")
              and s.root.head.head.lemma_.lower() in SUCCESSION_VERBS | TAKE_OVER}
    pairs = []
    for verb in sorted(verbs, key=lambda t: t.i):
        subject = next((people[c.i] for c in verb.children if c.dep_ in SUBJECTS and c.i in people), None)
        if subject is None:  # "She succeeds Lee Kim": the person named last before "she"
            subject = _named_before(verb, people, index)
        if verb.lemma_.lower() == "take":  # "Park took over from Kim"
            if any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
                pairs.append((verb, subject, _object_of(verb, "from", people)))
        elif any(c.dep_ == "nsubjpass" for c in verb.children):  # "Kim was succeeded by Park"
            passive = next((people[c.i] for c in verb.children if c.dep_ == "nsubjpass" and c.i in people), None)
            pairs.append((verb, _object_of(verb, "by", people), passive))
        else:
            obj = next((people[c.i] for c in verb.children if c.dep_ in OBJECTS and c.i in people), None)
            pairs.append((verb, subject, obj))
    return pairs


def _object_of(verb: Token, preposition: str, people: dict[int, Span]) -> Span | None:
    """The person after ``verb``'s "from"/"by"."""
    for prep in verb.children:
        if prep.lower_ == preposition:
            found = next((people[c.i] for c in prep.children if c.dep_ == "pobj" and c.i in people), None)
            if found is not None:
                return found
    return None


def _named_before(verb: Token, people: dict[int, Span], index: MentionIndex) -> Span | None:
    """The person a "he"/"she" subject of ``verb`` stands for: the one named last before it,
    in the same sentence or the ones just before."""
    pronoun = next((c for c in verb.children if c.dep_ in SUBJECTS and c.lower_ in PRONOUNS), None)
    if pronoun is None:
        return None
    before = [s for s in people.values() if s.end <= pronoun.i]
    if not before:
        return None
    last = max(before, key=lambda s: s.start)
    return last if index.sentence(pronoun) - index.sentence(last.root) <= PRONOUN_REACH else None


def _latest(held: list[dict]) -> list[dict]:
    """The successor's posts from the last sentence that gives any."""
    if not held:
        return []
    last = max(p["sentence"] for p in held)
    return [p for p in held if p["sentence"] == last and p["qualifier"] != "former"]
