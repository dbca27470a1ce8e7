"""Running a loaded pipeline over documents, in this process.

How extraction runs on more cores (forked workers, Dask) is chosen in
:mod:`text2kg.extract.extractor`; each of those ways calls :func:`extract` or its parts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from text2kg.extract.convert import doc_to_extraction
from text2kg.extract.extensions import register_extensions
from text2kg.extract.model import COMPONENTS, load_pipeline
from text2kg.extract.spans import remember_text
from text2kg.records import Document, Extraction


def extract(
    documents: Iterable[Document],
    nlp: Language | None = None,
    *,
    model: str | None = None,
    batch_size: int = 16,
) -> Iterator[Extraction]:
    """Find the entities of each document, streaming.

    Args:
        documents: the documents, e.g. from :func:`text2kg.documents.read_documents`.
        nlp: a pipeline from :func:`load_pipeline`; loaded from ``model`` when None.
        model: a spaCy pipeline name or path (default: the installed English model).
        batch_size: documents per spaCy batch.
    """
    nlp = nlp or load_pipeline(model)
    for _, extraction in parse(documents, nlp, batch_size=batch_size):
        yield extraction


def parse(documents: Iterable[Document], nlp: Language, *, batch_size: int = 16) -> Iterator[tuple[Doc, Extraction]]:
    """As :func:`extract`, each extraction beside the parsed ``Doc`` it was read from: for
    a scorer that also reads what the model found by itself (``doc.ents``)."""
    for doc, document in nlp.pipe(make_docs(nlp, documents), as_tuples=True, batch_size=batch_size):
        yield doc, doc_to_extraction(doc, document)


def make_docs(nlp: Language, documents: Iterable[Document]) -> Iterator[tuple[Doc, Document]]:
    """Each document as an unprocessed ``Doc`` that knows its date, with the document."""
    register_extensions()
    for document in documents:
        doc = nlp.make_doc(document.text)
        remember_text(doc, document.text)
        doc._.text2kg_anchor = document.date
        yield doc, document


def components_after_model(nlp: Language) -> list[tuple[str, Callable[[Doc], Doc]]]:
    """Our components, and any after them, in order: what runs on a ``Doc`` the model has
    parsed (``nlp.pipe`` with these disabled runs only the model's own)."""
    first = next((i for i, name in enumerate(nlp.pipe_names) if name in COMPONENTS), len(nlp.pipe_names))
    return nlp.pipeline[first:]
