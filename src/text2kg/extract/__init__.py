"""Extraction: spaCy pipeline, our components, and the records they produce.

The names below are imported when first used, so that a light module of this package
(:mod:`text2kg.extract.options`, which every build and command imports) does not import
spaCy with it: a query or a build with nothing new to extract never needs the model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from text2kg.extract.model import ModelNotFoundError, load_pipeline
    from text2kg.extract.pipeline import extract

__all__ = ["ModelNotFoundError", "extract", "load_pipeline"]

_HOMES = {"ModelNotFoundError": "text2kg.extract.model", "load_pipeline": "text2kg.extract.model",
          "extract": "text2kg.extract.pipeline"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
