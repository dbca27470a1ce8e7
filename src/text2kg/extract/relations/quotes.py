"""Quotations with their speakers, and calls and demands with their addressees.

- direct quotes: ``X said: "..."``, ``X declared that "..."``, ``"...," X said``,
  ``"...," said X``; a quote may run over several sentences;
- reported speech: "According to X, ...";
- calls and demands: "X called on Y to ...", "X urged Y to ..." (kind ``call``).
A speaker given as "he", "she" or "they" is the last person (or, for "they", organisation)
named in the three sentences before. A verb of speech inside another quotation is not its
subject speaking, and a short quoted phrase without a verb ("moderates", a report's title)
is not a quotation.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from text2kg.extract.relations.index import MentionIndex
from text2kg.extract.spans import doc_text, sentence_spans

SPEECH = frozenset(
    """say tell declare add state write warn argue insist explain claim note ask reply respond
    announce stress conclude remark recall comment observe affirm emphasize emphasise
    acknowledge admit deny testify""".split()
)
CALLS = frozenset({"call", "urge", "appeal"})
SPEAKERS = ("Person", "Organization")
_QUOTE = re.compile(r"“([^”]+)”|\"([^\"\n]+)\"")
MIN_WORDS = 4
CONFIDENCE = {"said-before": 0.9, "said-after": 0.85, "according-to": 0.7, "called-on": 0.8, "urged": 0.8}


def find_quotations(doc: Doc, index: MentionIndex) -> list[dict]:
    text = doc_text(doc)
    quotes = [(m.start(1) if m.group(1) else m.start(2), m.end(1) if m.group(1) else m.end(2)) for m in _QUOTE.finditer(text)]
    found = []
    for start, end in quotes:
        if len(text[start:end].split()) < MIN_WORDS:
            continue
        attributed = _before(doc, start, quotes, index) or _after(doc, end, len(text), quotes, index)
        if attributed is not None:
            speaker, verb, rule = attributed
            found.append(_quotation(speaker, text[start:end], start, end, index.sentence(verb), rule))
    found += _according_to(doc, index, quotes)
    found += _calls(doc, index, quotes)
    return found


def _quotation(speaker: str, text: str, start: int, end: int, sentence: int, rule: str,
               kind: str = "quote", addressees: tuple[str, ...] = ()) -> dict:
    return {"speaker": speaker, "text": text, "start": start, "end": end, "sentence": sentence,
            "rule": rule, "confidence": CONFIDENCE[rule], "kind": kind, "addressees": addressees}


def _inside(offset: int, quotes: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in quotes)


def _before(doc: Doc, start: int, quotes, index: MentionIndex) -> tuple[str, Token, str] | None:
    """``X said: "...``, ``X declared that "...``."""
    span = doc.char_span(start - 1, start, alignment_mode="expand")
    if span is None:
        return None
    i = span.start - 1
    while i >= 0 and doc[i].text in (":", ",", "that", "\u2014", "-") or (i >= 0 and doc[i].is_space):
        i -= 1
    if i < 0 or doc[i].lemma_.lower() not in SPEECH or _inside(doc[i].idx, quotes):
        return None
    speaker = _subject(doc[i], index)
    return (speaker, doc[i], "said-before") if speaker else None


def _after(doc: Doc, end: int, length: int, quotes, index: MentionIndex) -> tuple[str, Token, str] | None:
    """``"...," X said`` and ``"...," said X``."""
    span = doc.char_span(end, min(end + 1, length), alignment_mode="expand")
    if span is None:
        return None
    window = doc[span.end : min(span.end + 6, len(doc))]
    for token in window:
        if token.text in (".", "\n") or _inside(token.idx, quotes):
            break
        if token.lemma_.lower() in SPEECH and token.pos_ in ("VERB", "AUX"):
            speaker = _subject(token, index)
            return (speaker, token, "said-after") if speaker else None
    return None


def _subject(verb: Token, index: MentionIndex) -> str | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return _entity_or_antecedent(child, index)
    return _name_right_before(verb, index)


def _name_right_before(verb: Token, index: MentionIndex) -> str | None:
    """When the parse lost the subject: a name whose phrase ends right before the verb
    ("Guy Verhofstadt, prime minister of Belgium (1999 to 2008), said")."""
    i = verb.i - 1
    while i >= 0 and (verb.doc[i].is_punct or verb.doc[i].is_space):
        i -= 1
    for mention in reversed([s for s in index.spans if s.label_ in SPEAKERS and s.end <= i + 1]):
        phrase = {t.i for t in mention.root.subtree}
        between = verb.doc[mention.end : i + 1]
        if all(t.i in phrase or t.is_punct for t in between):
            return mention.kb_id_
        break
    return None


def _entity_or_antecedent(token: Token, index: MentionIndex) -> str | None:
    """The speaker a subject names; for a pronoun, the last subject before it that names one."""
    mention = index.at(token, SPEAKERS)
    if mention is not None:
        return mention.kb_id_
    pronoun = token.lower_
    if pronoun not in ("he", "she", "they"):
        return None
    wanted = ("Person",) if pronoun != "they" else ("Organization",)
    first_sentence = index.sentence(token) - 3
    doc = token.doc
    for i in range(token.i - 1, -1, -1):
        earlier = doc[i]
        if index.sentence(earlier) < first_sentence:
            break
        if earlier.dep_ not in ("nsubj", "nsubjpass"):
            continue
        found = index.at(earlier, wanted)
        if found is not None:
            return found.kb_id_
        if earlier.lower_ == pronoun:
            return _entity_or_antecedent(earlier, index)
    return None


def _according_to(doc: Doc, index: MentionIndex, quotes) -> list[dict]:
    out = []
    for first, end in sentence_spans(doc):
        if doc[first].lower_ != "according" and not doc[first].is_space:
            continue
        sent = doc[first:end]
        tokens = [t for t in sent if not t.is_space]
        if len(tokens) > 4 and tokens[0].lower_ == "according" and tokens[1].lower_ == "to":
            comma = next((t for t in tokens[2:] if t.text == ","), None)
            if comma is None:
                continue
            speaker = next((index.at(t, SPEAKERS) for t in tokens[2 : comma.i - sent.start] if index.at(t, SPEAKERS)), None)
            if speaker is None or _inside(tokens[0].idx, quotes):
                continue
            rest = doc[comma.i + 1 : sent.end]
            text = rest.text.strip()
            start = rest.start_char + (len(rest.text) - len(rest.text.lstrip()))
            out.append(_quotation(speaker.kb_id_, text, start, start + len(text), index.sentence(tokens[0]), "according-to"))
    return out


def _calls(doc: Doc, index: MentionIndex, quotes) -> list[dict]:
    """"X called on Y to ...", "X urged Y to ..."."""
    out = []
    for verb in doc:
        lemma = verb.lemma_.lower()
        if lemma not in CALLS or verb.pos_ != "VERB" or _inside(verb.idx, quotes):
            continue
        speaker = _subject(verb, index)
        if speaker is None:
            continue
        if lemma == "urge":
            objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i]
            rule = "urged"
        else:
            objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                       for g in c.children if g.dep_ == "pobj"]
            rule = "called-on"
        addressees = []
        for obj in objects:
            for token in [obj, *[c for c in obj.conjuncts]]:
                mention = index.at(token, ("Person", "Organization", "Place"))
                if mention is not None and mention.kb_id_ not in addressees:
                    addressees.append(mention.kb_id_)
        clause = next((c for c in verb.subtree if c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > verb.i), None)
        if not addressees or clause is None:
            continue
        words = list(clause.subtree)
        span: Span = doc[words[0].i : words[-1].i + 1]
        text = span.text.rstrip(" .")
        out.append(_quotation(speaker, text, span.start_char, span.start_char + len(text), index.sentence(verb),
                              rule, kind="call", addressees=tuple(addressees)))
    return out
