"""Partitions into a store: written by workers, bulk-loaded, then the corpus-wide upkeep once.

A build stores each document in a transaction of its own and keeps the summary's account
of what it touched; for a big corpus that one writer is the bottleneck. Here workers write
their documents' graphs to N-Quads partitions (:func:`write_extractions`, the same quads a
build would store), and :func:`load_partitions` hands the files to Oxigraph's bulk loader
and then redoes the cross-document join and the summary once, for everything loaded.

A document already stored is replaced, not doubled: its graph is dropped before the
partitions are loaded. Every partition is read through first, so a broken file is refused
before anything stored is touched. The bulk loader is not transactional, so the documents
about to be written are listed first in a graph of their own (:data:`LOADING`), taken away
once every partition is in; after a crash, the next load or build drops the documents that
list names (they may be half-written) and stores them again if it is given them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from text2kg.graph.errors import StoreError
from text2kg.graph.stores.partitions import Partition, load_all, partition_files, read_partition, write_partition
from text2kg.graph.stores.store import GraphStore
from text2kg.graph.triples.iris import Iris
from text2kg.graph.triples.rdf import document_triples
from text2kg.graph.triples.vocab import term
from text2kg.graph.upkeep import summary
from text2kg.graph.upkeep.base_iri import stored_base
from text2kg.graph.upkeep.corpus import Changes, prepare_corpus, stored_hashes
from text2kg.graph.upkeep.reconcile import reconcile
from text2kg.records import Extraction

#: The graph that lists the documents a load is writing, until all of them are whole.
LOADING = ox.NamedNode("urn:text2kg:loading")
_PART = term("dcterms:hasPart")
#: Past this many documents a load recounts the summary whole: telling it what each
#: document touched would cost more than the recount.
SMALL_LOAD = 500
#: Graphs dropped per update.
CHUNK = 500
_PROBE = "https://probe.invalid/"


def write_extractions(folder: str | Path, index: int, extractions: Iterable[Extraction], base: str) -> list[str]:
    """Write a batch's document graphs as partition ``index`` of ``folder``; return their ids.

    The quads are those a build stores for each document before the cross-document join
    (which the load redoes for the whole corpus), so the loaded store is the built one.
    """
    iris, quads, ids = Iris(base), [], []
    for extraction in extractions:
        graph = iris.document(extraction.document.id)
        quads += [ox.Quad(s, p, o, graph) for s, p, o in document_triples(extraction, iris)]
        ids.append(extraction.document.id)
    if ids:
        write_partition(folder, index, quads)
    return ids


@dataclass
class LoadReport:
    """What a load did."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    partitions: int = 0
    quads: int = 0
    entities_moved: int = 0
    seconds: float = 0.0


def drop_unfinished_load(store: GraphStore) -> int:
    """Drop the documents of a load that stopped half way (see :data:`LOADING`); return how many."""
    rows = store.query(f"SELECT ?d WHERE {{ GRAPH {LOADING} {{ {LOADING} {_PART} ?d }} }}")
    graphs = [row["d"] for row in rows]
    if graphs:
        summary.unseal(store)
        _drop(store, graphs)
    store.drop_graph(LOADING)
    return len(graphs)


def load_partitions(store: GraphStore, locations: Iterable[str | Path], *,
                    on_partition: Callable[[str], None] | None = None) -> LoadReport:
    """Bulk-load the partitions in ``locations`` (files, folders or fsspec URLs), replacing
    the documents stored already, then redo the cross-document join and the summary once.

    Raises:
        StoreError: naming the partition and its problem, before anything is written; or
            the store cannot be written.
    """
    started = time.perf_counter()
    files = partition_files(locations)
    if not files:
        raise StoreError(f"no partitions (*.nq) in {', '.join(map(str, locations))}")
    prepare_corpus(store)
    drop_unfinished_load(store)
    hashes = stored_hashes(store)
    partitions: list[Partition] = []
    seen: dict[ox.NamedNode, str] = {}
    base = None
    for location in files:
        partition = read_partition(location, keep_triples=len(seen) <= SMALL_LOAD)
        for graph, doc_id in partition.documents.items():
            if graph in seen:
                raise StoreError(f"{location}: document {doc_id!r} is also in {seen[graph]}")
            seen[graph] = location
        if partition.documents:
            own = _base(location, *next(iter(partition.documents.items())))
            if base is not None and own != base:
                raise StoreError(f"{location}: its documents are named under {own}, those of {files[0]} under {base}")
            base = own
        partitions.append(partition)
    if len(seen) > SMALL_LOAD:  # the summary is recounted whole: what each touched is not needed
        for partition in partitions:
            partition.triples = None
    iris = Iris(_same_base(store, base))
    changes = Changes(store, iris, hashes)
    changes.trusted = changes.trusted and len(seen) <= SMALL_LOAD
    report = LoadReport(partitions=len(partitions), quads=sum(p.quads for p in partitions))
    summary.unseal(store)  # before the first write: the totals no longer count what is stored
    store.add(LOADING, [(LOADING, _PART, graph) for graph in seen])
    replaced = [graph for graph in seen if graph.value in hashes]
    if changes.trusted:
        for graph in replaced:
            changes.touched.add_graph(store, graph)
    _drop(store, replaced)
    load_all(store, partitions, on_partition)
    for partition in partitions:
        if changes.trusted and partition.triples is not None:
            for graph, triples in partition.triples.items():
                changes.touched.add_triples(graph, triples)
        for graph, doc_id in partition.documents.items():
            (report.replaced if graph.value in hashes else report.added).append(doc_id)
    store.drop_graph(LOADING)  # every document is whole
    if changes.trusted:
        report.entities_moved = changes.finish()
    else:  # what finish() does then, without noting each moved document for a summary recounted whole
        report.entities_moved = reconcile(store, iris, None, everyone=True)
        summary.rebuild(store)
    report.seconds = time.perf_counter() - started
    return report


def _drop(store: GraphStore, graphs: list[ox.NamedNode]) -> None:
    for i in range(0, len(graphs), CHUNK):
        store.update(" ;\n".join(f"DROP SILENT GRAPH {g}" for g in graphs[i : i + CHUNK]))


def _base(location: str, graph: ox.NamedNode, doc_id: str) -> str:
    """The base IRI a document's graph was minted under (its IRI less its id's part)."""
    tail = Iris(_PROBE).document(doc_id).value[len(_PROBE):]
    if not doc_id or not graph.value.endswith(tail):
        raise StoreError(f"{location}: graph <{graph.value}> is not named after its document's id {doc_id!r}")
    return graph.value[: -len(tail)]


def _same_base(store: GraphStore, base: str | None) -> str:
    """The partitions' base, when the store's documents (if any) have the same."""
    stored = stored_base(store, default="")
    if base is None:
        raise StoreError("the partitions hold no document")
    if stored and stored != base:
        raise StoreError(f"the partitions' documents are named under {base}, the store's under {stored}: "
                         "build the partitions with the store's --base")
    return base
