"""Who speaks a quotation: the speech verb next to it, and the speaker that verb's subject names.

- ``X said: "..."``, ``X told reporters in a statement that "..."``: a verb of speech before
  the opening mark whose phrase reaches the mark;
- ``X called the ruling "a disgrace"``, ``describing him as "a man of ..."``: a verb of
  naming whose object the quoted words name, spoken by its subject;
- ``According to X, "..."``, ``According to a statement from X, "..."``;
- ``X issued the following statement:`` (or a heading ``Statement from X:``) then the
  quotation, in the same paragraph or the next;
- ``"...," X said``, ``"...," said X``, ``"...," according to X``: a verb after the closing
  mark, in the same sentence: a quotation closed by its own full stop ends its sentence, so
  ``Ann Roe said, "We will appeal." Tom Poe said nothing.`` is Ann Roe's;
- ``"..." -- Spokesperson X``: a name after a dash below the quotation.

The verb's subject is read as a speaker by :mod:`text2kg.extract.relations.speakers`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from text2kg.extract import lexicon
from text2kg.extract.relations.index import MentionIndex
from text2kg.extract.relations.speakers import SPEAKERS, phrase_speaker, statement_from, subject
from text2kg.extract.spans import doc_text

#: Words that may stand between a verb of speech and the opening mark.
JOINERS = frozenset({":", ",", "that", "\u2014", "\u2013", "-", "--"})
DASHES = frozenset({"\u2014", "\u2013", "-", "--", "---"})
SENTENCE_ENDS = frozenset({".", "!", "?", ";", "\u2026"})
#: How far (in tokens) a verb of speech may be from the mark it introduces.
REACH_BEFORE = 45
REACH_AFTER = 20
#: A quoted phrase of fewer words is a fragment inside reported words.
FRAGMENT_WORDS = 4
#: Verbs that name their object with the quoted words ("called the plan 'reckless'").
NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "dub", "term"})


def speech_verbs() -> frozenset[str]:
    return lexicon.words("speech_verbs")


def is_speech(token: Token) -> bool:
    """A verb of speech, or a verb giving out a statement ("issued the following statement")."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    if lemma in speech_verbs():
        return True
    return lemma in lexicon.words("statement_verbs") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words("statement_words") for c in token.children)


def inside(offset: int, quotes: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in quotes)


def before(doc: Doc, start: int, quotes, index: MentionIndex, previous: list[dict]) -> tuple[str, Token, str] | None:
    """A verb of speech before the opening mark at ``start - 1``."""
    span = doc.char_span(start - 1, start, alignment_mode="expand")
    if span is None:
        return None
    i = span.start - 1
    if i >= 0 and doc[i].pos_ in ("NOUN", "PROPN", "NUM") and (
            not is_speech(doc[i].head) or span.end < len(doc) and doc[span.end].dep_ == "appos") and not (
            _named(doc[i]) or _says_inside(doc[i], start)):
        return None  # a name given to a thing ("wrote the book 'Roads'", "a report entitled ...")
    while i >= 0 and (doc[i].is_space or doc[i].text in JOINERS or doc[i].text in ("\u201c", '"', "'", "\u2018")):
        i -= 1
    if i < 0 or inside(doc[i].idx, quotes):
        return None
    last = doc[i]
    if last.text in SENTENCE_ENDS:
        return None  # the quotation opens a sentence of its own
    colon = any(t.text == ":" for t in doc[i + 1 : span.start])
    first = max(last.sent.start, i - REACH_BEFORE)
    for j in range(i, first - 1, -1):
        verb = doc[j]
        if inside(verb.idx, quotes) and not _fragment_at(doc, verb.idx, quotes):
            break  # a verb before another quotation introduces that one, not a fragment in between
        if verb.lower_ == "to" and j > 0 and doc[j - 1].lower_ == "according":
            obj = next((c for c in verb.children if c.dep_ == "pobj"), None)
            speaker = according_to(obj, index, previous) if obj is not None else None
            return (speaker, verb, "according-to") if speaker else None
        if verb.lemma_.lower() in lexicon.words("statement_words") and colon and verb.pos_ in ("NOUN", "PROPN"):
            speaker = statement_from(verb, index)
            if speaker is not None:
                return speaker, verb, "statement"
        if not (is_speech(verb) or names(verb)):
            continue
        reaches = verb.is_ancestor(last) or verb.i == i
        if reaches and (colon or _reaches(verb, doc[span.end] if span.end < len(doc) else last)):
            speaker = subject(verb, index, previous)
            return (speaker, verb, "said-before") if speaker else None
        return None
    return None


def _fragment_at(doc: Doc, offset: int, quotes) -> bool:
    """A short quoted phrase at ``offset``: "said the club was 'in good shape' and that the
    fans were '...'" reports both."""
    text = doc_text(doc)
    return any(s <= offset < e and len(text[s:e].split()) < FRAGMENT_WORDS for s, e in quotes)


def names(verb: Token) -> bool:
    """A verb of naming with an object: "called the ruling", "describing him". Not when
    several speakers name it so ("Amnesty, the Parliament and many officials have described
    the massacre as a 'crime against humanity'"): a term they share is no one's quotation."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in NAMING_VERBS and any(
        c.dep_ == "dobj" for c in verb.children) and not any(
        c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.subtree) for c in verb.children)


def _named(noun: Token) -> bool:
    """"called the ruling 'a disgrace'": the object of a verb of naming."""
    return noun.dep_ == "dobj" and names(noun.head)


def _says_inside(noun: Token, start: int) -> bool:
    """"the mayor 'had no idea'": the subject of the quoted words, not a name for them."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.idx >= start


def _reaches(verb: Token, first_quoted: Token) -> bool:
    """The quoted words hang from the verb ("said the board had 'lost confidence'"), or the
    parser left them a sentence of their own."""
    return verb.is_ancestor(first_quoted) or first_quoted.sent.start != verb.sent.start


def according_to(obj: Token, index: MentionIndex, previous: list[dict] = ()) -> str | None:
    """Who "according to" names: a speaker, or the one a statement is from ("according to
    a statement from the ministry")."""
    if obj.lemma_.lower() in lexicon.words("statement_words") and index.at(obj, SPEAKERS) is None:
        return statement_from(obj, index)
    return phrase_speaker(obj, index, previous)


def after(doc: Doc, end: int, text: str, quotes, index: MentionIndex, previous: list[dict]) -> tuple[str, Token, str] | None:
    """A verb of speech after the closing mark at ``end``, in the quotation's sentence."""
    span = doc.char_span(end, min(end + 1, len(text)), alignment_mode="expand")
    if span is None:
        return None
    closed = text[:end].rstrip()[-1:]
    first = span.end + 1 if span.end < len(doc) and doc[span.end].is_space and "\n" not in doc[span.end].text else span.end
    tokens = doc[first : min(first + REACH_AFTER, len(doc))]
    if len(tokens) and tokens[0].is_space:
        return _dash(doc, tokens, index)  # only a signature below the quotation
    if closed == "." or closed in ("!", "?", "\u2026") and not _speaks_next(tokens):
        return None  # the quotation ended its sentence ("Why?" Lane asked is still one)
    for k, token in enumerate(tokens):
        if ends_sentence(token) or "\n" in token.text or inside(token.idx, quotes):
            break
        if token.lower_ == "according" and k + 1 < len(tokens) and tokens[k + 1].lower_ == "to":
            obj = next((c for c in tokens[k + 1].children if c.dep_ == "pobj"), None)
            speaker = according_to(obj, index) if obj is not None else None
            return (speaker, token, "according-to") if speaker else None
        if is_speech(token):
            speaker = subject(token, index, previous)
            return (speaker, token, "said-after") if speaker else None
    return None


def ends_sentence(token: Token) -> bool:
    """A full stop, unless it closes an honorific ("Sgt. Mark Hollis", ``data/honorifics.txt``)."""
    if token.text not in SENTENCE_ENDS:
        return False
    if token.text == "." and token.i > 0:
        word = token.doc[token.i - 1]
        return word.whitespace_ != "" or not {word.lower_, word.lower_ + "."} & lexicon.words("honorifics")
    return True


def _speaks_next(tokens: Span) -> bool:
    """``"Why?" Lane asked``: a verb of speech within the next few words."""
    for token in tokens[:6]:
        if token.text in SENTENCE_ENDS or "\n" in token.text:
            return False
        if is_speech(token):
            return True
    return False


def _dash(doc: Doc, tokens: Span, index: MentionIndex) -> tuple[str, Token, str] | None:
    """``"..."`` then, below it, ``-- HHS Spokesman Matt Lloyd``."""
    k = 0
    while k < len(tokens) and tokens[k].is_space:
        k += 1
    if k >= len(tokens) or tokens[k].text not in DASHES:
        return None
    line = []
    for token in tokens[k + 1 : k + 14]:
        if "\n" in token.text:
            break
        line.append(token)
    found = index.in_tokens(line, SPEAKERS)
    people = [m for m in found if m.label_ == "Person"]
    best = (people or found or [None])[0]
    return (best.kb_id_, tokens[k], "dash") if best is not None else None
