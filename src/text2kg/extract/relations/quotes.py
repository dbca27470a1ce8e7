"""Quotations with their speakers, and calls and demands with their addressees.

- direct quotes in double or single marks, over several sentences or paragraphs (a paragraph
  left open and the next opened again is one quotation); speakers are found by
  :mod:`text2kg.extract.relations.attribution`;
- a quotation interrupted by its attribution (``"...," said Lane. "We will ..."``, or
  ``"...," Lane said, "but we ..."``) is one quotation, from its first word to its last;
- a quotation standing as its own sentences, with no verb of speech next to it, is spoken by
  the one a verb of speech names in the sentence before (or after);
- a short quoted phrase ("lost confidence") is a quotation only inside the words a verb of
  speech reports ("X said the board had 'lost confidence' in him"); a word in quotes, a title
  of a work ("Blood-Soaked Secrets") or a nickname is not;
- reported speech: "According to X, ..." (or "to a statement from X");
- calls and demands: "X called on Y to ...", "X urged Y to ..." (kind ``call``).
"""

from __future__ import annotations

import re

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span

from text2kg.extract import lexicon
from text2kg.extract.relations.attribution import according_to, after, before, ends_sentence, inside, is_speech
from text2kg.extract.relations.speakers import subject
from text2kg.extract.relations.index import MentionIndex
from text2kg.extract.spans import doc_text, sentence_spans

CALLS = frozenset({"call", "urge", "appeal"})
OPENERS = "\u201c\u2018"
CLOSERS = "\u201d\u2019"
#: Fewer words than this make a fragment, a quotation only inside reported words.
MIN_WORDS = 4
MIN_FRAGMENT_WORDS = 2
#: Words between two parts of one quotation (its attribution: "said Lane, the chair").
MAX_INTERRUPTION_WORDS = 20
SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())
CONFIDENCE = {"said-before": 0.9, "said-after": 0.85, "statement": 0.85, "dash": 0.8, "said-nearby": 0.6,
              "according-to": 0.7, "called-on": 0.8, "urged": 0.8}


def quoted_spans(text: str) -> list[tuple[int, int]]:
    r"""The (start, end) offsets of the words inside each quotation mark pair.

    Double marks first; single marks only outside them, so an apostrophe inside a quotation
    is never taken for a mark. A paragraph that ends inside a quotation continues it when the
    next paragraph opens again (or closes it).

    >>> text = 'He said: \u201cFirst.\n\n\u201cSecond.\u201d Then \'it ended\' there.'
    >>> [text[s:e] for s, e in quoted_spans(text)]
    ['First.\n\n\u201cSecond.', 'it ended']
    """
    spans = _pairs(text, "\u201c", "\u201d", '"')
    spans += [s for s in _pairs(text, "\u2018", "\u2019", "'") if not inside(s[0], spans) and "\n" not in text[s[0]:s[1]]]
    return sorted(spans)


def _pairs(text: str, opener: str, closer: str, straight: str) -> list[tuple[int, int]]:
    out = []
    start = None
    resume = 0  # marks before this offset were read with the paragraph break before them
    for match in re.finditer(f"[{opener}{closer}{straight}\n]", text):
        i, c = match.start(), match.group()
        if i < resume:
            continue
        if c == "\n":
            if start is None:
                continue
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            nxt = text[j] if j < len(text) else ""
            if nxt == opener or nxt == straight and _opens(text, j):
                resume = j + 1  # the paragraph opens the quotation again
            elif not _closed_in_paragraph(text, j, opener, closer, straight):
                start = None
            continue
        if c == opener or c == straight and start is None and _opens(text, i):
            if start is None:
                start = i + 1
        elif (c == closer or c == straight) and start is not None and _closes(text, i, straight):
            if i > start:
                out.append((start, i))
            start = None
    return out


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{\u2014\u2013-/") and not after.isspace() and after not in ".,;:!?)]"


def _closes(text: str, i: int, straight: str) -> bool:
    """A closing mark, not an apostrophe ("don\u2019t", "Illinois\u2019s")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalpha() and after.isalpha():
        return False
    # a curly mark closes after a space too; a straight one, unless it opens what follows
    return text[i] != straight or not before.isspace() or not _opens(text, i)


def _closed_in_paragraph(text: str, j: int, opener: str, closer: str, straight: str) -> bool:
    """The next paragraph's first mark closes the quotation left open above it."""
    k = j
    while k < len(text) and text[k] != "\n":
        if text[k] == opener:
            return False
        if text[k] == closer or text[k] == straight:
            return not _opens(text, k)
        k += 1
    return False


def find_quotations(doc: Doc, index: MentionIndex) -> list[dict]:
    text = doc_text(doc)
    quotes = quoted_spans(text)
    found: list[dict] = []
    for start, end in quotes:
        words = text[start:end].split()
        if len(words) < MIN_FRAGMENT_WORDS or _is_title(words):
            continue
        others = [q for q in quotes if q != (start, end)]
        attributed = before(doc, start, others, index, found)
        if len(words) < MIN_WORDS:
            if attributed is not None and _reported(doc, attributed[1], start):
                pass  # "X said the board had 'lost confidence'"
            elif _standalone(text, start, end, after=False) and text[:end].rstrip()[-1:] in ",.!?":
                attributed = after(doc, end, text, others, index, found)  # '"We will fight," X said.'
                if attributed is None:
                    continue
            else:
                continue
        elif attributed is None:
            attributed = after(doc, end, text, others, index, found)
        merged = _continue(doc, found, text, start, end, attributed)
        if merged:
            continue
        if attributed is None and _standalone(text, start, end):
            attributed = _nearby(doc, start, end, others, index, found)
        if attributed is not None:
            speaker, verb, rule = attributed
            quotation = _quotation(speaker, text[start:end], start, end, index.sentence(verb), rule)
            quotation["verb"] = verb.idx
            found.append(quotation)
    for q in found:
        del q["verb"]
    found += _according_to(doc, index, quotes)
    found += _calls(doc, index, quotes)
    return found


def _is_title(words: list[str]) -> bool:
    """"Blood-Soaked Secrets", "The Iron Lady": every word but small ones capitalised."""
    letters = [w.strip(".,;:!?\"'()") for w in words]
    letters = [w for w in letters if w and w.lower() not in SMALL_WORDS]
    return len(letters) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in letters) and not (
        letters and letters[0] == "I")


def _reported(doc: Doc, verb, start: int) -> bool:
    """A fragment hangs from the verb of speech that reports it."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and verb.pos_ in ("VERB", "AUX") and verb.is_ancestor(span.root) and verb.i < span.start


def _continue(doc: Doc, found: list[dict], text: str, start: int, end: int, attributed) -> bool:
    """The next part of the quotation before, past the attribution between them (one
    sentence at most: in ``"...," said Lane. Poe disagreed. "..."`` the second part is not
    Lane's)."""
    if not found or found[-1]["kind"] != "quote" or not (
            _standalone(text, start, end, after=False) or text[: start - 1].rstrip().endswith((",", "\u2014", "\u2013"))):
        return False  # a part opens a sentence, or goes on after "Lane said," (or "-- Lane said --")
    last = found[-1]
    gap = doc.char_span(last["end"], start - 1, alignment_mode="expand")
    if (gap is None or len(gap.text.split()) > MAX_INTERRUPTION_WORDS or not last["start"] <= last["verb"] < start
            or sum(ends_sentence(t) for t in gap) > 1):
        return False
    if attributed is not None and attributed[0] != last["speaker"]:
        return False
    last.update(text=text[last["start"] : end], end=end)
    return True


def _standalone(text: str, start: int, end: int, after: bool = True) -> bool:
    """The quotation opens a sentence (and, with ``after``, ends one)."""
    head = text[: start - 1].rstrip()
    opens = not head or head[-1] in ".!?\n\u201d\"\u2019'" or "\n" in text[len(head) : start]
    closes = text[:end].rstrip()[-1:] in (".", "!", "?", "\u2026")
    return opens and (closes or not after)


def _nearby(doc: Doc, start: int, end: int, quotes, index: MentionIndex, found: list[dict]):
    """A verb of speech in the sentence before the quotation, or else in the one after it in
    its paragraph, or "X issued the following statement" two sentences before."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    if first is None or last is None:
        return None
    spans = sentence_spans(doc)
    here, there = index.sentence(doc[first.start]), index.sentence(doc[last.start])
    for number in (here - 1, there + 1, here - 2):
        if not 0 <= number < len(spans):
            continue
        if number > there and "\n" in doc[last.end : spans[number][0]].text:
            continue  # the sentence after, only in the quotation's paragraph
        for token in doc[spans[number][0] : spans[number][1]]:
            if number == here - 2 and not _gives_statement(token):
                continue  # two sentences back, only "X issued the following statement ..."
            if (is_speech(token) and not inside(token.idx, quotes) and token.idx not in range(start, end)
                    and not any(c.dep_ == "neg" or c.lower_ == "nothing" for c in token.children)):
                speaker = subject(token, index, found)
                if speaker is not None:
                    return speaker, token, "said-nearby"
    return None


def _gives_statement(verb) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words("statement_words") for c in verb.children)


def _quotation(speaker: str, text: str, start: int, end: int, sentence: int, rule: str,
               kind: str = "quote", addressees: tuple[str, ...] = ()) -> dict:
    return {"speaker": speaker, "text": text, "start": start, "end": end, "sentence": sentence,
            "rule": rule, "confidence": CONFIDENCE[rule], "kind": kind, "addressees": addressees}


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
            obj = next((c for c in tokens[1].children if c.dep_ == "pobj" and c.i < comma.i), None)
            speaker = according_to(obj, index) if obj is not None else None
            if speaker is None or inside(tokens[0].idx, quotes):
                continue
            rest = doc[comma.i + 1 : sent.end]
            begins = rest.start_char + len(rest.text) - len(rest.text.lstrip())
            if any(begins < s <= begins + 1 and e - s >= 0.8 * len(rest.text.strip()) for s, e in quotes):
                continue  # a direct quotation, found with its marks
            text = rest.text.strip()
            start = rest.start_char + (len(rest.text) - len(rest.text.lstrip()))
            out.append(_quotation(speaker, text, start, start + len(text), index.sentence(tokens[0]), "according-to"))
    return out


def _calls(doc: Doc, index: MentionIndex, quotes) -> list[dict]:
    """"X called on Y to ...", "X urged Y to ..."."""
    out = []
    strings = doc.vocab.strings
    wanted = {strings.add(form) for word in CALLS for form in (word, word.title())}
    for i in [i for i, lemma in enumerate(doc.to_array(LEMMA).tolist()) if lemma in wanted]:
        verb = doc[i]
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or inside(verb.idx, quotes):
            continue
        speaker = subject(verb, index)
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
