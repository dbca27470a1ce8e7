"""Posts named by the noun of their giving or leaving: "Ann Roe's nomination to be Secretary of
Labor", "Roe's election to the position of Leader", "congratulated Roe on her appointment as
Director", "informed the Court of his resignation as a member", "she keeps her position as Adviser",
"nominated Roe for assignment as
Director", "thanked Roe for serving as Director" (the "his"/"her", the noun or the gerund is the
person named last before it; rule ``pronoun``).
"""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from text2kg.extract.relations.index import MentionIndex
from text2kg.extract.relations.post_lexicon import Lexicon, Title
from text2kg.extract.relations.post_titles import title_from
from text2kg.extract.relations.post_verbs import verb_titles

#: Nouns of a post given or left, after a possessive name: "Ann Roe's nomination to be ...",
#: "Roe's appointment to Surgeon General", "Roe's election to the position of Leader".
POST_EVENTS = frozenset(
    "nomination appointment election promotion confirmation resignation reappointment designation selection "
    "assignment service tenure position post role job".split()
)
#: Words between such a noun and the post itself: "to [the position of] Democratic Leader".
POST_FILLERS = (("the", "position", "of"), ("the", "post", "of"), ("the", "role", "of"), ("the", "office", "of"))
#: Possessive pronouns that stand for the person named before: "her appointment as".
PERSONAL = frozenset({"his", "her"})
#: Prepositions before such a noun with no possessive: "for assignment as", "with assignment as".
UNOWNED = frozenset({"for", "with"})
#: Gerunds that give a post after "for": "thanked Ann Roe for serving as Director".
GERUNDS = ("serving",)
#: How many sentences back the person of "his"/"her" may be named.
REACH = 1


def event_title(i: int, index: MentionIndex, lex: Lexicon) -> Title | None:
    """The post after "'s nomination to": "be Secretary of Labor", "the position of Leader"."""
    doc = index.doc
    if doc[i].lower_ == "be":
        i += 1
    for words in POST_FILLERS:
        if tuple(t.lower_ for t in doc[i : i + len(words)]) == words:
            i += len(words)
            break
    return title_from(i, index, lex)


def event_titles(doc: Doc, index: MentionIndex, lex: Lexicon) -> list[tuple[Span, Title]]:
    """Titles after "his/her appointment as" and the like, each with the person named last
    before the pronoun."""
    hashes = [doc.vocab.strings[w] for w in POST_EVENTS if w in doc.vocab.strings]
    where = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), hashes)) if hashes else []
    people = [s for s in index.spans if s.label_ == "Person"]
    found = []
    for i in list(where):
        token = doc[int(i)]
        if token.i + 2 >= len(doc):
            continue
        pronoun = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in PERSONAL), None)
        if pronoun is None and token.head.lower_ in UNOWNED and token.dep_ == "pobj":
            pronoun = token  # "nominated Ann Roe for assignment as Director": no pronoun, the person before
        after = doc[token.i + 1].lower_
        if pronoun is None or after not in ("as", "to"):
            continue
        before = [s for s in people if s.end <= pronoun.i]
        if not before or index.sentence(pronoun) - index.sentence(before[-1].root) > REACH:
            continue
        title = title_from(token.i + 2, index, lex) if after == "as" else event_title(token.i + 2, index, lex)
        if title is not None:
            found.append((before[-1], title))
    return found


def gerund_titles(doc: Doc, index: MentionIndex, lex: Lexicon) -> list[tuple[Span, Title]]:
    """Titles after "for serving as", each with the person named last before it in the sentence."""
    hashes = [doc.vocab.strings[w] for w in GERUNDS if w in doc.vocab.strings]
    if not hashes:
        return []
    people = [s for s in index.spans if s.label_ == "Person"]
    found = []
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), hashes)).tolist():
        verb = doc[i]
        if verb.head.lower_ != "for" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        before = [s for s in people if s.end <= i and index.sentence(s.root) == index.sentence(verb)]
        if before:
            found += [(before[-1], title) for title in verb_titles(verb, i + 1, index, lex, own=True)]
    return found
