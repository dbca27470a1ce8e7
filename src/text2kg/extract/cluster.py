"""Extraction on a Dask cluster: documents go out in batches, records (or less) come back.

Either the records come back and the process that runs the build stores them (one writer,
as always, so the graph is the same as a single-process build's), or each worker writes
its batch's graphs to a partition file of its own and sends back only the documents' ids
(``text2kg build --parts``; loaded after with ``text2kg load``). Dask is imported only when
a build uses it.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from text2kg.extract.options import ExtractOptions
from text2kg.records import Document, Extraction

#: Workers of a cluster started on this machine, at the least: one forked worker and the
#: process that feeds it use two cores, and so should a local Dask build.
LOCAL_WORKERS = 2
R = TypeVar("R")


def extract_batch(documents: list[Document], options: ExtractOptions) -> list[Extraction]:
    """Run on a worker: extract a batch with the worker's own (cached) pipeline, loaded
    from the same options as a local build's, length limit included."""
    from text2kg.extract.model import pipeline_for
    from text2kg.extract.pipeline import extract

    return list(extract(documents, pipeline_for(options), batch_size=options.batch_size))


def map_batches(documents: Iterable[Document], options: ExtractOptions, task: Callable[..., R], *args: object) -> Iterator[R]:
    """``task(index, batch, options, *args)`` on the Dask cluster the options name, for each
    batch of ``options.batch_size`` documents; the results come back in the batches' order.

    A few batches per worker are in flight at a time, so memory does not grow with the
    corpus. The task is anything a worker can import: :func:`extract_batch` sends the
    records back; a task that writes its batch's graphs to a partition itself
    (``text2kg.build.write_batch``) sends back only the documents' ids.
    """
    from dask.distributed import Client, LocalCluster

    local = options.dask == "local"
    cluster = LocalCluster(n_workers=max(options.processes, LOCAL_WORKERS), threads_per_worker=1,
                           processes=True, dashboard_address=None) if local else None
    client = Client(cluster if cluster is not None else options.dask)
    try:
        depth = 2 * max(len(client.scheduler_info()["workers"]), 1)
        todo = iter(documents)
        batches = enumerate(iter(lambda: list(itertools.islice(todo, options.batch_size)), []))

        def submit(numbered: tuple[int, list[Document]]):
            return client.submit(task, numbered[0], numbered[1], options, *args, pure=False)

        in_flight = deque(submit(numbered) for numbered in itertools.islice(batches, depth))
        while in_flight:
            future = in_flight.popleft()
            yield future.result()
            future.release()
            numbered = next(batches, None)
            if numbered is not None:
                in_flight.append(submit(numbered))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _extract_numbered(index: int, documents: list[Document], options: ExtractOptions) -> list[Extraction]:
    return extract_batch(documents, options)


@dataclass(frozen=True)
class DaskExtractor:
    """An :class:`~text2kg.extract.extractor.Extractor` on the Dask scheduler at
    ``options.dask`` (``tcp://host:8786``), or on a cluster of ``options.processes`` worker
    processes (at least :data:`LOCAL_WORKERS`) started on this machine for ``"local"``.

    The records come back in the documents' order, a few batches in flight at a time.
    """

    options: ExtractOptions

    def __call__(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        for extractions in map_batches(documents, self.options, _extract_numbered):
            yield from extractions
