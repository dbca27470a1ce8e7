"""Pieces of titles and surnames taken for organisations' names (``text2kg.extract.fragments``)."""

import pytest
import spacy
from spacy.tokens import Doc, Span

from text2kg.extract.fragments import cut_surnames, is_body_of_posts, is_title_piece

POSTS = frozenset({"general", "officer", "secretary", "chief", "director"})
ORG_WORDS = frozenset({"staff", "army", "board", "motors"})


def _doc(words: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words)


@pytest.mark.parametrize(
    ("words", "end", "expected"),
    [
        (["Acting", "Harbour", "General", "Ida", "Ross"], 2, True),  # "Acting Harbour" "General"
        (["Associate", "Field", "Planning", "Officer"], 3, True),
        (["Secretaries", "of", "Fisheries", "and", "Mines"], 5, True),
        (["General", "Motors", "Chief", "Ida", "Ross"], 2, False),  # a name, before a post
        (["Deputy", "Harbour", "Board", "Director"], 3, False),  # an organisation word: a name
        (["Acting", "Harbour", "announced"], 2, False),  # no post after it
    ],
)
def test_pieces_of_titles(words, end, expected) -> None:
    assert is_title_piece(_doc(words)[0:end], POSTS, ORG_WORDS) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [(["Joint", "Chiefs", "of", "Staff"], True), (["Board", "of", "Directors"], False), (["Velka", "Staff"], False)],
)
def test_a_body_named_after_the_posts_in_it(words, expected) -> None:
    doc = _doc(words)
    assert is_body_of_posts(doc[0 : len(doc)], POSTS, ORG_WORDS) is expected


def test_a_persons_surname_is_cut_off_an_organisation() -> None:
    doc = _doc(["Ida", "Varga", "met", "Secretary", "of", "the", "Army", "Varga", "and", "Orvik", "Motors", "."])
    spans = [Span(doc, 0, 2, label="PERSON"), Span(doc, 6, 8, label="ORG"), Span(doc, 9, 11, label="ORG")]
    assert [(s.text, s.label_) for s in cut_surnames(spans, ORG_WORDS)] == [
        ("Ida Varga", "PERSON"), ("Army", "ORG"), ("Varga", "PERSON"), ("Orvik Motors", "ORG")]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["in", "the", "104th", "Congress"], True),
        (["during", "this", "Parliament"], True),
        (["the", "Congress", "voted"], False),
        (["this", "Senate", "voted"], False),  # a chamber, not a term
    ],
)
def test_a_legislatures_term_is_no_organisation(words, expected) -> None:
    from text2kg.extract.fragments import is_no_name

    doc = _doc(words)
    at = next(i for i, w in enumerate(words) if w[0].isupper())
    assert is_no_name(Span(doc, at, at + 1, label="ORG")) is expected
