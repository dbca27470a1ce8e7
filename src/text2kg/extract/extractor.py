"""One interface for running extraction, and the one function that picks how it runs.

Three ways, built from the same :class:`~text2kg.extract.options.ExtractOptions`:

- :class:`InProcessExtractor`: spaCy in this process (the ``extract`` command);
- :class:`~text2kg.extract.background.ForkedExtractor`: spaCy in forked workers while this
  process stores what they extract (a build, one or more ``--processes``);
- :class:`~text2kg.extract.cluster.DaskExtractor`: spaCy on a Dask cluster (``--dask``).

Each loads its model through :func:`~text2kg.extract.model.pipeline_for`, so the options
cannot drift between them. Building or calling an extractor loads nothing: the model is
loaded when the first extraction is asked for, and a build with nothing new to extract
never asks (see :func:`text2kg.build.build_into`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from text2kg.documents import InputProblem, read_documents
from text2kg.extract.options import ExtractOptions
from text2kg.records import Document, Extraction

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ExtractOptions", "Extractor", "InProcessExtractor", "extract_paths", "make_extractor"]


class Extractor(Protocol):
    """Documents in, their extractions out, one per document and in the documents' order."""

    #: The options it was built from (its model, batch size, length limit, processes).
    options: ExtractOptions

    def __call__(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Extract ``documents``, streaming: memory does not grow with their number.

        Raises:
            ModelNotFoundError: the model named in the options is not installed.
        """
        ...


@dataclass(frozen=True)
class InProcessExtractor:
    """spaCy in this process: the simplest way, and the one whose records the others match."""

    options: ExtractOptions

    def __call__(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        from text2kg.extract.model import pipeline_for
        from text2kg.extract.pipeline import extract

        yield from extract(documents, pipeline_for(self.options), batch_size=self.options.batch_size)

    def with_docs(self, documents: Iterable[Document]) -> Iterator[tuple[Doc, Extraction]]:
        """As calling it, each extraction beside the parsed ``Doc`` it was read from: for an
        evaluation that scores the bare model's own entities (``doc.ents``) too."""
        from text2kg.extract.model import pipeline_for
        from text2kg.extract.pipeline import parse

        yield from parse(documents, pipeline_for(self.options), batch_size=self.options.batch_size)


def make_extractor(options: ExtractOptions) -> Extractor:
    """The extractor ``options`` ask for: on Dask when they name a scheduler, else in this
    process (``processes=0``) or in forked workers.

    >>> make_extractor(ExtractOptions(processes=0)).__class__.__name__
    'InProcessExtractor'
    >>> make_extractor(ExtractOptions(processes=2)).__class__.__name__
    'ForkedExtractor'
    >>> make_extractor(ExtractOptions(dask="local")).__class__.__name__
    'DaskExtractor'
    """
    if options.dask is not None:
        from text2kg.extract.cluster import DaskExtractor

        return DaskExtractor(options)
    if options.processes == 0:
        return InProcessExtractor(options)
    from text2kg.extract.background import ForkedExtractor

    return ForkedExtractor(options)


def extract_paths(paths: Iterable[str | Path], options: ExtractOptions,
                  on_problem: Callable[[InputProblem], None] | None = None) -> Iterator[Extraction]:
    """The extractions of the documents in ``paths`` (files, folders or ``-``), streaming;
    documents longer than ``options.max_chars`` are reported to ``on_problem`` and skipped,
    so the length limit of reading and of the model is the same number.

    Raises:
        ModelNotFoundError: the model named in the options is not installed.
    """
    report = {} if on_problem is None else {"on_problem": on_problem}  # default: logged
    return make_extractor(options)(read_documents(paths, **report, max_chars=options.max_chars))
