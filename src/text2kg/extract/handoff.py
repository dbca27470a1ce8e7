"""A parsed ``Doc`` handed from one process to another, as the token arrays our components read.

``Doc.to_bytes`` writes everything (the tensor, every string, spans, the vocabulary's
strings) and costs about 0.45 ms a document here. Our components need less: where each
token is, its tag, part of speech, lemma, dependency and head, the entities, sentence
starts and the ``doc._`` values. :func:`pack` writes those in about a third of the time;
the receiving process has the document's text already and rebuilds the ``Doc`` from it.
Annotations nothing of ours reads (morphology, vectors, the tensor, ``doc.spans`` set by
other components) do not cross.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: Columns of the packed array: the first three place the tokens, the rest are annotations.
_PLACE = (IDX, LENGTH, SPACY)
_ANNOTATIONS = (TAG, POS, DEP, HEAD, LEMMA, ENT_TYPE, ENT_IOB, SENT_START)
_COLUMNS = (*_PLACE, *_ANNOTATIONS)
#: Columns that hold string hashes: their strings travel with the array.
_HASHED = [_COLUMNS.index(a) for a in (TAG, DEP, LEMMA, ENT_TYPE)]


@dataclass(frozen=True)
class Parse:
    """What a pipeline's model found in one document, ready to pickle."""

    array: numpy.ndarray
    strings: tuple[str, ...]
    user_data: dict[Any, Any]


def pack(doc: Doc) -> Parse:
    """The annotations of ``doc`` that :func:`unpack` restores.

    Per-document caches of ours (keys starting with ``"text2kg"``) stay behind: they are
    cheap to rebuild and one of them is the whole text.
    """
    array = doc.to_array(list(_COLUMNS))
    strings = doc.vocab.strings
    hashes = numpy.unique(array[:, _HASHED]) if len(doc) else ()
    return Parse(
        array,
        tuple(strings[int(h)] for h in hashes if int(h) in strings),
        {k: v for k, v in doc.user_data.items() if not (isinstance(k, tuple) and k[:1] == ("text2kg",))},
    )


def unpack(parse: Parse, text: str, vocab: Vocab) -> Doc:
    """The ``Doc`` of ``text`` that :func:`pack` described, in this process's ``vocab``.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("Raisi left Tehran.")
    >>> doc[1].lemma_ = "leave"
    >>> back = unpack(pack(doc), doc.text, spacy.blank("en").vocab)
    >>> [(t.text, t.lemma_) for t in back]
    [('Raisi', ''), ('left', 'leave'), ('Tehran', ''), ('.', '')]
    """
    for string in parse.strings:
        vocab.strings.add(string)
    array = parse.array
    words = [text[start : start + length] for start, length in array[:, :2].tolist()]
    doc = Doc(vocab, words=words, spaces=[bool(s) for s in array[:, 2].tolist()])
    if len(doc):
        doc.from_array(list(_ANNOTATIONS), array[:, len(_PLACE) :])
    doc.user_data.update(parse.user_data)
    return doc
