"""Bytes to text: UTF-8 (with or without a BOM), refusing binary and empty input."""

from __future__ import annotations

import re


class UnreadableInput(ValueError):
    """The input cannot be read as a document; the message says why in a few words."""


def decode_text(data: bytes) -> str:
    """Decode UTF-8 bytes, or raise :class:`UnreadableInput`.

    >>> decode_text("\\ufeffCafé".encode("utf-8"))
    'Café'
    """
    if b"\x00" in data[:8192]:
        raise UnreadableInput("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UnreadableInput(
            f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from None
    require_text(text)
    return text


def require_text(text: str) -> None:
    """Raise :class:`UnreadableInput` when ``text`` has nothing but white space."""
    if not text.strip():
        raise UnreadableInput("empty document")


_HEADING = re.compile(r"^#{1,6}\s+")


def first_line_title(text: str, max_length: int = 200) -> str | None:
    """A headline: the first non-blank line, when it is short and not a sentence.

    >>> first_line_title("# Iran votes\\n\\nTehran - Voters went ...")
    'Iran votes'
    >>> first_line_title("The vote was held on Friday in Tehran.") is None
    True
    """
    for line in text.splitlines():
        line = _HEADING.sub("", line.strip())
        if not line:
            continue
        if len(line) > max_length or line.endswith((".", "!", "?", ";", ":", ",")):
            return None
        return line
    return None
