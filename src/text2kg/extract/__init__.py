"""Extraction: spaCy pipeline, our components, and the records they produce."""

from text2kg.extract.model import ModelNotFoundError, load_pipeline
from text2kg.extract.pipeline import extract

__all__ = ["ModelNotFoundError", "extract", "load_pipeline"]
