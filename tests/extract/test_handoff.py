"""A parse handed between processes: what our components read arrives unchanged."""

from __future__ import annotations

import pickle

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from text2kg.extract.handoff import pack, unpack
from tests.conftest import build_doc


@pytest.fixture(scope="module")
def elsewhere() -> Vocab:
    """The vocabulary of another process: none of the sender's strings."""
    return spacy.blank("en").vocab


def _annotations(doc: Doc) -> list[tuple]:
    return [(t.idx, t.text, t.whitespace_, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_,
             t.is_sent_start) for t in doc]


def test_a_parse_crosses_to_a_fresh_vocabulary_whole(blank) -> None:
    words = ["Kumi", "Naidoo", "quit", "Amnesty", ".", "\n\n", "He", "left", "."]
    doc = build_doc(
        blank, words, spaces=[True, True, True, False, False, False, True, False, False],
        tags=["NNP", "NNP", "VBD", "NNP", ".", "_SP", "PRP", "VBD", "."],
        pos=["PROPN", "PROPN", "VERB", "PROPN", "PUNCT", "SPACE", "PRON", "VERB", "PUNCT"],
        lemmas=["Kumi", "Naidoo", "quit", "Amnesty", ".", "\n\n", "he", "leave", "."],
        heads=[1, 2, 2, 2, 2, 4, 7, 7, 7], deps=["compound", "nsubj", "ROOT", "dobj", "punct", "dep", "nsubj", "ROOT", "punct"],
        ents=["B-PERSON", "I-PERSON", "O", "B-ORG", "O", "O", "O", "O", "O"],
    )
    doc._.text2kg_anchor = "2024-03-14"
    back = unpack(pickle.loads(pickle.dumps(pack(doc))), doc.text, spacy.blank("en").vocab)
    assert _annotations(back) == _annotations(doc)
    assert [(e.text, e.label_) for e in back.ents] == [("Kumi Naidoo", "PERSON"), ("Amnesty", "ORG")]
    assert [s.text for s in back.sents] == [s.text for s in doc.sents]
    assert back._.text2kg_anchor == "2024-03-14"


def test_an_empty_document_crosses_too(blank) -> None:
    doc = blank.make_doc("")
    assert len(unpack(pack(doc), "", blank.vocab)) == 0


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200))
def test_any_text_is_rebuilt_token_for_token(blank, elsewhere, text: str) -> None:
    doc = blank.make_doc(text)
    back = unpack(pack(doc), text, elsewhere)
    assert back.text == text
    assert [(t.idx, t.text, t.whitespace_) for t in back] == [(t.idx, t.text, t.whitespace_) for t in doc]
