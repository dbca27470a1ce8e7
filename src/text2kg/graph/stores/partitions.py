"""Partitions: a corpus's document graphs as N-Quads files, written by many, loaded by one.

A big corpus is built the way big datasets are: each worker (on a Dask cluster, or this
machine) writes the quads of its batch of documents to a file of its own, and one loader
bulk-loads the files afterwards, instead of every record travelling back to one writer
that stores documents one transaction at a time.

A partition is one batch: ``part-NNNNNN.nq``, written whole under a temporary name and
then renamed, so a reader never meets half a partition (a worker that dies leaves a
temporary file, which no reader lists). It lives in a local folder or at any fsspec URL
(``s3://bucket/parts``; fsspec comes with Dask). Before anything is stored a partition is
read through once: a broken line, a quad outside a document's graph, or a graph that is
not a document's is refused with the file's name.
"""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from text2kg.graph.errors import StoreError
from text2kg.graph.stores.sparql import insert_data
from text2kg.graph.stores.store import GraphStore, OxigraphStore
from text2kg.graph.triples.vocab import RDF_TYPE, Triple, term

SUFFIX = ".nq"
_DOCUMENT, _IDENTIFIER = term("t2k:Document"), term("dcterms:identifier")


def partition_name(index: int) -> str:
    """The file name of the ``index``-th batch, sorting in the batches' order.

    >>> partition_name(7)
    'part-000007.nq'
    """
    return f"part-{index:06d}{SUFFIX}"


def _remote(location: str) -> bool:
    return "://" in location and not location.startswith("file://")


def _filesystem(location: str) -> tuple[Any, str]:
    """fsspec's filesystem for a URL and the path on it."""
    try:
        import fsspec
    except ImportError:
        raise StoreError(f"{location}: a URL needs fsspec (pip install fsspec, or dask)") from None
    try:
        return fsspec.core.url_to_fs(location)
    except (ImportError, ValueError) as err:
        raise StoreError(f"{location}: cannot open ({err})") from None


def require_empty(folder: str | Path) -> None:
    """Refuse a folder that holds partitions already: a second build into it would mix
    two runs' batches, and an older file of the same name would be loaded as this run's.

    Raises:
        StoreError: naming the folder.
    """
    location = str(folder)
    try:
        if _remote(location):
            fs, path = _filesystem(location)
            found = fs.exists(path) and bool(fs.glob(f"{path.rstrip('/')}/*{SUFFIX}"))
        else:
            found = Path(location).is_dir() and any(Path(location).glob(f"*{SUFFIX}"))
    except OSError as err:
        raise StoreError(f"{location}: cannot read ({err})") from None
    if found:
        raise StoreError(f"{location}: holds partitions already; write new ones to an empty folder")


def write_partition(folder: str | Path, index: int, quads: Iterable[ox.Quad]) -> str:
    """Write one batch's quads as ``folder/part-NNNNNN.nq``, atomically; return where.

    Raises:
        StoreError: the folder cannot be written.
    """
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    location, name = str(folder).rstrip("/"), partition_name(index)
    temporary = f".{name}.{uuid.uuid4().hex}.tmp"
    try:
        if _remote(location):
            fs, path = _filesystem(location)
            fs.makedirs(path, exist_ok=True)
            fs.pipe_file(f"{path}/{temporary}", data)
            fs.mv(f"{path}/{temporary}", f"{path}/{name}")
            return fs.unstrip_protocol(f"{path}/{name}")
        Path(location).mkdir(parents=True, exist_ok=True)
        with open(os.path.join(location, temporary), "wb") as out:
            out.write(data)
        os.replace(os.path.join(location, temporary), os.path.join(location, name))
    except OSError as err:
        raise StoreError(f"{location}: cannot write a partition ({err.strerror or err})") from None
    return os.path.join(location, name)


def partition_files(locations: Iterable[str | Path]) -> list[str]:
    """The partitions named: files, and the ``*.nq`` files of folders, in name order.

    Raises:
        StoreError: a location is missing, or names a file that is not ``.nq``.
    """
    found: list[str] = []
    for location in map(str, locations):
        if _remote(location):
            fs, path = _filesystem(location)
            if fs.isdir(path):
                found += sorted(fs.unstrip_protocol(p) for p in fs.glob(f"{path.rstrip('/')}/*{SUFFIX}"))
                continue
            if not fs.isfile(path):
                raise StoreError(f"{location}: no such partition or folder")
        elif Path(location).is_dir():
            found += sorted(str(p) for p in Path(location).glob(f"*{SUFFIX}"))
            continue
        elif not Path(location).is_file():
            raise StoreError(f"{location}: no such partition or folder")
        if not location.endswith(SUFFIX):
            raise StoreError(f"{location}: not a partition (partitions are N-Quads files ending in {SUFFIX})")
        found.append(location)
    return found


@dataclass
class Partition:
    """What a partition holds, read through once: its document graphs and their ids."""

    location: str
    #: Each document graph, with its document's id (``dcterms:identifier``).
    documents: dict[ox.NamedNode, str] = field(default_factory=dict)
    quads: int = 0
    #: Each graph's triples, when asked for (to tell a summary update what changed).
    triples: dict[ox.NamedNode, list[Triple]] | None = None


def read_partition(location: str, *, keep_triples: bool = False) -> Partition:
    """Read a partition through and check it holds document graphs only.

    Raises:
        StoreError: naming the file and the problem (a broken line, with its number).
    """
    found = Partition(location, triples={} if keep_triples else None)
    graphs: set[ox.NamedNode] = set()
    try:
        with _opened(location) as source:
            for quad in ox.parse(source, format=ox.RdfFormat.N_QUADS):
                graph, subject, predicate = quad.graph_name, quad.subject, quad.predicate
                if not isinstance(graph, ox.NamedNode):
                    raise StoreError(f"{location}: a triple outside any document's graph ({quad.triple})")
                graphs.add(graph)
                if subject == graph and predicate == _IDENTIFIER:
                    found.documents[graph] = quad.object.value
                elif subject == graph and predicate == RDF_TYPE and quad.object == _DOCUMENT:
                    found.documents.setdefault(graph, "")
                if found.triples is not None:
                    found.triples.setdefault(graph, []).append((subject, predicate, quad.object))
                found.quads += 1
    except SyntaxError as err:
        raise StoreError(f"{location}: not valid N-Quads ({(err.msg or str(err)).splitlines()[0]})") from None
    except OSError as err:
        raise StoreError(f"{location}: cannot read ({err.strerror or err})") from None
    strays = sorted(g.value for g in graphs - found.documents.keys())
    if strays:
        raise StoreError(f"{location}: graph <{strays[0]}> is not a document's graph (no t2k:Document in it)")
    return found


class _opened:
    """A partition as a file object: local or through fsspec."""

    def __init__(self, location: str) -> None:
        self.location = location
        self.file: IO[bytes] | None = None

    def __enter__(self) -> IO[bytes]:
        if _remote(self.location):
            fs, path = _filesystem(self.location)
            self.file = fs.open(path, "rb")
        else:
            self.file = open(self.location, "rb")  # closed in __exit__
        return self.file

    def __exit__(self, *exc: object) -> None:
        if self.file is not None:
            self.file.close()


def load_all(store: GraphStore, partitions: list[Partition], on_partition: Callable[[str], None] | None = None) -> None:
    """Add checked partitions' quads to ``store``: for an embedded store, one run of
    Oxigraph's bulk loader over all of them, read one after the other (a run per file
    costs 1.7x as much for batches of 16 documents: the loader's fixed cost per run);
    for an endpoint, one SPARQL update per partition. ``on_partition`` is told of each
    partition as it is read."""
    chain = _Chain([p.location for p in partitions], on_partition)
    try:
        if isinstance(store, OxigraphStore):
            store.store.bulk_load(io.BufferedReader(chain, 1 << 20), format=ox.RdfFormat.N_QUADS)
            return
        for partition in partitions:
            chain.location = partition.location
            graphs = _by_graph(partition.location)
            store.update(" ;\n".join(insert_data(graph, triples) for graph, triples in graphs))
            if on_partition is not None:
                on_partition(partition.location)
    except SyntaxError as err:  # changed since it was read through
        raise StoreError(f"{chain.location}: not valid N-Quads ({str(err).splitlines()[0]})") from None
    except OSError as err:
        raise StoreError(f"{chain.location}: cannot be loaded ({err.strerror or err})") from None
    finally:
        chain.close()


class _Chain(io.RawIOBase):
    """The partitions as one stream: N-Quads files end lines with a newline, so their
    concatenation is N-Quads."""

    def __init__(self, locations: list[str], on_partition: Callable[[str], None] | None) -> None:
        self.todo, self.on_partition = iter(locations), on_partition
        self.location = locations[0] if locations else ""
        self.current: _opened | None = None
        self.file: IO[bytes] | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while True:
            if self.file is None:
                location = next(self.todo, None)
                if location is None:
                    return 0
                self.location, self.current = location, _opened(location)
                self.file = self.current.__enter__()
                if self.on_partition is not None:
                    self.on_partition(location)
            read = self.file.readinto(buffer)  # type: ignore[attr-defined]
            if read:
                return read
            self.current.__exit__()  # type: ignore[union-attr]
            self.file = None

    def close(self) -> None:
        if self.current is not None and self.file is not None:
            self.current.__exit__()
            self.file = None
        super().close()


def _by_graph(location: str) -> Iterator[tuple[ox.NamedNode, list[Triple]]]:
    graphs: dict[ox.NamedNode, list[Triple]] = {}
    with _opened(location) as source:
        for quad in ox.parse(source, format=ox.RdfFormat.N_QUADS):
            graphs.setdefault(quad.graph_name, []).append((quad.subject, quad.predicate, quad.object))
    yield from graphs.items()
