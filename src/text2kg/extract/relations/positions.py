"""Posts held: who holds which post, of what, and when.

- a title before a name: "President Ebrahim Raisi", "Secretary of State Antony Blinken",
  "Shell chief executive Meg Tran", "the Security Council President, Emyr Jones Parry";
- a title after a name and a comma: "Kumi Naidoo, secretary-general of Amnesty International
  (2018–2020)", "Ivo Marek, Minister of Foreign Affairs of Poland;";
- a post after a verb: "X was appointed/elected/named Y of Z", "X became Y", "X served as Y",
  "Acme named Jo Park its new chief executive", "appointed Ann Roe as Special Envoy ...";
- a career told by verbs that share the name: "served as A and later as B", "X, who will
  continue to serve as Y", "Currently serving as Y, X has ..." (:mod:`~text2kg.extract.relations.post_verbs`);
- a post named by the noun of its giving or holding: "X's nomination to be Y", "her
  appointment as Y", "took on the role of Y" (:mod:`~text2kg.extract.relations.post_events`);
- successions: "Park succeeds Lee Kim", "She took over from Lee Kim" (Lee Kim held Park's post
  before: :mod:`~text2kg.extract.relations.successions`).

A rank or courtesy title alone before a name ("General Tom Poe", "Ambassador Ann Roe") and an
occupation with no organisation ("an economist") describe a person and are no post.

Titles are read by the grammar of :mod:`~text2kg.extract.relations.post_titles` (role with its
rank and portfolio, canonical label, qualifier, organisation); when a title names no one, the
story's context may (:mod:`~text2kg.extract.relations.post_context`): "its", "the regime's",
a dateline, or the one country a story is about (rules ``dateline``/``document-country``).
Words relative to the document's date ("current", "former", "new") are kept as the qualifier;
dates in brackets or after "from/since" give the interval.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from text2kg.extract.relations.index import MentionIndex
from text2kg.extract.relations.post_context import (
    DocumentContext,
    body_of,
    document_context,
    possessor_owner,
)
from text2kg.extract.relations.post_events import POST_EVENTS, event_title, event_titles, gerund_titles
from text2kg.extract.relations.post_lexicon import Lexicon, Title, lexicon
from text2kg.extract.relations.post_roles import read_role, split_titles
from text2kg.extract.relations.post_titles import title_after, title_before, title_from
from text2kg.extract.relations.post_verbs import in_headline as _in_headline
from text2kg.extract.relations.post_verbs import pronoun_titles, verb_titles
from text2kg.extract.relations.successions import find_successions

#: Verbs that give someone a post: "Acme named Jo Park its chief executive".
APPOINT_VERBS = frozenset("appoint reappoint elect name nominate promote install make choose designate".split())
#: Words after a name that introduce its post: "Ann Roe, of Ohio, to be Member of ...", "as".
INTRODUCERS = (("to", "be"), ("as",))
MAX_ROLE_WORDS = 12
#: Words a state's post may have besides its state word, rank and portfolio.
STATE_EXTRA = frozenset({"prime", "leader", "chief", "minister", "secretary", "of", "for", "and"})
#: Tokens after a title where its dates may stand: "(1999 to 2008)", "since 2019".
FOLLOWING = 4

CONFIDENCE = {
    "title-before-name": 0.85, "apposition": 0.85, "post-verb": 0.8, "succession": 0.7, "pronoun": 0.6,
    "dateline": 0.6, "document-country": 0.5, "document-city": 0.5, "post-body": 0.6,
}


class _Context:
    """The document's context, worked out only when a post needs it."""

    def __init__(self, doc: Doc, index: MentionIndex) -> None:
        self.doc, self.index, self._value = doc, index, None

    @property
    def value(self) -> DocumentContext:
        if self._value is None:
            self._value = document_context(self.doc, self.index)
        return self._value


def find_positions(doc: Doc, index: MentionIndex, posts: frozenset[str], honorifics: frozenset[str]) -> list[dict]:
    """Every post held that the rules find, as ``Position`` fields."""
    lex = lexicon(posts, honorifics)
    context = _Context(doc, index)
    found: list[dict] = []
    for person in (s for s in index.spans if s.label_ == "Person"):
        for whole, rule in _titles(person, index, lex):
            for title in split_titles(whole, lex, index):
                position = _position(person, title, rule, index, lex, context)
                if position is not None:
                    found.append(position)
    told = pronoun_titles(doc, index, lex) + event_titles(doc, index, lex) + gerund_titles(doc, index, lex)
    for person, title in told:
        for part in split_titles(title, lex, index):
            position = _position(person, part, "pronoun", index, lex, context)
            if position is not None:
                position["sentence"] = index.sentence(title.tokens[0])
                found.append(position)
    found += find_successions(doc, index, found)
    return _subsumed(_unique(found))


def _titles(person: Span, index: MentionIndex, lex: Lexicon) -> list[tuple[Title, str]]:
    """Each title said of ``person``, with the rule that found it."""
    titles = []
    before = title_before(person, index, lex)
    if before is not None:
        titles.append((before, "title-before-name"))
    for appositive in (title_before(person, index, lex, skip_comma=True), title_after(person, index, lex)):
        if appositive is not None:
            titles.append((appositive, "apposition"))
    if not _in_headline(person):
        titles += [(t, "post-verb") for t in verb_titles(person.root, person.end, index, lex)]
    introduced = _introduced(person, index, lex)
    if introduced is not None:
        titles.append((introduced, "post-verb"))
    return titles


def _introduced(person: Span, index: MentionIndex, lex: Lexicon) -> Title | None:
    """"appoint Ann Roe, of Ohio, to be a Member of the Arts Council", "named Ann Roe as ..."."""
    doc, i = person.doc, person.end
    appointed = person.root.head.lemma_.lower() in APPOINT_VERBS and person.root.dep_ not in ("nsubj", "csubj")
    if appointed and i < len(doc) and not doc[i].is_punct:  # not "Biden nominated [Roe]": the subject appoints
        if _in_headline(person):
            return None
        named = title_from(i, index, lex)  # "Acme named Jo Park its new chief executive"
        if named is not None:
            return named
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "of":
        i += 1
    if i + 2 < len(doc) and doc[i].lower_ == "of":  # ", of Ohio,"
        place = index.at(doc[i + 1], ["Place"])
        if place is None:
            return None
        i = place.end + (1 if place.end < len(doc) and doc[place.end].text == "," else 0)
    if i + 2 < len(doc) and doc[i].lower_ in ("'s", "’s") and doc[i + 1].pos_ == "NOUN" and doc[i + 2].lower_ == "as":
        i += 2  # "Ann Roe's resignation as Director of ..."
    elif (i + 3 < len(doc) and _possessive(person, doc[i]) and doc[i + 1].lower_ in POST_EVENTS
          and doc[i + 2].lower_ == "to"):
        return None if _in_headline(person) else event_title(i + 3, index, lex)
    if i + 3 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "to" and doc[i + 2].lower_ == "be":
        i += 1  # "Ann Roe, to be Secretary of Labor"
    for words in INTRODUCERS:
        if tuple(t.lower_ for t in doc[i : i + len(words)]) == words and not _in_headline(person):
            start = i + len(words)
            if start < len(doc) and doc[start].lower_ in ("a", "an"):
                start += 1
            return title_from(start, index, lex)
    return None


def _possessive(person: Span, token: Token) -> bool:
    """"Roe's", and "Jones'" after a name ending in s."""
    return token.lower_ in ("'s", "’s") or (token.text in ("'", "’") and person.text.endswith("s"))


def _position(person: Span, title: Title, rule: str, index: MentionIndex, lex: Lexicon,
              context: _Context) -> dict | None:
    role, qualifier = read_role(title, index, lex)
    words = set(role.replace("-", " ").split()) | {role}
    if not role or not words & lex.posts or len(role.split()) > MAX_ROLE_WORDS:
        return None
    org = title.owner_id
    if org == person.kb_id_:
        return None
    if org is None and title.possessor is not None:
        org = possessor_owner(title.tokens[0], title.possessor, index, lex, context.value)
        if org is not None and title.possessor in lex.state_nouns:
            rule = "document-country"
    plain = set(role.replace("-", " ").split())
    if org is None and plain & lex.state_posts and plain <= lex.state_posts | lex.ranks | lex.portfolio_words | STATE_EXTRA:
        if context.value.dateline is not None:
            org, rule = context.value.dateline, "dateline"
        elif context.value.country is not None and not context.value.has_dateline:
            org, rule = context.value.country, "document-country"
    if org is None and lex.bodies:
        org = body_of(role, index, lex)
        rule = "post-body" if org is not None else rule
    if org is None and plain & lex.city_posts and context.value.city is not None:
        org, rule = context.value.city, "document-city"
    if org is None and _bare(role, qualifier, rule, lex):
        return None
    head = next((t for t in reversed(title.tokens) if t.lower_ in lex.posts), title.tokens[-1])
    start, end = _interval(head, title, index)
    return {
        "person": person.kb_id_, "role": role, "organization": org, "start": start, "end": end,
        "qualifier": qualifier, "sentence": index.sentence(person.root), "rule": rule,
        "confidence": CONFIDENCE[rule],
    }


def _bare(role: str, qualifier: str | None, rule: str, lex: Lexicon) -> bool:
    """A rank or form of address alone before a name ("General Tom Poe", "Ambassador Ann Roe"),
    or an occupation with no organisation ("an economist"): a description, not a post held."""
    if role in lex.occupations:
        return True
    return rule == "title-before-name" and role in lex.courtesy and qualifier is None


def _interval(head: Token, title: Title, index: MentionIndex) -> tuple[str | None, str | None]:
    """Dates in brackets or after "from"/"since"/"between" within the post's phrase."""
    doc = head.doc
    after = title.tokens[-1].i + 1
    tokens = list(title.tokens) + list(doc[after : after + FOLLOWING])  # "... of X (2015–2021)"
    for date in index.in_tokens(tokens, ["Date"]):
        value = index.value_of(date.kb_id_)
        before = date.doc[date.start - 1].lower_ if date.start > 0 else ""
        if not value:
            continue
        if "/" in value:
            start, end = value.split("/", 1)
            return start, end
        if before in ("since", "from", "("):
            return value, None
    return None, None


def _unique(found: list[dict]) -> list[dict]:
    """One post per person, role and organisation in a sentence; a post found with its
    organisation makes the same one found without it redundant."""
    owned = {(p["person"], p["role"], p["sentence"]) for p in found if p["organization"]}
    seen, out = set(), []
    for p in found:
        key = (p["person"], p["role"], p["organization"], p["sentence"])
        if key in seen or (p["organization"] is None and key[:2] + (p["sentence"],) in owned):
            continue
        seen.add(key)
        out.append(p)
    return out


def _subsumed(found: list[dict]) -> list[dict]:
    """Drop a post when the same person holds a fuller one in the document with the same or
    no organisation: "Secretary Blinken" after "Secretary of State Antony J. Blinken"."""
    out = []
    for p in found:
        words = set(p["role"].replace("-", " ").split())
        fuller = any(
            q is not p and q["person"] == p["person"] and words < set(q["role"].replace("-", " ").split())
            and p["organization"] in (None, q["organization"]) and q["qualifier"] != "former"
            and p["qualifier"] in (None, q["qualifier"])
            for q in found
        )
        if not fuller:
            out.append(p)
    return out
