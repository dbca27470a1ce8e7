"""Persons' names the model cut short: "Antony J. Blinken" found as "J. Blinken", "Jerry
Matthews Matjila" as "Jerry Matthews" + "Matjila", "John E. Maupin, Jr." without "Jr.".

A person's name is widened over the proper nouns written next to it on the same line
(tagged ``NNP``, capitalised, neither a title, a portfolio nor an organisation word), over
a name suffix ("Jr.", "III") and over a nickname in brackets followed by the surname
("John D. (Jay) Rockefeller"). An entity it grows over must be one word ("Matjila"); two
persons' names written next to each other are the halves of one ("Sharif Hassan" "Sheik Aden").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from text2kg.extract.names import is_acronym

#: What may close a person's name after a comma or directly: "Jr.", "III".
NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
_PROPER = frozenset({"NNP", "NNPS"})
_DASHES = frozenset("–—")


def widen_persons(ents: list[Span], stop_words: frozenset[str]) -> list[Span]:
    """``ents`` with each PERSON span widened; spans it grew over are left out.

    Args:
        ents: the model's entities, in text order.
        stop_words: lower-case words that never join a name (titles, portfolios,
            organisation words).
    """
    covered: dict[int, Span] = {t: e for e in ents for t in range(e.start, e.end)}
    out: list[Span] = []
    swallowed: set[int] = set()
    for ent in ents:
        if id(ent) in swallowed:
            continue
        if ent.label_ != "PERSON":
            out.append(ent)
            continue
        start, end = _left(ent, covered, stop_words), _right(ent, covered, stop_words)
        for t in range(start, end):
            other = covered.get(t)
            if other is not None and other is not ent:
                swallowed.add(id(other))
        out = [e for e in out if id(e) not in swallowed]
        if out and out[-1].label_ == "PERSON" and out[-1].end == start and _one_line(ent.doc, out[-1].start, end):
            start = out.pop().start  # "Sharif Hassan" "Sheik Aden": two halves of one name
        out.append(Span(ent.doc, start, end, label="PERSON", kb_id=ent.kb_id))
    return out


def _one_line(doc: Doc, start: int, end: int) -> bool:
    return all("\n" not in t.whitespace_ and not t.is_space for t in doc[start : end - 1])


def _joins(token: Token, covered: dict[int, Span], stop_words: frozenset[str]) -> bool:
    other = covered.get(token.i)
    return (
        token.tag_ in _PROPER
        and token.text[:1].isupper()
        and not _DASHES & set(token.text)  # "D.C.—Chairman"
        and not is_acronym(token.text)  # "CFB Petawawa"
        and token.lower_.rstrip(".") not in stop_words
        and token.lower_ not in stop_words
        and (other is None or len(other) == 1)
    )


def _left(ent: Span, covered: dict[int, Span], stop_words: frozenset[str]) -> int:
    doc: Doc = ent.doc
    start = ent.start
    while start > 0 and doc[start - 1].whitespace_ == " " and _joins(doc[start - 1], covered, stop_words):
        if covered.get(start - 1) is not None:
            break  # another entity before a name stays itself ("Kabul")
        start -= 1
    return start


def _right(ent: Span, covered: dict[int, Span], stop_words: frozenset[str]) -> int:
    doc: Doc = ent.doc
    end = ent.end
    while end < len(doc) and doc[end - 1].whitespace_ == " ":
        token = doc[end]
        if token.lower_ in NAME_SUFFIXES:
            end += 1
        elif _joins(token, covered, stop_words) and not token.is_sent_start:
            end += 1
        else:
            break
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in NAME_SUFFIXES:
        end += 2  # "John E. Maupin, Jr."
    if (
        end + 3 < len(doc)
        and doc[end].text == "("
        and doc[end + 2].text == ")"
        and _joins(doc[end + 1], covered, stop_words)
        and _joins(doc[end + 3], covered, stop_words)
    ):
        end += 4  # "John D. (Jay) Rockefeller"
        if end < len(doc) and doc[end - 1].whitespace_ == " " and doc[end].lower_ in NAME_SUFFIXES:
            end += 1  # "John D. (Jay) Rockefeller IV"
    return end
