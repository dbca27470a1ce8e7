"""The custom attributes our components set, registered lazily with a ``text2kg_`` prefix.

- ``doc._.text2kg_anchor``: the document's date (``YYYY-MM-DD``), set before processing, so
  "on Friday" can be resolved; None when unknown.
- ``doc._.text2kg_boilerplate``: ``[[start, end], ...]`` character ranges of page furniture.
- ``doc._.text2kg_entities``: ``{key: {"label", "type", "aliases", "value"}}`` for the
  entities whose mentions are the spans of ``doc.spans["text2kg_mentions"]`` (``span.kb_id_``
  is the key, ``span.label_`` the type).
- ``doc._.text2kg_facts``: ``{"relations", "positions", "quotations"}``, lists of plain dicts
  (see ``text2kg_relations``).
"""

from __future__ import annotations

from spacy.tokens import Doc

MENTIONS = "text2kg_mentions"

_DOC_ATTRIBUTES = ("text2kg_anchor", "text2kg_boilerplate", "text2kg_entities", "text2kg_facts")


def register_extensions() -> None:
    """Register our ``Doc`` attributes; calling it again does nothing."""
    for name in _DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
