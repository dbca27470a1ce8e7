"""The vocabulary titles are read with: post words, ranks, portfolios and time words (from
data files), and the record a title is read into. Shared by the title grammar
(:mod:`~text2kg.extract.relations.post_titles`), its owners
(:mod:`~text2kg.extract.relations.post_owners`) and the role labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from text2kg.extract.lexicon import _lines, words

#: Words that date a post without changing it; kept as its qualifier.
TIME_WORDS = frozenset(
    "current former then first second third last acting interim outgoing incoming late incumbent "
    "previous new newly sitting future founding longtime long-time next".split()
)
#: Connectors inside a title; "at/to/in" only before a name ("ambassador to Japan").
CONNECTORS = frozenset({"of", "for"})
NAME_CONNECTORS = frozenset({"at", "to", "in", "with"})
#: Connectors after which an organisation is the post's own, not its area ("for Somalia").
OWNER_CONNECTORS = frozenset({"of", "at", "with"})
#: Connectors after which only an organisation is the post's own: "Officer for the Development
#: Fund", "Representative in the UN Mission" (a place after them is the post's area).
ORG_CONNECTORS = frozenset({"in", "for"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
HYPHENS = frozenset({"-", "‐", "‑"})
ORG_TYPES = ("Organization", "Place")
MAX_TOKENS = 16
#: The longest bracket a title or name may carry: "(CDC)", "(R-ID)", "(D - Mass.)".
BRACKET = 8


@dataclass(frozen=True)
class Lexicon:
    """The word lists a title is read with (data/*.txt)."""

    posts: frozenset[str]
    honorifics: frozenset[str]
    ranks: frozenset[str]
    portfolios: frozenset[str]
    portfolio_words: frozenset[str]
    state_nouns: frozenset[str]
    state_posts: frozenset[str]
    city_posts: frozenset[str]
    labels: dict[str, str] = field(hash=False, compare=False)
    bodies: dict[str, tuple[str, ...]] = field(hash=False, compare=False, default_factory=dict)
    courtesy: frozenset[str] = frozenset()  # "Ambassador", "General": alone, no post
    occupations: frozenset[str] = frozenset()  # "economist": a post only with an organisation or rank


@lru_cache(maxsize=None)
def lexicon(posts: frozenset[str], honorifics: frozenset[str]) -> Lexicon:
    """The title lexicon, loaded once, with the component's own post and honorific lists."""
    portfolios = words("portfolios")
    labels = dict(line.split("\t") for line in _lines("post_labels.tsv"))
    bodies = {role: tuple(names) for role, *names in (line.split("\t") for line in _lines("post_bodies.tsv"))}
    return Lexicon(
        posts | words("seats"), honorifics, words("post_ranks"), portfolios,
        frozenset(w for p in portfolios for w in p.split()) | {"affairs"},
        words("state_nouns"), words("state_posts"), words("city_posts"), labels, bodies,
        words("post_courtesy"), words("post_occupations"),
    )


@dataclass
class Title:
    """A title read on the tokens: its words and whom it names."""

    tokens: list[Token]
    owner: Span | None = None  # the organisation or country the title names
    owner_rule: str | None = None  # "title", "prefix" or "possessive"
    possessor: str | None = None  # "its", "regime": resolved by the document's context
    owner_key: str | None = None  # the owner's entity, when it is not the owner span's own

    @property
    def owner_id(self) -> str | None:
        return self.owner_key or (self.owner.kb_id_ if self.owner is not None else None)


def is_post_word(token: Token, lex: Lexicon) -> bool:
    return token.lower_ in lex.posts


