"""Titles as a small grammar, read on the tokens around a name.

A title is a run of post words ("minister", "secretary"), ranks ("deputy", "acting"),
portfolios ("foreign affairs", "defence", "state"), names of organisations or countries and
the connectors "of/for/at/to/in/and": "Deputy Minister for Foreign Affairs and European
Integration of the Republic of Moldova", "Shell chief executive", "Secretary of State".
Reading one gives the role (the post with its rank and portfolio, a canonical label for
queries), the time qualifier ("former", "new") and the organisation or country that the title
names: the last "of/at X" ("of Poland"), else one in front ("Shell chief executive",
"German Foreign Minister"), else a possessor ("Britain's", "the regime's", "its").

The parse is not needed: titles are often mis-parsed ("Secretary - General" split in two,
"Secretary of State Antony Blinken" read as a prepositional phrase), so the rules walk tokens
and look words up in data files.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from text2kg.extract.relations.index import MentionIndex
from text2kg.extract.relations.post_lexicon import (
    BRACKET, CONNECTORS, HYPHENS, MAX_TOKENS, NAME_CONNECTORS, ORG_TYPES, POSSESSIVE_PRONOUNS,
    TIME_WORDS, Lexicon, Title, is_post_word,
)
from text2kg.extract.relations.post_owners import owned as _owned


def _word_kind(token: Token, index: MentionIndex, lex: Lexicon) -> str | None:
    """What one token can be inside a title, or None when it cannot be in one."""
    low = token.lower_
    mention = index.at(token)
    if mention is not None:
        if mention.label_ in ORG_TYPES:
            text = mention.text.lower().removeprefix("the ")
            return "portfolio" if text in lex.portfolios else "name"
        return None
    if low in lex.posts:
        return "post"
    if low in lex.ranks or low in TIME_WORDS:
        return "rank"
    if low in lex.portfolio_words:
        return "portfolio"
    if low in CONNECTORS:
        return "connector"
    if low in NAME_CONNECTORS:
        return "name-connector"
    if low in ("and", "&"):
        return "and"
    if low == "the" or (token.text in HYPHENS and token.i > 0 and not token.whitespace_ and not token.nbor(-1).whitespace_):
        return "glue"  # a hyphen inside a word ("Secretary-General"), not a dash
    if low.rstrip(".") in lex.honorifics:
        return "glue"
    if token.pos_ in ("NOUN", "PROPN", "ADJ") and token.text[:1].isupper() and token.is_alpha:
        return "capital"  # "Judiciary Chief", "Minister for Planning"
    return None


def title_before(person: Span, index: MentionIndex, lex: Lexicon, skip_comma: bool = False) -> Title | None:
    """The title right before a name: "Secretary of State Antony Blinken", "the Security
    Council President, Emyr Jones Parry" (with ``skip_comma``)."""
    doc = person.doc
    i = person.start - 1
    while i >= 0 and doc[i].lower_.rstrip(".") in lex.honorifics:
        i -= 1  # "Director Dr. Rochelle Walensky"
    if skip_comma:
        if i < 1 or doc[i].text != ",":
            return None
        i -= 1
    end = i + 1
    sent_start = person.sent.start if doc.has_annotation("SENT_START") else 0
    while sent_start > 0 and not doc[sent_start - 1].is_punct and end - sent_start <= MAX_TOKENS:
        sent_start -= 1  # a break the parser put inside a title, not after punctuation
    start = end
    has_post = False
    while i >= sent_start and end - i <= MAX_TOKENS:
        if doc[i].text == ")" and _bracket_start(doc, i) is not None:
            i = _bracket_start(doc, i) - 1  # "Centers for Disease Control (CDC) Director"
            continue
        kind = _word_kind(doc[i], index, lex)
        inner = has_post and doc[i + 1].lower_ != "the"  # "Special Representative of the Secretary-General Qazi"
        if kind is None or (inner and kind in ("connector", "name-connector", "and")):
            break  # "Spokesperson for [UN Secretary-General] Ban": the name takes the inner title
        has_post = has_post or kind == "post"
        if kind == "name":
            mention = index.at(doc[i])
            i = mention.start - 1
            start = mention.start
            continue
        start = i
        i -= 1
    tokens = _unbracketed(doc[start:end])
    while tokens and _word_kind(tokens[0], index, lex) in ("glue", "and", "connector", "name-connector"):
        tokens.pop(0)
    while tokens and not skip_comma and _word_kind(tokens[-1], index, lex) == "capital":
        tokens.pop()  # "Secretary of State Antony [J. Blinken]": a first name the mention left out
    if not tokens or not any(is_post_word(t, lex) for t in tokens):
        return None
    last = _word_kind(tokens[-1], index, lex)
    if last not in ("post", "portfolio", "capital", "rank") and not (skip_comma and last == "name"):
        return None
    if skip_comma and not _closes(doc, person.end):
        return None
    return _owned(Title(tokens), index, lex)


def title_after(person: Span, index: MentionIndex, lex: Lexicon) -> Title | None:
    """A title after a name and a comma: "Ivo Marek, Minister of Foreign Affairs of Poland,"."""
    doc = person.doc
    i = person.end
    if i < len(doc) and doc[i].text == "(":
        i = _bracket_end(doc, i)  # "Jim Roe (R-ID), chairman of ..."
    if i >= len(doc) - 1 or doc[i].text != ",":
        return None
    return title_from(i + 1, index, lex, need_close=True)


def title_from(i: int, index: MentionIndex, lex: Lexicon, need_close: bool = False) -> Title | None:
    """The title that starts at token ``i``, read rightwards."""
    doc = person_doc = index.doc
    possessor, owner = None, None
    if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    if i < len(doc) and doc[i].lower_ in POSSESSIVE_PRONOUNS:
        possessor, i = doc[i].lower_, i + 1
    elif i + 1 < len(doc) and doc[i + 1].lower_ == "'s" or (i + 1 < len(doc) and doc[i + 1].text == "’s"):
        if doc[i].lower_ in lex.state_nouns:
            possessor, i = doc[i].lower_, i + 2
    elif i < len(doc) and index.at(doc[i], ORG_TYPES) is not None:
        mention = index.at(doc[i], ORG_TYPES)
        if mention.end < len(doc) and doc[mention.end].lower_ in ("'s", "’s"):
            owner, i = mention, mention.end + 1
            if i < len(doc) and doc[i].text == "(":
                i = _bracket_end(doc, i)  # "the Development Programme's (UNDP) Deputy Director"
    start, j, after_connector, named_after, cut = i, i, False, False, i
    skipped: set[int] = set()
    while j < len(person_doc) and j - start < MAX_TOKENS:
        token = doc[j]
        if token.text == "(" and j > start and _bracket_end(doc, j) > j:
            close = _bracket_end(doc, j)  # "(Political)" is the post's, "(UNAMA)" is not
            inner = doc[j + 1 : close - 1]
            if len(inner) != 1 or not inner[0].is_alpha:
                break  # "(1999 to 2008)", "(R-ID)": not part of the title
            if inner[0].is_upper:
                skipped.update(range(j, close))
            j = close
            continue
        kind = _word_kind(token, index, lex)
        if kind is None and after_connector and token.pos_ in ("NOUN", "ADJ", "PROPN") and token.is_alpha:
            kind = "portfolio"  # "minister for planning and international cooperation"
        if kind is None:
            break
        if kind == "name":
            j = index.at(token).end
            named_after = after_connector
            continue
        if kind == "post" and named_after and j - 1 >= start and index.at(doc[j - 1], ORG_TYPES) is not None:
            if not any(t.lower_ == "and" for t in doc[cut:j]):
                j = cut  # "Director of Communications for [Arkansas Governor Huckabee]"
                break
        if kind == "name-connector" and not _names_next(doc, j + 1, index, lex):
            break
        if kind in ("connector", "name-connector"):
            after_connector, cut = True, j
        j += 1
    tokens = [t for t in doc[start:j] if t.i not in skipped]
    while tokens and (
        _word_kind(tokens[-1], index, lex) in ("glue", "and", "connector", "name-connector")
        or tokens[-1].lower_ in TIME_WORDS  # "appointed envoy [last year]"
    ):
        tokens.pop()
    if not tokens or not any(is_post_word(t, lex) for t in tokens):
        return None
    if _word_kind(tokens[0], index, lex) in (None, "and", "glue", "connector", "name-connector"):
        return None
    if need_close and not _closes(doc, tokens[-1].i + 1):
        return None
    if tokens[-1].i + 1 < len(doc) and doc[tokens[-1].i + 1].lower_ in ("'s", "’s"):
        return None  # "a member of [the Ministry's senior team]": the phrase goes on

    title = Title(tokens, possessor=possessor)
    if owner is not None:
        title.owner, title.owner_rule = owner, "possessive"
    return _owned(title, index, lex)


def _names_next(doc, i: int, index: MentionIndex, lex: Lexicon) -> bool:
    """Whether a name (after an optional "the") starts at ``i``: "to [the] United Nations"."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    return i < len(doc) and _word_kind(doc[i], index, lex) == "name"


def _unbracketed(span) -> list[Token]:
    """The tokens of ``span`` outside brackets: "Department of Health (HHS) Secretary"."""
    out, depth = [], 0
    for token in span:
        depth += token.text == "("
        if not depth:
            out.append(token)
        depth -= token.text == ")" and depth > 0
    return out


def _bracket_start(doc, close: int) -> int | None:
    """Where a short bracket closed at ``close`` opens ("(CDC)"), if it is short."""
    for j in range(close - 1, max(close - BRACKET, -1), -1):
        if doc[j].text == "(":
            return j
    return None


def _bracket_end(doc, open_: int) -> int:
    """The token after a short bracket opened at ``open_`` ("(R-ID)"), or ``open_``."""
    for j in range(open_ + 1, min(open_ + BRACKET, len(doc))):
        if doc[j].text == ")":
            return j + 1
    return open_


def _closes(doc, i: int) -> bool:
    """A title in apposition ends the phrase: punctuation, "and", or the sentence's end."""
    return i >= len(doc) or doc[i].is_punct or doc[i].pos_ == "CCONJ" or doc[i].is_sent_start
