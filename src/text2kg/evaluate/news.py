"""Gold news documents: the entities, posts and quotations a reader finds in each story.

One JSON object a line (see the README, "Facts in news"): the story (``id``, ``text``,
``date``, ``split``, ...), its ``entities`` (type, name, aliases), ``posts`` (person, role,
organisation by entity name) and ``quotations`` (speaker, and the first words quoted).
Names in posts and quotations must be entity names or aliases, and a quotation's first
words must occur in the text: a slip there would silently score as an extraction error,
so the reader stops at it with the file and line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from text2kg.evaluate.gold import GoldFormatError, gold_lines
from text2kg.evaluate.names import name_keys, normalise_name
from text2kg.records import Document

#: The entity types gold news documents annotate.
NEWS_TYPES = ("Person", "Organization", "Place")
_QUOTE_MARKS = "\"'“”‘’«»„"
_STRAIGHT = str.maketrans("“”„«»‘’", "\"\"\"\"\"''")


@dataclass(frozen=True)
class GoldEntity:
    type: str
    name: str
    aliases: tuple[str, ...] = ()

    @property
    def keys(self) -> frozenset[str]:
        """Its name and aliases, normalised (see :func:`normalise_name`)."""
        return name_keys((self.name, *self.aliases))


@dataclass(frozen=True)
class GoldPost:
    person: GoldEntity
    role: str
    organization: GoldEntity | None = None
    start: str | None = None
    end: str | None = None
    qualifier: str | None = None
    implied: bool = False
    evidence: str = ""


@dataclass(frozen=True)
class GoldQuote:
    speaker: GoldEntity
    start: str
    offsets: tuple[int, ...]  # where ``start`` occurs in the text (the first quoted character)


@dataclass(frozen=True)
class NewsDocument:
    """One annotated story; ``where`` is its file and line, for messages."""

    document: Document
    split: str | None
    entities: tuple[GoldEntity, ...]
    posts: tuple[GoldPost, ...]
    quotations: tuple[GoldQuote, ...]
    where: str = ""


def read_news_gold(path: str | Path, split: str | None = None, limit: int | None = None) -> Iterator[NewsDocument]:
    """Yield the stories of a gold news file (those of ``split`` only, when given).

    Raises:
        GoldFormatError: a line is not JSON, lacks a field, or names what it does not define.
        OSError: the file cannot be read.
    """
    yield from gold_lines(path, parse_news_line, limit, keep=lambda item: split is None or item.split == split)


def parse_news_line(line: str, where: str) -> NewsDocument:
    """One line of a gold news file; errors name ``where`` and the field at fault."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise GoldFormatError(f"{where}: not valid JSON ({err.msg})") from None
    try:
        return _parse(obj, where)
    except (KeyError, TypeError, AttributeError) as err:
        raise GoldFormatError(f"{where}: not a gold news document (missing or bad field {err})") from None


def _parse(obj: dict[str, Any], where: str) -> NewsDocument:
    text = obj["text"]
    if not isinstance(text, str):
        raise TypeError("'text'")
    entities = tuple(_entity(e, where) for e in obj["entities"])
    by_name: dict[str, GoldEntity] = {}
    for entity in entities:
        for key in entity.keys:
            by_name.setdefault(key, entity)

    def named(value: Any, what: str) -> GoldEntity:
        entity = by_name.get(normalise_name(str(value)))
        if entity is None:
            raise GoldFormatError(f"{where}: {what} {value!r} is not the name or alias of an entity")
        return entity

    posts = []
    for n, p in enumerate(obj.get("posts") or (), start=1):
        org = p.get("organization")
        posts.append(GoldPost(
            named(p["person"], f"post {n}: person"), str(p["role"]),
            named(org, f"post {n}: organization") if org else None,
            p.get("start"), p.get("end"), p.get("qualifier"), bool(p.get("implied", False)),
            str(p.get("evidence") or ""),
        ))
    quotes = []
    for n, q in enumerate(obj.get("quotations") or (), start=1):
        offsets = locate(text, str(q["start"]))
        if not offsets:
            raise GoldFormatError(f"{where}: quotation {n}: its start {q['start']!r} is not in the text")
        quotes.append(GoldQuote(named(q["speaker"], f"quotation {n}: speaker"), str(q["start"]), offsets))
    split = obj.get("split")
    document = Document(str(obj.get("id") or where), text, title=obj.get("title"), date=obj.get("date"),
                        url=obj.get("url"), source=obj.get("source"))
    return NewsDocument(document, None if split is None else str(split), entities, tuple(posts), tuple(quotes), where)


def _entity(e: dict[str, Any], where: str) -> GoldEntity:
    if e["type"] not in NEWS_TYPES:
        raise GoldFormatError(f"{where}: entity {e.get('name')!r}: type {e['type']!r} is not one of {', '.join(NEWS_TYPES)}")
    aliases = e.get("aliases") or ()
    if isinstance(aliases, str):
        raise TypeError("'aliases'")
    return GoldEntity(e["type"], str(e["name"]), tuple(str(a) for a in aliases))


def begins_with(text: str, words: str) -> bool:
    """Whether ``text`` begins with ``words``, quote marks, case and spacing aside.

    >>> begins_with(' “We will not leave,” he said', '"we will not')
    True
    """
    return 0 in locate(text.lstrip(_QUOTE_MARKS + " \t\n"), words)


def locate(text: str, words: str) -> tuple[int, ...]:
    """Every offset in ``text`` where ``words`` begin, quote marks and spacing aside.

    Leading quote marks are skipped, so the offset is the first quoted character; case,
    runs of spaces and curly against straight quotes do not count.

    >>> text = 'He said: “We  will not\\nleave,” and left. "We will" again.'
    >>> locate(text, "“we will not leave"), locate(text, "We will"), locate(text, "absent")
    ((10,), (10, 42), ())
    """
    words = words.strip().lstrip(_QUOTE_MARKS).strip().translate(_STRAIGHT)
    if not words:
        return ()
    pattern = r"\s+".join(re.escape(w) for w in words.split())
    return tuple(m.start() for m in re.finditer(pattern, text.translate(_STRAIGHT), re.IGNORECASE))
