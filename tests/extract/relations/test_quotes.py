import pytest

from tests.extract.relations.helpers import facts, quotations

pytestmark = pytest.mark.model


def test_quote_after_said_colon(nlp) -> None:
    found = quotations(facts(nlp, 'During the event, Maryam Rajavi said: "We will never give up our fight for justice."'))
    assert found == [("Maryam Rajavi", "quote", "We will never give up our fight for justice.", ())]


def test_quote_before_its_speaker_and_over_two_sentences(nlp) -> None:
    text = 'Tomas Lindqvist spoke in Geneva. "We have the plans. Until today we did not have the money," Lindqvist said.'
    assert quotations(facts(nlp, text)) == [
        ("Tomas Lindqvist", "quote", "We have the plans. Until today we did not have the money,", ())
    ]


def test_a_pronoun_speaker_is_the_last_person_who_was_a_subject(nlp) -> None:
    text = ("Maryam Rajavi, the opposition leader, addressed the rally and asked for help for Raisi's victims. "
            "She urged the United States and Europe to act now.")
    (call,) = quotations(facts(nlp, text))
    assert call[:2] == ("Maryam Rajavi", "call") and set(call[3]) == {"United States", "Europe"}


def test_said_inside_a_quotation_is_not_its_subject_speaking(nlp) -> None:
    text = 'The report opened with a line: "Raisi said nothing at all about the massacre in those years."'
    assert [q for q in quotations(facts(nlp, text)) if q[0] == "Raisi"] == []


def test_scare_quotes_and_titles_are_not_quotations(nlp) -> None:
    text = 'Amnesty International said there are no "moderates" in the regime, in a report entitled "Blood-Soaked Secrets."'
    assert quotations(facts(nlp, text)) == []


def test_according_to(nlp) -> None:
    text = "According to Mei Tanaka, a third of the pledges were never paid."
    assert quotations(facts(nlp, text)) == [("Mei Tanaka", "quote", "a third of the pledges were never paid.", ())]
