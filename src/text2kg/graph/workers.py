"""Queries in worker processes, so that a query past its time limit can be stopped.

Each worker opens the store folder read-only and answers one query at a time. A query that
runs past the limit is stopped with its worker, and a fresh worker takes its place: the
server never hangs on one query, and no abandoned query keeps a core busy.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from multiprocessing.connection import Connection

from text2kg.graph.answer import answer
from text2kg.graph.errors import QueryError


class QueryTimeout(RuntimeError):
    """The query ran past its time limit and was stopped."""


def _serve_queries(path: str, conn: Connection) -> None:  # runs in the worker process
    from text2kg.graph.store import OxigraphStore

    store = OxigraphStore(path, read_only=True)
    conn.send(("ready", None, None))
    while True:
        message = conn.recv()
        if message is None:
            return
        text, accept = message
        try:
            media, body = answer(store, text, accept)
            conn.send(("ok", media, body))
        except QueryError as err:
            conn.send(("bad", str(err), None))
        except Exception as err:  # noqa: BLE001 - any failure goes back as a message
            conn.send(("error", str(err).splitlines()[0] if str(err) else type(err).__name__, None))


class _Worker:
    def __init__(self, context: multiprocessing.context.BaseContext, path: str) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve_queries, args=(path, child), daemon=True)
        self.process.start()
        child.close()
        status, message, _ = self.conn.recv()
        if status != "ready":
            raise RuntimeError(message)

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
        for _ in range(size):
            self.idle.put(_Worker(self.context, path))

    def run(self, text: str, accept: str, timeout: float) -> tuple[str, bytes]:
        worker = self.idle.get()
        try:
            worker.conn.send((text, accept))
            if not worker.conn.poll(timeout):
                worker.stop()
                worker = _Worker(self.context, self.path)
                raise QueryTimeout(f"the query took longer than {timeout:g} s and was stopped")
            status, media, body = worker.conn.recv()
        finally:
            self.idle.put(worker)
        if status == "bad":
            raise QueryError(media)
        if status == "error":
            raise RuntimeError(media)
        return media, body

    def refresh(self) -> None:
        """Replace every worker, so they see what an update wrote."""
        with self.lock:
            workers = [self.idle.get() for _ in range(self.size)]
            for worker in workers:
                worker.stop()
                self.idle.put(_Worker(self.context, self.path))

    def close(self) -> None:
        while not self.idle.empty():
            self.idle.get().stop()
