"""Successions: "Jo Park succeeds Lee Kim" says Lee Kim held Park's post before.

The post is the one the text gives the successor (in the same sentence, else the nearest
before it); the predecessor holds it with the qualifier "former" (rule ``succession``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from text2kg.extract.relations.index import MentionIndex

SUCCESSION_VERBS = frozenset({"succeed", "replace"})
SUBJECTS = frozenset({"nsubj"})
OBJECTS = frozenset({"dobj"})
CONFIDENCE = 0.7


def find_successions(doc: Doc, index: MentionIndex, positions: list[dict]) -> list[dict]:
    """Posts of predecessors, from the posts already found for their successors."""
    people = {s.root.i: s for s in index.spans if s.label_ == "Person"}
    found = []
    verbs = {s.root.head for s in people.values() if s.root.head.lemma_.lower() in SUCCESSION_VERBS}
    for verb in sorted(verbs, key=lambda t: t.i):
        successor = next((people[c.i] for c in verb.children if c.dep_ in SUBJECTS and c.i in people), None)
        predecessor = next((people[c.i] for c in verb.children if c.dep_ in OBJECTS and c.i in people), None)
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


def _latest(held: list[dict]) -> list[dict]:
    """The successor's posts from the last sentence that gives any."""
    if not held:
        return []
    last = max(p["sentence"] for p in held)
    return [p for p in held if p["sentence"] == last and p["qualifier"] != "former"]
