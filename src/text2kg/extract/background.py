"""Extraction in forked worker processes, while the calling process stores what comes back.

A build spends a fifth of its time outside spaCy's model: our components, reading and
hashing files, turning records into RDF and writing them, all of which hold the
interpreter lock. With one worker, the model's own components (tagger, parser, NER, ...)
run in it, fed documents by a thread, and hand each parse back through a queue
(:mod:`text2kg.extract.handoff`); the calling process runs our components on it, makes
the records and stores them while the worker parses the next documents: two stages on two
cores. With several workers, each runs the whole pipeline on its share of the documents
and hands back records. The queues are bounded, so memory does not grow with the corpus.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import queue
import signal
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from text2kg.extract.convert import doc_to_extraction
from text2kg.extract.handoff import Parse, pack, unpack
from text2kg.extract.model import pipeline_for
from text2kg.extract.options import ExtractOptions
from text2kg.extract.pipeline import components_after_model, extract, make_docs
from text2kg.extract.spans import remember_text
from text2kg.records import Document, Extraction

log = logging.getLogger("text2kg")

_END = None
#: Seconds between checks that the worker is still alive while waiting for it.
_POLL = 1.0


class ExtractionError(RuntimeError):
    """Extraction failed, in a worker or in a component after the model; the message holds the error's last line."""


@dataclass(frozen=True)
class ForkedExtractor:
    """An :class:`~text2kg.extract.extractor.Extractor` whose model runs in
    ``options.processes`` forked workers (see :func:`extract_in_background`)."""

    options: ExtractOptions

    def __call__(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        nlp = pipeline_for(self.options)  # loaded here, before the fork: the workers share it
        yield from extract_in_background(documents, nlp, batch_size=self.options.batch_size,
                                         n_process=self.options.processes)


def extract_in_background(documents: Iterable[Document], nlp: Language, *, batch_size: int = 16,
                          n_process: int = 1) -> Iterator[Extraction]:
    """Like :func:`text2kg.extract.extract`, but the model runs in forked workers.

    With one worker, it runs only the model's components and this process runs ours on
    each parse it hands back, so the two share the work of a document on two cores. With
    more, each worker runs the whole pipeline on every ``n_process``-th document and hands
    back its records, which cost less to send than spaCy's own ``Doc.to_bytes``.

    ``nlp`` is loaded by the caller, so a missing model fails here, and the workers share
    the loaded model instead of loading it again. Records come back in document order.

    Raises:
        ExtractionError: a worker or one of the components after the model failed.
    """
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, not {n_process}")
    context = multiprocessing.get_context("fork")
    split = n_process == 1
    depth = 4 * batch_size
    lanes = [(context.Queue(maxsize=depth), context.Queue(maxsize=depth)) for _ in range(n_process)]
    workers = [context.Process(target=_work, args=(nlp, batch_size, todo, done, split), name=f"text2kg-extract-{i}",
                               daemon=True) for i, (todo, done) in enumerate(lanes)]
    for worker in workers:
        worker.start()  # before any thread of ours exists: fork copies only this one
    feed_error: list[BaseException] = []
    stop = threading.Event()
    sent: deque[Document] = deque()  # fed to the workers, not yet back: results come back in this order
    feeder = threading.Thread(target=_feed, args=(documents, sent, [todo for todo, _ in lanes], stop, feed_error),
                              name="text2kg-feed", daemon=True)
    feeder.start()
    later = components_after_model(nlp)
    try:
        for turn in itertools.count():
            lane = turn % n_process  # document k went to worker k % n_process
            item = _next(lanes[lane][1], workers[lane])
            if item is _END:
                break
            if isinstance(item, str):
                raise ExtractionError(item)
            document = sent.popleft()
            yield _finish(item, document, nlp, later) if split else item
        feeder.join()
        if feed_error:
            raise feed_error[0]
    finally:
        stop.set()
        for worker in workers:
            if worker.is_alive():
                worker.terminate()
            worker.join()


def _finish(parse: Parse, document: Document, nlp: Language, later: list[tuple[str, Callable[[Doc], Doc]]]) -> Extraction:
    """The records of a document the worker parsed: our components run here, on its parse."""
    try:
        doc = unpack(parse, document.text, nlp.vocab)
        remember_text(doc, document.text)
        for _, component in later:
            doc = component(doc)
        return doc_to_extraction(doc, document)
    except Exception as err:
        log.debug("extraction failed on %s", document.id, exc_info=True)
        raise ExtractionError(f"extraction failed on {document.id}: {_last_line(err)}") from None


def _next(done: multiprocessing.Queue, worker: multiprocessing.Process) -> Parse | Extraction | str | None:
    while True:
        try:
            return done.get(timeout=_POLL)
        except queue.Empty:
            if not worker.is_alive():
                return f"the extraction worker stopped (exit code {worker.exitcode})"


def _feed(documents: Iterable[Document], sent: deque[Document], todos: list[multiprocessing.Queue],
          stop: threading.Event, error: list[BaseException]) -> None:
    try:
        for k, document in enumerate(documents):
            sent.append(document)
            while not stop.is_set():
                try:
                    todos[k % len(todos)].put(document, timeout=_POLL)
                    break
                except queue.Full:
                    continue
            if stop.is_set():
                return
    except BaseException as err:  # raised by the caller once the workers have finished
        error.append(err)
    for todo in todos:
        todo.put(_END)


def _work(nlp: Language, batch_size: int, todo: multiprocessing.Queue, done: multiprocessing.Queue, split: bool) -> None:
    """Parse what comes in ``todo``; send back each parse (``split``) or each document's records."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's to handle
    parent = os.getppid()

    def orphaned() -> bool:  # the caller was killed (kill -9): stop too
        if os.getppid() == parent:
            return False
        # nobody will read what is still buffered for the pipe: without this the process
        # would wait at exit for its queue's feeder thread, for ever
        done.cancel_join_thread()
        return True

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
        if split:
            docs = (doc for doc, _ in make_docs(nlp, documents()))
            for doc in nlp.pipe(docs, batch_size=batch_size, disable=[name for name, _ in components_after_model(nlp)]):
                send(pack(doc))
        else:
            for extraction in extract(documents(), nlp, batch_size=batch_size):
                send(extraction)
    except Exception as err:
        send(f"extraction failed: {_last_line(err)}")
        return
    send(_END)


def _last_line(err: BaseException) -> str:
    return traceback.format_exception_only(err)[-1].strip()
