import pytest

from text2kg.extract.lexicon import words
from text2kg.extract.relations.post_lexicon import lexicon
from text2kg.extract.relations.post_roles import label


@pytest.fixture(scope="module")
def lex():
    return lexicon(words("posts"), words("honorifics"))


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("minister of foreign affairs", "foreign minister"),
        ("minister for foreign affairs", "foreign minister"),
        ("foreign minister", "foreign minister"),
        ("deputy minister of defence", "deputy defence minister"),
        ("minister for planning and international cooperation", "minister for planning and international cooperation"),
        ("prime minister", "prime minister"),
        ("secretary general", "secretary-general"),
        ("under secretary general", "under-secretary-general"),
        ("secretary of state", "secretary of state"),
        ("special envoy of the secretary-general for the great lakes region",
         "special envoy of secretary-general for great lakes region"),
    ],
)
def test_one_label_for_the_spellings_of_a_post(lex, written: str, canonical: str) -> None:
    assert label(written, lex) == canonical
