"""``text2kg_boilerplate``: marks lines that are page furniture (image credits, share prompts)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from text2kg.extract.extensions import register_extensions
from text2kg.extract.lexicon import patterns
from text2kg.extract.spans import doc_text

#: Lines longer than this are article text, whatever they contain.
MAX_LINE = 200


def find_boilerplate(
    text: str, rules: tuple[re.Pattern[str], ...], max_line: int = MAX_LINE
) -> list[list[int]]:
    """Return ``[start, end]`` character ranges of the short lines that match a rule.

    >>> rules = (re.compile(r"^image:", re.I),)
    >>> find_boilerplate("Tehran votes.\\nImage: someone via somewhere\\n", rules)
    [[14, 42]]
    """
    ranges = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if stripped and len(stripped) <= max_line and any(r.search(stripped) for r in rules):
            ranges.append([offset, offset + len(body)])
        offset += len(line)
    return ranges


class Boilerplate:
    """Sets ``doc._.text2kg_boilerplate``."""

    def __init__(self, rules: tuple[re.Pattern[str], ...]) -> None:
        register_extensions()
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        doc._.text2kg_boilerplate = find_boilerplate(doc_text(doc), self.rules)
        return doc


@Language.factory("text2kg_boilerplate", assigns=["doc._.text2kg_boilerplate"])
def make_boilerplate(nlp: Language, name: str) -> Boilerplate:
    return Boilerplate(patterns("boilerplate"))


def in_ranges(start: int, end: int, ranges: list[list[int]] | None) -> bool:
    """Whether the characters ``start:end`` overlap one of ``ranges``."""
    return any(start < r_end and r_start < end for r_start, r_end in ranges or ())
