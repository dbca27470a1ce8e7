"""Gold documents in the Re-DocRED JSON Lines shape (see the README, "Evaluation")."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from text2kg.records import Document

T = TypeVar("T")


class GoldFormatError(ValueError):
    """A gold file that is not in the expected shape; the message names file and line."""


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    type: str
    entity: str


@dataclass(frozen=True)
class GoldDocument:
    """One annotated document: its text, mentions (by entity) and relations."""

    document: Document
    mentions: tuple[GoldMention, ...]
    relations: tuple[tuple[str, str, str], ...]  # (head entity, relation id, tail entity)
    relation_names: tuple[tuple[str, str], ...] = ()  # (relation id, its label)


def read_gold(path: str | Path, limit: int | None = None) -> Iterator[GoldDocument]:
    """Yield the documents of a gold JSONL file.

    Raises:
        GoldFormatError: a line is not JSON or lacks ``text`` or ``entities``.
        OSError: the file cannot be read.
    """
    yield from gold_lines(path, _parse, limit)


def gold_lines(path: str | Path, parse: Callable[[str, str], T], limit: int | None = None,
               keep: Callable[[T], bool] = lambda item: True) -> Iterator[T]:
    """Each non-blank line of a gold JSONL file, parsed with its place (``file:line``) for
    errors; the first ``limit`` of those ``keep`` accepts."""
    path = Path(path)
    with path.open(encoding="utf-8") as lines:
        count = 0
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            if limit is not None and count >= limit:
                return
            item = parse(line, f"{path}:{number}")
            if keep(item):
                count += 1
                yield item


def _parse(line: str, where: str) -> GoldDocument:
    try:
        obj = json.loads(line)
        text = obj["text"]
        mentions = tuple(
            GoldMention(m["start"], m["end"], m.get("type") or e["type"], str(e["id"]))
            for e in obj["entities"]
            for m in e["mentions"]
        )
        relations = tuple(
            (str(r["head"]), str(r["relation"]), str(r["tail"])) for r in obj.get("relations", ())
        )
        names = tuple((str(r["relation"]), str(r.get("name", ""))) for r in obj.get("relations", ()))
    except json.JSONDecodeError as err:
        raise GoldFormatError(f"{where}: not valid JSON ({err.msg})") from None
    except (KeyError, TypeError) as err:
        raise GoldFormatError(f"{where}: not a gold document (missing or bad field {err})") from None
    doc_id = str(obj.get("id") or where)
    document = Document(doc_id, text, title=obj.get("title"), source=where)
    return GoldDocument(document, mentions, relations, names)
