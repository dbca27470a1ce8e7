"""Posts in career bios, nominations and descriptions that are no post (model-parsed sentences)."""

import pytest

from tests.extract.relations.helpers import facts, positions

pytestmark = pytest.mark.model


def _roles(nlp, text: str) -> set[tuple]:
    return {(p[0], p[1], p[2]) for p in positions(facts(nlp, text))}


@pytest.mark.parametrize(
    "text",
    [
        "The Senate approved General Tomas Varga and General Ilse Brandt on Friday.",  # a military rank
    ],
)
def test_ranks_courtesy_titles_and_occupations_are_no_posts(nlp, text: str) -> None:
    assert _roles(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Wikimedia Foundation met today. Ilse Brandt was confirmed as Executive Director for the Foundation.",
         ("Ilse Brandt", "executive director", "Wikimedia Foundation")),
    ],
)
def test_a_body_named_by_one_word_of_its_name(nlp, text: str, expected: tuple) -> None:
    assert expected in _roles(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post verb governed by another verb, or sharing its subject, or in a clause about the name
        ("Tomas Varga was confirmed by a vote of 90-5 to serve as Secretary of Labor.",
         ("Tomas Varga", "secretary of labor", None)),
        ("Tomas Varga has ceased to chair the board and is serving solely as the Ambassador of Ruritania to Japan.",
         ("Tomas Varga", "ambassador to japan", "Ruritania")),
        # ", to be" in a list of nominations
        ("The Senate approved the nominations of Mayor Tomas Varga, to be Secretary of Transportation, and Ms. Ilse "
         "Brandt, to be Secretary of Commerce.", ("Tomas Varga", "secretary of transportation", None)),
        # the second of two posts names its own body
        ("The Secretary-General thanked Tomas Varga, who will continue to serve as Acting Under-Secretary-General "
         "for Legal Affairs and United Nations Legal Counsel until May.", ("Tomas Varga", "legal counsel", "United Nations")),
    ],
)
def test_posts_shared_by_verbs_clauses_and_nouns(nlp, text: str, expected: tuple) -> None:
    assert expected in _roles(nlp, text)


def test_a_post_of_a_body_with_a_rank_in_its_word(nlp) -> None:
    text = ("The United Nations named Tomas Varga today. Tomas Varga will serve as Under-Secretary-General "
            "for Legal Affairs.")
    assert ("Tomas Varga", "under-secretary-general for legal affairs", "United Nations") in _roles(nlp, text)


def test_a_rank_before_a_post_does_not_stack(nlp) -> None:
    roles = {p[1] for p in _roles(nlp, "The Pentagon said so. Chief Pentagon Spokesperson Tomas Varga made a statement.")}
    assert "chief" not in roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle clause before the name shares its subject
        ("The Halvard Ministry of Justice met. Currently serving as Director-General for Legal Affairs of the Halvard "
         "Ministry of Justice, Ms. Ilse Brandt has over 30 years of experience.",
         ("Ilse Brandt", "director-general for legal affairs", "Halvard Ministry of Justice")),
        # "including as A, B in X and C": each post, each with its own organisation
        ("Tomas Varga has been a member of the board for over 10 years, serving in various capacities, including as "
         "Legal Director, Deputy Director in the Finance Department and Ambassador of Ruritania to Chile.",
         ("Tomas Varga", "deputy director", "Finance Department")),
        ("Tomas Varga has been a member of the board for over 10 years, serving in various capacities, including as "
         "Legal Director, Deputy Director in the Finance Department and Ambassador of Ruritania to Chile.",
         ("Tomas Varga", "ambassador to chile", "Ruritania")),
        # the organisation a verb places its subject in
        ("From 1980 to 1994, Tomas Varga served with the Halvard State Police as a coordinator and later as deputy "
         "commissioner.", ("Tomas Varga", "deputy commissioner", "Halvard State Police")),
        # "his service as"
        ("The minister thanked Tomas Varga for his service as Ambassador to Chile.",
         ("Tomas Varga", "ambassador to chile", None)),
    ],
)
def test_career_clauses(nlp, text: str, expected: tuple) -> None:
    assert expected in _roles(nlp, text)


def test_a_dateline_with_its_state_names_the_country(nlp) -> None:
    text = "WASHINGTON, DC - President Tomas Varga spoke today. Both the United States and Canada signed the deal."
    assert ("Tomas Varga", "president", "United States") in _roles(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senate voted on the bill today. Senator Tomas Varga spoke against it.", ("Tomas Varga", "senator", "Senate")),
        ("Ilse Brandt was named chief executive of Halvard Bank. Tomas Varga will keep his position as Deputy Director.",
         ("Tomas Varga", "deputy director", None)),
    ],
)
def test_a_senate_and_a_position_kept(nlp, text: str, expected: tuple) -> None:
    assert expected in _roles(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ilse Brandt thanked Tomas Varga, who took on the role of Acting Deputy Director during the last nine months.",
         ("Tomas Varga", "deputy director", None)),
        ("The minister thanked Tomas Varga, for serving most ably as the Acting Director of the Halvard Institute "
         "since May.", ("Tomas Varga", "director", "Halvard Institute")),
    ],
)
def test_posts_held_through_a_noun_or_a_gerund(nlp, text: str, expected: tuple) -> None:
    assert expected in _roles(nlp, text)


def test_police_ranks_held_with_a_force_are_posts(nlp) -> None:
    text = "From 1980 to 1994, Tomas Varga served with the Halvard State Police as a trooper, special agent and sergeant."
    assert {("Tomas Varga", role, "Halvard State Police") for role in ("trooper", "special agent", "sergeant")} <= _roles(
        nlp, text)


def test_a_second_as_and_a_bracket_after_a_possessive(nlp) -> None:
    text = ("Tomas Varga met the press. Previously he served as Resident Coordinator in Chile, and as the Halvard "
            "Bank's (HB) Deputy Director in Geneva.")
    assert ("Tomas Varga", "deputy director in geneva", "Halvard Bank") in _roles(nlp, text)
