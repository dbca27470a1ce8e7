"""Extraction on a Dask cluster: documents go out in batches, records come back.

The store is written by the process that runs the build (one writer, as always), so the
graph is the same as a single-process build's. Dask is imported only when a build uses it.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from text2kg.extract.options import ExtractOptions
from text2kg.records import Document, Extraction

#: Workers of a cluster started on this machine, at the least: one forked worker and the
#: process that feeds it use two cores, and so should a local Dask build.
LOCAL_WORKERS = 2


def extract_batch(documents: list[Document], options: ExtractOptions) -> list[Extraction]:
    """Run on a worker: extract a batch with the worker's own (cached) pipeline, loaded
    from the same options as a local build's, length limit included."""
    from text2kg.extract.model import pipeline_for
    from text2kg.extract.pipeline import extract

    return list(extract(documents, pipeline_for(options), batch_size=options.batch_size))


@dataclass(frozen=True)
class DaskExtractor:
    """An :class:`~text2kg.extract.extractor.Extractor` on the Dask scheduler at
    ``options.dask`` (``tcp://host:8786``), or on a cluster of ``options.processes`` worker
    processes (at least :data:`LOCAL_WORKERS`) started on this machine for ``"local"``.

    A few batches per worker are in flight at a time, so memory does not grow with the
    corpus; the records come back in the documents' order.
    """

    options: ExtractOptions

    def __call__(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        from dask.distributed import Client, LocalCluster

        options = self.options
        local = options.dask == "local"
        cluster = LocalCluster(n_workers=max(options.processes, LOCAL_WORKERS), threads_per_worker=1,
                               processes=True, dashboard_address=None) if local else None
        client = Client(cluster if cluster is not None else options.dask)
        try:
            depth = 2 * max(len(client.scheduler_info()["workers"]), 1)
            todo = iter(documents)
            batches = iter(lambda: list(itertools.islice(todo, options.batch_size)), [])
            in_flight = deque(client.submit(extract_batch, batch, options, pure=False)
                              for batch in itertools.islice(batches, depth))
            while in_flight:
                future = in_flight.popleft()
                yield from future.result()
                future.release()
                batch = next(batches, None)
                if batch is not None:
                    in_flight.append(client.submit(extract_batch, batch, options, pure=False))
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
