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

from text2kg.documents import MAX_CHARS, InputProblem, read_documents
from text2kg.extract.extractor import ExtractOptions, make_extractor
from text2kg.graph.stores.partitions import require_empty
from text2kg.graph.stores.store import GraphStore
from text2kg.graph.triples.iris import DEFAULT_BASE, Iris
from text2kg.graph.triples.rdf import content_hash
from text2kg.graph.upkeep.corpus import Changes, prepare_corpus, stored_hashes
from text2kg.graph.upkeep.load import drop_unfinished_load, write_extractions
from text2kg.records import Document, Extraction

__all__ = ["MAX_CHARS", "BuildReport", "ExtractOptions", "build_into", "build_parts"]

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


def build_into(
    store: GraphStore,
    paths: Iterable[str | Path],
    options: ExtractOptions | None = None,
    *,
    base: str = DEFAULT_BASE,
    on_problem: Callable[[InputProblem], None] | None = None,
    on_document: Callable[[str], None] | None = None,
    extractor: Callable[[Iterable[Document]], Iterable[Extraction]] | None = None,
) -> BuildReport:
    """Add the documents found in ``paths`` to ``store``.

    Documents stream through extraction and each is written as soon as it is extracted, so
    memory does not grow with the corpus. Each document's graph is one atomic update: after
    a crash or Ctrl-C the store is consistent, and the next build skips what is stored.

    Args:
        store: where the graph lives (see :func:`text2kg.graph.open_store`).
        paths: files, folders or ``-``, as for ``text2kg extract``.
        options: how extraction runs (model, batch size, processes, Dask; default: one
            forked worker and the installed English model); documents longer than
            ``options.max_chars`` are reported and skipped.
        base: the base of the IRIs minted for documents and entities.
        on_problem: told about every input that is skipped (default: logged).
        on_document: told the id of every document read (for progress).
        extractor: documents -> extractions, in place of the one ``options`` pick (see
            :func:`text2kg.extract.extractor.make_extractor`), e.g. records made beforehand.
    """
    started = time.perf_counter()
    report = BuildReport()
    iris = Iris(base)
    options = options or ExtractOptions()
    if extractor is not None and getattr(extractor, "options", options) != options:
        raise ValueError("the extractor was built from other options than the build's")

    def problem(p: InputProblem) -> None:
        report.problems.append(p)
        (on_problem or (lambda x: log.warning("%s", x)))(p)

    prepare_corpus(store)
    drop_unfinished_load(store)  # documents a stopped `text2kg load` may have half-written
    known = stored_hashes(store)
    changes = Changes(store, iris, known)
    changed: dict[str, bool] = {}

    def todo() -> Iterator[Document]:
        for doc in read_documents(paths, problem, max_chars=options.max_chars):
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
        for extraction in _confident((extractor or make_extractor(options))(documents), options):
            doc_id = extraction.document.id
            changes.add(extraction, replaces=changed[doc_id])
            (report.updated if changed[doc_id] else report.added).append(doc_id)
    report.entities_moved = changes.finish()
    report.seconds = time.perf_counter() - started
    return report


def build_parts(
    paths: Iterable[str | Path],
    folder: str | Path,
    options: ExtractOptions | None = None,
    *,
    base: str = DEFAULT_BASE,
    on_problem: Callable[[InputProblem], None] | None = None,
    on_document: Callable[[str], None] | None = None,
    extractor: Callable[[Iterable[Document]], Iterable[Extraction]] | None = None,
) -> BuildReport:
    """Write the graphs of the documents in ``paths`` to N-Quads partitions in ``folder``
    (a new or empty folder, or an fsspec URL), one per batch, for ``text2kg load``.

    On Dask (``options.dask``) each worker extracts its batch and writes the partition
    itself, and only the documents' ids travel back; otherwise the extractor's records are
    written here, batch by batch. Every document read is written (``added``): there is no
    store to compare content hashes with. The arguments are those of :func:`build_into`.

    Raises:
        StoreError: the folder holds partitions already, or cannot be written.
    """
    started = time.perf_counter()
    report = BuildReport()
    options = options or ExtractOptions()
    Iris(base)  # a malformed base fails before any extraction
    require_empty(folder)

    def problem(p: InputProblem) -> None:
        report.problems.append(p)
        (on_problem or (lambda x: log.warning("%s", x)))(p)

    def documents() -> Iterator[Document]:
        for doc in read_documents(paths, problem, max_chars=options.max_chars):
            if on_document is not None:
                on_document(doc.id)
            yield doc

    if extractor is None and options.dask is not None:
        from text2kg.extract.cluster import map_batches

        for ids in map_batches(documents(), options, write_batch, str(folder), base):
            report.added += ids
    else:
        extractions = iter(_confident((extractor or make_extractor(options))(documents()), options))
        batches = iter(lambda: list(itertools.islice(extractions, options.batch_size)), [])
        for index, batch in enumerate(batches):
            report.added += write_extractions(folder, index, batch, base)
    report.seconds = time.perf_counter() - started
    return report


def write_batch(index: int, documents: list[Document], options: ExtractOptions, folder: str, base: str) -> list[str]:
    """Run on a Dask worker: extract a batch and write its graphs as partition ``index``."""
    from text2kg.extract.cluster import extract_batch

    return write_extractions(folder, index, list(_confident(extract_batch(documents, options), options)), base)


def _confident(extractions: Iterable[Extraction], options: ExtractOptions) -> Iterator[Extraction]:
    """The facts a build writes: those scored at least ``options.min_confidence``."""
    from text2kg.extract.scoring import keep_confident

    return (keep_confident(e, options.min_confidence) for e in extractions)
