"""Title lines: a headline or heading names things in title case ("Acme Names Park CEO",
"City Appoints New Fire Chief"), where capitals do not mark names and the line is not a
sentence the model was trained on. A name found on such a line is kept only when the body
writes it too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from text2kg.extract.spans import doc_text

#: A title line is at most this many words, and this share of its words are capitalised.
MAX_TITLE_WORDS = 14
TITLE_CASE_SHARE = 0.6
_SENTENCE_END = (".", "!", "?", ";", ":", ",", '"', "”")
_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with vs".split())


def title_lines(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) character offsets of the title lines of ``doc``: its first line and
    its markdown headings ("# ..."), when short, in title case, not ending as a sentence
    does, and followed by more text.
    """
    text = doc_text(doc)
    out = []
    offset = 0
    first = True
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and (first or stripped.startswith("#")):
            bare = stripped.lstrip("#* ").rstrip("* ")
            if bare and _is_title(bare) and text[offset + len(line):].strip():
                start = offset + line.index(bare[0])
                out.append((start, start + len(bare)))
            first = False
        offset += len(line)
    return out


def _is_title(line: str) -> bool:
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    if not words or len(words) > MAX_TITLE_WORDS or line.endswith(_SENTENCE_END):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    capitalised = sum(1 for w in content if w[:1].isupper())
    return len(content) >= 2 and capitalised >= TITLE_CASE_SHARE * len(content)


def drop_title_fragments(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` without the names on title lines that the rest of the text never writes."""
    lines = title_lines(doc)
    if not lines:
        return spans
    text = doc_text(doc)
    body = _without(text, lines)
    return [s for s in spans if not _on(s, lines) or s.text in body]


def _on(span: Span, lines: list[tuple[int, int]]) -> bool:
    return any(start <= span.start_char and span.end_char <= end for start, end in lines)


def _without(text: str, lines: list[tuple[int, int]]) -> str:
    parts, last = [], 0
    for start, end in lines:
        parts.append(text[last:start])
        last = end
    parts.append(text[last:])
    return "\n".join(parts)
