"""Which entity each token belongs to, from ``doc.spans["text2kg_mentions"]``."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from text2kg.extract.extensions import MENTIONS
from text2kg.extract.spans import sentence_index


class MentionIndex:
    """Look up mentions by token, and entities by key."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.spans: list[Span] = list(doc.spans[MENTIONS]) if MENTIONS in doc.spans else []
        self.table: dict[str, dict] = doc._.text2kg_entities or {}
        self.by_token: dict[int, list[Span]] = {}
        for span in self.spans:
            for i in range(span.start, span.end):
                self.by_token.setdefault(i, []).append(span)
        self.sentence_of = sentence_index(doc)

    def at(self, token: Token, types: Iterable[str] | None = None) -> Span | None:
        """The longest mention covering ``token`` (of one of ``types``)."""
        found = [s for s in self.by_token.get(token.i, []) if types is None or s.label_ in types]
        return max(found, key=len) if found else None

    def in_tokens(self, tokens: Iterable[Token], types: Iterable[str]) -> list[Span]:
        """Mentions of ``types`` that start within ``tokens``, in order, each once."""
        types = set(types)
        seen, out = set(), []
        for token in sorted(tokens, key=lambda t: t.i):
            for span in self.by_token.get(token.i, []):
                if span.label_ in types and span.start == token.i and (span.start, span.end) not in seen:
                    seen.add((span.start, span.end))
                    out.append(span)
        return out

    def type_of(self, key: str) -> str | None:
        info = self.table.get(key)
        return info["type"] if info else None

    def value_of(self, key: str) -> str | None:
        info = self.table.get(key)
        return info.get("value") if info else None

    def sentence(self, token: Token) -> int:
        return self.sentence_of[token.i]
