"""Extraction on a Dask cluster: documents go out in batches, records come back.

The store is written by the process that runs the build (one writer, as always), so the
graph is the same as a single-process build's. ``address`` is a scheduler address
(``tcp://host:8786``) or ``local`` for a cluster on this machine.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from text2kg.documents import MAX_CHARS
from text2kg.records import Document, Extraction


def extract_batch(documents: list[Document], model: str | None, max_chars: int = MAX_CHARS) -> list[Extraction]:
    """Run on a worker: extract a batch with the worker's (cached) pipeline, which takes
    documents as long as the build lets through (``max_chars``), as a local build's does."""
    from text2kg.build import load_for
    from text2kg.extract import extract

    return list(extract(documents, load_for(model, max_chars)))


def dask_extractor(address: str, model: str | None = None, batch_size: int = 16, workers: int = 2,
                   max_chars: int = MAX_CHARS):
    """An extractor for :func:`text2kg.build.build_into` that runs on Dask."""

    def run(documents: Iterable[Document]) -> Iterator[Extraction]:
        from dask.distributed import Client, LocalCluster, as_completed

        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None) if address == "local" else None
        client = Client(cluster if cluster is not None else address)
        try:
            batches = iter(lambda it=iter(documents): list(itertools.islice(it, batch_size)), [])
            in_flight = as_completed()
            for batch in itertools.islice(batches, 2 * workers):  # a bounded queue: constant memory
                in_flight.add(client.submit(extract_batch, batch, model, max_chars, pure=False))
            for future in in_flight:
                yield from future.result()
                future.release()
                batch = next(batches, None)
                if batch:
                    in_flight.add(client.submit(extract_batch, batch, model, max_chars, pure=False))
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    return run
