"""text2kg: turn documents into a knowledge graph you can query, browse and explore."""

import logging

from text2kg.records import Document, Entity, Extraction, Mention, Sentence

__version__ = "0.1.0"
__all__ = ["Document", "Entity", "Extraction", "Mention", "Sentence", "__version__"]

logging.getLogger("text2kg").addHandler(logging.NullHandler())
