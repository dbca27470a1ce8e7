"""Queries in worker processes, so that a query past its time limit can be stopped.

Each worker opens the store folder read-only and answers one query at a time. A query that
runs past the limit is stopped with its worker, and a fresh worker takes its place: the
server never hangs on one query, and no abandoned query keeps a core busy. The time limit
counts from the request's arrival, so waiting for a free worker is part of it.

A read-only store is a snapshot, so before each query a worker looks at the folder's files
(0.1 ms for a store of 170,000 quads); when a build, a removal or an update has written to
the store since it opened, the worker opens it again (30 ms for that store) and answers from
what is there now, including writes not yet flushed (RocksDB's log is read on opening).
"""

from __future__ import annotations

import math
import multiprocessing
import os
import queue
import threading
import time
from multiprocessing.connection import Connection

from text2kg.graph.web.answer import ResultTooLarge, answer
from text2kg.graph.errors import QueryError


class QueryTimeout(RuntimeError):
    """The query ran past its time limit and was stopped."""


class WorkersBusy(RuntimeError):
    """No worker became free within the query's time limit."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def store_fingerprint(path: str) -> tuple:
    """Names, sizes and times of the store's data files: any write to the store changes them.

    RocksDB's own log (``LOG*``) and lock are left out, as opening a store may touch them.
    """
    entries = []
    for entry in os.scandir(path):
        if not entry.name.startswith(("LOG", "LOCK")):
            try:
                stat = entry.stat()
            except FileNotFoundError:
                continue  # compacted away between the listing and the look (a build is writing)
            entries.append((entry.name, stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(entries))


class _FreshStore:
    """A read-only store over a folder, opened again when the folder has changed."""

    def __init__(self, path: str) -> None:
        self.path, self.store, self.seen = path, None, ()
        self.reopen()

    def reopen(self) -> None:
        from text2kg.graph.stores.store import OxigraphStore

        seen = store_fingerprint(self.path)  # before opening: a write during it shows next time
        store = OxigraphStore(self.path, read_only=True)  # may fail mid-write: keep the old one then
        self.store, self.seen = store, seen  # the old one is released when dropped

    def current(self):
        if store_fingerprint(self.path) != self.seen:
            self.reopen()
        return self.store


def _serve_queries(path: str, conn: Connection) -> None:  # runs in the worker process
    try:
        fresh = _FreshStore(path)
    except Exception as err:  # noqa: BLE001 - the server says why, in one line
        conn.send(("failed", str(err).splitlines()[0] if str(err) else type(err).__name__, None))
        return
    conn.send(("ready", None, None))
    while True:
        message = conn.recv()
        if message is None:
            return
        text, accept, max_bytes, dataset = message
        try:
            try:
                media, body = answer(fresh.current(), text, accept, max_bytes, dataset)
            except OSError:  # a file the snapshot needs may have been compacted away: open again, once
                if store_fingerprint(path) == fresh.seen:
                    raise
                fresh.reopen()
                media, body = answer(fresh.store, text, accept, max_bytes, dataset)
            conn.send(("ok", media, body))
        except QueryError as err:
            conn.send(("bad", str(err), None))
        except ResultTooLarge as err:
            conn.send(("large", str(err), None))
        except Exception as err:  # noqa: BLE001 - any failure goes back as a message
            conn.send(("error", str(err).splitlines()[0] if str(err) else type(err).__name__, None))


class _Worker:
    def __init__(self, context: multiprocessing.context.BaseContext, path: str) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve_queries, args=(path, child), daemon=True)
        self.process.start()
        child.close()
        try:
            status, message, _ = self.conn.recv()
        except (EOFError, OSError):
            status, message = "failed", "the process ended as it started"
        if status != "ready":
            self.stop()
            raise RuntimeError(f"a query worker could not start: {message}")

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryWorkers:
    """A small pool of worker processes over one store folder."""

    def __init__(self, path: str, size: int = 2) -> None:
        self.path = path
        self.context = multiprocessing.get_context("spawn")
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.size = size
        self.lock = threading.Lock()
        self.deadlines: dict[int, float] = {}  # busy worker -> when it is free at the latest
        for _ in range(size):
            self.idle.put(_Worker(self.context, path))

    def run(self, text: str, accept: str, timeout: float, max_bytes: int | None = None,
            dataset: tuple[list[str], list[str]] | None = None, started: float | None = None) -> tuple[str, bytes]:
        """Answer a query within ``timeout`` seconds of ``started`` (a ``time.monotonic()``;
        default now), waiting for a free worker included.

        Raises:
            WorkersBusy: no worker was free in time (its ``retry_after`` says when one will be).
            QueryTimeout: the query ran out of time and was stopped.
            ResultTooLarge: the result is larger than ``max_bytes``.
            QueryError: the query is not valid SPARQL.
        """
        deadline = (time.monotonic() if started is None else started) + timeout
        try:
            worker = self.idle.get(timeout=max(deadline - time.monotonic(), 0.001))
        except queue.Empty:
            raise WorkersBusy(f"every worker was busy for {timeout:g} s; try again later",
                              self._retry_after()) from None
        if deadline - time.monotonic() < 0.05:  # no time left to run it: do not kill a worker for nothing
            self.idle.put(worker)
            raise WorkersBusy(f"every worker was busy for {timeout:g} s; try again later", 1)
        with self.lock:
            self.deadlines[id(worker)] = deadline
        try:
            worker.conn.send((text, accept, max_bytes, dataset))
            if not worker.conn.poll(max(deadline - time.monotonic(), 0)):
                worker.stop()
                worker = _Worker(self.context, self.path)
                raise QueryTimeout(f"the query took longer than {timeout:g} s and was stopped")
            status, media, body = worker.conn.recv()
        except (EOFError, OSError):  # the worker died (out of memory?): replace it
            worker.stop()
            worker = _Worker(self.context, self.path)
            raise RuntimeError("the query stopped its worker process unexpectedly") from None
        finally:
            with self.lock:
                self.deadlines.pop(id(worker), None)
            self.idle.put(worker)
        if status == "bad":
            raise QueryError(media)
        if status == "large":
            raise ResultTooLarge(media)
        if status == "error":
            raise RuntimeError(media)
        return media, body

    def _retry_after(self) -> int:
        """Whole seconds until the first busy worker is free at the latest."""
        with self.lock:
            soonest = min(self.deadlines.values(), default=time.monotonic() + 1)
        return max(1, math.ceil(soonest - time.monotonic()))

    def close(self) -> None:
        while not self.idle.empty():
            self.idle.get().stop()
