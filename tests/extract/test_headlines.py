"""Title lines (``text2kg.extract.headlines``)."""

import pytest
import spacy

from text2kg.extract.headlines import title_lines


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Corven Appoints New Harbour Chief\n\nThe town named Ada Vell.", ["Corven Appoints New Harbour Chief"]),
        ("# Ruling Expected in Velka Case\n\nJudges met.\n\n## What Comes Next\n\nMore.",
         ["Ruling Expected in Velka Case", "What Comes Next"]),
        ("The town named Ada Vell harbour chief on Monday.\n\nShe starts soon.", []),  # a sentence
        ("Corven Appoints New Harbour Chief", []),  # nothing after it
        ("The town named Ada Vell.\n\n-- Press Officer Ivo Sand", []),  # a sign-off is no title
    ],
)
def test_title_lines(text: str, titles: list[str]) -> None:
    doc = spacy.blank("en")(text)
    assert [text[start:end] for start, end in title_lines(doc)] == titles
