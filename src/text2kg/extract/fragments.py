"""Pieces of titles the model took for organisations' names, and a name's surname left on
an organisation.

- "Acting Surgeon" (of "Acting Surgeon General"), "Associate Project Management" (of
  "Associate Project Management Officer"): a rank that opens a post, then words, then the
  post: the whole is a title, and no name is in it;
- "Secretaries of Defense and Homeland Security": a post in the plural and its portfolios;
  but "Joint Chiefs of Staff", a post in the plural with an organisation word, is a body's
  name and is not cut as a title;
- "Secretary of the Army Esper": "Army" and the surname of a person the text names in full;
- "the 118th Congress", "this Congress": a legislature's term, a span of time, no organisation;
- "J-5", "COVID-19" are no person's names (a word of letters and digits), and "the Recovery
  and Reinvestment Act" is a law, no organisation;
- "Department for Security Policy, Human Resources": two organisations in a list, where a
  comma after an organisation word parts them ("University of Velka, Orvik" stays whole when
  what follows names a place).
"""

from __future__ import annotations

from spacy.tokens import Span

#: Ranks that open a post and never a name of their own ("General Motors" does not count).
RANK_OPENERS = frozenset("acting assistant associate deputy interim vice under co elect".split())


#: Last words of the names of laws and agreements, which are no organisations.
LAW_HEADS = frozenset("act accord accords agreement charter declaration protocol treaty".split())
_COMPANY_ENDINGS = frozenset("inc inc. ltd ltd. llc llp plc co co. corp corp. sa s.a. ag gmbh".split())


#: Legislatures whose name also names one of their terms ("the 118th Congress").
TERM_BODIES = frozenset("congress parliament legislature knesset duma bundestag".split())
_TERM_WORDS = frozenset("this next last previous current".split())


def is_no_name(span: Span) -> bool:
    """A person's "name" with a word of letters and digits ("J-5"), a law's name typed an
    organisation, or a legislature's term ("the 118th Congress", "this Congress")."""
    size = span.end - span.start
    last = span.doc[span.end - 1].lower_
    if size == 1 and last in TERM_BODIES and span.start > 0:
        before = span.doc[span.start - 1].lower_
        if before in _TERM_WORDS or _ordinal(before):
            return True
    label = span.label_
    if label == "PERSON":
        text = span.text
        return any(c.isdigit() for c in text) and any(
            any(c.isdigit() for c in w) and any(c.isalpha() for c in w) for w in text.split())
    return size > 1 and last in LAW_HEADS and label in ("ORG", "NAME")


def _ordinal(word: str) -> bool:
    return word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th")


def split_listed(span: Span, org_words: frozenset[str], places) -> list[Span]:
    """"Department for Security Policy, Human Resources" -> two names."""
    if span.label_ != "ORG":
        return [span]
    for token in span:
        if token.text != "," or token.i == span.start or token.i + 1 >= span.end:
            continue
        before, after = span.doc[span.start : token.i], span.doc[token.i + 1 : span.end]
        if (not any(t.lower_ in org_words for t in before) or after.text in places
                or after[0].lower_ in _COMPANY_ENDINGS or not after[0].text[:1].isupper()):
            return [span]
        return [Span(span.doc, before.start, before.end, label="ORG", kb_id=span.kb_id),
                Span(span.doc, after.start, after.end, label="ORG")]
    return [span]


def is_title_piece(span: Span, posts: frozenset[str], org_words: frozenset[str]) -> bool:
    """Whether a name-like span is a piece of a title: it opens with a rank and is followed
    by the post it ranks ("Acting Surgeon" "General"), or it is a post in the plural "of" a
    portfolio, without an organisation word."""
    words = [t.lower_ for t in span]
    if any(w in org_words for w in words):
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if words[0] in RANK_OPENERS and len(span) > 1 and after is not None and after.text[:1].isupper() \
            and after.lower_ in posts:
        return True
    return len(span) > 2 and words[1] == "of" and _plural_post(span[0], posts)


def is_body_of_posts(span: Span, posts: frozenset[str], org_words: frozenset[str]) -> bool:
    """"Joint Chiefs of Staff": a post in the plural in a name with an organisation word
    names the body they sit in; no title is to be cut out of it. ("Board of Directors" is a
    board's members, a title's words.)"""
    first = next((t.i for t in span if _plural_post(t, posts)), None)
    return first is not None and any(t.lower_ in org_words for t in span.doc[first + 1 : span.end])


def _plural_post(token, posts: frozenset[str]) -> bool:
    """"Chiefs", "Secretaries": the model's lemma keeps a proper noun's plural, so the
    singular is read from the spelling."""
    word = token.lower_
    if not token.text[:1].isupper() or not word.endswith("s"):
        return False
    singulars = {word[:-1], word[:-3] + "y" if word.endswith("ies") else word[:-1]}
    return bool(singulars & posts) and word not in posts


def cut_surnames(spans: list[Span], org_words: frozenset[str]) -> list[Span]:
    """"Army Esper" -> "Army" and "Esper", where the text names a person "... Esper" and what
    is left ends with an organisation word."""
    surnames = {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) > 1}
    out = []
    for span in spans:
        if (span.label_ in ("ORG", "NAME") and len(span) > 1 and span[-1].text in surnames
                and span[-2].lower_ in org_words):
            out.append(Span(span.doc, span.start, span.end - 1, label=span.label, kb_id=span.kb_id))
            out.append(Span(span.doc, span.end - 1, span.end, label="PERSON"))
        else:
            out.append(span)
    return out
