import pytest

from tests.extract.relations.helpers import facts, positions

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Other speakers included Kumi Naidoo, secretary-general of Amnesty International (2018–2020), who spoke first.",
         ("Kumi Naidoo", "secretary-general", "Amnesty International", "2018", "2020", None)),
        ("Guy Verhofstadt, prime minister of Belgium (1999 to 2008), said the vote was fair.",
         ("Guy Verhofstadt", "prime minister", "Belgium", "1999", "2008", None)),
        ("They demanded the prosecution of President Ebrahim Raisi for the killings.",
         ("Ebrahim Raisi", "president", None, None, None, None)),
        ("In January 2010, Ebrahim Raisi, the regime's current president, made a statement.",
         ("Ebrahim Raisi", "president", None, None, None, "current")),
        ("The Valdoria Electoral Commission praised the vote. The Valdoria Electoral Commission's chairman, Anton Greve, resigned.",
         ("Anton Greve", "chairman", "Valdoria Electoral Commission", None, None, None)),
        ("Ines Moreau was appointed prosecutor of the Special Tribunal for the Northern Provinces in 2019.",
         ("Ines Moreau", "prosecutor", "Special Tribunal for the Northern Provinces", None, None, None)),
    ],
)
def test_posts_with_organisation_dates_and_qualifier(nlp, text: str, expected: tuple) -> None:
    assert expected in positions(facts(nlp, text))


def test_a_comma_between_two_names_is_not_a_post(nlp) -> None:
    assert positions(facts(nlp, "Kumi Naidoo, Guy Verhofstadt and Maryam Rajavi spoke at the conference.")) == set()


def test_a_description_that_is_not_a_post_is_not_a_post(nlp) -> None:
    assert positions(facts(nlp, "Maryam Rajavi, a charismatic Muslim woman, led the campaign.")) == set()
