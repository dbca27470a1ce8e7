"""When and where events happened, and who took part.

- a date or place named inside the event's phrase ("the 1988 massacre", "the Karsk
  massacre"), or attached to its head by "in/on/at/during" ("the massacre in Iran"):
  ``pointInTime``, ``location``;
- "X took part in / attended / spoke at E", and a speaker "during E": ``participant``;
- a verb of violence attached to the event ("during the massacre, the regime executed
  prisoners"): its subject is the ``agent``, its object ``affected``, when they are named.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from text2kg.extract.relations.common import relation, unique
from text2kg.extract.relations.index import MentionIndex

PARTICIPATION = frozenset(
    "attend participate take speak join host organise organize lead address compete win play finish medal fight".split()
)
HELD = frozenset("hold take occur happen begin start end stage".split())
VIOLENCE = frozenset("kill execute massacre murder attack bomb shoot arrest torture detain hang".split())
ACTORS = ("Person", "Organization", "Place")
CONFIDENCE = {"held-in": 0.8, "date-in-name": 0.9, "place-in-name": 0.75, "date-attached": 0.8, "place-attached": 0.75,
              "took-part": 0.7, "spoke-during": 0.6, "agent": 0.7, "affected": 0.7}


def find_event_facts(doc: Doc, index: MentionIndex) -> list[dict]:
    found: list[dict] = []
    for event in (s for s in index.spans if s.label_ == "Event"):
        sentence = index.sentence(event[-1])
        inside = [m for m in index.spans if m.start >= event.start and m.end <= event.end and m.kb_id_ != event.kb_id_]
        for m in inside:
            if m.label_ == "Date":
                found.append(_fact(event, "pointInTime", m, sentence, "date-in-name"))
            elif m.label_ == "Place":
                found.append(_fact(event, "location", m, sentence, "place-in-name"))
        dated = any(m.label_ == "Date" for m in inside)  # "the 1988 massacre in 2011": 2011 is not its year
        head = event[-1]
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "during")):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                m = index.at(obj, ("Date", "Place"))
                if m is not None and not (dated and m.label_ == "Date"):
                    predicate = "pointInTime" if m.label_ == "Date" else "location"
                    found.append(_fact(event, predicate, m, sentence, "date-attached" if m.label_ == "Date" else "place-attached"))
        found += _participants(event, head, index, sentence)
        found += _held(event, head, index, sentence)
    return unique(found)


def _held(event: Span, head: Token, index: MentionIndex, sentence: int) -> list[dict]:
    """"E was held in P on D", "E took place in P"."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.lemma_.lower() not in HELD:
        return []
    out = []
    for prep in (c for c in head.head.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "from")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            m = index.at(obj, ("Date", "Place"))
            if m is not None:
                predicate = "pointInTime" if m.label_ == "Date" else "location"
                out.append(_fact(event, predicate, m, sentence, "held-in"))
    return out


def _fact(event: Span, predicate: str, other: Span, sentence: int, rule: str, reverse: bool = False) -> dict:
    subject, obj = (other.kb_id_, event.kb_id_) if reverse else (event.kb_id_, other.kb_id_)
    return relation(subject, predicate, obj, sentence, rule, CONFIDENCE[rule])


def _participants(event: Span, head: Token, index: MentionIndex, sentence: int) -> list[dict]:
    verb, relation = _governing_verb(head)
    if verb is None:
        return []
    lemma = verb.lemma_.lower()
    out = []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in PARTICIPATION or (lemma == "take" and any(c.lower_ == "part" for c in verb.children)):
        for s in subjects:
            m = index.at(s, ("Person", "Organization"))
            if m is not None:
                out.append(_fact(event, "participant", m, sentence, "took-part"))
    elif relation == "during" and lemma in ("say", "tell", "declare", "speak", "add"):
        for s in subjects:
            m = index.at(s, ("Person", "Organization"))
            if m is not None:
                out.append(_fact(event, "participant", m, sentence, "spoke-during"))
    elif lemma in VIOLENCE:
        for s in subjects:
            m = index.at(s, ACTORS)
            if m is not None:
                out.append(_fact(event, "agent", m, sentence, "agent"))
        for o in objects:
            m = index.at(o, ACTORS)
            if m is not None:
                out.append(_fact(event, "affected", m, sentence, "affected"))
    return out


def _governing_verb(head: Token) -> tuple[Token | None, str | None]:
    """The verb an event phrase hangs on, as object or through a preposition."""
    if head.dep_ == "dobj" and head.head.pos_ == "VERB":
        return head.head, None
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head, head.head.lower_
    return None, None

