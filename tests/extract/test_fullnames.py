"""Persons' names widened where the model cut them short (``text2kg.extract.fullnames``)."""

import pytest
import spacy
from spacy.tokens import Doc

from text2kg.extract.fullnames import widen_persons

STOP = frozenset({"secretary", "state", "affairs", "president", "council"})


def _widen(words: list[str], tags: list[str], ents: list[str], spaces: list[bool] | None = None) -> list[tuple[str, str]]:
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags, ents=ents, spaces=spaces)
    return [(e.text, e.label_) for e in widen_persons(list(doc.ents), STOP)]


def test_a_first_name_before_and_a_surname_after_join_the_person() -> None:
    words = ["Secretary", "of", "State", "Orrin", "K.", "Halvard", "met", "Ysolde", "Mar", "Quennell", "."]
    tags = ["NNP", "IN", "NNP", "NNP", "NNP", "NNP", "VBD", "NNP", "NNP", "NNP", "."]
    ents = ["O", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "B-GPE", "O"]
    assert _widen(words, tags, ents) == [("State", "ORG"), ("Orrin K. Halvard", "PERSON"), ("Ysolde Mar Quennell", "PERSON")]


@pytest.mark.parametrize(
    ("words", "tags", "ents", "spaces", "expected"),
    [
        (["Tomas", "E.", "Brill", ",", "Jr.", "of", "Ohio"], ["NNP", "NNP", "NNP", ",", "NNP", "IN", "NNP"],
         ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "B-GPE"], [True, True, False, True, True, True, False],
         "Tomas E. Brill, Jr."),
        (["Ada", "F.", "(", "Dee", ")", "Marrack", "said"], ["NNP", "NNP", "-LRB-", "NNP", "-RRB-", "NNP", "VBD"],
         ["B-PERSON", "I-PERSON", "O", "B-PERSON", "O", "B-ORG", "O"], [True, True, False, False, True, True, False],
         "Ada F. (Dee) Marrack"),
        (["Ada", "F.", "(", "Dee", ")", "Marrack", "III", "said"], ["NNP", "NNP", "-LRB-", "NNP", "-RRB-", "NNP", "NNP", "VBD"],
         ["B-PERSON", "I-PERSON", "O", "B-PERSON", "O", "B-ORG", "O", "O"], [True, True, False, False, True, True, True, False],
         "Ada F. (Dee) Marrack III"),
        (["Council", "President", "Ilan", "Vost", "Remy"], ["NNP"] * 5,
         ["B-ORG", "O", "B-PERSON", "I-PERSON", "O"], None, "Ilan Vost Remy"),
    ],
)
def test_suffixes_nicknames_and_titles(words, tags, ents, spaces, expected) -> None:
    assert expected in [text for text, label in _widen(words, tags, ents, spaces) if label == "PERSON"]


def test_a_person_does_not_grow_over_an_acronym_or_a_dashed_word() -> None:
    words = ["at", "CFB", "Harlow", "and", "D.C.—Chairman", "Ivo", "Sand"]
    tags = ["IN", "NNP", "NNP", "CC", "NNP", "NNP", "NNP"]
    ents = ["O", "O", "B-PERSON", "O", "O", "B-PERSON", "I-PERSON"]
    assert _widen(words, tags, ents) == [("Harlow", "PERSON"), ("Ivo Sand", "PERSON")]


def test_two_persons_names_next_to_each_other_are_one_name() -> None:
    words = ["President", "Abdi", "Hassan", "Sheik", "Omar", "said", "and", "Ada", "Berg", "left"]
    tags = ["NNP", "NNP", "NNP", "NNP", "NNP", "VBD", "CC", "NNP", "NNP", "VBD"]
    ents = ["O", "B-PERSON", "I-PERSON", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O"]
    assert _widen(words, tags, ents) == [("Abdi Hassan Sheik Omar", "PERSON"), ("Ada Berg", "PERSON")]
