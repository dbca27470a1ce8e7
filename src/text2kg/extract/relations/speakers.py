"""The speaker a subject names: who "Jo Lane", "he", "the agency" or "the Chairman" is.

- a name: the person in "BBC chief political correspondent Jo Lane" (not the organisation in
  the title), a name set off by commas ("the spokesman for the ministry, Ali Reza, said");
  a possessor does not speak ("Tom Poe's lawyer said");
- "he", "she": the nearest person before who was a subject, or who spoke the quotation before,
  whichever is nearer (gender is not known); "they", "it" ("it said in a statement"): an
  organisation;
- "the agency", "the ministry", "police": the organisation of that kind named before; "a
  statement from X": X; "the company": the
  organisation named in the last few sentences; "the Chairman": the person given that title
  before ("Committee Chairman John Kerry", "Ban Ki-moon, the Secretary-General").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from text2kg.extract import lexicon
from text2kg.extract.relations.index import MentionIndex

SPEAKERS = ("Person", "Organization")
PRONOUNS = {"he": ("Person",), "she": ("Person",), "they": ("Organization",), "it": ("Organization",)}
#: Words for an organisation that its name rarely holds ("the company said").
ORGANISATION_NOUNS = frozenset("company firm group organisation organization business carrier airline bank".split())
#: How many sentences back a pronoun or "the company" looks for the one it stands for.
ANTECEDENT_SENTENCES = 3


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
        # "X was quoted as saying", "the paper quoted X as saying"
        quoted = next((c for c in verb.head.head.children if c.dep_ in ("nsubjpass", "dobj")), None)
        return phrase_speaker(quoted, index, previous) if quoted is not None else None
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
    if head.lemma_.lower() in lexicon.words("statement_words"):
        return statement_from(head, index)  # "said a statement from the union"
    determiners = [c.lower_ for c in head.children if c.dep_ == "det"]
    if any(d in ("the", "this", "that") for d in determiners) or (not determiners and head.pos_ == "NOUN"):
        return _named_before(head, index)  # "the agency said", "police said"
    return None


def statement_from(noun: Token, index: MentionIndex) -> str | None:
    """``Statement from Spokesperson X:``, "a statement from the union"."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return phrase_speaker(obj, index)
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
