import pytest

from tests.extract.relations.helpers import facts, relations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ebrahim Raisi was part of a four-member Death Committee in 1988.",
         ("Ebrahim Raisi", "memberOf", "Death Committee")),
        ("The MEK is also part of a broader coalition of democratic organizations in the National Council of "
         "Resistance of Iran.", ("MEK", "memberOf", "National Council of Resistance of Iran")),
        ("Jonas Berg joined the Harbour Workers Union in 2010.", ("Jonas Berg", "memberOf", "Harbour Workers Union")),
        ("Samuel Osei works for the Meridian News Agency.", ("Samuel Osei", "employer", "Meridian News Agency")),
        ("The Meridian News Agency was founded in 1998 by Samuel Osei.", ("Meridian News Agency", "foundedBy", "Samuel Osei")),
    ],
)
def test_membership_employment_and_founding(nlp, text: str, expected: tuple) -> None:
    assert expected in relations(facts(nlp, text))


def test_talking_to_a_member_is_not_membership(nlp) -> None:
    found = relations(facts(nlp, "Raisi spoke to a member of the Death Committee."))
    assert not any(p == "memberOf" for _, p, _ in found)


def test_an_organisation_named_after_another_is_part_of_it(nlp) -> None:
    found = relations(facts(nlp, "The U.N. said so, and the U.N. Security Council agreed."))
    assert ("U.N. Security Council", "partOf", "U.N.") in found
    assert ("U.N.", "hasPart", "U.N. Security Council") in found
