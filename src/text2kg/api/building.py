"""``build`` and ``extract``: documents into a graph, or into records without one."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from text2kg.build import MAX_CHARS, BuildReport, build_into, build_parts
from text2kg.documents import InputProblem
from text2kg.extract.extractor import extract_paths
from text2kg.extract.options import ExtractOptions
from text2kg.graph.analysis.stats import GraphStats, graph_stats
from text2kg.graph.errors import StoreError
from text2kg.graph.stores.source import open_store
from text2kg.graph.stores.store import GraphStore, OxigraphStore, format_of
from text2kg.graph.triples.iris import DEFAULT_BASE
from text2kg.graph.upkeep.load import LoadReport, load_partitions
from text2kg.records import Extraction

__all__ = ["BuildSummary", "LoadSummary", "build_graph", "extract", "load_parts", "require_writable"]


@dataclass
class BuildSummary(BuildReport):
    """What a build did to the documents, and what the graph holds after it.

    ``graph`` is counted from the store the build wrote, before it is closed (a file
    written with ``output`` is not read back), after every build, a build with nothing
    new included; None only for a build into partitions, which writes no graph.
    """

    graph: GraphStats | None = None


def build_graph(
    paths: Iterable[str | Path],
    *,
    output: str | Path | None = None,
    store: str | Path | None = None,
    endpoint: str | None = None,
    model: str | None = None,
    base: str = DEFAULT_BASE,
    batch_size: int = 16,
    n_process: int = 1,
    max_chars: int = MAX_CHARS,
    dask: str | None = None,
    parts: str | Path | None = None,
    on_document: Callable[[str], None] | None = None,
    min_confidence: float | None = None,
) -> BuildSummary:
    """Build (or grow) a graph from documents: ``text2kg build``.

    Args:
        paths: files, folders or ``-``; none, with a ``store`` or an ``endpoint``, brings
            the cross-document join and the summary up to date.
        output: also write the whole graph to this file (``.trig .ttl .nq .nt .jsonld``).
        store: an on-disk store folder, created when missing, grown incrementally.
        endpoint: a SPARQL 1.1 endpoint URL to write to, instead of a store folder.
        model, batch_size, max_chars, dask: as for
            :class:`~text2kg.extract.options.ExtractOptions`.
        min_confidence: leave out facts scored below it (0 to 1); None keeps the relations
            at or above the threshold of precision 0.7 on held-out documents, and every
            post and quotation.
        n_process: its ``processes``.
        parts: instead of a graph, write the documents' graphs as N-Quads partitions to
            this new folder or fsspec URL, one per batch (on Dask, by the workers), for
            :func:`load_parts`; see :func:`text2kg.build.build_parts`.
        base, on_document: as for :func:`text2kg.build.build_into`.

    With neither ``store`` nor ``endpoint`` the graph is built in memory and written to
    ``output``.

    Raises:
        StoreError: the output, store or endpoint cannot be written (before any extraction).

    Example::

        built = build_graph(["samples/"], output="graph.trig")
        built.added, built.graph.entities["Person"]
    """
    if store is not None and endpoint is not None:
        raise ValueError("give a store folder or an endpoint, not both")
    paths = list(paths)
    options = ExtractOptions(model=model, batch_size=batch_size, max_chars=max_chars, processes=n_process, dask=dask,
                             min_confidence=min_confidence)
    if parts is not None:
        if output is not None or store is not None or endpoint is not None:
            raise ValueError("partitions are loaded into a graph afterwards (text2kg load): give --parts alone")
        written = build_parts(paths, parts, options, base=base, on_document=on_document)
        return BuildSummary(**{f.name: getattr(written, f.name) for f in dataclasses.fields(written)})
    if not paths and store is not None and not Path(store).is_dir():
        raise StoreError(f"{store}: no such store to bring up to date (give documents to build one)")
    report, counts = _into_graph(lambda target: build_into(target, paths, options, base=base, on_document=on_document),
                                 output, store, endpoint)
    return BuildSummary(**{f.name: getattr(report, f.name) for f in dataclasses.fields(report)}, graph=counts)


T = TypeVar("T")


def _into_graph(write: Callable[[GraphStore], T], output: str | Path | None, store: str | Path | None,
                endpoint: str | None) -> tuple[T, GraphStats]:
    """Run ``write`` on the graph a build or load goes to (a store folder, an endpoint, or a
    graph in memory written to ``output`` at the end), and count what it then holds, before
    the store closes."""
    if store is not None and endpoint is not None:
        raise ValueError("give a store folder or an endpoint, not both")
    if output is not None:
        require_writable(output)  # before the extraction, not after it
    target: GraphStore
    if store is not None:
        target = open_store(store, writable=True, create=True)
    elif endpoint is not None:
        target = open_store(endpoint)
    else:
        target = OxigraphStore()
    with target:
        report = write(target)
        counts = graph_stats(target, top=0)
        if output is not None:
            try:
                target.dump(output)
            except OSError as err:
                raise StoreError(f"{output}: cannot write ({err.strerror or err})") from None
    return report, counts


@dataclass
class LoadSummary(LoadReport):
    """What a load did, and what the graph holds after it (counted before the store closes)."""

    graph: GraphStats | None = None


def load_parts(
    parts: Iterable[str | Path],
    *,
    output: str | Path | None = None,
    store: str | Path | None = None,
    endpoint: str | None = None,
    on_partition: Callable[[str], None] | None = None,
) -> LoadSummary:
    """Bulk-load partitions written by ``build_graph(..., parts=...)``: ``text2kg load``.

    Documents stored already are replaced; the cross-document join and the summary are
    brought up to date once, after the last partition. Every partition is read through
    before anything is written, so a broken one leaves the graph as it was.

    Args:
        parts: partition files (``.nq``), folders of them, or fsspec URLs.
        output, store, endpoint: where the graph goes, as for :func:`build_graph` (with
            only ``output``, it is made in memory and written there).
        on_partition: told the location of every partition loaded (for progress).

    Raises:
        StoreError: naming the partition and its problem, or the store that cannot be written.

    Example::

        build_graph(["articles/"], parts="parts/", dask="local")
        load_parts(["parts/"], store="kg/").added
    """
    parts = list(parts)
    report, counts = _into_graph(lambda target: load_partitions(target, parts, on_partition=on_partition),
                                 output, store, endpoint)
    return LoadSummary(**{f.name: getattr(report, f.name) for f in dataclasses.fields(report)}, graph=counts)


def extract(
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    max_chars: int = MAX_CHARS,
    on_problem: Callable[[InputProblem], None] | None = None,
) -> list[Extraction]:
    """The people, organisations, places, events and dates of documents: ``text2kg extract``.

    Documents longer than ``max_chars``, and inputs that cannot be read, are told to
    ``on_problem`` (default: logged) and skipped. For a stream, without holding every
    record, use :func:`text2kg.extract.extractor.extract_paths`.

    Raises:
        ModelNotFoundError: ``model`` is not installed.

    Example::

        [e.label for e in extract(["samples/tribunal-opens.md"])[0].entities]
    """
    options = ExtractOptions(model=model, max_chars=max_chars, processes=0)
    return list(extract_paths(paths, options, on_problem))


def require_writable(path: str | Path) -> None:
    """Make sure a file can be written at ``path``: its folder is created when missing, and
    a file that was not there is not left behind.

    Raises:
        StoreError: naming the file and why it cannot be written.
    """
    path = Path(path)
    format_of(path)  # an unknown ending fails first
    existed = path.exists()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("ab"):
            pass
    except OSError as err:
        blocker = next((p for p in path.parents if p.is_file()), None)
        reason = f"{blocker} is a file, not a folder" if blocker else err.strerror or err
        raise StoreError(f"{path}: cannot write ({reason})") from None
    if not existed:
        path.unlink()
