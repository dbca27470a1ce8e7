"""Whose post, when the title does not say: the story's country, its dateline, "its".

- "its chief executive" / "their president": the nearest organisation named before it in the
  sentence; "the regime's president", "the government's spokesperson": the story's country;
- a post of a state ("President Ann Roe", data/state_posts.txt) named with no country, in a
  story about one country: that country (rule ``document-country``, lower confidence);
- a dateline ("WASHINGTON -") names the country of a state post before the story's own
  country does (rule ``dateline``); a dateline abroad keeps the story's country out;
- a post that names its body ("Secretary-General", data/post_bodies.tsv) in a story that
  names the body (rule ``post-body``);
- a post of a city ("Mayor Ann Roe", data/city_posts.txt) in a story about one city: that
  city (rule ``document-city``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from text2kg.extract.lexicon import places
from text2kg.extract.relations.index import MentionIndex
from text2kg.extract.relations.post_lexicon import Lexicon

#: How many mentions make a country the story's, and by how much it must lead the next one.
MIN_MENTIONS = 3
LEAD = 2.0
DATELINE_TOKENS = 6


@dataclass(frozen=True)
class DocumentContext:
    """The country and the city a story is about, and the country its dateline names (entity
    keys); ``has_dateline`` when the story opens with one, named in the text or not."""

    country: str | None
    dateline: str | None
    city: str | None = None
    has_dateline: bool = False


def document_context(doc: Doc, index: MentionIndex) -> DocumentContext:
    gazetteer = places()
    labels = {key: info.get("label", "") for key, info in index.table.items()}
    by_country, cities = {}, set()
    for key, label in labels.items():
        kind = gazetteer.get(label, ("",))[0]
        if index.type_of(key) == "Place" and kind == "country":
            by_country.setdefault(gazetteer[label][1] or label, key)
        elif index.type_of(key) == "Place" and kind == "city":
            cities.add(key)
    country = _dominant(index, set(by_country.values()))
    has_dateline, dateline = _dateline(doc, index, gazetteer, by_country)
    return DocumentContext(country, dateline, _dominant(index, cities, 2), has_dateline)


def _dominant(index: MentionIndex, keys: set[str], least: int = MIN_MENTIONS) -> str | None:
    """The one of ``keys`` the story mentions most, when it leads the others well."""
    ranked = Counter(s.kb_id_ for s in index.spans if s.kb_id_ in keys).most_common(2)
    if ranked and ranked[0][1] >= least and (len(ranked) == 1 or ranked[0][1] >= LEAD * ranked[1][1]):
        return ranked[0][0]
    return None


def _dateline(doc: Doc, index: MentionIndex, gazetteer: dict, by_country: dict) -> tuple[bool, str | None]:
    """"WASHINGTON, DC -": an upper-case place at the very start of the story, and the key
    of its country when the story names that country."""
    for token in doc[:DATELINE_TOKENS]:
        mention = index.at(token, ["Place"])
        if mention is not None and mention.text.isupper() and len(mention.text) > 2:
            label = index.table.get(mention.kb_id_, {}).get("label", mention.text)
            entry = gazetteer.get(label) or gazetteer.get(label.title()) or gazetteer.get(
                label.split(",")[0].strip().title())  # "WASHINGTON, DC": the place before its state
            if entry is None:
                return True, None
            return True, by_country.get(entry[1] or label)
    return False, None


def possessor_owner(first: Token, possessor: str, index: MentionIndex, lex: Lexicon,
                    context: DocumentContext) -> str | None:
    """Whom "its"/"their"/"the regime's" stands for, before the title's first token."""
    if possessor in lex.state_nouns:
        return context.country
    sentence = first.sent if first.doc.has_annotation("SENT_START") else first.doc[:]
    for token in reversed(first.doc[sentence.start : first.i]):
        if token.lower_ in lex.state_nouns:
            return context.country
        mention = index.at(token, ["Organization"])
        if mention is not None:
            return mention.kb_id_
    return None


def body_of(role: str, index: MentionIndex, lex: Lexicon) -> str | None:
    """The body a post names by itself ("Secretary-General": the UN), when the story names it."""
    spaced = f" {role.replace('-', ' ')} "  # "under-secretary-general" is the UN's too
    for post, names in lex.bodies.items():
        if f" {post.replace('-', ' ')} " in spaced:
            for key, info in index.table.items():
                if info.get("type") in ("Organization", "Place") and (
                    info.get("label") in names or any(a in names for a in info.get("aliases", ()))
                ):
                    return key
    return None
