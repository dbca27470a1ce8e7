"""Titles written into a name: "Spokesperson Ned Price", "Wikimedia Board Chair Florence
Devouard", "Pentagon Spokesperson", "Secretary of State".

A title is a run of words holding a post or honorific (``data/posts.txt``,
``data/honorifics.txt``), widened by the words that make longer titles
(``data/title_words.txt``: "Board", "Majority", "Deputy") and by portfolios
(``data/portfolios.txt``: "of State", "Defense"). The model often takes a title into a
name; these functions cut it out, so that the person keeps only their name and an
organisation written before the title ("Wikimedia", "Pentagon") stays a mention of its own.
"""

from __future__ import annotations

from collections.abc import Container
from typing import NamedTuple

from spacy.tokens import Span

#: Small words a title may hold between its words ("Secretary *of* State").
_TITLE_JOINERS = frozenset({"of", "the", "-", "for"})
#: Words after which a closing post belongs to the organisation ("Office of the Prime Minister").
_OWNED_BY_NAME = frozenset({"of", "the", "for", "'s", "’s", "and", "&"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Posts that are also surnames: closing a person's name they are the name ("Stephen King").
_SURNAME_POSTS = frozenset(
    "king queen prince princess bishop judge chancellor marshal cardinal pope sheikh sultan emir "
    "general chief head speaker writer lieutenant officer priest rabbi imam anchor counsel "
    "premier monarch ruler victim witness justice mayor".split()
)


class TitleWords(NamedTuple):
    """The lower-case word lists a title is read from."""

    posts: frozenset[str]
    modifiers: frozenset[str]
    portfolios: frozenset[str]
    org_words: frozenset[str] = frozenset()
    places: Container[str] = frozenset()
    activities: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    missions: frozenset[str] = frozenset()


def is_portfolio(span: Span, words: TitleWords) -> bool:
    """Whether the whole span is a portfolio ("State", "Defense", "Foreign Affairs"): a
    portfolio is part of a post, never an organisation by itself."""
    return span.text.casefold() in words.portfolios


def split_title(span: Span, words: TitleWords) -> list[Span]:
    """The names left in ``span`` once a title written in it is cut out.

    The part after the title is a person (label ``PERSON``); the part before it names what
    the title is held in (its label is kept, or ``ORG`` where the model said ``PERSON``).
    A span that is all title gives nothing; one without a title comes back alone. A field after a post
    and "for", and a document's name ("... Charter", ``data/document_heads.txt``) give
    nothing. A word for what an organisation holds closing the name ("Arctic Council Ministerial",
    ``data/org_activities.txt``) is left out too.
    """
    if is_portfolio(span, words) or _after_post_for(span, words):
        return []
    if len(span) > 1 and span[-1].lower_ in words.documents and span.label_ != "PERSON":
        return []  # "Political Transition Charter"
    while len(span) > 1 and span[-1].lower_ in words.activities and span.label_ != "PERSON":
        span = Span(span.doc, span.start, span.end - 1, label=span.label, kb_id=span.kb_id)  # "G-7 Ministerial meeting"
    run = _last_title(span, words)
    if run is None:
        if all(_is_title_word(t.text, words) for t in span):
            return []
        return [span]
    start, end = run
    if start == 0 and end == len(span) or all(_is_title_word(t.text, words) for t in span):
        return []  # "Special Representative", "Principal"
    doc = span.doc
    before_label = "ORG" if span.label_ == "PERSON" else span.label_  # "Pentagon Spokesperson"
    if end == len(span):
        if start == 0 or span[start - 1].lower_ in _OWNED_BY_NAME:
            return [span]
        if span.label_ == "PERSON" and end - start == 1 and span[start].lower_ in _SURNAME_POSTS:
            return [span]
        return [Span(doc, span.start, span.start + start, label=before_label, kb_id=span.kb_id)]
    rest = span[end:]
    if not _person_after(span, start, rest, words):
        return [span]
    out = []
    if start > 0:
        out.append(Span(doc, span.start, span.start + start, label=before_label))
    out.append(Span(doc, rest.start, rest.end, label="PERSON", kb_id=span.kb_id))
    return out


def _after_post_for(span: Span, words: TitleWords) -> bool:
    """A field written after a post and "for" ("Assistant Secretary-General for Legal Affairs",
    "Secretary of State for International Organizations"): part of the title, unless a place
    ("Special Representative for Somalia") or an organisation."""
    doc = span.doc
    i = span.start - 1
    if i > 0 and doc[i].lower_ == "of" and span[0].lower_ in words.portfolios and _is_post(doc[i - 1].text, words):
        return True  # "Assistant Secretary of State for International Organizations"
    if i > 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "for":
        return False
    before = doc[i - 1].text
    if not (_is_post(before, words) or before.lower() in words.portfolios):
        return False
    if span.end < len(doc) and _is_post(doc[span.end].text, words):
        return False  # "Spokesperson for UN Secretary-General": the UN holds the post
    return span.text not in words.places and not any(t.lower_ in words.org_words for t in span)


def _person_after(span: Span, start: int, rest: Span, words: TitleWords) -> bool:
    """Whether the words after a title read as a person's name."""
    if not rest[0].text[:1].isupper() or not rest[0].is_alpha:
        return False
    if any(t.lower_.rstrip(".") in words.org_words for t in rest):
        return False  # "Queen Mary University"
    if rest.text in words.places or (span.label_ in _PLACE_LABELS and span.text in words.places):
        return False  # "Prince Edward Island"
    return not (span.label_ != "PERSON" and start == 0 and len(rest) < 2)  # "General Motors"


def _is_post(token_text: str, words: TitleWords) -> bool:
    lower = token_text.lower()
    return lower in words.posts or lower.rstrip(".") in words.posts or (
        lower.endswith("s") and lower[:-1] in words.posts  # "Foreign Ministers"
    )


def _is_title_word(token_text: str, words: TitleWords) -> bool:
    lower = token_text.lower()
    return _is_post(lower, words) or lower in words.modifiers or lower in words.portfolios


def _last_title(span: Span, words: TitleWords) -> tuple[int, int] | None:
    """The last run of title words in ``span`` that holds a post, as (start, end) within it."""
    texts = [t.text for t in span]
    best = None
    i = 0
    while i < len(texts):
        if not _is_title_word(texts[i], words):
            i += 1
            continue
        j = i + 1
        while j < len(texts):
            if _is_title_word(texts[j], words):
                j += 1
            elif texts[j].lower() in _TITLE_JOINERS and j + 1 < len(texts) and _is_title_word(texts[j + 1], words):
                j += 2
            else:
                break
        if any(_is_post(t, words) for t in texts[i:j]):
            best = (i, j)
        i = j
    return best
