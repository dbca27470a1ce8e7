"""Documents in, graph out: reading, extraction and storing, incrementally.

This is where the two halves meet: ``extract`` turns documents into records and ``graph``
stores records as RDF. An unchanged document (same content hash) is not extracted again;
a changed one replaces its graph; each document's graph is written in one atomic update,
so an interrupted build leaves every stored document whole.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from text2kg.documents import MAX_CHARS, InputProblem, read_documents
from text2kg.graph.corpus import Changes, prepare_corpus, stored_hashes
from text2kg.graph.iris import DEFAULT_BASE, Iris
from text2kg.graph.rdf import content_hash
from text2kg.graph.store import GraphStore
from text2kg.records import Document, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger("text2kg")


@dataclass
class BuildReport:
    """What a build did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    entities_moved: int = 0
    seconds: float = 0.0

    @property
    def read(self) -> int:
        return len(self.added) + len(self.updated) + len(self.unchanged)


Extractor = Callable[[Iterable[Document]], Iterable[Extraction]]


def build_into(
    store: GraphStore,
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    base: str = DEFAULT_BASE,
    batch_size: int = 16,
    n_process: int = 1,
    max_chars: int = MAX_CHARS,
    on_problem: Callable[[InputProblem], None] | None = None,
    on_document: Callable[[str], None] | None = None,
    extractor: Extractor | None = None,
) -> BuildReport:
    """Add the documents found in ``paths`` to ``store``.

    Documents stream through extraction and each is written as soon as it is extracted, so
    memory does not grow with the corpus. Each document's graph is one atomic update: after
    a crash or Ctrl-C the store is consistent, and the next build skips what is stored.

    Args:
        store: where the graph lives (see :func:`text2kg.graph.open_store`).
        paths: files, folders or ``-``, as for ``text2kg extract``.
        model: the spaCy pipeline (default: the installed English model).
        base: the base of the IRIs minted for documents and entities.
        batch_size: documents per spaCy batch.
        n_process: extraction worker processes (see :func:`text2kg.extract.background.extract_in_background`).
        max_chars: longer documents are reported and skipped.
        on_problem: told about every input that is skipped (default: logged).
        on_document: told the id of every document read (for progress).
        extractor: documents -> extractions, in place of this process's spaCy (e.g. Dask).
    """
    started = time.perf_counter()
    report = BuildReport()
    iris = Iris(base)

    def problem(p: InputProblem) -> None:
        report.problems.append(p)
        (on_problem or (lambda x: log.warning("%s", x)))(p)

    prepare_corpus(store)
    known = stored_hashes(store)
    changes = Changes(store, iris, known)
    changed: dict[str, bool] = {}

    def todo() -> Iterator[Document]:
        for doc in read_documents(paths, problem, max_chars=max_chars):
            if on_document is not None:
                on_document(doc.id)
            stored = known.get(iris.document(doc.id).value)
            if stored == content_hash(doc.text):
                report.unchanged.append(doc.id)
                continue
            changed[doc.id] = stored is not None
            yield doc

    pending = todo()
    first = next(pending, None)
    if first is not None:  # nothing new: no model needed
        documents = itertools.chain([first], pending)
        for extraction in (extractor or _local_extractor(model, batch_size, n_process, max_chars))(documents):
            doc_id = extraction.document.id
            changes.add(extraction, replaces=changed[doc_id])
            (report.updated if changed[doc_id] else report.added).append(doc_id)
    report.entities_moved = changes.finish()
    report.seconds = time.perf_counter() - started
    return report


def _local_extractor(model: str | None, batch_size: int, n_process: int, max_chars: int) -> Extractor:
    """spaCy on this machine, in worker processes beside this one, which stores what they
    extract meanwhile."""
    from text2kg.extract.background import extract_in_background

    def run(documents: Iterable[Document]) -> Iterator[Extraction]:
        return extract_in_background(documents, load_for(model, max_chars), batch_size=batch_size, n_process=n_process)

    return run


def load_for(model: str | None, max_chars: int) -> Language:
    """The spaCy pipeline, let take documents up to ``max_chars`` long (spaCy refuses any
    longer than its ``max_length``; :func:`~text2kg.documents.read_documents` skips them)."""
    from text2kg.extract import load_pipeline

    nlp = load_pipeline(model)
    nlp.max_length = max(nlp.max_length, max_chars)
    return nlp
