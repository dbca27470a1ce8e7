"""``text2kg_entities``: one entity per real-world thing, with its type, label and aliases.

Reads the candidate mentions in ``doc.spans["text2kg_mentions"]`` and replaces them by the
final mentions: each span's ``label_`` is the entity's type and its ``kb_id_`` the entity's
key; ``doc._.text2kg_entities`` maps keys to ``{"label", "type", "aliases", "value"}``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from text2kg.extract.components.boilerplate import in_ranges
from text2kg.extract.components.mentions import DEMONYM
from text2kg.extract.cues import LABEL_TYPES, decide_type, mention_votes, name_votes
from text2kg.extract.dates import date_label, normalize_date
from text2kg.extract.extensions import MENTIONS, register_extensions
from text2kg.extract.lexicon import known_places, words
from text2kg.extract.names import display_name, is_acronym, label_form, name_key
from text2kg.records import slug
from text2kg.extract.recover import recover_mentions
from text2kg.extract.resolve import Name, cluster_names
from text2kg.extract.spans import NAME_LABELS, overlaps


class Entities:
    """Clusters, types and labels the mentions of a document."""

    def __init__(
        self,
        titles: frozenset[str],
        org_words: frozenset[str],
        gazetteer: Mapping[str, tuple[str, ...]] | None = None,
        place_words: frozenset[str] = frozenset(),
        institutions: frozenset[str] = frozenset(),
        org_nouns: frozenset[str] = frozenset(),
    ) -> None:
        register_extensions()
        self.institutions = institutions
        self.org_nouns = org_nouns
        self.titles = titles
        self.org_words = org_words
        self.gazetteer = gazetteer
        self.place_words = place_words
        self.blocked_parts = titles | institutions
        self.generic_words = (titles | org_words) - institutions
        self.short_forms = {  # "U.S." -> "United States"
            name_key(name): name_key(place[1])
            for name, place in (gazetteer or {}).items()
            if is_acronym(name) and place[0] == "country" and place[1]
        }

    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.spans[MENTIONS]) if MENTIONS in doc.spans else []
        names = [s for s in spans if s.label_ in NAME_LABELS]
        dates = [s for s in spans if s.label_ == "DATE"]
        events = [s for s in spans if s.label_ in ("EVENT", "EVENT_REF")]
        names = sorted(names + _hosts(events, names), key=lambda s: (s.start, s.end))
        table: dict[str, dict] = {}
        final: list[Span] = []
        final += self._resolve_names(doc, names, events, dates, table)
        final += _resolve_dates(doc, [d for d in dates if not any(_swallows(n, d) for n in final)], table)
        final += _resolve_events(events, table)
        doc.spans[MENTIONS] = sorted(final, key=lambda s: (s.start, s.end))
        doc._.text2kg_entities = table
        return doc

    def _resolve_names(
        self, doc: Doc, spans: list[Span], events: list[Span], dates: list[Span], table: dict[str, dict]
    ) -> list[Span]:
        """Names, clustered into entities.

        A span names one entity: a further occurrence of a name is not looked for over an
        event, nor over a date unless it holds the date whole ("June List", where the model
        saw the date "June"; the caller then drops that date).
        """
        named = [_name(s) for s in spans]
        clusters = cluster_names(named, self.blocked_parts, self.org_words, self.short_forms)
        members: dict[str, list[Span]] = defaultdict(list)
        for span, number in zip(spans, clusters):
            members[f"c{number}"].append(span)
        types = {
            key: self._decide_type(group)
            for key, group in members.items()
            if not _generic([display_name(s.text) for s in group], self.generic_words)
        }  # a lone "Tribunal" or "Council" names nothing in particular; "the Senate" does
        patterns = {key: list(members[key]) + _surnames(key, members, types) for key in types}
        for span in recover_mentions(doc, patterns, spans + events, self.titles):
            if in_ranges(span.start_char, span.end_char, doc._.text2kg_boilerplate):
                continue
            if not any(overlaps(span, d) and not _swallows(span, d) for d in dates):
                members[span.kb_id_].append(span)
        means = {s.text: n.means for s, n in zip(spans, named) if n.means}  # found again: "Syrian" is "Syria"
        out = []
        for key, type_ in types.items():
            group = members[key]
            forms = [display_name(s.text) for s in group]
            label = _canonical([label_form(_name(s).means or means.get(s.text) or s.text) for s in group])
            entity = _add(table, type_, label, _aliases(forms, label))
            out += [Span(doc, s.start, s.end, label=type_, kb_id=entity) for s in group]
        return out

    def _decide_type(self, group: list[Span]) -> str:
        votes = sum((mention_votes(s, self.titles, self.place_words, self.org_nouns) for s in group), Counter())
        forms = [display_name(_means(s) or s.text) for s in group]  # "Syrian" is "Syria"
        votes += name_votes(forms, self.org_words, self.gazetteer, self.place_words, self.org_nouns)
        longest = max(group, key=lambda s: (not is_acronym(s.text), len(s), s.label_ != "NAME"))
        return decide_type(votes, LABEL_TYPES.get(longest.label_, "Organization"))


def _hosts(events: list[Span], names: list[Span]) -> list[Span]:
    """The organisation an event's name opens with, written as an acronym: "NATO" in "the NATO
    Foreign Ministers' Meeting", "G-7" in "the G-7 Ministerial meeting"."""
    out = []
    for event in events:
        first = event[0]
        if (
            event.label_ == "EVENT"
            and len(event) > 1
            and is_acronym(first.text.replace("-", ""))  # "G-7"
            and not any(n.start <= first.i < n.end for n in names)
        ):
            out.append(Span(event.doc, first.i, first.i + 1, label="ORG"))
    return out


def _swallows(name: Span, other: Span) -> bool:
    """Whether ``name`` holds all of ``other`` and more."""
    return name.start <= other.start and other.end <= name.end and len(name) > len(other)


def _surnames(key: str, members: dict[str, list[Span]], types: dict[str, str]) -> list[Span]:
    """The last word of a person's full name, when no other person in the document has it,
    so that "Okafor said" is found after "Dr. Amara Okafor"."""
    if types[key] != "Person":
        return []
    owners: dict[str, set[str]] = defaultdict(set)
    for other, type_ in types.items():
        for span in members[other]:
            if type_ == "Person" and len(span) > 1:
                owners[span[-1].text].add(other)
            elif len(span) == 1:
                owners[span.text].add(other)
    return [
        span[-1:]
        for span in members[key]
        if len(span) > 1 and span[-1].text[:1].isupper() and owners[span[-1].text] == {key}
    ]


@Language.factory(
    "text2kg_entities",
    requires=["doc.spans", "token.dep", "token.lemma", "doc._.text2kg_boilerplate"],
    assigns=["doc.spans", "doc._.text2kg_entities"],
)
def make_entities(nlp: Language, name: str) -> Entities:
    return Entities(
        words("posts") | words("honorifics"),
        words("org_keywords") | words("institutions") | words("platforms"),
        known_places(),
        words("place_keywords"),
        words("institutions") | words("platforms"),
        words("org_nouns"),
    )


def _means(span: Span) -> str:
    return span.kb_id_[len(DEMONYM):] if span.kb_id_.startswith(DEMONYM) else ""


def _name(span: Span) -> Name:
    if span.kb_id_.startswith(DEMONYM):
        return Name(span.text, span.label_, "", span.kb_id_[len(DEMONYM):])
    return Name(span.text, span.label_, span.kb_id_)


def _generic(forms: list[str], generic_words: frozenset[str]) -> bool:
    return all(" " not in f and f.casefold() in generic_words for f in forms)


def _canonical(forms: list[str]) -> str:
    """The fullest name: not an acronym, most words, longest, most frequent, first seen."""
    forms = [f[4:] if f.startswith("the ") else f for f in forms]  # "the United States"
    counts = Counter(forms)
    order = {f: i for i, f in reversed(list(enumerate(forms)))}
    return max(counts, key=lambda f: (not is_acronym(f), len(f.split()), len(f), counts[f], -order[f]))


def _aliases(forms: list[str], label: str) -> list[str]:
    seen: dict[str, None] = {}
    for form in forms:
        if label not in (form, form.removeprefix("the "), label_form(form)):
            seen.setdefault(form, None)
    return list(seen)


def _add(table: dict[str, dict], type_: str, label: str, aliases: list[str], value: str | None = None) -> str:
    """Put an entity in ``table`` under its key, ``type/slug``, and return the key.

    The key is what the entity's IRI is minted from (:meth:`text2kg.graph.triples.iris.Iris.entity_of`),
    so two entities of one document under one key would be one node with two labels. They
    are one name ("U.S." and "U.S", "Saint Petersburg" and "Saint-Petersburg"): the second
    joins the first, and the fuller spelling is the label.
    """
    key = f"{type_.lower()}/{slug(value or label)}"
    known = table.get(key)
    if known is None:
        table[key] = {"label": label, "type": type_, "aliases": aliases, "value": value}
        return key
    forms = [known["label"], *known["aliases"], label, *aliases]
    merged = _canonical([known["label"], label]) if value is None else known["label"]
    table[key] = {**known, "label": merged, "aliases": _aliases(forms, merged), "value": known["value"] or value}
    return key


def _resolve_dates(doc: Doc, spans: list[Span], table: dict[str, dict]) -> list[Span]:
    groups: dict[str, list[Span]] = defaultdict(list)
    values: dict[str, str | None] = {}
    for span in spans:
        value = normalize_date(span.text, doc._.text2kg_anchor)
        group = value or name_key(span.text)
        groups[group].append(span)
        values[group] = value
    out = []
    for group, members in groups.items():
        forms = [display_name(s.text) for s in members]
        label = date_label(values[group]) if values[group] else forms[0]
        key = _add(table, "Date", label, _aliases(forms, label), values[group])
        out += [Span(doc, s.start, s.end, label="Date", kb_id=key) for s in members]
    return out


def _resolve_events(spans: list[Span], table: dict[str, dict]) -> list[Span]:
    groups: dict[str, list[Span]] = defaultdict(list)
    for span in spans:
        if span.label_ == "EVENT":
            groups[name_key(span.text)].append(span)
    by_head: dict[str, set[str]] = defaultdict(set)
    for group, members in groups.items():
        for span in members:
            by_head[_head_lemma(span[-1])].add(group)
    _join_shorter_events(groups)
    for span in spans:
        if span.label_ == "EVENT_REF":
            fits = by_head.get(_head_lemma(span[-1]), set())
            if len(fits) == 1:
                groups[next(iter(fits))].append(span)
    out = []
    for members in groups.values():
        forms = [label_form(s.text) for s in members if s.label_ == "EVENT"]
        counts = Counter(forms)
        label = max(counts, key=lambda f: (counts[f], len(f)))
        key = _add(table, "Event", label, _aliases(forms, label))
        out += [Span(s.doc, s.start, s.end, label="Event", kb_id=key) for s in members]
    return out


def _join_shorter_events(groups: dict[str, list[Span]]) -> None:
    """"the Karsk massacre" joins "the 1999 Karsk massacre" when that is the only fit."""
    for short in sorted(groups, key=len):
        fits = [g for g in groups if g != short and g.endswith(" " + short)]
        if len(fits) == 1 and short in groups:
            groups[fits[0]].extend(groups.pop(short))


def _head_lemma(token: Token) -> str:
    return (token.lemma_ or token.lower_).lower()
