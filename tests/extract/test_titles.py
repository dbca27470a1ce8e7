"""Titles cut out of names (``text2kg.extract.titles``) on hand-built docs."""

import pytest
import spacy
from spacy.tokens import Doc, Span

from text2kg.extract.lexicon import words
from text2kg.extract.titles import TitleWords, split_title

WORDS = TitleWords(
    words("posts") | words("honorifics"),
    words("title_words"),
    words("portfolios"),
    words("org_keywords"),
    frozenset({"Prince Edward Island", "Norland"}),
    words("org_activities"),
    words("document_heads"),
)


def _split(text: str, label: str) -> list[tuple[str, str]]:
    doc = Doc(spacy.blank("en").vocab, words=text.split(" "))
    return [(s.text, s.label_) for s in split_title(Span(doc, 0, len(doc), label=label), WORDS)]


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("Spokesperson Orla Venn", "ORG", [("Orla Venn", "PERSON")]),
        ("Brindle Board Chair Tomas Arvel", "ORG", [("Brindle", "ORG"), ("Tomas Arvel", "PERSON")]),
        ("Quarry Chief Executive Ina Holt", "ORG", [("Quarry", "ORG"), ("Ina Holt", "PERSON")]),
        ("Majority Leader Dane K. Sorrell", "GPE", [("Dane K. Sorrell", "PERSON")]),
        ("Secretary of State Mira Okonjo", "ORG", [("Mira Okonjo", "PERSON")]),
        ("Halden Spokesperson", "PERSON", [("Halden", "ORG")]),
        ("Velmar Council President", "ORG", [("Velmar Council", "ORG")]),
    ],
)
def test_a_title_is_cut_out_of_a_name(text: str, label: str, expected: list[tuple[str, str]]) -> None:
    assert _split(text, label) == expected


@pytest.mark.parametrize(
    ("text", "label"),
    [("State", "ORG"), ("Defense", "ORG"), ("Foreign Affairs", "ORG"), ("Special Representative", "ORG"),
     ("Principal", "PERSON")],
)
def test_a_portfolio_or_a_bare_title_is_no_name(text: str, label: str) -> None:
    assert _split(text, label) == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("General Pellmotors", "ORG"),  # one word after a title opening an organisation
        ("Queen Ardith University", "ORG"),  # an organisation word after the title
        ("Prince Edward Island", "GPE"),  # a known place
        ("Office of the Prime Minister", "ORG"),  # the post belongs to the organisation
        ("Harlan Vey King", "PERSON"),  # a post that is also a surname
        ("Ardent Holdings", "ORG"),
    ],
)
def test_names_without_a_title_stay_whole(text: str, label: str) -> None:
    assert _split(text, label) == [(text, label)]


def _split_in(words_: list[str], start: int, end: int, label: str = "ORG") -> list[str]:
    doc = Doc(spacy.blank("en").vocab, words=words_)
    return [s.text for s in split_title(Span(doc, start, end, label=label), WORDS)]


def test_a_field_after_a_post_and_for_is_part_of_the_title() -> None:
    words_ = ["the", "Assistant", "Secretary-General", "for", "Maritime", "Affairs", "spoke"]
    assert _split_in(words_, 4, 6) == []
    words_ = ["Assistant", "Secretary", "of", "State", "for", "Treaty", "Bodies", "Ivo", "Sand"]
    assert _split_in(words_, 3, 7) == []


def test_an_organisation_after_a_post_and_of_the_stays() -> None:
    words_ = ["the", "Directors", "of", "the", "Foreign", "Policy", "Institute"]
    assert _split_in(words_, 4, 7) == ["Foreign Policy Institute"]


@pytest.mark.parametrize(
    ("words_", "start", "end"),
    [
        (["the", "Envoy", "for", "Norland", "spoke"], 3, 4),  # a place
        (["the", "Spokesperson", "for", "OKR", "Secretary-General", "Ilse", "Darrow"], 3, 4),  # holds the post
    ],
)
def test_a_place_or_a_post_holder_after_for_stays(words_: list[str], start: int, end: int) -> None:
    assert _split_in(words_, start, end) == [words_[start]]


def test_a_documents_name_is_no_entity() -> None:
    assert _split_in(["the", "Kessel", "Transition", "Charter", "holds"], 1, 4) == []
