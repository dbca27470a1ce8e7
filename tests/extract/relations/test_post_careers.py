"""Posts in career bios, nominations and descriptions that are no post (model-parsed sentences)."""

import pytest

from tests.extract.relations.helpers import facts, positions

pytestmark = pytest.mark.model


def _roles(nlp, text: str) -> set[tuple]:
    return {(p[0], p[1], p[2]) for p in positions(facts(nlp, text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chain of posts after one verb: "as X and later as Y"
        ("Tomas Varga served as Minister of Health of Ruritania and later as Ambassador of Ruritania to Japan.",
         ("Tomas Varga", "ambassador to japan", "Ruritania")),
        # "with X" names the organisation, the place after it is not the role's
        ("Tomas Varga served as Senior Project Officer with Oxfam International in Lima.",
         ("Tomas Varga", "senior project officer", "Oxfam International")),
        # a possessive name and the noun of its nomination
        ("The Senate confirmed Tomas Varga's nomination to be Secretary of Labor.",
         ("Tomas Varga", "secretary of labor", None)),
        ("Delegates welcomed Tomas Varga's election to the position of Deputy Leader.",
         ("Tomas Varga", "deputy leader", None)),
        # a bare ministry head keeps the organisation it heads in its role
        ("Tomas Varga is the Secretary of the Navy.", ("Tomas Varga", "secretary of navy", "Navy")),
    ],
)
def test_posts_in_careers_and_nominations(nlp, text: str, expected: tuple) -> None:
    assert expected in _roles(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "I look forward to welcoming Ambassador Tomas Varga in the coming days.",  # a courtesy title
        "The Senate approved General Tomas Varga and General Ilse Brandt on Friday.",  # a military rank
        "Tomas Varga, a Chilean-American economist, was approved by the assembly.",  # origin and occupation
    ],
)
def test_ranks_courtesy_titles_and_occupations_are_no_posts(nlp, text: str) -> None:
    assert _roles(nlp, text) == set()


def test_a_demonym_is_not_part_of_the_role(nlp) -> None:
    roles = {p[1] for p in _roles(nlp, "French Director General for Political Affairs Tomas Varga met the press.")}
    assert roles == {"director general for political affairs"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Halvard Supervisory Board met in Oslo today. Board Chairman Tomas Varga opened the meeting.",
         ("Tomas Varga", "chairman", "Halvard Supervisory Board")),
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
        ("Ilse Brandt, who was the chief executive of Halvard Bank, retired.",
         ("Ilse Brandt", "chief executive", "Halvard Bank")),
        # "her appointment as": the person named before
        ("The minister congratulated Ilse Brandt on her appointment as Director of the Halvard Institute.",
         ("Ilse Brandt", "director", "Halvard Institute")),
        # ", to be" in a list of nominations; "Jones'" as a possessive
        ("The Senate approved the nominations of Mayor Tomas Varga, to be Secretary of Transportation, and Ms. Ilse "
         "Brandt, to be Secretary of Commerce.", ("Tomas Varga", "secretary of transportation", None)),
        ("The caucus welcomed Tomas Jones' election to the position of Deputy Leader.",
         ("Tomas Jones", "deputy leader", None)),
        # the second of two posts names its own body
        ("The Secretary-General thanked Tomas Varga, who will continue to serve as Acting Under-Secretary-General "
         "for Legal Affairs and United Nations Legal Counsel until May.", ("Tomas Varga", "legal counsel", "United Nations")),
    ],
)
def test_posts_shared_by_verbs_clauses_and_nouns(nlp, text: str, expected: tuple) -> None:
    assert expected in _roles(nlp, text)


def test_she_succeeds_gives_the_predecessor_her_post(nlp) -> None:
    text = "The board appointed Maria Lopez as Chief Executive of Halvard Bank on Monday. She succeeds Tomas Varga."
    assert ("Tomas Varga", "chief executive", "Halvard Bank", None, None, "former") in positions(facts(nlp, text))


def test_a_post_of_a_body_with_a_rank_in_its_word(nlp) -> None:
    text = ("The United Nations named Tomas Varga today. Tomas Varga will serve as Under-Secretary-General "
            "for Legal Affairs.")
    assert ("Tomas Varga", "under-secretary-general for legal affairs", "United Nations") in _roles(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two titles stacked before a name, with no "and"
        ("The Senate Health Committee met. Senator Health Committee Chairman Tomas Varga made a statement.",
         ("Tomas Varga", "chairman", "Senate Health Committee")),
        # "for assignment as": the noun of the post given, with no possessive
        ("The President nominated Tomas Varga for appointment to the rank of major general and for assignment as "
         "deputy commandant for aviation.", ("Tomas Varga", "deputy commandant for aviation", None)),
    ],
)
def test_stacked_titles_and_assignments(nlp, text: str, expected: tuple) -> None:
    assert expected in _roles(nlp, text)


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


def test_who_appoints_does_not_take_the_post(nlp) -> None:
    found = _roles(nlp, "Yesterday President Tomas Varga nominated former Senator Ilse Brandt to be Ambassador to Japan.")
    assert ("Ilse Brandt", "ambassador to japan", None) in found
    assert ("Tomas Varga", "ambassador to japan", None) not in found


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
    "second",
    ["She took over from Tomas Varga, who retired.", "Tomas Varga was succeeded by Maria Lopez after a vote."],
)
def test_took_over_from_and_was_succeeded_by(nlp, second: str) -> None:
    text = "Maria Lopez was named Chief Executive of Halvard Bank on Monday. " + second
    assert ("Tomas Varga", "chief executive", "Halvard Bank", None, None, "former") in positions(facts(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ilse Brandt thanked Tomas Varga, who took on the role of Acting Deputy Director during the last nine months.",
         ("Tomas Varga", "deputy director", None)),
        ("In 2019 Tomas Varga assumed the post of Chief Justice.", ("Tomas Varga", "chief justice", None)),
        ("The minister thanked Tomas Varga, for serving most ably as the Acting Director of the Halvard Institute "
         "since May.", ("Tomas Varga", "director", "Halvard Institute")),
    ],
)
def test_posts_held_through_a_noun_or_a_gerund(nlp, text: str, expected: tuple) -> None:
    assert expected in _roles(nlp, text)


def test_holding_someone_responsible_is_no_post(nlp) -> None:
    assert ("Tomas Varga", "president", None) not in _roles(
        nlp, "Tomas Varga held President Ilse Brandt responsible for the crisis.")


def test_permanent_is_how_long_not_which_post(nlp) -> None:
    text = "Ilse Brandt was named chief executive. Tomas Varga will keep his position as permanent Chief Medical Officer."
    assert {p for p in positions(facts(nlp, text)) if p[0] == "Tomas Varga"} == {
        ("Tomas Varga", "chief medical officer", None, None, None, "permanent")}


def test_police_ranks_held_with_a_force_are_posts(nlp) -> None:
    text = "From 1980 to 1994, Tomas Varga served with the Halvard State Police as a trooper, special agent and sergeant."
    assert {("Tomas Varga", role, "Halvard State Police") for role in ("trooper", "special agent", "sergeant")} <= _roles(
        nlp, text)


def test_a_second_as_and_a_bracket_after_a_possessive(nlp) -> None:
    text = ("Tomas Varga met the press. Previously he served as Resident Coordinator in Chile, and as the Halvard "
            "Bank's (HB) Deputy Director in Geneva.")
    assert ("Tomas Varga", "deputy director in geneva", "Halvard Bank") in _roles(nlp, text)
