"""Visible text of an HTML page, through the standard library's HTML parser."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose content is never shown as text, and site navigation.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "nav"})
# Elements that start a new line (or paragraph) in rendered text.
_BLOCKS = frozenset(
    """address article aside blockquote br dd details div dl dt fieldset figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody
    td th thead tr ul""".split()
)
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "tr"})
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0
        self.in_pre = 0
        self.title: list[str] = []
        self.h1: list[str] = []
        self._in: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden_depth += 1
        elif tag in ("title", "h1"):
            self._in.add(tag)
        if tag == "pre":
            self.in_pre += 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        self._in.discard(tag)
        if tag == "pre":
            self.in_pre = max(0, self.in_pre - 1)
        if tag in _BLOCKS:
            self.parts.append("\n\n" if tag in _PARAGRAPHS else "\n")

    def handle_data(self, data: str) -> None:
        if "title" in self._in:
            self.title.append(data)
        if self.hidden_depth:
            return
        if "h1" in self._in:
            self.h1.append(data)
        self.parts.append(data if self.in_pre else _SPACES.sub(" ", data.replace("\n", " ")))


def html_to_text(html: str) -> tuple[str, str | None]:
    """Return the visible text of ``html`` and its title (``<title>``, else the first ``<h1>``).

    >>> html_to_text("<html><head><title>T</title><script>x()</script></head>"
    ...              "<body><p>One &amp; two.</p><p>Three</p></body></html>")
    ('One & two.\\n\\nThree', 'T')
    """
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = "".join(collector.parts)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text).strip()
    title = " ".join("".join(collector.title).split()) or " ".join("".join(collector.h1).split())
    return text, title or None
