"""An extractor of hand-made records, for the tests of what happens around extraction
(builds, stores, the command line) without the model."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from tests.conftest import make_extraction
from text2kg.extract.options import ExtractOptions
from text2kg.records import Document, Extraction

#: Entities as :func:`tests.conftest.make_extraction` takes them.
Entities = list[tuple[str, str, list[str], list[str]]]
KUMI: Entities = [("Person", "Kumi Naidoo", [], ["Kumi Naidoo"])]


@dataclass(frozen=True)
class Handmade:
    """Built from the build's options as the real extractors are (patch it in for
    ``text2kg.build.make_extractor``); gives each document the entities ``by_id`` names for
    it, or Kumi Naidoo."""

    options: ExtractOptions
    by_id: Mapping[str, Entities] | None = None

    def __call__(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        return (make_extraction(d.id, d.text, (self.by_id or {}).get(d.id, KUMI)) for d in documents)
