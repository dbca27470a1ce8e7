"""Extraction in a process of its own, so that the caller can store while spaCy works.

A build on one process spends a fifth of its time outside spaCy: reading and hashing
files, turning records into RDF and writing them, all of which hold the interpreter lock.
Here spaCy and our components run in one forked worker process, fed documents by a thread
and handing records back through a queue, while the calling process does the rest. The
queues are bounded, so memory does not grow with the corpus.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
import traceback
from collections.abc import Iterable, Iterator

from spacy.language import Language

from text2kg.extract.pipeline import extract
from text2kg.records import Document, Extraction

_END = None
#: Seconds between checks that the worker is still alive while waiting for it.
_POLL = 1.0


class ExtractionError(RuntimeError):
    """The extraction worker failed; the message holds its traceback's last line."""


def extract_in_background(documents: Iterable[Document], nlp: Language, *, batch_size: int = 16) -> Iterator[Extraction]:
    """Like :func:`text2kg.extract.extract` on one process, but spaCy runs in a forked worker.

    ``nlp`` is loaded by the caller, so a missing model fails here, and the worker shares
    the loaded model instead of loading it again. Records come back in document order.
    """
    context = multiprocessing.get_context("fork")
    depth = 4 * batch_size
    todo, done = context.Queue(maxsize=depth), context.Queue(maxsize=depth)
    worker = context.Process(target=_work, args=(nlp, batch_size, todo, done), name="text2kg-extract", daemon=True)
    worker.start()  # before any thread of ours exists: fork copies only this one
    feed_error: list[BaseException] = []
    stop = threading.Event()
    feeder = threading.Thread(target=_feed, args=(documents, todo, stop, feed_error), name="text2kg-feed", daemon=True)
    feeder.start()
    try:
        while True:
            item = _next(done, worker)
            if item is _END:
                break
            if isinstance(item, str):
                raise ExtractionError(item)
            yield item
        feeder.join()
        if feed_error:
            raise feed_error[0]
    finally:
        stop.set()
        if worker.is_alive():
            worker.terminate()
        worker.join()


def _next(done: multiprocessing.Queue, worker: multiprocessing.Process) -> Extraction | str | None:
    while True:
        try:
            return done.get(timeout=_POLL)
        except queue.Empty:
            if not worker.is_alive():
                return f"the extraction worker stopped (exit code {worker.exitcode})"


def _feed(documents: Iterable[Document], todo: multiprocessing.Queue, stop: threading.Event,
          error: list[BaseException]) -> None:
    try:
        for document in documents:
            while not stop.is_set():
                try:
                    todo.put(document, timeout=_POLL)
                    break
                except queue.Full:
                    continue
            if stop.is_set():
                return
    except BaseException as err:  # raised by the caller once the worker has finished
        error.append(err)
    todo.put(_END)


def _work(nlp: Language, batch_size: int, todo: multiprocessing.Queue, done: multiprocessing.Queue) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's to handle
    parent = os.getppid()

    def orphaned() -> bool:  # the caller was killed (kill -9): stop too
        return os.getppid() != parent

    def documents() -> Iterator[Document]:
        while True:
            try:
                document = todo.get(timeout=_POLL)
            except queue.Empty:
                if orphaned():
                    return
                continue
            if document is _END:
                return
            yield document

    def send(item: object) -> None:
        while not orphaned():
            try:
                done.put(item, timeout=_POLL)
                return
            except queue.Full:
                continue

    try:
        for extraction in extract(documents(), nlp, batch_size=batch_size):
            send(extraction)
    except Exception as err:
        send(f"extraction failed: {traceback.format_exception_only(err)[-1].strip()}")
        return
    send(_END)
