"""Whom a title names: "... of Poland", "Shell chief executive", "Britain's", "Slovak Minister".

The last "of/at X" inside the title owns it; else a name in front of the post (a prefix),
a demonym, or a possessor before the title ("Britain's", "its": resolved later by the
story's context in :mod:`~text2kg.extract.relations.post_context`).
"""

from __future__ import annotations

from text2kg.extract.lexicon import demonyms
from text2kg.extract.relations.index import MentionIndex
from text2kg.extract.relations.post_lexicon import (
    HYPHENS, ORG_CONNECTORS, ORG_TYPES, OWNER_CONNECTORS, POSSESSIVE_PRONOUNS, TIME_WORDS, Lexicon, Title,
)


def owned(title: Title, index: MentionIndex, lex: Lexicon) -> Title:
    """Find whom the title names: "... of Poland", "Shell chief executive", "Britain's"."""
    tokens = title.tokens
    names = index.in_tokens(tokens, ORG_TYPES)
    names = [m for m in names if m.text.lower().removeprefix("the ") not in lex.portfolios]
    names = [m for m in names if not (len(m) == 1 and m[0].text in demonyms() and _hyphenated(m[0]))]
    for mention in reversed(names):
        before = mention.doc[mention.start - 1] if mention.start > 0 else None
        if before is not None and before.lower_ == "the" and mention.start - 2 >= 0:
            before = mention.doc[mention.start - 2]
        owning = before is not None and (
            before.lower_ in OWNER_CONNECTORS or (before.lower_ in ORG_CONNECTORS and mention.label_ == "Organization")
        )  # "Head of Mission in Zambia" is the post's; "Representative in the UN Mission" names its body
        if owning and before.i >= tokens[0].i:
            title.owner, title.owner_rule = mention, "title"
            return title
    if names and title.owner is None and all(
        t.lower_ in lex.ranks or t.lower_ in TIME_WORDS or t.lower_ == "the" for t in tokens if t.i < names[0].start
    ):
        title.owner, title.owner_rule = names[0], "prefix"  # "Shell chief executive", "Chief Pentagon Spokesperson"
        return title
    short = _short_reference(tokens, index, lex) if title.owner is None else None
    if short is not None:  # "Council President Ann Roe", "Director for the Foundation"
        title.owner, title.owner_rule, title.owner_key = short
        return title
    first = tokens[0]
    adjective = first if first.text in demonyms() else first.nbor(-1) if first.i > 0 else first
    if title.owner is None and adjective.text in demonyms() and not _hyphenated(adjective):  # "Slovak Minister"
        key = _entity_named(demonyms()[adjective.text], index)
        if key is not None:
            title.owner, title.owner_rule = index.doc[adjective.i : adjective.i + 1], "prefix"
            title.owner_key = key
            return title
    if title.owner is None and first.i >= 2 and first.nbor(-1).lower_ in ("'s", "’s"):
        mention = index.at(first.nbor(-2), ORG_TYPES)
        if mention is not None:
            title.owner, title.owner_rule = mention, "possessive"
        elif first.nbor(-2).lower_ in lex.state_nouns:
            title.possessor = first.nbor(-2).lower_
    elif title.owner is None and first.i >= 1 and first.nbor(-1).lower_ in POSSESSIVE_PRONOUNS:
        title.possessor = first.nbor(-1).lower_
    return title


def _short_reference(tokens: list, index: MentionIndex, lex: Lexicon) -> tuple | None:
    """A title naming its body by one word of the body's name: "Council President" in a story
    about the Security Council, "Executive Director for the Foundation", "member of the Court";
    the one organisation of the document whose name has that word, if only one has it."""
    posts = [k for k, t in enumerate(tokens) if t.lower_ in lex.posts]
    if not posts:
        return None
    for k, token in enumerate(tokens):
        if not (token.is_alpha and token.is_title and len(token) > 3) or index.at(token) is not None:
            continue
        low = token.lower_
        if low in lex.posts or low in lex.ranks or low in lex.portfolio_words or low in TIME_WORDS:
            continue
        before = [t.lower_ for t in tokens[max(k - 2, 0) : k]]
        prefix = k < posts[0] and all(t.lower_ in lex.ranks or t.lower_ == "the" for t in tokens[:k])
        trailing = k == len(tokens) - 1 and before in (["of", "the"], ["for", "the"])
        if not (prefix or trailing):
            continue
        keys = [key for key, info in index.table.items() if info.get("type") == "Organization" and any(
            token.text in name.split() for name in (info.get("label", ""), *info.get("aliases", ())))]
        if len(keys) == 1:
            return index.doc[token.i : token.i + 1], "prefix" if prefix else "title", keys[0]
    return None


def _entity_named(name: str, index: MentionIndex) -> str | None:
    """The key of the document's entity called ``name`` (by label or alias), if any."""
    for key, info in index.table.items():
        if info.get("type") in ORG_TYPES and (info.get("label") == name or name in info.get("aliases", ())):
            return key
    return None


def _hyphenated(token) -> bool:
    """A demonym joined to another by a hyphen ("Somali-American economist") says where a
    person is from, not whose post it is."""
    doc = token.doc
    def joined(a, b) -> bool:
        return 0 <= a < b < len(doc) and doc[a + 1].text in HYPHENS and not doc[a].whitespace_
    return joined(token.i, token.i + 2) or joined(token.i - 2, token.i)
