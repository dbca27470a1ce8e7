"""Who speaks a quotation: the speech verb next to it, and the speaker that verb's subject names.

- ``X said: "..."``, ``X told reporters in a statement that "..."``: a verb of speech before
  the opening mark whose phrase reaches the mark;
- ``X issued the following statement:`` (or a heading ``Statement from X:``) then the
  quotation, in the same paragraph or the next;
- ``"...," X said``, ``"...," said X``, ``"...," according to X``: a verb after the closing
  mark, in the same sentence: a quotation closed by its own full stop ends its sentence, so
  ``Ann Roe said, "We will appeal." Tom Poe said nothing.`` is Ann Roe's;
- ``"..." -- Spokesperson X``: a name after a dash below the quotation.

A subject is read as the speaker it names: the person in "BBC correspondent Jo Lane" (not the
organisation in the title); for "he", "she" the nearest person before who was a subject or
spoke the quotation before, for "they" an organisation; for "the agency" or "the ministry" the
organisation of that kind named before; for "the Chairman" the person given that title before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from text2kg.extract import lexicon
from text2kg.extract.relations.index import MentionIndex

SPEAKERS = ("Person", "Organization")
PRONOUNS = {"he": ("Person",), "she": ("Person",), "they": ("Organization",)}
#: Words that may stand between a verb of speech and the opening mark.
JOINERS = frozenset({":", ",", "that", "\u2014", "\u2013", "-", "--"})
DASHES = frozenset({"\u2014", "\u2013", "-", "--", "---"})
SENTENCE_ENDS = frozenset({".", "!", "?", ";", "\u2026"})
#: Words for an organisation that its name rarely holds ("the company said").
ORGANISATION_NOUNS = frozenset("company firm group organisation organization business carrier airline bank".split())
#: How far (in tokens) a verb of speech may be from the mark it introduces.
REACH_BEFORE = 45
REACH_AFTER = 20
#: How many sentences back a pronoun or "the agency" looks for the one it stands for.
ANTECEDENT_SENTENCES = 3


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
            not is_speech(doc[i].head) or span.end < len(doc) and doc[span.end].dep_ == "appos"):
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
        if inside(verb.idx, quotes):
            break
        if verb.lower_ == "to" and j > 0 and doc[j - 1].lower_ == "according":
            obj = next((c for c in verb.children if c.dep_ == "pobj"), None)
            speaker = phrase_speaker(obj, index, previous) if obj is not None else None
            return (speaker, verb, "according-to") if speaker else None
        if verb.lemma_.lower() in lexicon.words("statement_words") and colon and verb.pos_ in ("NOUN", "PROPN"):
            speaker = _statement_from(verb, index)
            if speaker is not None:
                return speaker, verb, "statement"
        if not is_speech(verb):
            continue
        if verb.i == i or colon or verb.is_ancestor(last) and _reaches(verb, doc[span.end] if span.end < len(doc) else last):
            speaker = subject(verb, index, previous)
            return (speaker, verb, "said-before") if speaker else None
        return None
    return None


def _reaches(verb: Token, first_quoted: Token) -> bool:
    """The quoted words hang from the verb ("said the board had 'lost confidence'"), or the
    parser left them a sentence of their own."""
    return verb.is_ancestor(first_quoted) or first_quoted.sent.start != verb.sent.start


def _statement_from(noun: Token, index: MentionIndex) -> str | None:
    """``Statement from Spokesperson X:``."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return phrase_speaker(obj, index)
    return None


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
        if _ends_sentence(token) or "\n" in token.text or inside(token.idx, quotes):
            break
        if token.lower_ == "according" and k + 1 < len(tokens) and tokens[k + 1].lower_ == "to":
            obj = next((c for c in tokens[k + 1].children if c.dep_ == "pobj"), None)
            speaker = phrase_speaker(obj, index) if obj is not None else None
            return (speaker, token, "according-to") if speaker else None
        if is_speech(token):
            speaker = subject(token, index, previous)
            return (speaker, token, "said-after") if speaker else None
    return None


def _ends_sentence(token: Token) -> bool:
    """A full stop, unless it closes an abbreviation ("Sgt. Mark Hollis")."""
    if token.text not in SENTENCE_ENDS:
        return False
    if token.text == "." and token.i > 0:
        word = token.doc[token.i - 1]
        return not (word.is_title and len(word) <= 4 and not word.whitespace_)
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


def subject(verb: Token, index: MentionIndex, previous: list[dict] = ()) -> str | None:
    """The speaker named by the verb's subject (or, when the parse lost it, by the name right
    before the verb)."""
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return None  # "X is said to be the 'spiritual leader'": X is spoken of
        if child.dep_ == "nsubj":
            found = phrase_speaker(child, index, previous)
            if found is None and child.pos_ == "PROPN":  # "Mark Hollis, 41, of Bristol, Connecticut said"
                return _name_right_before(verb, index)
            if found is None and child.pos_ == "NOUN" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
                # "The spokesman for the ministry, Ali Reza, said": the name set off before the verb
                named = _name_right_before(verb, index)
                return named if named is not None and index.type_of(named) == "Person" else None
            return found
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote":
        quoted = next((c for c in verb.head.head.children if c.dep_ == "nsubjpass"), None)
        return phrase_speaker(quoted, index, previous) if quoted is not None else None  # "X was quoted as saying"
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX") and not (
            verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children)):  # "asked Y to explain"
        return subject(verb.head, index, previous)  # "she told the council, adding: ..."
    return _name_right_before(verb, index)


def phrase_speaker(head: Token, index: MentionIndex, previous: list[dict] = ()) -> str | None:
    """The speaker a noun phrase names: a person in it before an organisation in its title."""
    mention = index.at(head, SPEAKERS)
    if mention is not None and mention.label_ == "Person":
        return mention.kb_id_
    words = [t for t in _own_words(head)]
    people = [m for m in index.in_tokens(words, ("Person",))]
    if people:
        return people[-1].kb_id_
    if mention is not None:
        return mention.kb_id_
    if head.lower_ in PRONOUNS:
        return _antecedent(head, index, previous)
    if any(c.lower_ in ("the", "this", "that") for c in head.children if c.dep_ == "det"):
        return _named_before(head, index)
    return None


def _own_words(head: Token) -> list[Token]:
    """The phrase's words, without its clauses and prepositions ("who ...", "of Digby")."""
    out = [head]
    for child in head.children:
        if child.dep_ in ("compound", "amod", "appos", "nmod", "flat"):
            out += [t for t in child.subtree]
    return out


def _name_right_before(verb: Token, index: MentionIndex) -> str | None:
    """When the parse lost the subject: a name whose phrase ends right before the verb
    ("Guy Verhofstadt, prime minister of Belgium (1999 to 2008), said")."""
    i = verb.i - 1
    while i >= 0 and (verb.doc[i].is_punct or verb.doc[i].is_space):
        i -= 1
    for mention in reversed([s for s in index.spans if s.label_ in SPEAKERS and s.end <= i + 1]):
        phrase = {t.i for t in mention.root.subtree}
        between = verb.doc[mention.end : i + 1]
        if all(t.i in phrase or t.is_punct or t.pos_ in ("PROPN", "NUM") or t.lower_ in ("of", "from") for t in between):
            return mention.kb_id_
        break
    return None


def _antecedent(token: Token, index: MentionIndex, previous: list[dict]) -> str | None:
    """For "he", "she", "they": the nearest subject before that names a speaker of the kind,
    or the speaker of the quotation before, whichever is nearer."""
    pronoun = token.lower_
    wanted = PRONOUNS[pronoun]
    first_sentence = index.sentence(token) - ANTECEDENT_SENTENCES
    doc = token.doc
    quoted = next((q for q in reversed(previous) if q["kind"] == "quote" and q["end"] <= token.idx
                   and q["sentence"] >= first_sentence and index.type_of(q["speaker"]) in wanted), None)
    for i in range(token.i - 1, -1, -1):
        earlier = doc[i]
        if index.sentence(earlier) < first_sentence:
            break
        if quoted is not None and earlier.idx < quoted["verb"]:
            return quoted["speaker"]
        if earlier.dep_ not in ("nsubj", "nsubjpass"):
            continue
        found = index.at(earlier, wanted)
        if found is not None:
            return found.kb_id_
        if earlier.lower_ == pronoun:
            return _antecedent(earlier, index, previous)
    return quoted["speaker"] if quoted is not None else None


def _named_before(noun: Token, index: MentionIndex) -> str | None:
    """"the agency", "the ministry": the last organisation before whose name has that word;
    "the Chairman": the last person given that title right before the name."""
    word = noun.lower_
    if len(word) < 3:
        return None
    doc = noun.doc
    earlier = [s for s in index.spans if s.end <= noun.i and s.label_ in SPEAKERS]
    for mention in reversed(earlier):
        if mention.label_ == "Organization" and any(t.lower_ == word for t in mention):
            return mention.kb_id_
        if mention.label_ == "Person" and (word in _title_before(doc, mention.start) or word in {
                t.lower_ for c in mention.root.children if c.dep_ == "appos" for t in c.subtree}):
            return mention.kb_id_  # "Chairman John Kerry", "Ban Ki-moon, the Secretary-General"
    if word in ORGANISATION_NOUNS:  # "the company": the organisation named last, nearby
        first = index.sentence(noun) - ANTECEDENT_SENTENCES
        for mention in reversed(earlier):
            if index.sentence(mention[0]) < first:
                break
            if mention.label_ == "Organization":
                return mention.kb_id_
    return None


def _title_before(doc: Doc, start: int) -> set[str]:
    """The capitalised words right before a name ("Committee Chairman John Kerry"), unless
    they are someone else's ("Representative of the Secretary-General Qazi")."""
    i = start - 1
    words = set()
    while i >= 0 and start - i <= 6 and (doc[i].is_title or doc[i].text == "-"):
        words.add(doc[i].lower_)
        i -= 1
    if i >= 0 and (doc[i].lower_ == "of" or doc[i].lower_ == "the" and i > 0 and doc[i - 1].lower_ == "of"):
        return set()
    return words
