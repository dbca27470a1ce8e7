"""Organisations' names the model cut in two, joined again.

- "U.N. Special Court" "for" "Sierra Leone", "Kennedy Center" "for the" "Performing Arts":
  an organisation word, a preposition, a name;
- "Agency for" "International Development", "Mayer, Brown and" "Platt": a name cut after
  a joining word;
- "Bureau of South" "and" "Central Asian Affairs", "National Institute of Dental" "and"
  "Craniofacial Research", "Committee on Commerce" ", Science, and" "Transportation": an
  organisation "of" or "on" something, "and" the rest of its field;
- "... Mission in the Democratic Republic of" "the" "Congo": a name cut after "of", joined
  again as often as it was cut;
- "Permanent Mission of Ruritania" "to the" "United Nations", "U.S. Embassy" "Kabul": a
  mission and where it is sent or sits ("in the ...", ``data/mission_words.txt``);
- "President" "'s" "Cancer Panel": a post owning the organisation's name;
- "Office of the Press" "Secretary": an office is named after the post it serves, and the
  post's last word, which the model left out, belongs to its name;
- "Washington" "," "D.C.": one place's name, when the gazetteer knows it so.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Span

_JOINING_PREPOSITIONS = frozenset({"for", "of", "on"})
#: Words a name does not end with: the model cut it short ("Agency for", "Brown and").
_CUT_AFTER = frozenset({"for", "of", "on", "and", "&", "the"})
_NAMES = frozenset({"GPE", "LOC", "ORG", "NAME"})
_POSSESSIVES = frozenset({"'s", "’s"})


def join_cut_names(
    spans: list[Span],
    org_words: frozenset[str],
    mission_words: frozenset[str] = frozenset(),
    posts: frozenset[str] = frozenset(),
) -> list[Span]:
    """``spans`` (in text order) with the parts of one organisation's name joined."""
    joined: list[Span] = []
    i = 0
    while i < len(spans):
        span = _with_served_post(_with_owning_post(spans[i], posts), posts)
        sent = False  # a mission is sent once: "Mission of X to the United Nations" "in" "New York" stays apart
        while i + 1 < len(spans) and _cut(span, spans[i + 1], org_words, mission_words if not sent else frozenset()):
            sent = sent or _gap(span, spans[i + 1]) in _MISSION_GAPS[1:]
            span = Span(span.doc, span.start, spans[i + 1].end, label="ORG", kb_id=span.kb_id)
            i += 1  # the joined name may have been cut more than once
        if _field_of(span, org_words):
            span = _with_field_list(span, spans[i + 1].start if i + 1 < len(spans) else len(span.doc))
        joined.append(span)
        i += 1
    return joined


def _cut(span: Span, nxt: Span, org_words: frozenset[str], mission_words: frozenset[str]) -> bool:
    """Whether ``nxt`` is the rest of the organisation's name ``span``."""
    if not _organisation(span, org_words) or nxt.label_ not in _NAMES or nxt.start < span.end:
        return False
    gap = _gap(span, nxt)
    return (
        (gap in ([], ["the"]) and span[-1].lower_ in _CUT_AFTER)
        or (span[-1].lower_ in org_words and gap in _PREPOSITION_GAPS)
        or (_and_gap(span, nxt) and _field_of(span, org_words) and not _named_alone(nxt, org_words))
        or (_sent(span, mission_words) and gap in _MISSION_GAPS)
    )


def _field_of(span: Span, org_words: frozenset[str]) -> bool:
    """"Bureau of South", "National Institute of Dental", "Committee on Commerce": an
    organisation word, then "of" or "on"."""
    words = [t.lower_ for t in span]
    at = next((i for i, w in enumerate(words) if w in ("of", "on")), None)
    return at is not None and any(w in org_words for w in words[:at])


def _and_gap(span: Span, nxt: Span) -> bool:
    """"and", or a list of the field's other capitalised words closed by "and" (", Science,
    and")."""
    gap = list(span.doc[span.end : nxt.start])
    if not gap or gap[-1].lower_ != "and":
        return False
    inner = gap[:-1]
    return not inner or inner[0].text == "," and all(t.text == "," or t.text[:1].isupper() for t in inner)


def _named_alone(span: Span, org_words: frozenset[str]) -> bool:
    """A name of its own after "and": an acronym ("FBI"), a person, or one opening with an
    organisation word ("Bank of Velka")."""
    return span.label_ == "PERSON" or span.text.isupper() or span[0].lower_ in org_words


_PREPOSITION_GAPS = [[p] for p in _JOINING_PREPOSITIONS] + [[p, "the"] for p in _JOINING_PREPOSITIONS]
_MISSION_GAPS = [[], ["to"], ["to", "the"], ["in"], ["in", "the"]]


def _organisation(span: Span, org_words: frozenset[str]) -> bool:
    """The model's organisation, or a "person" ending in an organisation word ("John F.
    Kennedy Center")."""
    return span.label_ == "ORG" or (span.label_ in ("PERSON", "NAME") and span[-1].lower_ in org_words)


def join_places(spans: list[Span], gazetteer: Container[str]) -> list[Span]:
    """"Washington" "," "D.C." -> "Washington, D.C.": two names and a comma that the
    gazetteer knows as one place's name."""
    joined: list[Span] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if nxt is not None and nxt.start == span.end + 1 and span.doc[span.end].text == "," and span.label_ in _NAMES:
            whole = span.doc[span.start : nxt.end].text
            spellings = (whole, f"{span.text.title()}, {nxt.text}")  # "WASHINGTON, DC"
            if any(w in gazetteer for w in spellings):
                joined.append(Span(span.doc, span.start, nxt.end, label="GPE"))
                i += 2
                continue
        joined.append(span)
        i += 1
    return joined


def _gap(span: Span, nxt: Span) -> list[str]:
    return [t.lower_ for t in span.doc[span.end : nxt.start]]


def _sent(span: Span, mission_words: frozenset[str]) -> bool:
    """A mission, embassy or delegation, written before where it is sent."""
    return any(t.lower_ in mission_words for t in span)


def _with_owning_post(span: Span, posts: frozenset[str]) -> Span:
    """"President's Cancer Panel": the post and "'s" before an organisation belong to its name."""
    doc = span.doc
    if span.label_ != "ORG" or span.start < 2 or doc[span.start - 1].text not in _POSSESSIVES:
        return span
    owner = doc[span.start - 2]
    if owner.text[:1].isupper() and owner.lower_ in posts:
        return Span(doc, owner.i, span.end, label=span.label, kb_id=span.kb_id)
    return span


def _with_field_list(span: Span, limit: int) -> Span:
    """"Committee on Commerce" ", Science, and Transportation": the rest of the field listed
    in capitalised words no other name holds (the model may have dropped "Transportation"
    as a portfolio), up to ``limit``."""
    doc = span.doc
    i = span.end
    if i >= limit or doc[i].text != ",":
        return span
    while i < limit and (doc[i].text == "," or doc[i].lower_ == "and" or _field_word(doc[i])):
        if doc[i].lower_ == "and":
            if i + 1 < limit and _field_word(doc[i + 1]):
                return Span(doc, span.start, i + 2, label=span.label, kb_id=span.kb_id)
            return span
        i += 1
    return span


def _field_word(token) -> bool:
    return token.text[:1].isupper() and not token.text.isupper() and "\n" not in token.whitespace_


#: Words naming the office that serves a post ("Office of the Press Secretary").
_OFFICE_WORDS = frozenset({"office", "bureau", "cabinet"})


def _with_served_post(span: Span, posts: frozenset[str]) -> Span:
    """"Office of the Press" + "Secretary": the post an office of a post is named after."""
    doc = span.doc
    words = [t.lower_ for t in span]
    if (span.label_ != "ORG" or span.end >= len(doc) or words[0] not in _OFFICE_WORDS
            or words[1:3] != ["of", "the"] or len(words) < 4):
        return span
    end = span.end
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].lower_ in posts and "\n" not in doc[end - 1].whitespace_:
        end += 1
    return Span(doc, span.start, end, label=span.label, kb_id=span.kb_id) if end > span.end else span
