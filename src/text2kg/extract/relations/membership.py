"""Membership and affiliation.

- "X is/was part of Y", "X is a member of Y", "X belongs to Y", "X joined Y",
  "X, a member of Y": ``memberOf`` (``politicalParty`` when Y is a party);
- "X works for Y", and posts that are jobs ("a Y spokesman, X"): ``employer``;
- an organisation named after another one in the document ("U.N. Security Council" and
  "U.N."): ``partOf``.
When Y in "part of Y" is a plain noun ("part of a broader coalition ... in the NCRI"), the
first organisation named inside its phrase is taken.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from text2kg.extract.relations.common import relation, unique
from text2kg.extract.relations.index import MentionIndex

MEMBER_NOUNS = frozenset({"member", "part", "members"})
JOB_ROLES = frozenset(
    """spokesman spokeswoman spokesperson reporter correspondent journalist employee official
    editor analyst researcher engineer economist adviser advisor staffer columnist lawyer
    producer presenter anchor photographer""".split()
)
MEMBERS = ("Person", "Organization", "Place")
CONFIDENCE = {"founded": 0.8, "member-of": 0.85, "part-of": 0.8, "joined": 0.8, "belongs-to": 0.8,
              "works-for": 0.8, "job-title": 0.75, "named-after": 0.7}


def find_memberships(doc: Doc, index: MentionIndex, positions: list[dict]) -> list[dict]:
    found = []
    for mention in (s for s in index.spans if s.label_ in MEMBERS):
        found += _verbal(mention, index)
    found += _jobs(positions, index)
    found += _founded(index)
    found += _named_after(index)
    return unique(found)


def _relation(subject: str, predicate: str, obj: str, sentence: int, rule: str) -> dict:
    return relation(subject, predicate, obj, sentence, rule, CONFIDENCE[rule])


def _verbal(mention: Span, index: MentionIndex) -> list[dict]:
    root = mention.root
    sentence = index.sentence(root)
    out = []
    targets: list[tuple[Token, str]] = []
    if root.dep_ in ("nsubj", "nsubjpass"):
        verb = root.head
        lemma = verb.lemma_.lower()
        if lemma == "join":
            targets += [(c, "joined") for c in verb.children if c.dep_ == "dobj"]
        elif lemma == "belong":
            targets += [(g, "belongs-to") for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                        for g in c.children if g.dep_ == "pobj"]
        elif lemma in ("be", "remain", "become"):
            for noun in (c for c in verb.children if c.dep_ in ("attr", "acomp") and c.lemma_.lower() in MEMBER_NOUNS):
                targets += [(g, "member-of" if noun.lemma_.lower() == "member" else "part-of") for g in _of(noun)]
        elif lemma in ("work", "serve"):
            targets += [(g, "works-for") for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "at")
                        for g in c.children if g.dep_ == "pobj"]
    for child in root.children:  # "X, a member of Y"
        if child.dep_ == "appos" and child.lemma_.lower() == "member":
            targets += [(g, "member-of") for g in _of(child)]
    for token, rule in targets:
        org = index.at(token, ["Organization"]) or _first_organisation(token, index)
        if org is None or org.kb_id_ == mention.kb_id_:
            continue
        predicate = "employer" if rule == "works-for" else "memberOf"
        if predicate == "memberOf" and "party" in index.table[org.kb_id_]["label"].lower() and mention.label_ == "Person":
            predicate = "politicalParty"
        if predicate == "employer" and mention.label_ != "Person":
            continue
        out.append(_relation(mention.kb_id_, predicate, org.kb_id_, sentence, rule))
    return out


FOUNDING = frozenset("found establish form create launch start incorporate open".split())


def _founded(index: MentionIndex) -> list[dict]:
    """"X was founded in 1990 by Y", "Y founded X", "X, established in 1990,": ``inception``, ``foundedBy``."""
    out = []
    for mention in (s for s in index.spans if s.label_ in ("Organization", "Place", "Event")):
        root = mention.root
        verb, passive = None, False
        if root.dep_ == "nsubjpass" and root.head.lemma_.lower() in FOUNDING:
            verb, passive = root.head, True
        elif root.dep_ == "dobj" and root.head.lemma_.lower() in FOUNDING:
            verb = root.head
        else:
            verb = next((c for c in root.children if c.dep_ == "acl" and c.lemma_.lower() in FOUNDING and c.tag_ == "VBN"), None)
            passive = verb is not None
        if verb is None:
            continue
        sentence = index.sentence(root)
        for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                if prep.lower_ in ("in", "on") and (date := index.at(obj, ["Date"])) is not None:
                    out.append(_relation(mention.kb_id_, "inception", date.kb_id_, sentence, "founded"))
                if prep.lower_ == "by" and passive and (founder := index.at(obj, ["Person", "Organization"])) is not None:
                    out.append(_relation(mention.kb_id_, "foundedBy", founder.kb_id_, sentence, "founded"))
        if not passive:
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                founder = index.at(subject, ["Person", "Organization"])
                if founder is not None and mention.label_ == "Organization":
                    out.append(_relation(mention.kb_id_, "foundedBy", founder.kb_id_, sentence, "founded"))
    return out


def _of(noun: Token) -> list[Token]:
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for g in c.children if g.dep_ == "pobj"]


def _first_organisation(token: Token, index: MentionIndex) -> Span | None:
    """The first organisation inside a plain noun's phrase, following "of"/"in" only."""
    stack = [token]
    while stack:
        current = stack.pop(0)
        found = index.at(current, ["Organization"])
        if found is not None:
            return found
        for child in current.children:
            if child.dep_ in ("prep", "pobj") and (child.dep_ == "pobj" or child.lower_ in ("of", "in")):
                stack.append(child)
    return None


def _jobs(positions: list[dict], index: MentionIndex) -> list[dict]:
    out = []
    for p in positions:
        org = p.get("organization")
        if org and index.type_of(org) == "Organization" and set(p["role"].split()) & JOB_ROLES:
            out.append(_relation(p["person"], "employer", org, p["sentence"], "job-title"))
    return out


def _named_after(index: MentionIndex) -> list[dict]:
    """"U.N. Security Council" is part of "U.N." when both are organisations of the document."""
    names: dict[str, str] = {}
    for key, info in index.table.items():
        if info["type"] == "Organization":
            for name in (info["label"], *info["aliases"]):
                names.setdefault(name, key)
    out = []
    for key, info in index.table.items():
        if info["type"] != "Organization":
            continue
        for name, parent in names.items():
            if parent != key and info["label"].startswith(name + " ") and len(name) >= 2:
                first = next((s for s in index.spans if s.kb_id_ == key), None)
                if first is not None:
                    out.append(_relation(key, "partOf", parent, index.sentence(first.root), "named-after"))
                break
    return out

