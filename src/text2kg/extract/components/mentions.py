"""``text2kg_mentions``: candidate mentions of names and dates, cleaned, in one span group.

Starts from the pipeline's entities and:
- keeps names (PERSON, ORG, GPE, LOC, FAC), events and dates, and a product's or work's
  "name" that speaks ("Ines Madsen said"); a person's name the model cut short is
  widened (:mod:`text2kg.extract.fullnames`); a year range the model
  called a number ("2018–2020") becomes a date; an adjective of nationality ("German")
  becomes a mention of its place (``kb_id`` "demonym:Germany", see ``data/demonyms.tsv``);
- strips leading determiners, possessive pronouns, honorifics and posts ("President"),
  and a trailing possessive ("the European Union's" -> "European Union");
- cuts a title out of a name of any label (:mod:`text2kg.extract.titles`): "Spokesperson
  Ned Price" is the person "Ned Price", "Wikimedia Board Chair Florence Devouard" the
  organisation "Wikimedia" and the person "Florence Devouard"; a portfolio alone ("State"
  of "Secretary of State") is no name; a name does not run over a spaced dash
  ("WASHINGTON, DC - House Majority Leader"); a name on a title line (a headline or
  heading in title case, :mod:`text2kg.extract.headlines`) is kept only when the body
  writes it too; a piece of a title ("Acting Surgeon") is no name, and a surname is cut off
  an organisation's name ("Army Esper", :mod:`text2kg.extract.fragments`);
- drops lone lower-case words ("supreme") and anything on a boilerplate line;
- splits "MEK/PMOI" and ties a name to the acronyms bracketed after it
  ("Mujahedin-e Khalq (MEK/PMOI)"), giving the group one shared ``kb_id``;
- joins "U.N. Special Court" + "for" + "Sierra Leone" into one organisation name.

The span labels stay spaCy's (``NAME`` for a rule-made name of unknown type); types are
decided later over all mentions of an entity by ``text2kg_entities``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from text2kg.extract.components.aliases import name_for_acronyms, parenthetical_acronyms, split_slashes
from text2kg.extract.components.boilerplate import in_ranges
from text2kg.extract.extensions import MENTIONS, register_extensions
from text2kg.extract.names import acronym_of
from text2kg.extract.lexicon import demonyms, known_places, words
from text2kg.extract.dates import MONTHS, normalize_date
from text2kg.extract.spans import (
    NAME_LABELS,
    THE_NAMES,
    has_capital,
    is_year_range,
    overlaps,
    split_lines,
    trim,
    trim_date,
)
from text2kg.extract.fullnames import widen_persons
from text2kg.extract.cues import SPEECH_VERBS
from text2kg.extract.fragments import cut_surnames, is_body_of_posts, is_no_name, is_title_piece, split_listed
from text2kg.extract.headlines import drop_title_fragments
from text2kg.extract.joins import join_cut_names, join_places
from text2kg.extract.owners import DEMONYM, government_as_place, split_owner
from text2kg.extract.titles import TitleWords, split_title

KEPT_LABELS = NAME_LABELS | {"EVENT", "DATE"}
_DASHES = frozenset({"-", "–", "—"})


class Mentions:
    """Writes ``doc.spans["text2kg_mentions"]``."""

    def __init__(
        self, titles: frozenset[str], org_words: frozenset[str], title_words: TitleWords | None = None
    ) -> None:
        register_extensions()
        self.titles = titles
        self.org_words = org_words
        self.title_words = title_words

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[MENTIONS] = find_mentions(doc, self.titles, self.org_words, self.title_words)
        return doc


@Language.factory(
    "text2kg_mentions",
    requires=["doc.ents", "token.tag", "token.dep", "token.lemma", "doc._.text2kg_boilerplate"],
    # also token.pos, which the English pipelines set without declaring it (attribute_ruler)
    assigns=["doc.spans"],
)
def make_mentions(nlp: Language, name: str) -> Mentions:
    titles = words("posts") | words("honorifics")
    org_words = words("org_keywords")
    title_words = TitleWords(
        titles,
        words("title_words"),
        words("portfolios"),
        org_words,
        known_places(),
        words("org_activities"),
        words("document_heads"),
        words("mission_words"),
    )
    return Mentions(titles, org_words, title_words)


def find_mentions(
    doc: Doc, titles: frozenset[str], org_words: frozenset[str], title_words: TitleWords | None = None
) -> list[Span]:
    """The cleaned candidate mentions of ``doc``, in text order.

    ``title_words`` are what titles written into names are read from; None leaves titles in.
    """
    boilerplate = doc._.text2kg_boilerplate if Doc.has_extension("text2kg_boilerplate") else None
    spans: list[Span] = []
    ents = _join_day_to_month(list(doc.ents))
    if title_words is not None:
        ents = widen_persons(ents, _person_stops(titles, title_words.modifiers, title_words.portfolios, org_words))
    for ent in ents:
        spans.extend(_clean_entity(ent, titles, title_words))
    spans = cut_surnames(spans, org_words)
    spans = join_cut_names(spans, org_words, *((title_words.missions, titles) if title_words else ()))
    if title_words is not None:
        spans = join_places(spans, title_words.places)
    spans = _add_bracketed_acronyms(doc, spans)
    spans = _without_laws(spans)
    if title_words is not None:
        names = drop_title_fragments(doc, [s for s in spans if s.label_ in NAME_LABELS])
        spans = [s for s in spans if s.label_ not in NAME_LABELS] + names
    return sorted(
        (s for s in spans if not in_ranges(s.start_char, s.end_char, boilerplate)),
        key=lambda s: (s.start, s.end),
    )


def _clean_entity(ent: Span, titles: frozenset[str], title_words: TitleWords | None = None) -> list[Span]:
    label = ent.label_
    if label == "CARDINAL" and is_year_range(ent.text):
        label = "DATE"
    if label == "EVENT" and normalize_date(ent.text):
        label = "DATE"  # the model's "the September 2023" is a date, not an event
    if label in ("PERSON", "ORG") and ent[-1].text in demonyms() and len(trim(ent) or ()) == 1:
        label = "NORP"  # "Slovak officials", tagged a person: an adjective of nationality
    if label == "NORP":
        span = trim(Span(ent.doc, ent.start, ent.end, label="GPE"))
        place = demonyms().get(span.text) if span is not None else None
        return [Span(ent.doc, span.start, span.end, label="GPE", kb_id=f"{DEMONYM}{place}")] if place else []
    if label in ("PRODUCT", "WORK_OF_ART") and _speaks(ent):
        label = "NAME"  # "Ines Madsen said", tagged a product: a speaker, its type read later
    if label not in KEPT_LABELS:
        return []
    if label == "DATE":
        span = trim_date(Span(ent.doc, ent.start, ent.end, label=label))
        return [span] if span is not None else []
    extra = titles if label == "PERSON" else frozenset()
    cleaned = []
    for line_part in _split_spaced_dashes(split_lines(Span(ent.doc, ent.start, ent.end, label=label))):
        span = trim(line_part, extra)
        if span is None:
            continue
        if len(span) == 1 and span[0].lower_ in THE_NAMES and span.start > 0 and span.doc[span.start - 1].lower_ == "the":
            span = Span(span.doc, span.start - 1, span.end, label=span.label)  # "The Hague"
        parts = [p for p in (trim(part) for part in split_slashes(span)) if p is not None]
        if len(parts) > 1:
            link = f"slash:{span.start_char}"
            parts = [Span(p.doc, p.start, p.end, label=p.label, kb_id=link) for p in parts]
        if title_words is not None and label in NAME_LABELS:
            parts = [t for p in parts for t in _without_title(p, title_words)]
            parts = [p for p in (trim(p) for p in parts) if p is not None]
            parts = [p for p in parts if not is_title_piece(p, title_words.posts, title_words.org_words)]
            parts = [q for p in parts for q in split_listed(p, title_words.org_words, title_words.places)]
            parts = [government_as_place(o, title_words.places) for p in parts for o in split_owner(p, title_words)]
        cleaned += [p for p in parts if _looks_like_name(p) and not is_no_name(p)]
    return cleaned


def _without_laws(spans: list[Span]) -> list[Span]:
    """Without a law's name, whole once joined, nor the acronym bracketed after it ("ARRA")."""
    dropped = [is_no_name(s) for s in spans]
    laws = {s.kb_id_ for s, no in zip(spans, dropped) if no and s.kb_id_.startswith("acronym:")}
    return [s for s, no in zip(spans, dropped) if not no and not (laws and s.kb_id_ in laws)]


def _without_title(span: Span, title_words: TitleWords) -> list[Span]:
    """The names left once a title is cut out; "Joint Chiefs of Staff" has none to cut."""
    if is_body_of_posts(span, title_words.posts, title_words.org_words):
        return [span]
    return split_title(span, title_words)


@lru_cache(maxsize=8)
def _person_stops(
    titles: frozenset[str], modifiers: frozenset[str], portfolios: frozenset[str], org_words: frozenset[str]
) -> frozenset[str]:
    """Words that never join a person's name: titles, portfolios' words ("Affairs"), organisation words."""
    return titles | modifiers | org_words | frozenset(w for p in portfolios for w in p.split(" "))


def _speaks(ent: Span) -> bool:
    """A name of two to four proper nouns that is the subject of a verb of speech."""
    root = ent.root
    return (2 <= len(ent) <= 4 and all(t.pos_ == "PROPN" for t in ent) and root.dep_ == "nsubj"
            and root.head.lemma_.lower() in SPEECH_VERBS)


def _split_spaced_dashes(parts: list[Span]) -> list[Span]:
    """Cut spans at a dash with space on both sides: "DC - House" is two names."""
    out = []
    for span in parts:
        start = span.start
        for token in span:
            if (
                token.text in _DASHES
                and token.i > start
                and token.doc[token.i - 1].whitespace_
                and token.whitespace_
            ):
                out.append(Span(span.doc, start, token.i, label=span.label, kb_id=span.kb_id))
                start = token.i + 1
        if start < span.end:
            out.append(Span(span.doc, start, span.end, label=span.label, kb_id=span.kb_id))
    return out


def _join_day_to_month(ents: list[Span]) -> list[Span]:
    """The model's "2" (a number) + "October 2023" (a date) is the date "2 October 2023"."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == "CARDINAL"
            and ent.label_ == "DATE"
            and prev.end == ent.start
            and prev.text.isdigit()
            and 1 <= int(prev.text) <= 31
            and ent[0].lower_.rstrip(".") in MONTHS
        ):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="DATE")
        else:
            out.append(ent)
    return out


def _looks_like_name(span: Span) -> bool:
    """Capitalised, and not a lone common word ("supreme", "Turnout" opening a sentence)."""
    if not has_capital(span):
        return False
    if len(span) == 1 and span[0].tag_ and span[0].tag_ not in ("NNP", "NNPS"):
        return not span[0].is_sent_start and span[0].text[:1].isupper()
    return True


def _add_bracketed_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    for open_index, close_index, acronyms in parenthetical_acronyms(doc):
        name = name_for_acronyms(doc, open_index, acronyms, spans)
        if name is None or _persons_bracket(name, acronyms, spans):
            continue
        link = f"acronym:{name.start_char}"
        made = [Span(doc, name.start, name.end, label=_label_of(name, spans), kb_id=link)]
        made += [Span(doc, a.start, a.end, label=_label_of(a, spans), kb_id=link) for a in acronyms]
        spans = [s for s in spans if not any(overlaps(s, m) for m in made)] + made
    return spans


def _persons_bracket(name: Span, acronyms: list[Span], spans: list[Span]) -> bool:
    """Whether the bracket follows a person and abbreviates no name: "Steny H. Hoyer (MD)"
    holds a state or a party."""
    return any(s.label_ == "PERSON" and overlaps(s, name) for s in spans) and not any(
        acronym_of(a.text, name.text) for a in acronyms
    )


def _label_of(span: Span, spans: list[Span]) -> str:
    """The model's label for exactly this span, else ``NAME``."""
    for s in spans:
        if s.start == span.start and s.end == span.end:
            return s.label_
    return "NAME"
