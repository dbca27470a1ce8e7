"""Posts a verb gives: "X was appointed Y", "X served as Y", "Acme named X its new Y";
and the same said of "he"/"she", the person last named before ("She served as Ambassador
of Denmark to Greece": rule ``pronoun``, lower confidence).
"""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from text2kg.extract.relations.index import MentionIndex
from text2kg.extract.relations.post_lexicon import Lexicon, Title
from text2kg.extract.relations.post_titles import title_from

POST_VERBS = frozenset(
    "be become remain serve work act appoint reappoint elect name nominate promote install make choose confirm "
    "designate".split()
)
POST_SLOTS = frozenset({"attr", "oprd", "xcomp", "dobj", "acomp"})
APPOINTED = frozenset({"dobj", "nsubjpass"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PRONOUNS = ("he", "she")
#: Participles whose clause shares the sentence's subject: "Currently serving as X, Roe ...".
PARTICIPLES = frozenset({"VBG", "VBN"})
#: Prepositions that name where a post is held: "served with the State Police as a trooper".
EMPLOYERS = frozenset({"with", "at", "for"})
#: Verbs that give a post only through a noun of holding: "took on the role of Director".
HOLD_VERBS = frozenset({"take", "assume", "hold", "fill", "occupy"})
HELD_NOUNS = frozenset({"role", "post", "position", "office", "job", "seat", "duty", "duties"})
#: Subjects of a clause about the name before it: "Ann Roe, who served as ...".
RELATIVES = frozenset({"who", "that"})
#: Words that end a sentence, never a title line.
HEADLINE_STOPS = frozenset({".", "!", "?", "\"", "”"})
#: How many sentences back a pronoun's person may be named.
PRONOUN_REACH = 3


def pronoun_titles(doc: Doc, index: MentionIndex, lex: Lexicon) -> list[tuple[Span, Title]]:
    """Titles given to "he"/"she", each with the person last named before the pronoun."""
    hashes = [doc.vocab.strings[p] for p in PRONOUNS if p in doc.vocab.strings]
    if not hashes:
        return []
    where = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), hashes))
    people = [s for s in index.spans if s.label_ == "Person"]
    found = []
    for i in where.tolist():
        pronoun = doc[i]
        if pronoun.dep_ not in SUBJECTS or pronoun.head.lemma_.lower() not in POST_VERBS | HOLD_VERBS:
            continue
        before = [s for s in people if s.end <= i]
        if not before or index.sentence(pronoun) - index.sentence(before[-1].root) > PRONOUN_REACH:
            continue
        found += [(before[-1], title) for title in verb_titles(pronoun, i + 1, index, lex)]
    return found


def verb_titles(root: Token, end: int, index: MentionIndex, lex: Lexicon, own: bool = False) -> list[Title]:
    """The titles a verb gives ``root`` (a name's head, or a pronoun; the name ends before
    ``end``): "X was named Y", "X served as Y", "Acme named X its new Y", "appointed X as Y";
    and the verbs that share ``root`` as their subject: "X resigned and now serves as Y" (a
    second verb with no subject of its own), "X was confirmed to serve as Y" (a post verb it
    governs), "X, who will continue to serve as Y" (a clause about X)."""
    if own:  # ``root`` is itself the verb, with no subject: "for serving as Director"
        return _titles(root, None, end, index, lex)
    gives = root.head.lemma_.lower() in POST_VERBS | HOLD_VERBS
    titles = _titles(root.head, root, end, index, lex) if gives else []
    verbs = [c for c in root.children if c.dep_ == "relcl" and any(
        s.dep_ in SUBJECTS and s.lower_ in RELATIVES for s in c.children)]
    if root.dep_ in SUBJECTS:
        verbs += [c for c in root.head.conjuncts if c.i > root.i and not any(s.dep_ in SUBJECTS for s in c.children)]
        verbs += [c for c in root.head.children if c.dep_ == "advcl" and c.tag_ in PARTICIPLES
                  and not any(s.dep_ in SUBJECTS for s in c.children)]  # "Currently serving as X, Roe ..."
        verbs.append(root.head)
    verbs += [x for v in verbs if not any(c.dep_ == "dobj" for c in v.children)  # "nominated Poe to be": Poe's
              for x in v.children if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX")]
    for verb in dict.fromkeys(v for v in verbs if v is not root.head or root.dep_ not in SUBJECTS):
        if verb.lemma_.lower() in POST_VERBS | HOLD_VERBS:  # a clause before the name reads from its verb on
            titles += _titles(verb, None, end if verb.i >= end else verb.i + 1, index, lex)
    return titles


def _titles(verb: Token, root: Token | None, end: int, index: MentionIndex, lex: Lexicon) -> list[Title]:
    """The titles ``verb`` gives ``root``, or gives its subject when ``root`` is None (a verb
    the subject shares)."""
    as_subject = root is None or root.dep_ in SUBJECTS
    after = end - 1 if root is None else root.i
    held = [g for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in HELD_NOUNS and c.i > after
            for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if verb.lemma_.lower() not in POST_VERBS:  # "took on the role of Deputy Director": only the held post
        return _read(held if as_subject else [], end, index, lex, None)
    slots: list[Token] = []
    if as_subject:
        slots += [c for c in verb.children if c.dep_ in POST_SLOTS and c.i > after]
    if root is not None and root.dep_ in APPOINTED:
        slots += [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr") and c.i > root.i]
        slots += [c for c in root.children if c.dep_ == "appos" and c.i >= end]
    appoints_another = as_subject and any(c.dep_ == "dobj" for c in verb.children)
    if appoints_another:  # "Roe nominated Poe to be Ambassador": the post is Poe's
        slots = [c for c in slots if c.dep_ not in ("dobj", "xcomp", "oprd")]
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and not appoints_another]
    if root is not None:
        preps += [c for c in root.children if c.dep_ == "prep" and c.lower_ == "as"]
    if not appoints_another:  # "served as X and later as Y"
        preps += [g for a in verb.children if a.dep_ == "advmod" for g in a.children if _is_as(g)]
    preps += [g for c in verb.children if c.lower_ == "including" for g in c.children if _is_as(g)]
    preps += [c for p in preps for c in p.conjuncts if c.lower_ == "as" and c.i > p.i]  # "as X, and as Y"
    if preps and not appoints_another:  # the second "as" parsed as the verb's conjunct
        preps += [c for c in verb.children if c.dep_ == "conj" and c.lower_ == "as" and c not in preps]
    slots += [g for p in preps for g in p.children if g.dep_ == "pobj"]
    slots = [a for s in slots for a in ([s] if s.lemma_ != "be" else [c for c in s.children if c.dep_ == "attr"])]
    if as_subject:
        slots += held
    return _read(slots, end, index, lex, _employer(verb, index) if preps else None)


def _read(slots: list[Token], end: int, index: MentionIndex, lex: Lexicon, employer: Span | None) -> list[Title]:
    """The titles at ``slots`` and the ones joined to them ("as A in X, B in Y and C")."""
    titles: list[Title] = []
    for slot in slots:
        read_to = -1
        for part in (slot, *(c for c in slot.conjuncts if c.i > slot.i)):  # "as A in X, B in Y and C"
            start = part.left_edge.i if part.left_edge.i >= max(end, read_to + 1) else part.i
            title = title_from(start, index, lex) if part.i > read_to else None
            if title is not None and title.tokens[0].i <= part.i <= title.tokens[-1].i + 1:
                if title.owner is None and title.possessor is None and employer is not None:
                    title.owner, title.owner_rule = employer, "verb"  # "served with the State Police as a trooper"
                titles.append(title)
                read_to = title.tokens[-1].i
            elif part is slot:
                break
    return titles


def _employer(verb: Token, index: MentionIndex) -> Span | None:
    """The organisation a verb places its subject in: "served with/at/for the State Police"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in EMPLOYERS:
            for obj in prep.children:
                mention = index.at(obj, ["Organization"]) if obj.dep_ == "pobj" else None
                if mention is not None:
                    return mention
    return None


def _is_as(token: Token) -> bool:
    return token.dep_ == "prep" and token.lower_ == "as"


def in_headline(person: Span) -> bool:
    """A title line ("Acme Names Park CEO") is not a sentence: its parse is not read.

    Read outwards from the name to the sentence's ends, stopping at the first word that a
    title line would not have: a lower-case word of four letters or more, or a full stop.
    """
    doc = person.doc
    i = person.end
    while i < len(doc) and not (i > person.end and doc[i].is_sent_start):
        if not _title_cased(doc[i]) or doc[i].text in HEADLINE_STOPS:
            return False
        i += 1
    i = person.start - 1
    while i >= 0 and not doc[i + 1].is_sent_start:
        if not _title_cased(doc[i]):
            return False
        i -= 1
    return True


def _title_cased(token: Token) -> bool:
    return not (token.is_alpha and len(token) > 3 and not token.text[0].isupper())
