"""``text2kg_paragraphs``: a blank line ends a sentence, whatever the parser would say.

Runs before the parser, which keeps sentence starts set before it: a headline or a
dateline is not glued to the paragraph after it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every blank line (a white-space token with two line breaks).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = mark_paragraphs(nlp("Tribunal opens trial\\n\\nThe Hague, 2 October"))
    >>> [t.text for t in doc if t.is_sent_start]
    ['Tribunal', 'The']
    """
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.factory("text2kg_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> object:
    return mark_paragraphs
