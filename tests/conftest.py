"""Shared fixtures: hand-built spaCy docs for rule tests, the real pipeline for end-to-end tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from text2kg.extract.extensions import register_extensions
from text2kg.extract.model import COMPONENTS

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


def pytest_configure(config: pytest.Config) -> None:
    """Fail a test that loads the real model without the ``model`` marker (tests/model_guard.py)."""
    import tempfile

    from tests.model_guard import ModelGuard

    workdir = Path(tempfile.mkdtemp(prefix="text2kg-model-guard-"))
    config.add_cleanup(lambda: shutil.rmtree(workdir, ignore_errors=True))
    config.pluginmanager.register(ModelGuard(workdir), "text2kg-model-guard")


@pytest.fixture(scope="session")
def blank() -> Language:
    """An English pipeline with no model, plus our components: rules run on hand-built docs."""
    nlp = spacy.blank("en")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    register_extensions()
    return nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real default pipeline with our components (loaded once per test session); a test
    using it is marked ``model``."""
    from text2kg.extract import load_pipeline

    return load_pipeline()


def build_doc(
    nlp: Language,
    words: list[str],
    *,
    ents: list[str] | None = None,
    spaces: list[bool] | None = None,
    pos: list[str] | None = None,
    tags: list[str] | None = None,
    lemmas: list[str] | None = None,
    heads: list[int] | None = None,
    deps: list[str] | None = None,
    sent_starts: list[bool] | None = None,
) -> Doc:
    """A ``Doc`` annotated by hand, as spaCy's own tests build them.

    ``ents`` are IOB tags ("B-PERSON", "I-PERSON", "O"); without ``heads``, the doc is one
    sentence unless ``sent_starts`` says otherwise.
    """
    if heads is None and sent_starts is None:
        sent_starts = [True] + [False] * (len(words) - 1)
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        ents=ents,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=sent_starts,
    )


def run_components(nlp: Language, doc: Doc) -> Doc:
    """Apply the pipeline's components (ours, on a blank pipeline) to a hand-built doc."""
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def entities_of(doc: Doc) -> dict[str, dict]:
    """``{label: {"type", "aliases", "mentions"}}`` for the entities our components found."""
    table = doc._.text2kg_entities
    out: dict[str, dict] = {}
    for key, info in table.items():
        mentions = [s.text for s in doc.spans["text2kg_mentions"] if s.kb_id_ == key]
        out[info["label"]] = {"type": info["type"], "aliases": info["aliases"], "mentions": mentions}
    return out


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (no lines: a page with no text)."""
    escaped = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines]
    body = " T* ".join(f"({line}) Tj" for line in escaped)
    stream = f"BT /F1 12 Tf 14 TL 72 720 Td {body} ET".encode("latin-1") if lines else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# --- graph fixtures -------------------------------------------------------------------------

def make_extraction(doc_id: str, text: str, entities: list[tuple[str, str, list[str], list[str]]], **meta):
    """An Extraction built by hand: ``entities`` are ``(type, label, aliases, mention texts)``;
    each mention is found in order in ``text``; sentences are split at ". " and blank lines."""
    import re

    from text2kg.records import Document, Entity, Extraction, Mention, Sentence

    sentences = [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.\n]+(?:\.|$)", text) if m.group().strip()]
    sentences = [Sentence(s.start + (len(text[s.start:s.end]) - len(text[s.start:s.end].lstrip())), s.end) for s in sentences]

    def sentence_of(offset: int) -> int:
        return next(i for i, s in enumerate(sentences) if s.start <= offset < s.end)

    records, cursor = [], {}
    for type_, label, aliases, surfaces in entities:
        mentions = []
        for surface in surfaces:
            start = text.index(surface, cursor.get(surface, 0))
            cursor[surface] = start + 1
            mentions.append(Mention(doc_id, start, start + len(surface), surface, sentence_of(start)))
        value = meta.pop(f"value:{label}", None)
        records.append(Entity(f"{type_.lower()}/{label}", label, type_, tuple(aliases), tuple(mentions), value))
    return Extraction(Document(doc_id, text, **meta), tuple(sentences), tuple(records))


@contextmanager
def serve_oxigraph(location: Path, *flags: str) -> Iterator[str]:
    """A real ``oxigraph serve`` on 127.0.0.1 over ``location``; yields its URL, stops it after."""
    import shutil
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", *flags],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(url + "query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("oxigraph server did not start")
            time.sleep(0.1)
    try:
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """A real ``oxigraph serve --union-default-graph``, started for the session and stopped after."""
    with serve_oxigraph(tmp_path_factory.mktemp("oxigraph-server"), "--union-default-graph") as url:
        yield url


@pytest.fixture()
def endpoint(oxigraph_server):
    """The session's server, emptied for this test."""
    from text2kg.graph.stores.endpoint import EndpointStore

    store = EndpointStore(oxigraph_server)
    store.update("DROP ALL")
    return store
