import pytest

from tests.extract.relations.helpers import facts, positions

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Other speakers included Kumi Naidoo, secretary-general of Amnesty International (2018–2020), who spoke first.",
         ("Kumi Naidoo", "secretary-general", "Amnesty International", "2018", "2020", None)),
        ("They demanded the prosecution of President Ebrahim Raisi for the killings.",
         ("Ebrahim Raisi", "president", None, None, None, None)),
        ("In January 2010, Ebrahim Raisi, the regime's current president, made a statement.",
         ("Ebrahim Raisi", "president", None, None, None, "current")),
        ("The Valdoria Electoral Commission praised the vote. The Valdoria Electoral Commission's chairman, Anton Greve, resigned.",
         ("Anton Greve", "chairman", "Valdoria Electoral Commission", None, None, None)),
    ],
)
def test_posts_with_organisation_dates_and_qualifier(nlp, text: str, expected: tuple) -> None:
    assert expected in positions(facts(nlp, text))


def test_a_comma_between_two_names_is_not_a_post(nlp) -> None:
    assert positions(facts(nlp, "Kumi Naidoo, Guy Verhofstadt and Maryam Rajavi spoke at the conference.")) == set()


def test_a_description_that_is_not_a_post_is_not_a_post(nlp) -> None:
    assert positions(facts(nlp, "Maryam Rajavi, a charismatic Muslim woman, led the campaign.")) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title's own "of": portfolio in the role, country as the organisation
        ("Thomas Miller was Deputy Minister for Foreign Affairs and European Integration of the Republic of Moldova.",
         ("Thomas Miller", "deputy minister for foreign affairs and european integration", "Republic of Moldova",
          None, None, None)),
    ],
)
def test_titles_as_a_grammar(nlp, text: str, expected: tuple) -> None:
    assert expected in positions(facts(nlp, text))


def test_a_portfolio_is_part_of_the_post_never_its_organisation(nlp) -> None:
    found = positions(facts(nlp, "Defence Minister Anna Kowalski and Education Secretary Thomas Miller resigned on Monday."))
    assert ("Anna Kowalski", "defence minister", None, None, None, None) in found
    assert ("Thomas Miller", "education secretary", None, None, None, None) in found
    found = positions(facts(nlp, "Secretary of State Thomas Miller met Secretary-General Maria Lopez in Geneva."))
    assert {("Thomas Miller", "secretary of state"), ("Maria Lopez", "secretary-general")} <= {p[:2] for p in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in X" names the post's office, "at X" its organisation
        ("Thomas Miller is Deputy Attorney General in the Office of Civil Rights at the Department of Justice.",
         ("Thomas Miller", "deputy attorney general in the office of civil rights", "Department of Justice",
          None, None, None)),
        # a time after the post is no part of it
        ("Maria Lopez was appointed envoy last year. Most recently, she served as Ambassador of Denmark to Greece.",
         ("Maria Lopez", "envoy", None, None, None, None)),
    ],
)
def test_posts_after_the_organisation_and_of_a_pronoun(nlp, text: str, expected: tuple) -> None:
    assert expected in positions(facts(nlp, text))


def test_a_title_cut_short_by_a_possessive_is_not_a_post(nlp) -> None:
    assert positions(facts(nlp, "Thomas Miller spoke first. He is a member of the Ministry's senior team.")) == set()


def test_a_bracketed_word_of_the_post_and_the_body_it_serves_in(nlp) -> None:
    text = ("The Secretary-General announced the appointment of Maria Lopez of Denmark as his new Deputy Special "
            "Representative (Political) for Afghanistan in the United Nations Assistance Mission in Afghanistan "
            "(UNAMA). Ms. Lopez succeeds Thomas Miller of Australia.")
    found = positions(facts(nlp, text))
    role = "deputy special representative (political) for afghanistan"
    assert ("Maria Lopez", role, "United Nations Assistance Mission in Afghanistan", None, None, "new") in found
    assert ("Thomas Miller", role, "United Nations Assistance Mission in Afghanistan", None, None, "former") in found


def test_a_post_that_names_its_body_takes_it_when_the_story_names_it(nlp) -> None:
    extraction = facts(nlp, "The United Nations said on Monday that Secretary-General Maria Lopez would visit Kabul.")
    labels = {e.id: e.label for e in extraction.entities}
    found = {(labels[p.person], p.role, labels.get(p.organization), p.rule) for p in extraction.positions}
    assert ("Maria Lopez", "secretary-general", "United Nations", "post-body") in found
    alone = positions(facts(nlp, "Secretary-General Maria Lopez would visit Kabul on Monday."))
    assert ("Maria Lopez", "secretary-general", None, None, None, None) in alone
