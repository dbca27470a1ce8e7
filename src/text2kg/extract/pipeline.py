"""Running the pipeline over documents."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from text2kg.extract.convert import doc_to_extraction
from text2kg.extract.extensions import register_extensions
from text2kg.extract.model import load_pipeline
from text2kg.records import Document, Extraction


def extract(
    documents: Iterable[Document],
    nlp: Language | None = None,
    *,
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
) -> Iterator[Extraction]:
    """Find the entities of each document, streaming.

    Args:
        documents: the documents, e.g. from :func:`text2kg.documents.read_documents`.
        nlp: a pipeline from :func:`load_pipeline`; loaded from ``model`` when None.
        model: a spaCy pipeline name or path (default: the installed English model).
        batch_size: documents per spaCy batch.
        n_process: worker processes for spaCy.
    """
    nlp = nlp or load_pipeline(model)
    register_extensions()

    def docs() -> Iterator[tuple[object, Document]]:
        for document in documents:
            doc = nlp.make_doc(document.text)
            doc._.text2kg_anchor = document.date
            yield doc, document

    for doc, document in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield doc_to_extraction(doc, document)
