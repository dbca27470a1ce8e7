"""Extraction in a worker process: the same records as in this process, and failures that
say what happened instead of hanging."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from text2kg.documents import read_documents
from text2kg.extract import extract, load_pipeline
from text2kg.extract.background import ExtractionError, extract_in_background
from text2kg.extract.model import build_pipeline, default_model
from text2kg.records import Document
from tests.conftest import SAMPLES

pytestmark = pytest.mark.model  # every test here runs the real model, in a worker


@pytest.mark.parametrize("workers", [1, 3])
def test_the_workers_give_the_records_this_process_gives_in_order(nlp, workers) -> None:
    documents = list(read_documents([SAMPLES])) * 2  # more documents than workers, each twice
    assert len(documents) > workers
    expected = list(extract(documents, nlp, batch_size=2))
    assert list(extract_in_background(documents, nlp, batch_size=2, n_process=workers)) == expected


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(max_size=200), min_size=1, max_size=8))
def test_random_text_gives_the_records_this_process_gives(nlp, texts: list[str]) -> None:
    documents = [Document(f"random-{i}", text) for i, text in enumerate(texts)]
    assert list(extract_in_background(documents, nlp, batch_size=3)) == list(extract(documents, nlp, batch_size=3))


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_worker_is_one_clear_error(nlp, workers) -> None:
    documents = [Document("ok", "Kumi Naidoo spoke."), Document("bad", None)]  # type: ignore[arg-type]  # no text
    with pytest.raises(ExtractionError, match="extraction failed"):
        list(extract_in_background(documents, nlp, n_process=workers))


@Language.component("text2kg_test_boom")
def _boom(doc: Doc) -> Doc:
    if "boom" in doc.text:
        raise ValueError("the component broke")
    return doc


def test_a_component_failing_after_the_model_names_the_document() -> None:
    nlp = build_pipeline(default_model())  # a pipeline of its own: the shared one stays as it is
    nlp.add_pipe("text2kg_test_boom", last=True)
    documents = [Document("ok", "Kumi Naidoo spoke."), Document("bad.txt", "Then boom.")]
    with pytest.raises(ExtractionError, match=r"extraction failed on bad\.txt: ValueError: the component broke"):
        list(extract_in_background(documents, nlp))


def test_the_worker_stops_when_its_caller_is_killed(tmp_path) -> None:
    script = textwrap.dedent("""
        import os, sys, time
        from text2kg.extract import load_pipeline
        from text2kg.extract.background import extract_in_background
        from text2kg.records import Document
        docs = (Document(str(i), "Kumi Naidoo spoke in Geneva.") for i in range(10**6))
        for n, _ in enumerate(extract_in_background(docs, load_pipeline())):
            if n == 5:
                import multiprocessing
                print(multiprocessing.active_children()[0].pid, flush=True)
                time.sleep(60)
    """)
    caller = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    worker = int(caller.stdout.readline())
    os.kill(caller.pid, signal.SIGKILL)
    caller.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and _alive(worker):
        time.sleep(0.2)
    assert not _alive(worker)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(") ")[1][0] != "Z"  # a zombie has stopped
    except FileNotFoundError:
        return False
