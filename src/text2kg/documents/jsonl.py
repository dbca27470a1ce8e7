"""JSON Lines: one document per line, ``text`` required; ``id``, ``title``, ``date``, ``url`` kept."""

from __future__ import annotations

import json
from collections.abc import Iterator

from text2kg.documents.text import UnreadableInput
from text2kg.records import Document

_METADATA = ("title", "date", "url")


def parse_jsonl(
    text: str, default_id: str, source: str
) -> Iterator[tuple[int, Document | UnreadableInput]]:
    """Yield ``(line number, Document)`` for each good line, ``(line number, error)`` for a bad one.

    Lines end at ``\\n`` only (a ``\\r`` before it is JSON white space): ``str.splitlines``
    would also split at U+2028, U+2029 and U+0085, which JSON writers leave raw inside strings.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield number, _document(line, f"{default_id}#{number}", source)
        except UnreadableInput as err:
            yield number, err


def _document(line: str, default_id: str, source: str) -> Document:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise UnreadableInput(f"not valid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(obj, dict):
        raise UnreadableInput("a line must be a JSON object with a \"text\" field")
    text = obj.get("text")
    if not isinstance(text, str):
        raise UnreadableInput("no \"text\" string")
    if not text.strip():
        raise UnreadableInput("empty \"text\"")
    doc_id = obj.get("id")
    meta = {key: str(obj[key]) for key in _METADATA if obj.get(key) not in (None, "")}
    return Document(
        id=str(doc_id) if doc_id not in (None, "") else default_id, text=text, source=source, **meta
    )
