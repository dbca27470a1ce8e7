"""Posts held: who holds which post, of what, and when.

- a title before a name: "President Ebrahim Raisi", "Judiciary Chief Gholam-Hossein Ejei",
  "Alliance leader Sofia Marin";
- a post in apposition, either way round: "Kumi Naidoo, secretary-general of Amnesty
  International (2018–2020)", "The NCRI's president-elect, Maryam Rajavi";
- a post after a verb: "X was appointed/elected/named Y of Z", "X became Y", "X served as Y".

The post is normalised ("secretary-general", "prime minister"); words relative to the
document's date ("current", "former", "first") are kept as its qualifier; the organisation
(or the country, for state offices) comes from a possessive ("the NCRI's"), an "of/for/at"
phrase or a name in the title; dates in brackets or after "from/since" give the interval.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from text2kg.extract.relations.index import MentionIndex

QUALIFIERS = frozenset(
    "current former then first second third last acting interim outgoing incoming late incumbent "
    "previous new newly sitting future founding deputy-elect longtime long-time".split()
)
POST_VERBS = frozenset("be become remain serve appoint elect name nominate promote install make choose".split())
POST_SLOTS = frozenset({"attr", "oprd", "xcomp", "dobj", "acomp"})
ORG_TYPES = ("Organization", "Place")
_NOT_IN_ROLE = frozenset({"det", "poss", "case", "nummod", "prep", "punct"})

CONFIDENCE = {"title-before-name": 0.85, "apposition": 0.85, "post-verb": 0.8}


def find_positions(doc: Doc, index: MentionIndex, posts: frozenset[str], honorifics: frozenset[str]) -> list[dict]:
    """Every post held that the rules find, as ``Position`` fields."""
    found: list[dict] = []
    for person in (s for s in index.spans if s.label_ == "Person"):
        for tokens, head, rule in _post_phrases(person, posts):
            position = _position(person, tokens, head, rule, index, posts, honorifics)
            if position is not None:
                found.append(position)
    return _unique(found)


def _post_phrases(person: Span, posts: frozenset[str]) -> list[tuple[list[Token], Token, str]]:
    """``(tokens of the post phrase, its head, rule)`` for each post said of ``person``."""
    root = person.root
    phrases: list[tuple[list[Token], Token, str]] = []
    title = _title_before(person)
    if title and _is_post(title[-1], posts, title):
        phrases.append((title, root, "title-before-name"))
    heads = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        heads.append(root.head)
    phrases += [(_left_run(h), h, "apposition") for h in heads if _is_post(h, posts)]
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in POST_VERBS:
        verb = root.head
        slots = [c for c in verb.children if c.dep_ in POST_SLOTS]
        slots += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        phrases += [(_left_run(s), s, "post-verb") for s in slots if _is_post(s, posts)]
    return phrases


def _title_before(person: Span) -> list[Token]:
    """Words right before a name that modify it: "Judiciary Chief" in "Judiciary Chief Ejei"."""
    doc, run = person.doc, []
    attached = set(range(person.start, person.end))
    i = person.start - 1
    while i >= 0 and doc[i].dep_ in ("compound", "amod", "nmod", "poss") and doc[i].head.i in attached:
        run.insert(0, doc[i])
        attached.add(i)
        i -= 1
    return run


def _left_run(head: Token) -> list[Token]:
    """The head noun with everything its phrase has before it: "the regime's current president"."""
    return list(head.doc[head.left_edge.i : head.i + 1])


def _is_post(token: Token, posts: frozenset[str], phrase: list[Token] | None = None) -> bool:
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    words = {t.lower_ for t in (phrase or [])} | {token.lower_}
    words |= {t.lower_ for t in token.lefts if t.dep_ in ("compound", "amod")}
    return bool(words & posts)


def _position(person: Span, tokens: list[Token], head: Token, rule: str, index: MentionIndex,
              posts: frozenset[str], honorifics: frozenset[str]) -> dict | None:
    role_tokens, qualifier, org = [], None, None
    for token in tokens:
        mention = index.at(token, ORG_TYPES)
        if mention is not None:
            org = org or mention.kb_id_
        elif index.at(token) is not None:
            continue  # a name or date inside the phrase is not part of the post
        elif token.lower_ in QUALIFIERS or token.ent_type_ == "ORDINAL":
            qualifier = qualifier or token.lower_
        elif token.lower_.rstrip(".") in honorifics or token.lower_ in honorifics:
            continue
        elif token.dep_ not in _NOT_IN_ROLE or token.text == "-":
            role_tokens.append(token)
    role = _role_text(role_tokens)
    words = set(role.replace("-", " ").split()) | {role}
    if not role or not words & posts or len(role.split()) > 4:
        return None
    if rule != "title-before-name":
        org = org or _organisation(head, index)
    start, end = _interval(head, index)
    return {
        "person": person.kb_id_, "role": role, "organization": org, "start": start, "end": end,
        "qualifier": qualifier, "sentence": index.sentence(person.root), "rule": rule,
        "confidence": CONFIDENCE[rule],
    }


def _role_text(tokens: list[Token]) -> str:
    """"secretary - general" as "secretary-general"; lower case; leading hyphens dropped."""
    text = "".join(t.text_with_ws for t in tokens).strip().lower()
    text = text.replace(" - ", "-").replace(" -", "-").replace("- ", "-").strip("-")
    return " ".join(text.split())


def _organisation(head: Token, index: MentionIndex) -> str | None:
    """"of/for/at Y" after the post, or "Y's" before it."""
    for child in head.children:
        if child.dep_ == "poss":
            mention = index.at(child, ORG_TYPES)
            if mention is not None:
                return mention.kb_id_
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "in"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    mention = index.at(obj, ORG_TYPES)
                    if mention is not None:
                        return mention.kb_id_
    return None


def _interval(head: Token, index: MentionIndex) -> tuple[str | None, str | None]:
    """Dates in brackets or after "from"/"since"/"between" within the post's phrase."""
    pruned = _pruned_subtree(head)
    doc = head.doc
    after = max(t.i for t in pruned) + 1
    if after + 1 < len(doc) and doc[after].text == "(":  # "..., director-general of X (2015–2021)"
        pruned.append(doc[after + 1])
    for date in index.in_tokens(pruned, ["Date"]):
        value = index.value_of(date.kb_id_)
        before = date.doc[date.start - 1].lower_ if date.start > 0 else ""
        if not value:
            continue
        if "/" in value:
            start, end = value.split("/", 1)
            return start, end
        if before in ("since", "from"):
            return value, None
        if before == "(":
            return value, None
    return None, None


def _pruned_subtree(head: Token) -> list[Token]:
    """The subtree of ``head`` without clauses hanging off it ("who wrote ... in 2011")."""
    out, stack = [], [head]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "conj"))
    return out


def _unique(found: list[dict]) -> list[dict]:
    seen, out = set(), []
    for p in found:
        key = (p["person"], p["role"], p["organization"], p["sentence"])
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
